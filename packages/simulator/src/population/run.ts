// The population runner: plain snapshots, one binary-heap event queue, a virtual clock over the period.
import { MS_PER_DAY, epochDayOfInstant } from '@tdkt/calendar';
import { behaviourFor, drawAct, drawReturned } from '../behaviour/model.js';
import type { BehaviourModel, StepBehaviour } from '../behaviour/model.js';
import { MinHeap } from '../queue/min-heap.js';
import { uniformOf } from '../random/prng.js';
import type { Awaiting, InstanceModel, PendingDeadline } from './model.js';
import { ancestorAt } from './tree.js';
import type { OrgTree } from './tree.js';
import { summarise } from './stats.js';
import type { PopulationRunResult, RawCounters } from './stats.js';

/** Which dossiers to run: for each procedure, every node of `ownerLevel` owns one. */
export interface DossierPlan {
  readonly procedure: string;
  readonly ownerLevel: number;
  /** When the dossiers start (epoch ms; default: the period's start). */
  readonly startAt?: number;
  /** Finishing after this (epoch ms) counts as late; without it, a dossier is late when any step acted late. */
  readonly dueAt?: number;
}

export interface RunSpec<S, E> {
  readonly tree: OrgTree;
  readonly model: InstanceModel<S, E>;
  readonly behaviour: BehaviourModel;
  readonly seed: number;
  /** The virtual clock runs over [start, end] (epoch ms); what is unfinished at `end` is stuck. */
  readonly start: number;
  readonly end: number;
  readonly dossiers: readonly DossierPlan[];
  /** Called every `progressEvery` events (default 65,536), e.g. to draw a progress bar at the edge. */
  readonly onProgress?: (clock: number, events: number) => void;
  readonly progressEvery?: number;
}

const WAKE = 0;
const ACT = 1;
const RETURN = 2;
const DEADLINE = 3;

/**
 * Queue entries are plain numbers (no allocation per event): instance × 2^(genBits + 10) + (generation
 * mod 2^genBits) × 2^10 + deadline index × 4 + kind, within the 53 bits of a double. The event itself is
 * found again when the entry fires: the snapshot is unchanged (same generation), so `awaiting` and
 * `pendingDeadlines` give the same answer.
 */
interface Codec {
  encode(i: number, g: number, kind: number, k: number): number;
  instance(v: number): number;
  /** Whether the entry was queued at generation `g` (modulo the bits it keeps). */
  current(v: number, g: number): boolean;
  kind(v: number): number;
  index(v: number): number;
}

function codec(total: number): Codec {
  const instanceBits = Math.max(1, Math.ceil(Math.log2(total + 1)));
  const genBits = Math.max(8, Math.min(20, 53 - 10 - instanceBits));
  const genMod = 2 ** genBits;
  const low = 2 ** (genBits + 10);
  return {
    encode: (i, g, kind, k) => i * low + (g % genMod) * 1024 + Math.min(k, 255) * 4 + kind,
    instance: (v) => Math.floor(v / low),
    current: (v, g) => Math.floor((v % low) / 1024) === g % genMod,
    kind: (v) => v % 4,
    index: (v) => Math.floor((v % 1024) / 4),
  };
}

/**
 * Runs every dossier of the population through `model` under one virtual clock. Deterministic: the
 * same spec and seed give the same result.
 *
 * @example
 * const result = runPopulation({ tree, model: referenceChainModel(referenceChainSteps(2019)),
 *   behaviour: DEFAULT_BEHAVIOUR, seed: 1, start, end, dossiers: [{ procedure: 'xet_cuoi_nam', ownerLevel: 4 }] });
 * result.procedures[0].finishedOnTime
 */
