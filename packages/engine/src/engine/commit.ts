// Applying a change inside a store transaction: accepted transitions and fired timers (those a change makes due at
// once fired inline), and what they mean for children (left behind) and for the parent (a child's progress).
import type { AnyMachineSnapshot } from 'xstate';
import type { ActorInfo, InstanceRecord, NewTimer, StoreWriter, TimerRecord } from '../store/types.js';
import type { ApplyContext } from './apply-context.js';
import type { ChildChange } from './definition.js';
import { changeOf, insertInstance, settleWithChildren } from './insert.js';
import { leaveBehind } from './left-behind.js';
import { mergeOutcomes, minFire, NONE, type Outcome } from './outcome.js';
import type { LoadedWorkflow } from './registry.js';
import { type Settled, splitDue } from './settle.js';
import { type TimerEffect, timerEffect } from './timer-effect.js';
import { type Accepted, type EngineEvent, SYSTEM_ACTOR } from './types.js';
import { workItemsFor } from './work-queue.js';

/**
 * Starts a top-level instance in `tx` (`insertInstance`), then fires the timers its first steps made due at once.
 *
 * @example
 * await store.transaction((tx) => startInstance(ctx, tx, loaded, { id, unit, owner, dossier, actor, now }))
 */
export async function startInstance(
  ctx: ApplyContext,
  tx: StoreWriter,
  loaded: LoadedWorkflow,
  spec: Omit<Parameters<typeof insertInstance>[3], 'parent'>,
): Promise<Outcome> {
  const made = await insertInstance(ctx, tx, loaded, { ...spec, parent: null });
  // A new instance has no stored timers yet: its own due-now ones fire first.
  return made.dueNow.length === 0 ? made.outcome : fireDueNow(ctx, tx, loaded, made, spec.now, 1);
}

/** A change as written: its outcome, the instance as it now stands, and its timers already due (not yet stored). */
interface Written {
  readonly outcome: Outcome;
  readonly record: InstanceRecord;
  readonly snapshot: AnyMachineSnapshot;
  readonly settled: Settled;
  readonly dueNow: readonly NewTimer[];
  /** Set when the row and work items were left for a later change of the transaction to write. */
  readonly unwritten?: Unwritten;
}

/** The instance's row and work items as a change leaves them, not yet written (a later change in the transaction will). */
interface Unwritten {
  readonly record: InstanceRecord;
  readonly snapshot: AnyMachineSnapshot;
}

/**
 * Writes an accepted transition: the new snapshot (optimistic version check), timers of left, moved and
 * entered steps, children started or left behind, the audit entry, and — for a child — what its change means
 * to its parent, all in `tx`; then fires, in the same transaction, the instance's timers that the change made
 * due at its own instant (a posting of 0 days), as the timer table would have fired them next.
 *
 * @example
 * await store.transaction((tx) => commitChange(ctx, tx, loaded, instance, next, now, { action: 'nộp', actor, data: null }));
 */
export async function commitChange(
  ctx: ApplyContext,
  tx: StoreWriter,
  loaded: LoadedWorkflow,
  instance: InstanceRecord,
  next: AnyMachineSnapshot,
  now: number,
  what: { action: string; actor: ActorInfo; data: unknown },
  /** The caller found, in `tx`, no stored timer of the instance due at `now` (saves looking again). */
  noneStoredDue = false,
): Promise<Outcome> {
  const made = await settleWithChildren(ctx, tx, loaded, instance, instance.steps, next, now, false);
  const split = splitDue(made.settled, now);
  // Timers of the instance stored and due come first: then those this change makes due wait in the table behind them.
  const fuse = split.dueNow.length > 0 && (noneStoredDue || (await tx.dueTimers(now, 1, instance.id)).length === 0);
  const written = await writeChange(ctx, tx, loaded, instance, made, now, what, { fuse, deferRow: fuse, split });
  if (!fuse) return written.outcome;
  return fireDueNow(ctx, tx, loaded, written, now, instance.version);
}

/**
 * Writes one change of `instance` (already settled) from the stored version `stored`. `fuse`: its due-now timers
 * are not stored but returned, for the caller to fire; `deferRow`: for an instance without a parent (whose row
 * nobody else reads in this transaction), the row and work items are left for the last change to write.
 */
