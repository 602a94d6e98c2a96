// Applying a change inside a store transaction: new instances, accepted transitions, fired timers, and
// what they mean for children (started, left behind) and for the parent (a child's progress, delivered here).
import type { AnyMachineSnapshot, EventObject } from 'xstate';
import type { EngineClock } from '../clock/types.js';
import type { ActiveStep, ActorInfo, InstanceRecord, StoreWriter, TimerRecord } from '../store/types.js';
import { type ChildChange, defaultTimerEvent, type ParentScope } from './definition.js';
import { type Organisation, unitsAt } from './organisation.js';
import type { LoadedWorkflow, Registry, SnapshotCache } from './registry.js';
import { type Settled, settle } from './settle.js';
import { type Accepted, type ActResult, type EngineEvent, LEFT_BEHIND, SYSTEM_ACTOR } from './types.js';
import { workItemsFor } from './work-queue.js';

/** What applying needs from the engine. */
export interface ApplyContext {
  readonly clock: EngineClock;
  readonly registry: Registry;
  readonly cache: SnapshotCache;
  readonly org: Organisation;
  /** Runs `fn` with the definitions' clock reading `now`. */
  at<T>(now: number, fn: () => T): T;
}

/** A new snapshot to cache once the transaction has committed (never before: it may roll back). */
interface CachedSnapshot {
  readonly id: string;
  readonly version: number;
  readonly value: AnyMachineSnapshot;
}

/** The result of one transaction: what to return, what to announce after commit, when to wake. */
export interface Outcome {
  readonly result: ActResult | undefined;
  readonly events: readonly EngineEvent[];
  readonly wake: number | undefined;
  readonly snapshots?: readonly CachedSnapshot[];
}

/** Rounds of "children started, their news taken" within one change; a definition that never settles is cut off. */
const MAX_ROUNDS = 16;

/** The earliest instant among new timers. */
function minFire(timers: readonly { fireAt: number }[]): number | undefined {
  let min: number | undefined;
  for (const t of timers) if (min === undefined || t.fireAt < min) min = t.fireAt;
  return min;
}

const earliest = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b);

/** Several outcomes of one transaction as one: the first result, every event and snapshot, the earliest wake. */
function mergeOutcomes(first: Outcome, ...rest: readonly Outcome[]): Outcome {
  let merged = first;
  for (const next of rest) {
    merged = {
      result: merged.result ?? next.result,
      events: [...merged.events, ...next.events],
      wake: earliest(merged.wake, next.wake),
      snapshots: [...(merged.snapshots ?? []), ...(next.snapshots ?? [])],
    };
  }
  return merged;
}

const NONE: Outcome = { result: undefined, events: [], wake: undefined };

function scopeOf(
  ctx: ApplyContext,
  record: { id: string; unit: string; owner: string | null },
  snapshot: AnyMachineSnapshot,
): ParentScope {
  return {
    id: record.id,
    unit: record.unit,
    owner: record.owner,
    snapshot,
    unitsAt: (under, level) => unitsAt(ctx.org, under, level),
    levelOf: (unit) => ctx.org.levelOf(unit),
    parentOf: (unit) => ctx.org.parentOf(unit),
  };
}

/** The workflow a child runs: the parent's version when it has one of that name, else the newest. */
function childWorkflow(ctx: ApplyContext, name: string, version: number): LoadedWorkflow | undefined {
  return ctx.registry.get(name, version) ?? ctx.registry.latest(name);
}

/**
 * Settles a new snapshot and, with a definition that runs children, starts the children its entered steps
 * ask for and takes the events that follows (a run registered, a child that ended at once), round after
 * round, all at `now`.
 */
