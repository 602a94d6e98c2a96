// Applying a change to an instance inside a store transaction: accepted transitions and fired timers.
import type { AnyMachineSnapshot } from 'xstate';
import type { EngineClock } from '../clock/types.js';
import type { ActorInfo, InstanceRecord, StoreWriter, TimerRecord } from '../store/types.js';
import { defaultTimerEvent } from './definition.js';
import type { Organisation } from './organisation.js';
import type { LoadedWorkflow, Registry, SnapshotCache } from './registry.js';
import { settle } from './settle.js';
import { workItemsFor } from './work-queue.js';
import { SYSTEM_ACTOR, type Accepted, type ActResult, type EngineEvent } from './types.js';

/** What applying needs from the engine. */
export interface ApplyContext {
  readonly clock: EngineClock;
  readonly registry: Registry;
  readonly cache: SnapshotCache;
  readonly org: Organisation;
  /** Runs `fn` with the definitions' clock reading `now`. */
  at<T>(now: number, fn: () => T): T;
}

/** The result of one transaction: what to return, what to announce after commit, when to wake. */
export interface Outcome {
  readonly result: ActResult | undefined;
  readonly events: readonly EngineEvent[];
  readonly wake: number | undefined;
  /** The new snapshot to cache once the transaction has committed (never before: it may roll back). */
  readonly snapshot?: { readonly id: string; readonly version: number; readonly value: AnyMachineSnapshot };
}

/** The earliest instant among new timers. */
export function minFire(timers: readonly { fireAt: number }[]): number | undefined {
  let min: number | undefined;
  for (const t of timers) if (min === undefined || t.fireAt < min) min = t.fireAt;
  return min;
}

/**
 * Writes an accepted transition: the new snapshot (optimistic version check), timers of left, moved and
 * entered steps, and the audit entry, all in `tx`.
 *
 * @example
 * await store.transaction((tx) => commitChange(ctx, tx, loaded, instance, next, now, { action: 'nộp', actor, data: null }));
 */
export async function commitChange(
  ctx: ApplyContext, tx: StoreWriter, loaded: LoadedWorkflow, instance: InstanceRecord, next: AnyMachineSnapshot, now: number,
  what: { action: string; actor: ActorInfo; data: unknown },
): Promise<Outcome> {
  const settled = settle(loaded.definition, instance.id, instance.steps, next, now);
  const version = await tx.updateInstance(instance.id, instance.version, {
    snapshot: loaded.runner.persist(next), state: settled.state, steps: settled.steps,
    status: settled.status, outcome: settled.outcome, updatedAt: now,
  });
  if (settled.status === 'done') await tx.cancelTimers(instance.id);
  else if (settled.left.length > 0) await tx.cancelTimers(instance.id, settled.left);
  if (settled.status !== 'done' && settled.rescheduled.length > 0) await tx.cancelTimers(instance.id, settled.rescheduled, ['deadline', 'reminder']);
  for (const timer of settled.timers) await tx.addTimer(timer);
  if (settled.status !== 'done') await tx.putWork(instance.id, workItemsFor(loaded.definition, instance, settled.steps, next, ctx.org));
  await tx.appendAudit({ instance: instance.id, time: now, actor: what.actor, action: what.action, fromState: instance.state, toState: settled.state, data: what.data, outcome: 'accepted', refusal: null, version });
  const events: EngineEvent[] = [{ type: 'accepted', instance: instance.id, action: what.action, from: instance.state, to: settled.state, at: now }];
  if (settled.status === 'done') events.push({ type: 'closed', instance: instance.id, outcome: settled.outcome, at: now });
  const result: Accepted = { ok: true, id: instance.id, state: settled.state, version, status: settled.status, outcome: settled.outcome, steps: settled.steps };
  return { result, events, wake: minFire(settled.timers), snapshot: { id: instance.id, version, value: next } };
}

/**
 * Applies one due timer: marked fired in the same transaction as its effect, so it fires exactly once;
 * applied as of its own instant.
 *
 * @example
 * await store.transaction(async (tx) => fireTimer(ctx, tx, (await tx.dueTimers(now, 1))[0]!));
 */
export async function fireTimer(ctx: ApplyContext, tx: StoreWriter, timer: TimerRecord): Promise<Outcome> {
  const none: Outcome = { result: undefined, events: [], wake: undefined };
  if (!(await tx.markTimerFired(timer.id, ctx.clock.now()))) return none;
  const instance = await tx.getInstance(timer.instance);
  if (instance === undefined || instance.status === 'done' || !instance.steps.some((s) => s.step === timer.step)) return none;
  const loaded = ctx.registry.get(instance.workflow, instance.workflowVersion);
  if (loaded === undefined) throw new Error(`workflow ${instance.workflow}@${instance.workflowVersion} is not loaded; timer ${timer.id} cannot fire`);
  const at = timer.fireAt;
  const fired = { kind: timer.kind, step: timer.step, payload: timer.payload, fireAt: at };
  const snapshot = ctx.cache.get(instance, loaded);
  const event = (loaded.definition.timerEvent ?? defaultTimerEvent)(fired, snapshot);
  const next = event === null ? snapshot : ctx.at(at, () => loaded.runner.transition(snapshot, event));
  const action = timer.kind === 'posting' ? 'posting-ended' : timer.kind;
  const data = { step: timer.step, fireAt: at };
  const step = instance.steps.find((s) => s.step === timer.step);
  const notice: EngineEvent =
    timer.kind === 'reminder'
      ? { type: 'reminder', instance: instance.id, step: timer.step, at, deadline: step?.deadline ?? null }
      : timer.kind === 'deadline'
        ? { type: 'deadline', instance: instance.id, step: timer.step, at, handled: next !== snapshot }
        : { type: 'posting-ended', instance: instance.id, step: timer.step, at };
  if (next === snapshot) {
    await tx.appendAudit({ instance: instance.id, time: at, actor: SYSTEM_ACTOR, action, fromState: instance.state, toState: instance.state, data, outcome: 'accepted', refusal: null, version: instance.version });
    return { result: undefined, events: [notice], wake: undefined };
  }
  const changed = await commitChange(ctx, tx, loaded, instance, next, at, { action, actor: SYSTEM_ACTOR, data });
  return { ...changed, events: [notice, ...changed.events] };
}
