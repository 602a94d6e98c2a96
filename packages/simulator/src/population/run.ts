// The population runner: plain snapshots, a binary-heap event queue and a virtual clock, chunk by chunk.
import { epochDayOfInstant, MS_PER_DAY } from '@tdkt/calendar';
import type { BehaviourModel, StepBehaviour } from '../behaviour/model.js';
import { behaviourFor, drawDossier, drawReturned, drawSession } from '../behaviour/model.js';
import { EventQueue } from '../queue/event-queue.js';
import { eventTag, tagCurrent, tagIndex, tagKind } from '../queue/event-tag.js';
import { hashString, uniformOf } from '../random/prng.js';
import type { AnyInstanceModel, Awaiting, InstanceModel, PendingDeadline } from './model.js';
import { stillRunning } from './period-end.js';
import { type PopulationRunResult, summariseRun } from './stats.js';
import { createTally, type PopulationTally, type ProcedureTally, type StepTally, stepRow } from './tally.js';
import type { OrgTree } from './tree.js';
import { ancestorAt } from './tree.js';

/** Which dossiers to run: for each procedure, every node of `ownerLevel` owns one. */
export interface DossierPlan {
  readonly procedure: string;
  readonly ownerLevel: number;
  /** When the dossiers start (epoch ms; default: the period's start). */
  readonly startAt?: number;
  /** Finishing after this (epoch ms) counts as late; without it, a dossier is late when any step acted late. */
  readonly dueAt?: number;
  /** The procedure's own model (default: the run's `model`): the runner calls it directly, no dispatch. */
  // Each procedure's model has its own snapshot and event types.
  readonly model?: AnyInstanceModel;
}

export interface RunSpec<S, E> {
  readonly tree: OrgTree;
  readonly model: InstanceModel<S, E>;
  readonly behaviour: BehaviourModel;
  /** The seed of this replication's behaviour draws. */
  readonly seed: number;
  /** The virtual clock runs over [start, end] (epoch ms); what is unfinished at `end` is stuck or running. */
  readonly start: number;
  readonly end: number;
  readonly dossiers: readonly DossierPlan[];
  /** Only the dossiers numbered [from, to) (numbered plan by plan, owner by owner): a shard of the run. */
  readonly range?: { readonly from: number; readonly to: number };
  /** Dossiers simulated together (memory is bounded by this, not by the population; default 1,024: small
   * chunks keep per-dossier objects young, so the garbage collector never has to promote them). */
  readonly chunkSize?: number;
  /** Called every `progressEvery` events (default 65,536), e.g. to draw a progress bar at the edge. */
  readonly onProgress?: (clock: number, events: number) => void;
  readonly progressEvery?: number;
}

const WAKE = 0;
const ACT = 1;
const RETURN = 2;
const DEADLINE = 3;

/**
 * How many dossiers a run has (the numbering `range` refers to).
 *
 * @example
 * dossierCount(tree, [{ procedure: 'xét', ownerLevel: 4 }]) // the number of people
 */
export function dossierCount(tree: OrgTree, dossiers: readonly DossierPlan[]): number {
  return dossiers.reduce((n, d) => n + levelWidth(tree, d.ownerLevel), 0);
}

/**
 * Runs the dossiers of `spec.range` (all by default) and returns their raw counts. Dossiers do not
 * interact (an office's session is a pure function of the seed, the office and the step), so the run
 * goes chunk by chunk and any split of the range merges (`mergeTallies`) into the same counts.
 *
 * @example
 * const tally = tallyPopulation({ ...spec, range: { from: 0, to: 1000 } });
 */