async function settleWithChildren(
  ctx: ApplyContext,
  tx: StoreWriter,
  loaded: LoadedWorkflow,
  record: { id: string; unit: string; owner: string | null },
  before: readonly ActiveStep[],
  snapshot: AnyMachineSnapshot,
  now: number,
  initial: boolean,
): Promise<{ snapshot: AnyMachineSnapshot; settled: Settled; outcome: Outcome }> {
  const def = loaded.definition;
  let settled = settle(def, record.id, before, snapshot, now);
  let outcome: Outcome = NONE;
  const hooks = def.children;
  if (hooks === undefined) return { snapshot, settled, outcome };
  const had = new Set(before.map((s) => s.step));
  let entered = settled.steps.filter((s) => !had.has(s.step)).map((s) => s.step);
  let first = initial;
  for (let round = 0; round < MAX_ROUNDS && (entered.length > 0 || first); round++) {
    const asked = hooks.start(entered, scopeOf(ctx, record, snapshot), first);
    first = false;
    const events: EventObject[] = [...asked.events];
    for (const child of asked.children) {
      if ((await tx.getInstance(child.id)) !== undefined) continue;
      const childLoaded = childWorkflow(ctx, child.workflow, def.version);
      if (childLoaded === undefined)
        throw new Error(`workflow ${child.workflow} is not loaded; ${record.id} cannot start ${child.id}`);
      const made = await insertInstance(ctx, tx, childLoaded, {
        ...child,
        parent: record.id,
        actor: SYSTEM_ACTOR,
        now,
        data: { parent: record.id },
      });
      outcome = mergeOutcomes(outcome, made.outcome);
      events.push(...hooks.progress(made.change, { id: record.id, snapshot }));
    }
    if (events.length === 0) break;
    let next = snapshot;
    for (const event of events) next = ctx.at(now, () => loaded.runner.transition(next, event));
    if (next === snapshot) break;
    snapshot = next;
    const previous = new Set(settled.steps.map((s) => s.step));
    settled = settle(def, record.id, before, snapshot, now);
    entered = settled.steps.filter((s) => !previous.has(s.step)).map((s) => s.step);
  }
  return { snapshot, settled, outcome };
}

const changeOf = (
  record: { id: string; workflow: string; unit: string; owner: string | null },
  settled: Settled,
): ChildChange => ({
  id: record.id,
  workflow: record.workflow,
  unit: record.unit,
  owner: record.owner,
  steps: settled.steps.map((s) => s.step),
  status: settled.status,
  outcome: settled.outcome,
});

/** What creating an instance gives: the outcome, and the new child's state as its parent sees it. */
export interface Inserted {
  readonly outcome: Outcome;
  readonly change: ChildChange;
  readonly record: InstanceRecord;
}

/**
 * Creates an instance in `tx`: its initial snapshot, its children (fan-out, a plan's runs), timers, work
 * items and the `start` audit entry. The caller has checked it may (ids, data, permissions).
 *
 * @example
 * await store.transaction((tx) => insertInstance(ctx, tx, loaded, { id, unit, owner, dossier, parent: null, actor, now }))
 */
export async function insertInstance(
  ctx: ApplyContext,
  tx: StoreWriter,
  loaded: LoadedWorkflow,
  spec: {
    readonly id: string;
    readonly unit: string;
    readonly owner: string | null;
    readonly dossier: Readonly<Record<string, unknown>>;
    readonly input?: Readonly<Record<string, unknown>>;
    readonly parent: string | null;
    readonly actor: ActorInfo;
    readonly now: number;
    readonly data?: unknown;
  },
): Promise<Inserted> {
  const def = loaded.definition;
  const { id, now } = spec;
  const base = { dossier: spec.dossier, unit: spec.unit, owner: spec.owner };
  const subunits =
    def.fanOutLevel !== undefined && spec.input?.['subunits'] === undefined
      ? { subunits: unitsAt(ctx.org, spec.unit, def.fanOutLevel).filter((u) => u !== spec.unit) }
      : {};
  const initial = ctx.at(now, () =>
    loaded.runner.initial(def.input?.(base) ?? { ...subunits, ...spec.input, ...base }),
  );
  const made = await settleWithChildren(
    ctx,
    tx,
    loaded,
    { id, unit: spec.unit, owner: spec.owner },
    [],
    initial,
    now,
    true,
  );
  const { snapshot, settled } = made;
  const record: InstanceRecord = {
    id,
    parent: spec.parent,
    workflow: def.name,
    workflowVersion: def.version,
    unit: spec.unit,
    owner: spec.owner,
    snapshot: loaded.runner.persist(snapshot),
    state: settled.state,
    steps: settled.steps,
    version: 1,
    status: settled.status,
    outcome: settled.outcome,
    createdAt: now,
    updatedAt: now,
  };
  await tx.insertInstance(record);
  for (const timer of settled.timers) await tx.addTimer(timer);
  if (settled.status !== 'done') await tx.putWork(id, workItemsFor(def, record, settled.steps, snapshot, ctx.org));
  await tx.appendAudit({
    instance: id,
    time: now,
    actor: spec.actor,
    action: 'start',
    fromState: null,
    toState: settled.state,
    data: spec.data ?? spec.dossier,
    outcome: 'accepted',
    refusal: null,
    version: 1,
  });
  const accepted: Accepted = {
    ok: true,
    id,
    state: settled.state,
    version: 1,
    status: settled.status,
    outcome: settled.outcome,
    steps: settled.steps,
  };
  const events: EngineEvent[] = [
    { type: 'accepted', instance: id, action: 'start', from: null, to: settled.state, at: now },
  ];
  if (settled.status === 'done') events.push({ type: 'closed', instance: id, outcome: settled.outcome, at: now });
  const own: Outcome = {
    result: accepted,
    events,
    wake: minFire(settled.timers),
    snapshots: [{ id, version: 1, value: snapshot }],
  };
  return { outcome: mergeOutcomes(own, made.outcome), change: changeOf(record, settled), record };
}

