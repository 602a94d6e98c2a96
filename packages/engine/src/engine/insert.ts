// Creating instances inside a store transaction: the initial snapshot, the children its first steps start (fan-out,
// a plan's runs) and what they tell it, round after round.
import type { AnyMachineSnapshot, EventObject } from 'xstate';
import type { ActiveStep, ActorInfo, InstanceRecord, NewTimer, StoreWriter } from '../store/types.js';
import type { ApplyContext } from './apply-context.js';
import type { ChildChange, ParentScope } from './definition.js';
import { unitsAt } from './organisation.js';
import { mergeOutcomes, minFire, NONE, type Outcome } from './outcome.js';
import type { LoadedWorkflow } from './registry.js';
import { type Settled, settle, splitDue } from './settle.js';
import { type Accepted, type EngineEvent, SYSTEM_ACTOR } from './types.js';
import { workItemsFor } from './work-queue.js';

/** Rounds of "children started, their news taken" within one change; a definition that never settles is cut off. */
const MAX_ROUNDS = 16;

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
export async function settleWithChildren(
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

/** What a child's change means to its parent: its steps, status and outcome. */
export const changeOf = (
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

/** What creating an instance gives: the outcome, the new instance as written, and its state as its parent sees it. */
export interface Inserted {
  readonly outcome: Outcome;
  readonly change: ChildChange;
  readonly record: InstanceRecord;
  readonly snapshot: AnyMachineSnapshot;
  readonly settled: Settled;
  /** A top-level instance's timers already due, not stored: `startInstance` fires them (a child's wait in the table). */
  readonly dueNow: readonly NewTimer[];
}

/**
 * Creates an instance in `tx`: its initial snapshot, its children (fan-out, a plan's runs), timers, work
 * items and the `start` audit entry. The caller has checked it may (ids, data, permissions). A top-level
 * instance's timers already due are returned, not stored: start one with `startInstance`, which fires them.
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
  // A child's due-now timers wait for the table: its parent is not written yet, and would miss their news.
  const { dueNow, later } = spec.parent === null ? splitDue(settled, now) : { dueNow: [], later: settled.timers };
  for (const timer of later) await tx.addTimer(timer);
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
    wake: minFire(later),
    snapshots: [{ id, version: 1, value: snapshot }],
  };
  return {
    outcome: mergeOutcomes(own, made.outcome),
    change: changeOf(record, settled),
    record,
    snapshot,
    settled,
    dueNow,
  };
}
