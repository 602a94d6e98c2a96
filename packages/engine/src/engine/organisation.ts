// The organisation tree (units, their parents and levels) and the rule of who may act in a step.
import type { ActorInfo } from '../store/types.js';
import type { StepSpec } from './definition.js';

/** The host's organisation tree: each unit's parent and level. */
export interface Organisation {
  parentOf(unit: string): string | null | undefined;
  levelOf(unit: string): string | null | undefined;
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
  return {
    parentOf: (unit) => byId.get(unit)?.parent ?? null,
    levelOf: (unit) => byId.get(unit)?.level ?? null,
  };
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
export function permissionProblem(step: StepSpec, actor: ActorInfo, instance: InstanceScope, org: Organisation): PermissionReason | null {
  const roles = step.role === null ? [] : typeof step.role === 'string' ? [step.role] : step.role;
  if (!roles.includes(actor.role)) return 'wrong-role';
  if (!isWithin(org, instance.unit, actor.unit)) return 'out-of-scope';
  const level = step.level ?? null;
  if (level !== null) {
    // The unit must sit at the step's level; an unknown level counts only for the instance's own unit.
    const actual = org.levelOf(actor.unit);
    if (actual !== level && !(actual == null && actor.unit === instance.unit)) return 'out-of-scope';
  }
  if (step.ownerOnly === true && actor.id !== instance.owner) return 'not-owner';
  return null;
}
