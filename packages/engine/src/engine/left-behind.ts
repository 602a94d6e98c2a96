// Children a parent's step leaves behind (a fan-out step left at its deadline): closed and recorded, never dropped.
import type { InstanceRecord, StoreWriter } from '../store/types.js';
import { mergeOutcomes, NONE, type Outcome } from './outcome.js';
import type { LoadedWorkflow } from './registry.js';
import { LEFT_BEHIND, SYSTEM_ACTOR } from './types.js';

/**
 * Closes the active children that the steps `left` leave behind, and their children, in `tx`.
 *
 * @example
 * await leaveBehind(tx, loaded, parent.id, ['nhận_hồ_sơ'], now) // => the `closed` events
 */
export async function leaveBehind(
  tx: StoreWriter,
  loaded: LoadedWorkflow,
  parent: string,
  left: readonly string[],
  now: number,
): Promise<Outcome> {
  const hooks = loaded.definition.children;
  let outcome: Outcome = NONE;
  for (const child of await tx.listInstances({ parent, status: 'active' })) {
    if (hooks?.leftBehind?.(left, child) !== true) continue;
    outcome = mergeOutcomes(outcome, await closeLeftBehind(tx, child, parent, now));
  }
  return outcome;
}

async function closeLeftBehind(tx: StoreWriter, child: InstanceRecord, parent: string, now: number): Promise<Outcome> {
  const version = await tx.updateInstance(child.id, child.version, {
    snapshot: child.snapshot,
    state: child.state,
    steps: [],
    status: 'done',
    outcome: LEFT_BEHIND,
    updatedAt: now,
  });
  await tx.cancelTimers(child.id);
  await tx.putWork(child.id, []);
  await tx.appendAudit({
    instance: child.id,
    time: now,
    actor: SYSTEM_ACTOR,
    action: LEFT_BEHIND,
    fromState: child.state,
    toState: child.state,
    data: { parent },
    outcome: 'accepted',
    refusal: null,
    version,
  });
  let outcome: Outcome = {
    result: undefined,
    events: [{ type: 'closed', instance: child.id, outcome: LEFT_BEHIND, at: now }],
    wake: undefined,
  };
  for (const grandchild of await tx.listInstances({ parent: child.id, status: 'active' }))
    outcome = mergeOutcomes(outcome, await closeLeftBehind(tx, grandchild, child.id, now));
  return outcome;
}