/**
 * Writes an accepted transition: the new snapshot (optimistic version check), timers of left, moved and
 * entered steps, children started or left behind, the audit entry, and — for a child — what its change means
 * to its parent, all in `tx`.
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
): Promise<Outcome> {
  const made = await settleWithChildren(ctx, tx, loaded, instance, instance.steps, next, now, false);
  const { settled } = made;
  next = made.snapshot;
  const version = await tx.updateInstance(instance.id, instance.version, {
    snapshot: loaded.runner.persist(next),
    state: settled.state,
    steps: settled.steps,
    status: settled.status,
    outcome: settled.outcome,
    updatedAt: now,
  });
  if (settled.status === 'done') await tx.cancelTimers(instance.id);
  else if (settled.left.length > 0) await tx.cancelTimers(instance.id, settled.left);
  if (settled.status !== 'done' && settled.rescheduled.length > 0)
    await tx.cancelTimers(instance.id, settled.rescheduled, ['deadline', 'reminder']);
  for (const timer of settled.timers) await tx.addTimer(timer);
  await tx.putWork(
    instance.id,
    settled.status === 'done' ? [] : workItemsFor(loaded.definition, instance, settled.steps, next, ctx.org),
  );
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
    { result, events, wake: minFire(settled.timers), snapshots: [{ id: instance.id, version, value: next }] },
    made.outcome,
  );
  const leaving = settled.status === 'done' ? instance.steps.map((s) => s.step) : settled.left;
  if (leaving.length > 0 && loaded.definition.children?.leftBehind !== undefined)
    outcome = mergeOutcomes(outcome, await leaveBehind(tx, loaded, instance.id, leaving, now));
  if (instance.parent !== null && instance.parent !== undefined)
    outcome = mergeOutcomes(outcome, await deliverToParent(ctx, tx, instance.parent, changeOf(instance, settled), now));
  return outcome;
}

/** Closes the active children the left steps leave behind (a fan-out step left at its deadline): recorded, never silently dropped. */
async function leaveBehind(
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
  const at = timer.fireAt;
  const fired = { kind: timer.kind, step: timer.step, payload: timer.payload, fireAt: at };
  const snapshot = ctx.cache.get(instance, loaded);
  const event = (loaded.definition.timerEvent ?? defaultTimerEvent)(fired, snapshot);
  const next = event === null ? snapshot : ctx.at(at, () => loaded.runner.transition(snapshot, event));
  const action = timer.kind === 'posting' ? 'posting-ended' : timer.kind;
  const data = { step: timer.step, fireAt: at };
  const step = instance.steps.find((s) => s.step === timer.step);
  const notice: EngineEvent | undefined =
    timer.kind === 'reminder'
      ? { type: 'reminder', instance: instance.id, step: timer.step, at, deadline: step?.deadline ?? null }
      : timer.kind === 'deadline'
        ? { type: 'deadline', instance: instance.id, step: timer.step, at, handled: next !== snapshot }
        : timer.kind === 'posting'
          ? { type: 'posting-ended', instance: instance.id, step: timer.step, at }
          : undefined;
  const notices = notice === undefined ? [] : [notice];
  if (next === snapshot) {
    await tx.appendAudit({
      instance: instance.id,
      time: at,
      actor: SYSTEM_ACTOR,
      action,
      fromState: instance.state,
      toState: instance.state,
      data,
      outcome: 'accepted',
      refusal: null,
      version: instance.version,
    });
    return { result: undefined, events: notices, wake: undefined };
  }
  const changed = await commitChange(ctx, tx, loaded, instance, next, at, { action, actor: SYSTEM_ACTOR, data });
  return { ...changed, events: [...notices, ...changed.events] };
}