export function runPopulation<S, E>(spec: RunSpec<S, E>): PopulationRunResult {
  const { tree, model, behaviour, seed } = spec;
  let total = 0;
  for (const d of spec.dossiers) total += levelWidth(tree, d.ownerLevel);
  const snapshots: S[] = new Array<S>(total);
  const gen = new Int32Array(total);
  const owner = new Int32Array(total);
  const procOf = new Uint16Array(total);
  const returns = new Uint8Array(total);
  const lateFlag = new Uint8Array(total);
  const finishedAt = new Float64Array(total).fill(Number.NaN);
  const counters = createCounters(spec.dossiers.map((d) => d.procedure));
  const heap = new MinHeap<number>();
  const code = codec(total);
  // Adapters usually hand out the same Awaiting object for a state: cache per object, weakly.
  const infoCache = new WeakMap<object, { b: StepBehaviour; s: number }>();
  const stepInfo = (aw: Awaiting<E>): { b: StepBehaviour; s: number } => {
    let info = infoCache.get(aw);
    if (!info) {
      const levelKey = tree.levels[aw.level]?.key ?? String(aw.level);
      info = { b: behaviourFor(behaviour, aw.step, levelKey), s: counters.stepIndex(aw.step, aw.level) };
      infoCache.set(aw, info);
    }
    return info;
  };
  let n = 0;
  model.at?.(spec.start);
  spec.dossiers.forEach((plan, p) => {
    const from = tree.levelStart[plan.ownerLevel] ?? 0;
    const to = tree.levelStart[plan.ownerLevel + 1] ?? from;
    for (let node = from; node < to; node++, n++) {
      snapshots[n] = model.initial({ node, level: plan.ownerLevel }, { id: n, procedure: plan.procedure, owner: node });
      owner[n] = node;
      procOf[n] = p;
      heap.push(Math.max(spec.start, plan.startAt ?? spec.start), code.encode(n, 0, WAKE, 0));
    }
  });

  let clock = spec.start;
  let events = 0;
  let transitions = 0;
  const every = spec.progressEvery ?? 65_536;

  /** Queues what the snapshot waits for; `from` is the step index it waited at before (-1: none). */
  const schedule = (i: number, from: number): void => {
    const snap = snapshots[i] as S;
    const g = gen[i] as number;
    const pending = model.pendingDeadlines(snap);
    for (let k = 0; k < pending.length && k < 256; k++) heap.push(Math.max((pending[k] as PendingDeadline<E>).at, clock), code.encode(i, g, DEADLINE, k));
    const aw = model.awaiting(snap);
    if (!aw) return;
    const { b, s } = stepInfo(aw);
    if (s !== from) counters.recordArrival(s);
    const actor = ancestorAt(tree, owner[i] as number, aw.level);
    const attempt = returns[i] as number;
    const opens = aw.opensAt ?? (aw.deadline === undefined ? clock : aw.deadline - b.windowDays * MS_PER_DAY);
    const draw = drawAct(b, seed, actor, aw.step, attempt, aw.deadline === undefined ? clock : opens, aw.deadline);
    if (draw.kind === 'never') return;
    // A dossier that arrives after the actor's day is handled within a day of arriving.
    const handling = uniformOf(seed, i, attempt, 0x51ed, g) * MS_PER_DAY;
    const at = Math.max(draw.at, clock + handling);
    const back = aw.returnFor !== undefined && drawReturned(b, seed, i, aw.step, attempt);
    heap.push(at, code.encode(i, g, back ? RETURN : ACT, 0));
  };

  const finish = (i: number, snap: S): void => {
    finishedAt[i] = clock;
    const p = procOf[i] as number;
    const due = spec.dossiers[p]?.dueAt;
    if (due !== undefined ? clock > due : lateFlag[i] === 1) bump(counters.finishedLate, p);
    else bump(counters.finishedOnTime, p);
    counters.recordOutcome(p, model.outcome?.(snap) ?? 'final');
  };

  for (;;) {
    const key = heap.peekKey();
    if (key === undefined || key > spec.end) break;
    const entry = heap.pop() as number;
    const i = code.instance(entry);
    if (!code.current(entry, gen[i] as number)) continue;
    const kind = code.kind(entry);
    clock = key;
    model.at?.(clock);
    events++;
    if (spec.onProgress && events % every === 0) spec.onProgress(clock, events);
    if (kind === WAKE) {
      bump(counters.started, procOf[i] as number);
      const snap = snapshots[i] as S;
      if (model.isFinal(snap)) finish(i, snap);
      else schedule(i, -1);
      continue;
    }
    const before = snapshots[i] as S;
    const aw = model.awaiting(before);
    let event: E | undefined;
    if (kind === ACT || kind === RETURN) {
      if (!aw) continue;
      event = kind === RETURN ? aw.returnFor : aw.act;
      const late = aw.deadline !== undefined && clock > aw.deadline;
      counters.recordAct(stepInfo(aw).s, late, kind === RETURN, clock);
      if (late) lateFlag[i] = 1;
      if (kind === RETURN) returns[i] = Math.min(255, (returns[i] as number) + 1);
    } else {
      event = model.pendingDeadlines(before)[code.index(entry)]?.event;
      if (aw) counters.recordOverdue(stepInfo(aw).s);
    }
    if (event === undefined) continue;
    const after = model.transition(before, event);
    transitions++;
    snapshots[i] = after;
    gen[i] = (gen[i] as number) + 1;
    if (model.isFinal(after)) finish(i, after);
    else schedule(i, aw ? stepInfo(aw).s : -1);
  }

  // Whatever is not final when the period ends is stuck where it waits.
  for (let i = 0; i < total; i++) {
    if (!Number.isNaN(finishedAt[i] as number)) continue;
    bump(counters.stuck, procOf[i] as number);
    const aw = model.awaiting(snapshots[i] as S);
    if (aw) counters.recordStuck(stepInfo(aw).s);
  }
  const raw: RawCounters = { ...counters, finishedAt, procOf, instances: total, transitions, events, clock };
  return summarise(tree, spec, raw);
}