async function writeChange(
  ctx: ApplyContext,
  tx: StoreWriter,
  loaded: LoadedWorkflow,
  instance: InstanceRecord,
  made: { snapshot: AnyMachineSnapshot; settled: Settled; outcome: Outcome },
  now: number,
  what: { action: string; actor: ActorInfo; data: unknown },
  how: {
    readonly fuse: boolean;
    readonly deferRow: boolean;
    /** `splitDue` of the change, as the caller computed it. */
    readonly split: { readonly dueNow: readonly NewTimer[]; readonly later: readonly NewTimer[] };
  },
  stored: number = instance.version,
): Promise<Written> {
  const { settled, snapshot: next } = made;
  const version = instance.version + 1;
  const record: InstanceRecord = {
    ...instance,
    snapshot: loaded.runner.persist(next),
    state: settled.state,
    steps: settled.steps,
    version,
    status: settled.status,
    outcome: settled.outcome,
    updatedAt: now,
  };
  const { split } = how;
  const deferRow = how.deferRow && (instance.parent === null || instance.parent === undefined);
  if (!deferRow) await writeRow(ctx, tx, loaded, record, next, stored);
  if (settled.status === 'done') await tx.cancelTimers(instance.id);
  else if (settled.left.length > 0) await tx.cancelTimers(instance.id, settled.left);
  if (settled.status !== 'done' && settled.rescheduled.length > 0)
    await tx.cancelTimers(instance.id, settled.rescheduled, ['deadline', 'reminder']);
  const storedTimers = how.fuse ? split.later : settled.timers;
  for (const timer of storedTimers) await tx.addTimer(timer);
  await tx.appendAudit({
    instance: instance.id,
    time: now,
    actor: what.actor,
    action: what.action,
    fromState: instance.state,
    toState: settled.state,
    data: what.data,
    outcome: 'accepted',
    refusal: null,
    version,
  });
  const events: EngineEvent[] = [
    { type: 'accepted', instance: instance.id, action: what.action, from: instance.state, to: settled.state, at: now },
  ];
  if (settled.status === 'done')
    events.push({ type: 'closed', instance: instance.id, outcome: settled.outcome, at: now });
  const result: Accepted = {
    ok: true,
    id: instance.id,
    state: settled.state,
    version,
    status: settled.status,
    outcome: settled.outcome,
    steps: settled.steps,
  };
  let outcome = mergeOutcomes(
    { result, events, wake: minFire(storedTimers), snapshots: [{ id: instance.id, version, value: next }] },
    made.outcome,
  );
  const leaving = settled.status === 'done' ? instance.steps.map((s) => s.step) : settled.left;
  if (leaving.length > 0 && loaded.definition.children?.leftBehind !== undefined)
    outcome = mergeOutcomes(outcome, await leaveBehind(tx, loaded, instance.id, leaving, now));
  if (instance.parent !== null && instance.parent !== undefined)
    outcome = mergeOutcomes(outcome, await deliverToParent(ctx, tx, instance.parent, changeOf(instance, settled), now));
  return {
    outcome,
    record,
    snapshot: next,
    settled,
    dueNow: how.fuse ? split.dueNow : [],
    ...(deferRow ? { unwritten: { record, snapshot: next } } : {}),
  };
}

/** Writes an instance's row as `record` (from the stored version `stored`) and its work items. */
async function writeRow(
  ctx: ApplyContext,
  tx: StoreWriter,
  loaded: LoadedWorkflow,
  record: InstanceRecord,
  snapshot: AnyMachineSnapshot,
  stored: number,
): Promise<void> {
  await tx.updateInstance(record.id, stored, {
    snapshot: record.snapshot,
    state: record.state,
    steps: record.steps,
    status: record.status,
    outcome: record.outcome,
    updatedAt: record.updatedAt,
    version: record.version,
  });
  await tx.putWork(
    record.id,
    record.status === 'done' ? [] : workItemsFor(loaded.definition, record, record.steps, snapshot, ctx.org),
  );
}

/** Timers fired inside the change that made them due, at most; the rest fire from the timer table. */
const MAX_FIRED_INLINE = 16;

/**
 * Fires `written.dueNow` (all due at `now`, in creation order) inside the same transaction, one change each,
 * exactly as the timer table would next fire them (the caller found no stored timer of the instance due, and the
 * changes here store none due): each dropped when a change before it left its step or moved its deadline, the
 * timers each change makes due in turn queued behind. What is left past MAX_FIRED_INLINE is stored. The
 * instance's row is written once, by the last change, from the version `stored`; the result is the instance as it
 * stands after them all.
 */