export function tallyPopulation<S, E>(spec: RunSpec<S, E>): PopulationTally {
  const { tree } = spec;
  const total = dossierCount(tree, spec.dossiers);
  const from = Math.max(0, Math.min(total, spec.range?.from ?? 0));
  const to = Math.max(from, Math.min(total, spec.range?.to ?? total));
  const startDay = epochDayOfInstant(spec.start);
  const tally = createTally(spec.dossiers, startDay, epochDayOfInstant(spec.end) - startDay + 1);
  const offsets: number[] = [];
  spec.dossiers.reduce((n, d) => (offsets.push(n), n + levelWidth(tree, d.ownerLevel)), 0);
  const chunk = Math.max(1, Math.floor(spec.chunkSize ?? 1024));
  const runner = createChunkRunner(spec, tally, offsets, Math.min(chunk, Math.max(1, to - from)));
  for (let first = from; first < to; first += chunk) runner(first, Math.min(to, first + chunk));
  return tally;
}

/**
 * Runs every dossier under one virtual clock and summarises the counts. Deterministic: the same spec
 * and seed give the same result.
 *
 * @example
 * const result = runPopulation({ tree, model: referenceChainModel(referenceChainSteps(2019)),
 *   behaviour: DEFAULT_BEHAVIOUR, seed: 1, start, end, dossiers: [{ procedure: 'xet_cuoi_nam', ownerLevel: 4 }] });
 * result.procedures[0].finishedOnTime
 */
export function runPopulation<S, E>(spec: RunSpec<S, E>): PopulationRunResult {
  return summariseRun(tallyPopulation(spec), spec.tree, spec.seed);
}

interface StepInfo {
  readonly b: StepBehaviour;
  readonly row: number;
  readonly hash: number;
}