function bump(counts: number[], i: number): void {
  counts[i] = (counts[i] ?? 0) + 1;
}

function levelWidth(tree: OrgTree, level: number): number {
  return (tree.levelStart[level + 1] ?? 0) - (tree.levelStart[level] ?? 0);
}

function createCounters(procedures: readonly string[]) {
  const k = procedures.length;
  const stepKeys: { step: string; level: number }[] = [];
  const index = new Map<string, number>();
  const acted: number[] = [];
  const late: number[] = [];
  const returned: number[] = [];
  const overdue: number[] = [];
  const stuckAt: number[] = [];
  const arrived: number[] = [];
  /** Per step: actions per day (epoch day → count), for the completion curves. */
  const actedDays: Map<number, number>[] = [];
  const outcomes = procedures.map(() => new Map<string, number>());
  return {
    procedures,
    stepKeys,
    acted,
    late,
    returned,
    overdue,
    stuckAt,
    arrived,
    actedDays,
    outcomes,
    started: new Array<number>(k).fill(0),
    finishedOnTime: new Array<number>(k).fill(0),
    finishedLate: new Array<number>(k).fill(0),
    stuck: new Array<number>(k).fill(0),
    stepIndex(step: string, level: number): number {
      const key = `${level}\u0000${step}`;
      let s = index.get(key);
      if (s === undefined) {
        s = stepKeys.length;
        index.set(key, s);
        stepKeys.push({ step, level });
        acted.push(0);
        late.push(0);
        returned.push(0);
        overdue.push(0);
        stuckAt.push(0);
        arrived.push(0);
        actedDays.push(new Map());
      }
      return s;
    },
    recordAct(s: number, isLate: boolean, isReturn: boolean, at: number): void {
      acted[s] = (acted[s] ?? 0) + 1;
      const days = actedDays[s];
      if (days) {
        const day = epochDayOfInstant(at);
        days.set(day, (days.get(day) ?? 0) + 1);
      }
      if (isLate) late[s] = (late[s] ?? 0) + 1;
      if (isReturn) returned[s] = (returned[s] ?? 0) + 1;
    },
    recordOverdue(s: number): void {
      overdue[s] = (overdue[s] ?? 0) + 1;
    },
    recordArrival(s: number): void {
      arrived[s] = (arrived[s] ?? 0) + 1;
    },
    recordStuck(s: number): void {
      stuckAt[s] = (stuckAt[s] ?? 0) + 1;
    },
    recordOutcome(p: number, outcome: string): void {
      const m = outcomes[p];
      if (m) m.set(outcome, (m.get(outcome) ?? 0) + 1);
    },
  };
}

export type Counters = ReturnType<typeof createCounters>;