async function fireDueNow(
  ctx: ApplyContext,
  tx: StoreWriter,
  loaded: LoadedWorkflow,
  written: Written,
  now: number,
  stored: number,
): Promise<Outcome> {
  let { outcome, record, snapshot } = written;
  let unwritten = written.unwritten;
  // The version the row holds: from before the first change while its write is deferred.
  if (unwritten === undefined) stored = record.version;
  let queue = [...written.dueNow];
  for (let fired = 0; queue.length > 0 && fired < MAX_FIRED_INLINE; fired++) {
    const [timer, ...rest] = queue as [NewTimer, ...NewTimer[]];
    queue = rest;
    const effect = timerEffect(loaded, record, snapshot, timer, ctx.at);
    if (effect.next === snapshot) {
      outcome = mergeOutcomes(outcome, await auditIgnored(tx, record, effect, timer.fireAt));
      continue;
    }
    const made = await settleWithChildren(ctx, tx, loaded, record, record.steps, effect.next, now, false);
    const { left, rescheduled, status } = made.settled;
    const split = splitDue(made.settled, now);
    // What the table would have done to the queued timers: cancelled with the steps left, moved with the deadlines.
    queue = [
      ...queue.filter(
        (t) =>
          status !== 'done' &&
          !left.includes(t.step) &&
          !(rescheduled.includes(t.step) && (t.kind === 'deadline' || t.kind === 'reminder')),
      ),
      ...split.dueNow,
    ];
    const more = queue.length > 0 && fired + 1 < MAX_FIRED_INLINE;
    const what = { action: effect.action, actor: SYSTEM_ACTOR, data: effect.data };
    const inner = await writeChange(
      ctx,
      tx,
      loaded,
      record,
      made,
      now,
      what,
      { fuse: true, deferRow: more, split },
      stored,
    );
    outcome = mergeOutcomes(
      { ...outcome, result: inner.outcome.result ?? outcome.result },
      { ...inner.outcome, events: [...effect.notices, ...inner.outcome.events] },
    );
    unwritten = inner.unwritten;
    record = inner.record;
    snapshot = inner.snapshot;
    if (unwritten === undefined) stored = record.version;
  }
  if (unwritten !== undefined) await writeRow(ctx, tx, loaded, unwritten.record, unwritten.snapshot, stored);
  for (const timer of queue) await tx.addTimer(timer);
  return queue.length === 0 ? outcome : mergeOutcomes(outcome, { ...NONE, wake: now });
}

/** A timer the machine ignored (a reminder, a deadline a guard declined): audited, the instance unchanged. */
async function auditIgnored(
  tx: StoreWriter,
  instance: InstanceRecord,
  effect: TimerEffect,
  at: number,
): Promise<Outcome> {
  await tx.appendAudit({
    instance: instance.id,
    time: at,
    actor: SYSTEM_ACTOR,
    action: effect.action,
    fromState: instance.state,
    toState: instance.state,
    data: effect.data,
    outcome: 'accepted',
    refusal: null,
    version: instance.version,
  });
  return { result: undefined, events: effect.notices, wake: undefined };
}

/** Tells a parent what its child's change means (a unit submitted, a dossier moved past a row's steps), in the same transaction. */
async function deliverToParent(
  ctx: ApplyContext,
  tx: StoreWriter,
  parentId: string,
  change: ChildChange,
  now: number,
): Promise<Outcome> {
  const parent = await tx.getInstance(parentId);
  if (parent === undefined || parent.status === 'done') return NONE;
  const loaded = ctx.registry.get(parent.workflow, parent.workflowVersion);
  const hooks = loaded?.definition.children;
  if (loaded === undefined || hooks === undefined) return NONE;
  const snapshot = ctx.cache.get(parent, loaded);
  const events = hooks.progress(change, { id: parent.id, snapshot });
  if (events.length === 0) return NONE;
  let next = snapshot;
  for (const event of events) next = ctx.at(now, () => loaded.runner.transition(next, event));
  if (next === snapshot) return NONE;
  const [first] = events;
  const data = {
    child: change.id,
    unit: change.unit,
    status: change.status,
    outcome: change.outcome,
    events: events.map((e) => ({ ...e })),
  };
  return commitChange(ctx, tx, loaded, parent, next, now, {
    action: first?.type ?? 'tdkt.child',
    actor: SYSTEM_ACTOR,
    data,
  });
}

/**
 * Applies one due timer: marked fired in the same transaction as its effect, so it fires exactly once;
 * applied as of its own instant.
 *
 * @example
 * await store.transaction(async (tx) => fireTimer(ctx, tx, (await tx.dueTimers(now, 1))[0]!));
 */
export async function fireTimer(ctx: ApplyContext, tx: StoreWriter, timer: TimerRecord): Promise<Outcome> {
  if (!(await tx.markTimerFired(timer.id, ctx.clock.now()))) return NONE;
  const instance = await tx.getInstance(timer.instance);
  if (instance === undefined || instance.status === 'done' || !instance.steps.some((s) => s.step === timer.step))
    return NONE;
  const loaded = ctx.registry.get(instance.workflow, instance.workflowVersion);
  if (loaded === undefined)
    throw new Error(
      `workflow ${instance.workflow}@${instance.workflowVersion} is not loaded; timer ${timer.id} cannot fire`,
    );
  const snapshot = ctx.cache.get(instance, loaded);
  const effect = timerEffect(loaded, instance, snapshot, timer, ctx.at);
  if (effect.next === snapshot) return auditIgnored(tx, instance, effect, timer.fireAt);
  const changed = await commitChange(ctx, tx, loaded, instance, effect.next, timer.fireAt, {
    action: effect.action,
    actor: SYSTEM_ACTOR,
    data: effect.data,
  });
  return { ...changed, events: [...effect.notices, ...changed.events] };
}