/** The event loop over one chunk of dossiers; arrays are allocated once and reused chunk after chunk. */
function createChunkRunner<S, E>(
  spec: RunSpec<S, E>,
  tally: PopulationTally,
  offsets: readonly number[],
  capacity: number,
) {
  const { tree, behaviour, seed } = spec;
  // One model per dossier plan: the plan's own, or the run's.
  const models = spec.dossiers.map((d) => (d.model ?? spec.model) as InstanceModel<S, E>);
  const snapshots: S[] = new Array<S>(capacity);
  // What each dossier's current snapshot waits for, kept from `schedule` until its entries fire (same generation).
  const awaitingOf: (Awaiting<E> | undefined)[] = new Array<Awaiting<E> | undefined>(capacity);
  const pendingOf: (readonly PendingDeadline<E>[] | undefined)[] = new Array<readonly PendingDeadline<E>[] | undefined>(
    capacity,
  );
  const gen = new Int32Array(capacity);
  const visit = new Int32Array(capacity);
  const procOf = new Uint16Array(capacity);
  const ownerOf = new Int32Array(capacity);
  const returns = new Uint8Array(capacity);
  const flags = new Uint8Array(capacity);
  const LATE = 1;
  const REVISING = 2;
  const STARTED = 4;
  const FINISHED = 8;
  const rowsIndex = new Map<string, StepTally>();
  const rows = tally.steps;
  // Adapters hand out the same Awaiting object for a state: cache what it means per object and procedure.
  const infoCache = new WeakMap<object, (StepInfo | undefined)[]>();
  const stepInfo = (aw: Awaiting<E>, p: number): StepInfo => {
    let perProcedure = infoCache.get(aw);
    if (perProcedure === undefined) infoCache.set(aw, (perProcedure = []));
    let info = perProcedure[p];
    if (info === undefined) {
      const row = stepRow(tally, rowsIndex, p, aw.level, aw.step);
      const levelKey = tree.levels[aw.level]?.key ?? String(aw.level);
      info = {
        b: behaviourFor(behaviour, aw.step, levelKey, aw.waiting === true),
        row: rows.indexOf(row),
        hash: hashString(aw.step),
      };
      perProcedure[p] = info;
    }
    return info;
  };
  const every = spec.progressEvery ?? 65_536;
  const dayOf = (ms: number): number => Math.max(0, Math.min(tally.days - 1, epochDayOfInstant(ms) - tally.startDay));

  return (first: number, last: number): void => {
    const queue = new EventQueue(2 * capacity);
    const n = last - first;
    gen.fill(0, 0, n);
    visit.fill(-1, 0, n);
    returns.fill(0, 0, n);
    flags.fill(0, 0, n);
    let clock = spec.start;
    for (let j = 0; j < n; j++) {
      const i = first + j;
      let p = 0;
      while (p + 1 < offsets.length && (offsets[p + 1] as number) <= i) p++;
      const plan = spec.dossiers[p];
      if (plan === undefined) continue;
      const node = (tree.levelStart[plan.ownerLevel] ?? 0) + (i - (offsets[p] as number));
      procOf[j] = p;
      ownerOf[j] = node;
      (tally.procedures[p] as ProcedureTally).dossiers++;
      // The first step's entry time is the dossier's start, not the period's.
      const startAt = Math.max(spec.start, plan.startAt ?? spec.start);
      const model = models[p] as InstanceModel<S, E>;
      model.at?.(startAt);
      snapshots[j] = model.initial({ node, level: plan.ownerLevel }, { id: i, procedure: plan.procedure, owner: node });
      queue.push(startAt, j, eventTag(0, WAKE, 0));
    }

    /** Queues what the snapshot waits for, opening a visit at its step. */
    const schedule = (j: number): void => {
      const i = first + j;
      const model = models[procOf[j] as number] as InstanceModel<S, E>;
      const snap = snapshots[j] as S;
      const g = gen[j] as number;
      const pending = model.pendingDeadlines(snap);
      pendingOf[j] = pending;
      for (let k = 0; k < pending.length && k < 256; k++)
        queue.push(Math.max((pending[k] as PendingDeadline<E>).at, clock), j, eventTag(g, DEADLINE, k));
      const aw = model.awaiting(snap);
      awaitingOf[j] = aw;
      if (!aw) return;
      const { b, row, hash } = stepInfo(aw, procOf[j] as number);
      (rows[row] as StepTally).arrived++;
      visit[j] = row;
      const attempt = returns[j] as number;
      const handling = uniformOf(seed, i, attempt, 0x51ed, g) * MS_PER_DAY;
      let at: number;
      if (((flags[j] as number) & REVISING) !== 0) {
        // Back with the submitter after a return: revised within revisionDays.
        flags[j] = (flags[j] as number) & ~REVISING;
        at = clock + handling * b.revisionDays;
      } else {
        const draw = drawDossier(b, seed, i, hash, attempt);
        if (draw.kind === 'never') return;
        const actor = ancestorAt(tree, ownerOf[j] as number, aw.level);
        const opens = aw.opensAt ?? (aw.deadline === undefined ? clock : aw.deadline - b.windowDays * MS_PER_DAY);
        const session = drawSession(
          b,
          seed,
          actor < 0 ? (ownerOf[j] as number) : actor,
          hash,
          attempt,
          opens,
          aw.deadline,
        );
        at = Math.max(session, clock + handling);
        if (draw.kind === 'late') at = Math.max(at, aw.deadline ?? at) + draw.slip;
      }
      const back = aw.returnFor !== undefined && drawReturned(b, seed, i, hash, attempt);
      queue.push(at, j, eventTag(g, back ? RETURN : ACT, 0));
    };

    const finish = (j: number, snap: S): void => {
      flags[j] = (flags[j] as number) | FINISHED;
      const p = procOf[j] as number;
      const t = tally.procedures[p] as ProcedureTally;
      const due = spec.dossiers[p]?.dueAt;
      if (due !== undefined ? clock > due : ((flags[j] as number) & LATE) !== 0) t.finishedLate++;
      else t.finishedOnTime++;
      t.finishedByDay[dayOf(clock)] = (t.finishedByDay[dayOf(clock)] as number) + 1;
      const outcome = (models[p] as InstanceModel<S, E>).outcome?.(snap) ?? 'final';
      t.outcomes.set(outcome, (t.outcomes.get(outcome) ?? 0) + 1);
    };

    const commit = (j: number, after: S): void => {
      snapshots[j] = after;
      gen[j] = (gen[j] as number) + 1;
      tally.transitions++;
      if ((models[procOf[j] as number] as InstanceModel<S, E>).isFinal(after)) finish(j, after);
      else schedule(j);
    };

    for (;;) {
      const key = queue.peekTime();
      if (key === undefined || key > spec.end) break;
      queue.pop();
      const j = queue.who;
      const tag = queue.tag;
      if (!tagCurrent(tag, gen[j] as number)) continue;
      const kind = tagKind(tag);
      clock = key;
      const model = models[procOf[j] as number] as InstanceModel<S, E>;
      model.at?.(clock);
      tally.events++;
      if (spec.onProgress && tally.events % every === 0) spec.onProgress(clock, tally.events);
      const before = snapshots[j] as S;
      if (kind === WAKE) {
        flags[j] = (flags[j] as number) | STARTED;
        (tally.procedures[procOf[j] as number] as ProcedureTally).started++;
        if (model.isFinal(before)) finish(j, before);
        else schedule(j);
        continue;
      }
      const row = visit[j] as number;
      if (kind === DEADLINE) {
        const event = pendingOf[j]?.[tagIndex(tag)]?.event;
        if (event === undefined) continue;
        const after = model.transition(before, event);
        if (after === before) continue; // the timer's guard held it: the visit goes on
        if (row >= 0 && awaitingOf[j]?.waiting === true) {
          // The end of a waiting step's period (no complaint came) is its way on, not a missed deadline.
          const r = rows[row] as StepTally;
          r.processed++;
          r.processedByDay[dayOf(clock)] = (r.processedByDay[dayOf(clock)] as number) + 1;
        } else if (row >= 0) {
          // A timeout moved a waiting dossier on: it missed a deadline, whatever comes next. (A posting
          // period's end also fires here, but no visit is open while the list is posted.)
          (rows[row] as StepTally).overdue++;
          flags[j] = (flags[j] as number) | LATE;
        }
        visit[j] = -1;
        commit(j, after);
        continue;
      }
      const aw = awaitingOf[j];
      if (!aw || row < 0) continue;
      const event = kind === RETURN ? aw.returnFor : aw.act;
      if (event === undefined) continue;
      const after = model.transition(before, event);
      const r = rows[row] as StepTally;
      if (after === before) {
        // The machine did not accept the simulated action: the dossier keeps waiting (stuck unless a timer moves it).
        r.ignored++;
        continue;
      }
      const late = aw.deadline !== undefined && clock > aw.deadline;
      r.processed++;
      r.processedByDay[dayOf(clock)] = (r.processedByDay[dayOf(clock)] as number) + 1;
      if (late) {
        r.late++;
        flags[j] = (flags[j] as number) | LATE;
      }
      if (kind === RETURN) {
        r.returned++;
        returns[j] = Math.min(255, (returns[j] as number) + 1);
        flags[j] = (flags[j] as number) | REVISING;
      }
      visit[j] = -1;
      commit(j, after);
    }

    // Whatever started and is not final when the period ends is still running (within its deadline) or
    // stuck (past it) where it waits.
    for (let j = 0; j < n; j++) {
      const f = flags[j] as number;
      if ((f & STARTED) === 0 || (f & FINISHED) !== 0) continue;
      const running = stillRunning(awaitingOf[j], pendingOf[j], spec.end);
      const t = tally.procedures[procOf[j] as number] as ProcedureTally;
      const row = visit[j] as number;
      const r = row >= 0 ? (rows[row] as StepTally) : undefined;
      if (running) {
        t.running++;
        if (r) r.running++;
      } else {
        t.stuck++;
        if (r) r.stuck++;
      }
    }
    snapshots.fill(undefined as S, 0, n);
    awaitingOf.fill(undefined, 0, n);
    pendingOf.fill(undefined, 0, n);
  };
}

function levelWidth(tree: OrgTree, level: number): number {
  return (tree.levelStart[level + 1] ?? 0) - (tree.levelStart[level] ?? 0);
}
