// The SQLite store's work_queue rows of one instance: built from its work items, refreshed in place when their keys stay.
import { NO_DEADLINE } from './keys.js';
import type { Row } from './rows.js';
import type { Statements } from './sqlite-statements.js';
import type { ActiveStep, WorkItem } from './types.js';

/** One work_queue row's named parameters. */
export type WorkRow = ReturnType<typeof workRow>;

/**
 * The work_queue row of `item`: keyed by (role, unit, deadline, instance, step), with its owner key (who alone may act), the
 * instance's facts (`facts`: its row's workflow, unit, owner, version, updated_at) and its step's times.
 *
 * @example
 * workRow('hs-1', facts, new Map([['tổ_xét', step]]), { step: 'tổ_xét', role: 'tổ_trưởng', unit: 'to-1', ownerOnly: null, actions: ['duyệt'] })
 */
export function workRow(instance: string, facts: Row, steps: ReadonlyMap<string, ActiveStep>, item: WorkItem) {
  const step = steps.get(item.step);
  const deadline = step?.deadline ?? null;
  return {
    role: item.role,
    unit: item.unit,
    ownerKey: item.ownerOnly ?? '',
    sortAt: deadline ?? NO_DEADLINE,
    instance,
    step: item.step,
    workflow: facts['workflow'],
    workflowVersion: facts['workflow_version'],
    instanceUnit: facts['unit'],
    owner: facts['owner'],
    enteredAt: step?.enteredAt ?? facts['updated_at'],
    deadline,
    actions: JSON.stringify(item.actions),
    version: facts['version'],
  };
}

const keyOf = (role: unknown, unit: unknown, ownerKey: unknown, sortAt: unknown, step: unknown): string =>
  `${role}\u0000${unit}\u0000${ownerKey}\u0000${sortAt}\u0000${step}`;

/**
 * When `rows` have exactly the keys the instance's stored rows have, rewrites their other columns in place
 * (none is in a secondary index: one B-tree write each, instead of a delete and an insert in three) and
 * returns true; otherwise writes nothing and returns false.
 *
 * @example
 * if (!refreshedInPlace(statements, 'hs-1', rows)) { statements.deleteWork.run('hs-1'); for (const r of rows) statements.insertWork.run(r); }
 */
export function refreshedInPlace(s: Statements, instance: string, rows: readonly WorkRow[]): boolean {
  const stored = s.workKeys.all(instance) as Row[];
  if (stored.length !== rows.length) return false;
  const keys = new Set(stored.map((r) => keyOf(r['role'], r['unit'], r['owner_key'], r['sort_at'], r['step'])));
  if (!rows.every((r) => keys.has(keyOf(r.role, r.unit, r.ownerKey, r.sortAt, r.step)))) return false;
  for (const row of rows) s.refreshWork.run(row);
  return true;
}
