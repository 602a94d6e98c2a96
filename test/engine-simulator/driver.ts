// Drives the engine through a plan's year with the simulator's behaviour model, and tallies it the way the
// simulator's population runner does: same dossiers, same seeded draws, same counters. Test code.
import { MS_PER_DAY } from '@tdkt/calendar';
import {
  type CompiledProcedure,
  delayName,
  forwardDossier,
  hostEvent,
  type PlanIR,
  timeRulesFromCalendar,
  timerEvent,
} from '@tdkt/compiler';
import {
  type AuditEntry,
  createEngine,
  createMemoryStore,
  type Engine,
  type InstanceRecord,
  MachineRunner,
  MinHeap,
  organisationFromUnits,
  VirtualClock,
  workflowsFromFiles,
} from '@tdkt/engine';

type AnyMachineSnapshot = ReturnType<MachineRunner['restore']>;

import type { ReadFile } from '@tdkt/language';
import type {
  Awaiting,
  BehaviourModel,
  InstanceModel,
  OrgTree,
  PlanPopulation,
  ProcedureTally,
  StepTally,
} from '@tdkt/simulator';
import {
  ancestorAt,
  behaviourFor,
  drawDossier,
  drawReturned,
  drawSession,
  hashString,
  replicationSeed,
  uniformOf,
  unitId,
} from '@tdkt/simulator/behaviour';

/** One row of counts: the simulator's tally without its keys and daily series, so both sides compare as JSON. */
type StepCounts = Omit<StepTally, 'procedure' | 'step' | 'level' | 'processedByDay'>;
type ProcedureCounts = Omit<ProcedureTally, 'procedure' | 'ownerLevel' | 'finishedByDay' | 'outcomes'> & {
  outcomes: Record<string, number>;
};
export interface Counts {
  readonly procedures: Record<string, ProcedureCounts>;
  /** Keyed `procedure|level|step`. */
  readonly steps: Record<string, StepCounts>;
}

const emptyStep = (): StepCounts => ({
  arrived: 0,
  processed: 0,
  late: 0,
  returned: 0,
  overdue: 0,
  stuck: 0,
  running: 0,
  ignored: 0,
});

type Event = { readonly type: string; readonly actor?: { readonly role: string } } & Record<string, unknown>;

interface Dossier {
  readonly id: string;
  /** Index of its procedure in the simulator's dossier plans. */
  readonly p: number;
  /** The simulator's dossier number (plan by plan, owner by owner). */
  readonly i: number;
  readonly node: number;
  readonly individual: boolean;
  gen: number;
  returns: number;
  revising: boolean;
  late: boolean;
  finished: boolean;
  version: number;
  seq: number;
  visit: string | undefined;
  awaiting: Awaiting<Event> | undefined;
  /** The snapshot as of `version`: timers that fired together are replayed from it, one entry at a time. */
  snapshot: AnyMachineSnapshot | undefined;
}

/** The engine's organisation for the simulator's tree: every node a unit, with its level key. */
function unitsOfTree(tree: OrgTree): { id: string; parent: string | null; level: string }[] {
  const units: { id: string; parent: string | null; level: string }[] = [];
  for (let v = 0; v < tree.size; v++) {
    const parent = tree.parent[v] as number;
    units.push({
      id: unitId(tree, v),
      parent: parent < 0 ? null : unitId(tree, parent),
      level: tree.levels[tree.level[v] as number]?.key ?? '',
    });
  }
  return units;
}

/**
 * Runs the plan of `file` in the engine over `run`'s organisation, acting with `run.behaviour` exactly where and
 * when the simulator's runner would (the same draws, keyed by the same dossier numbers, offices and attempts).
 */
