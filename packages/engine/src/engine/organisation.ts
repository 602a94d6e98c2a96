// The organisation tree (units, their parents and levels) and the rule of who may act in a step.
import type { ActorInfo } from '../store/types.js';
import type { StepSpec } from './definition.js';

/** The host's organisation tree: each unit's parent and level, and (for fan-out and plans) its children. */
export interface Organisation {
  parentOf(unit: string): string | null | undefined;
  levelOf(unit: string): string | null | undefined;
  /**
   * The units directly below `unit`. Needed to fan out (one child instance per subordinate unit) and to
   * run a plan's procedures in the units below its own; without it only the unit itself takes part.
   */
  childrenOf?(unit: string): readonly string[];
}

export interface UnitRecord {
  readonly id: string;
  readonly parent?: string | null;
  readonly level?: string | null;
}

/**
 * An organisation from a list of units.
 *
 * @example
 * const org = organisationFromUnits([
 *   { id: 'so-hp', level: 'sở' },
 *   { id: 'phong-gl', parent: 'so-hp', level: 'phòng' },
 *   { id: 'thcs-ks', parent: 'phong-gl', level: 'trường' },
 * ]);
 */
export function organisationFromUnits(units: readonly UnitRecord[]): Organisation {
  const byId = new Map(units.map((u) => [u.id, u]));
  const children = new Map<string, string[]>();
  for (const u of units) {
    if (u.parent === null || u.parent === undefined) continue;
    const list = children.get(u.parent) ?? [];
    list.push(u.id);
    children.set(u.parent, list);
  }
  return {
    parentOf: (unit) => byId.get(unit)?.parent ?? null,
    levelOf: (unit) => byId.get(unit)?.level ?? null,
    childrenOf: (unit) => children.get(unit) ?? [],
  };
}

/**
 * The units at `level` in the subtree of `under` (`under` itself when it is at that level), in tree order;
 * the search stops at that level. Without `childrenOf`, only `under` itself can be found.
 *
 * @example
 * unitsAt(org, 'phong-gl', 'trường') // => ['thcs-ks', 'thcs-khac']
 */
export function unitsAt(org: Organisation, under: string, level: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (unit: string): void => {
    if (seen.has(unit)) return;
    seen.add(unit);
    if (org.levelOf(unit) === level) {
      found.push(unit);
      return;
    }
    for (const child of org.childrenOf?.(unit) ?? []) visit(child);
  };
  visit(under);
  return found;
}

/** Without a tree every unit stands alone: only the instance's own unit may act. */
export const flatOrganisation: Organisation = { parentOf: () => null, levelOf: () => null };

/**
 * Whether `ancestor` is `unit` or above it in the tree.
 *
 * @example
 * isWithin(org, 'thcs-ks', 'phong-gl') // => true
 */
export function isWithin(org: Organisation, unit: string, ancestor: string): boolean {
  const seen = new Set<string>();
  let current: string | null | undefined = unit;
  while (current !== null && current !== undefined && !seen.has(current)) {
    if (current === ancestor) return true;
    seen.add(current);
    current = org.parentOf(current);
  }
  return false;
}

export type PermissionReason = 'wrong-role' | 'out-of-scope' | 'not-owner';

export interface InstanceScope {
  readonly unit: string;
  readonly owner: string | null;
}

/**
 * Why `actor` may not act in a step of an instance, or null when it may. The actor needs one of the
 * step's roles, a unit that is the instance's unit or one of its ancestors (exactly at the step's
 * level, when it has one), and, for owner-only steps, to be the owner.
 *
 * @example
 * permissionProblem({ role: 'tổ_trưởng', level: 'tổ' }, { id: 'u', role: 'tổ_trưởng', unit: 'tổ-toán' }, { unit: 'tổ-toán', owner: 'gv' }, org) // => null
 */
export function permissionProblem(
  step: StepSpec,
  actor: ActorInfo,
  instance: InstanceScope,
  org: Organisation,
): PermissionReason | null {
  const roles = step.role === null ? [] : typeof step.role === 'string' ? [step.role] : step.role;
  if (!roles.includes(actor.role)) return 'wrong-role';
  if (!isWithin(org, instance.unit, actor.unit)) return 'out-of-scope';
  const level = step.level ?? null;
  if (level !== null) {
    // The unit must sit at the step's level; an unknown level counts only for the instance's own unit.
    const actual = org.levelOf(actor.unit);
    if (actual !== level && !(actual == null && actor.unit === instance.unit)) return 'out-of-scope';
  }
  // A step of the individual level in a dossier nobody owns (a group's registration): any individual in scope.
  if (step.ownerOnly === true && instance.owner !== null && actor.id !== instance.owner) return 'not-owner';
  return null;
}
