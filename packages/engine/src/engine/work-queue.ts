// What the work queue holds for an instance: per active step, who acts in it from which unit, and its actions.
import type { AnyMachineSnapshot } from 'xstate';
import type { ActiveStep, WorkItem } from '../store/types.js';
import type { WorkflowDefinition } from './definition.js';
import type { InstanceScope, Organisation } from './organisation.js';
import { availableEvents } from './runner.js';

const RESERVED = /^(xstate\.|tdkt\.)/;

/**
 * The units whose holders of a step's role act in it for an instance in `unit`: the unit and its
 * ancestors, and with a level only those at that level (an unknown level counts for the unit itself).
 * The same rule as `permissionProblem`, evaluated once when the step opens instead of per query.
 *
 * @example
 * actingUnits(org, 'to-toan', 'trường') // => ['thcs-ks']
 */
export function actingUnits(org: Organisation, unit: string, level: string | null | undefined): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  let current: string | null | undefined = unit;
  while (current !== null && current !== undefined && !seen.has(current)) {
    seen.add(current);
    const actual = org.levelOf(current);
    if (level === null || level === undefined || actual === level || (actual == null && current === unit))
      found.push(current);
    current = org.parentOf(current);
  }
  return found;
}

/**
 * The work items of an instance's active steps: one per (step, role, acting unit); owner-only steps
 * carry the owner (a dossier nobody owns lists them for every holder of the role in scope).
 *
 * @example
 * workItemsFor(definition, { unit: 'to-toan', owner: 'gv-1' }, steps, snapshot, org)
 * // => [{ step: 'tổ_xét', role: 'tổ_trưởng', unit: 'to-toan', ownerOnly: null, actions: ['duyệt', 'trả_lại'] }]
 */
export function workItemsFor(
  definition: WorkflowDefinition,
  instance: InstanceScope,
  steps: readonly ActiveStep[],
  snapshot: AnyMachineSnapshot,
  org: Organisation,
): WorkItem[] {
  const items: WorkItem[] = [];
  for (const { step } of steps) {
    const spec = definition.steps[step];
    if (spec === undefined || spec.role === null) continue;
    const roles = typeof spec.role === 'string' ? [spec.role] : spec.role;
    const actions = availableEvents(definition.machine, snapshot, step).filter((a) => !RESERVED.test(a));
    const ownerOnly = spec.ownerOnly === true ? instance.owner : null;
    for (const unit of actingUnits(org, instance.unit, spec.level)) {
      for (const role of new Set(roles)) items.push({ step, role, unit, ownerOnly, actions });
    }
  }
  return items;
}