export async function engineCounts(
  file: string,
  read: ReadFile,
  run: PlanPopulation,
  procedures: readonly CompiledProcedure[],
  plan: PlanIR,
  seed: number,
  individualLevel: string,
): Promise<{ counts: Counts; engine: Engine; notes: string[] }> {
  // Rows without a procedure or units: the host says when they are done; the simulator does not model them.
  const plain = new Set(
    plan.activities
      .filter((a) => a.procedure === undefined && a.performs === undefined && a.fanOut === undefined)
      .map((a) => a.id),
  );
  const tree = run.organisation.tree;
  const behaviour: BehaviourModel = run.behaviour;
  const draws = replicationSeed(seed, 0);
  const loaded = workflowsFromFiles([file], read, { individualLevel });
  const planName = loaded.plans[0];
  if (planName === undefined) throw new Error(`${file}: no plan`);
  const nodeOf = new Map<string, number>();
  for (let v = 0; v < tree.size; v++) nodeOf.set(unitId(tree, v), v);
  const clock = new VirtualClock(run.start);
  const store = createMemoryStore();
  const engine = await createEngine({
    workflows: loaded.workflows,
    store,
    clock,
    organisation: organisationFromUnits(unitsOfTree(tree)),
    newId: () => 'kế-hoạch',
  });
  // The simulator's models read snapshots of compiled machines: the engine's stored ones, restored with the same config.
  const models = run.dossiers.map((d) => d.model as InstanceModel<AnyMachineSnapshot, Event>);
  const compiledOf = new Map<string, CompiledProcedure>();
  const time = timeRulesFromCalendar();
  const runners = new Map<string, MachineRunner>();
  let restoredAt = 0;
  const offsets: number[] = [];
  run.dossiers.reduce(
    (n, d) => (
      offsets.push(n), n + ((tree.levelStart[d.ownerLevel + 1] as number) - (tree.levelStart[d.ownerLevel] as number))
    ),
    0,
  );
  const procedureIndex = new Map(run.dossiers.map((d, p) => [d.procedure, p]));
  const counts: Counts = { procedures: {}, steps: {} };
  for (const d of run.dossiers)
    counts.procedures[d.procedure] = {
      dossiers: 0,
      started: 0,
      finishedOnTime: 0,
      finishedLate: 0,
      stuck: 0,
      running: 0,
      outcomes: {},
    };
  const notes: string[] = [];
  const dossiers = new Map<string, Dossier>();
  const queue = new MinHeap<{ at: number; id: string; gen: number; kind: 'act' | 'return'; order: number }>(
    (a, b) => a.at < b.at || (a.at === b.at && a.order < b.order),
  );
  let order = 0;
  const row = (d: Dossier, aw: Awaiting<Event>): string =>
    `${run.dossiers[d.p]?.procedure}|${tree.levels[aw.level]?.key ?? aw.level}|${aw.step}`;
  const rowOf = (key: string): StepCounts => (counts.steps[key] ??= emptyStep());

  const startDossiers: Record<string, Record<string, unknown>> = {};
  // The simulator starts every dossier with the dossier that takes each step's forward action.
  for (const compiled of procedures) {
    compiledOf.set(compiled.name, compiled);
    startDossiers[compiled.name] = forwardDossier(compiled.ir) as Record<string, unknown>;
  }
  const restore = (record: InstanceRecord, at: number): AnyMachineSnapshot => {
    restoredAt = at;
    let runner = runners.get(record.workflow);
    if (runner === undefined) {
      const compiled = compiledOf.get(record.workflow);
      if (compiled === undefined) throw new Error(`no compiled ${record.workflow}`);
      runner = new MachineRunner(compiled.machine({ clock: { now: () => restoredAt }, time }));
      runners.set(record.workflow, runner);
    }
    return runner.restore(record.snapshot);
  };

  /** What the simulator's `schedule` does when a dossier's snapshot changed at `now`. */
  const schedule = (d: Dossier, snapshot: AnyMachineSnapshot, now: number): void => {
    d.snapshot = snapshot;
    const model = models[d.p] as InstanceModel<AnyMachineSnapshot, Event>;
    model.at?.(now);
    const aw = model.awaiting(snapshot);
    d.awaiting = aw;
    d.visit = undefined;
    if (aw === undefined) return;
    const b = behaviourFor(behaviour, aw.step, tree.levels[aw.level]?.key ?? String(aw.level), aw.waiting === true);
    const hash = hashString(aw.step);
    const key = row(d, aw);
    rowOf(key).arrived++;
    d.visit = key;
    const attempt = d.returns;
    const handling = uniformOf(draws, d.i, attempt, 0x51ed, d.gen) * MS_PER_DAY;
    let at: number;
    if (d.revising) {
      d.revising = false;
      at = now + handling * b.revisionDays;
    } else {
      const draw = drawDossier(b, draws, d.i, hash, attempt);
      if (draw.kind === 'never') return;
      const actor = ancestorAt(tree, d.node, aw.level);
      const opens = aw.opensAt ?? (aw.deadline === undefined ? now : aw.deadline - b.windowDays * MS_PER_DAY);
      const session = drawSession(b, draws, actor < 0 ? d.node : actor, hash, attempt, opens, aw.deadline);
      at = Math.max(session, now + handling);
      if (draw.kind === 'late') at = Math.max(at, aw.deadline ?? at) + draw.slip;
    }
    const back = aw.returnFor !== undefined && drawReturned(b, draws, d.i, hash, attempt);
    queue.push({ at, id: d.id, gen: d.gen, kind: back ? 'return' : 'act', order: order++ });
  };

  const finish = (d: Dossier, record: InstanceRecord): void => {
    d.finished = true;
    const c = counts.procedures[run.dossiers[d.p]?.procedure ?? ''] as ProcedureCounts;
    if (d.late) c.finishedLate++;
    else c.finishedOnTime++;
    const outcome = record.outcome ?? 'final';
    c.outcomes[outcome] = (c.outcomes[outcome] ?? 0) + 1;
  };

  /** The snapshot after a timer's audit entry, from the one before it (undefined when that is not known). */
  const replay = (d: Dossier, entry: AuditEntry, workflow: string): AnyMachineSnapshot | undefined => {
    const { step } = entry.data as { step: string };
    const delay =
      entry.action === 'deadline'
        ? delayName.deadline(step)
        : entry.action === 'posting-ended'
          ? delayName.posting(step)
          : undefined;
    const runner = runners.get(workflow);
    if (delay === undefined || d.snapshot === undefined || runner === undefined) return undefined;
    restoredAt = entry.time;
    return runner.transition(d.snapshot, { type: timerEvent(delay) });
  };

  /** The simulator's commit: the new snapshot ends the dossier or opens its next visit. */
  const commit = (d: Dossier, record: InstanceRecord, now: number): void => {
    d.gen++;
    if (record.status === 'done') finish(d, record);
    else schedule(d, restore(record, now), now);
  };

  /** New run dossiers, and what timers did to the known ones since the last look. */
  const look = async (): Promise<void> => {
    for (const record of await store.listInstances({ parent: 'kế-hoạch' })) {
      let d = dossiers.get(record.id);
      if (d === undefined) {
        const owner = record.id.split('/').pop() ?? '';
        const p = procedureIndex.get(record.workflow);
        const node = nodeOf.get(owner);
        if (p === undefined || node === undefined) {
          notes.push(`engine dossier ${record.id} has no simulator counterpart`);
          dossiers.set(
            record.id,
            (d = {
              id: record.id,
              p: -1,
              i: -1,
              node: -1,
              individual: false,
              gen: 0,
              returns: 0,
              revising: false,
              late: false,
              finished: true,
              version: record.version,
              seq: 0,
              visit: undefined,
              awaiting: undefined,
              snapshot: undefined,
            }),
          );
          continue;
        }
        const level = run.dossiers[p]?.ownerLevel as number;
        const i = (offsets[p] as number) + node - (tree.levelStart[level] as number);
        d = {
          id: record.id,
          p,
          i,
          node,
          individual: record.owner !== null,
          gen: 0,
          returns: 0,
          revising: false,
          late: false,
          finished: false,
          version: record.version,
          seq: 0,
          visit: undefined,
          awaiting: undefined,
          snapshot: undefined,
        };
        dossiers.set(record.id, d);
        const c = counts.procedures[record.workflow] as ProcedureCounts;
        c.dossiers++;
        c.started++;
        for (const entry of await store.audit(record.id)) d.seq = entry.seq;
        if (record.status === 'done') finish(d, record);
        else schedule(d, restore(record, record.createdAt), record.createdAt);
        continue;
      }
      if (d.finished || d.p < 0 || record.version === d.version) continue;
      // Timers moved it: the simulator takes a deadline that leads somewhere, and a posting period's end.
      const entries = await store.audit(record.id, { afterSeq: d.seq });
      // The audit of a change may be read a moment after the instance it changed: until it is, look again later.
      if (!entries.some((e) => (e.version ?? 0) >= record.version)) continue;
      const latest = Math.max(...entries.map((e) => e.version ?? 0));
      for (const entry of entries) {
        d.seq = entry.seq;
        if (entry.outcome !== 'accepted' || entry.actor.role !== 'system' || (entry.version ?? 0) <= d.version)
          continue;
        d.version = entry.version ?? d.version;
        const moved = entry.fromState !== entry.toState;
        // A timer that moved nothing still leaves the snapshot as it was; one that did is replayed below.
        if (!moved) continue;
        if (entry.action === 'deadline' && d.visit !== undefined) {
          // As the simulator: a waiting step's period ending is its way on; any other deadline was missed.
          if (d.awaiting?.waiting === true) rowOf(d.visit).processed++;
          else {
            rowOf(d.visit).overdue++;
            d.late = true;
          }
        }
        d.visit = undefined;
        // Several timers that fired together (two branches' deadlines of one instant): each but the last is replayed
        // on the snapshot before it, so the visit it opens is the one the simulator opens; the last is the record.
        const replayed = (entry.version ?? 0) < latest ? replay(d, entry, record.workflow) : undefined;
        if (replayed !== undefined) {
          d.gen++;
          schedule(d, replayed, entry.time);
        } else commit(d, (await store.getInstance(record.id)) as InstanceRecord, entry.time);
      }
      d.version = record.version;
    }
  };

  /** Plain activities of the plan are done when they open (the simulator does not model them). */
  const plainDone = async (): Promise<void> => {
    const plan = await store.getInstance('kế-hoạch');
    if (plan === undefined || plan.status === 'done') return;
    for (const { step } of plan.steps) {
      if (!plain.has(step)) continue;
      await engine.signal(
        'kế-hoạch',
        { type: hostEvent.activityDone, activity: step },
        { actor: { id: 'cổng', role: 'host', unit: '' } },
      );
    }
  };

  const started = await engine.startPlan(planName, { unit: unitId(tree, 0), dossiers: startDossiers });
  if (!started.ok) throw new Error(`${file}: ${started.refusal.message}`);
  await engine.idle();
  for (let guard = 0; guard < 200_000; guard++) {
    await plainDone();
    await look();
    const nextTimer = await store.nextTimerAt();
    const next = queue.peek();
    const at = Math.min(next?.at ?? Infinity, nextTimer ?? Infinity);
    if (!Number.isFinite(at) || at > run.end) break;
    if (nextTimer !== undefined && nextTimer <= (next?.at ?? Infinity)) {
      clock.advanceTo(Math.max(clock.now(), nextTimer));
      await engine.idle();
      continue;
    }
    queue.pop();
    const d = dossiers.get(next?.id ?? '');
    if (next === undefined || d === undefined || d.finished || next.gen !== d.gen) continue;
    clock.advanceTo(Math.max(clock.now(), next.at));
    await engine.idle();
    await look();
    if (d.finished || next.gen !== d.gen || d.visit === undefined || d.awaiting === undefined) continue;
    const aw = d.awaiting;
    const event = next.kind === 'return' ? aw.returnFor : aw.act;
    if (event === undefined) continue;
    const record = (await store.getInstance(d.id)) as InstanceRecord;
    const role = event.actor?.role ?? '';
    const actorNode = ancestorAt(tree, d.node, aw.level);
    const unit =
      d.individual && aw.level === tree.levels.length - 1
        ? record.unit
        : actorNode < 0
          ? record.unit
          : unitId(tree, actorNode);
    const actor = { id: d.individual ? (record.owner ?? 'x') : `người-${unit}`, role, unit };
    const r =
      event.type === hostEvent.unitSubmitted
        ? await engine.signal(d.id, { ...event }, { actor })
        : await engine.act(d.id, event.type, {
            actor,
            ...(event['data'] !== undefined ? { data: event['data'] as Record<string, unknown> } : {}),
          });
    const rows = rowOf(d.visit);
    if (!r.ok) {
      rows.ignored++;
      notes.push(`${d.id} ${event.type} refused: ${r.refusal.code} ${r.refusal.message}`);
      continue;
    }
    const now = clock.now();
    rows.processed++;
    if (aw.deadline !== undefined && now > aw.deadline) {
      rows.late++;
      d.late = true;
    }
    if (next.kind === 'return') {
      rows.returned++;
      d.returns = Math.min(255, d.returns + 1);
      d.revising = true;
    }
    d.visit = undefined;
    // The action's own audit entry. Timers its commit made due at once (a step entered already overdue, a posting
    // of 0 days) fired in the same commit, after it: those entries are left to `look`, which takes them as the
    // simulator takes a deadline and a posting's end.
    const after = (await store.getInstance(d.id)) as InstanceRecord;
    const entries = await store.audit(d.id, { afterSeq: d.seq });
    const own = entries.find((e) => e.outcome === 'accepted' && e.actor.role !== 'system')?.version ?? after.version;
    for (const entry of entries) {
      if ((entry.version ?? 0) > own) break;
      d.seq = entry.seq;
    }
    d.version = own;
    if (own === after.version) commit(d, after, now);
    else {
      // The visit those timers ended: the action replayed on the snapshot it was taken on.
      const before = restore(record, now);
      d.gen++;
      schedule(d, (runners.get(record.workflow) as MachineRunner).transition(before, event), now);
    }
  }
  // Unfinished at the period's end: running while the awaited step's deadline has not passed, or (no deadline)
  // while one of the engine's own timers that move a dossier (a deadline, a posting period's end) is still to fire.
  for (const d of dossiers.values()) {
    if (d.finished || d.p < 0) continue;
    const timers = (await store.timersOf(d.id)).filter(
      (t) => t.firedAt === null && (t.kind === 'deadline' || t.kind === 'posting'),
    );
    const running =
      d.awaiting?.deadline !== undefined ? d.awaiting.deadline >= run.end : timers.some((t) => t.fireAt > run.end);
    const outcome = running ? 'running' : 'stuck';
    (counts.procedures[run.dossiers[d.p]?.procedure ?? ''] as ProcedureCounts)[outcome]++;
    if (d.visit !== undefined) rowOf(d.visit)[outcome]++;
  }
  return { counts, engine, notes };
}
