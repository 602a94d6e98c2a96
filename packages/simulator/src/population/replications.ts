// A population run over R replications: every figure as a median with its 90 % interval.
import type { Diagnostic, EpochDay } from '@tdkt/calendar';
import { type SingleUnit, singleUnitLevels } from './dependence.js';
import {
  type Band,
  bands,
  type DayEstimate,
  dayEstimate as dayEstimateOf,
  type Estimate,
  estimate as estimateOf,
  typicalRun,
} from './estimate.js';
import type { Organisation } from './organisation.js';
import { type RunSpec, runPopulation } from './run.js';
import { replicationSeed } from './seeds.js';
import type { PopulationRunResult, StepStats } from './stats.js';
import { levelCounts } from './tree.js';

export interface ProcedureSummary {
  readonly procedure: string;
  readonly ownerLevel: string;
  /** Dossiers per replication (one per unit of the owner level). */
  readonly dossiers: number;
  readonly started: Estimate;
  readonly finishedOnTime: Estimate;
  readonly finishedLate: Estimate;
  readonly stuck: Estimate;
  /** Unfinished when the period ended but still within the deadline of the step they wait at. */
  readonly running: Estimate;
  /**
   * finishedOnTime / (started − running): the share on time of the dossiers decided within the period
   * (finished, or stuck past a deadline); 1 when none was (every started dossier still running).
   */
  readonly onTimeShare: Estimate;
  readonly finishedBy: { readonly p50: DayEstimate; readonly p90: DayEstimate; readonly p100: DayEstimate };
  readonly outcomes: readonly { readonly outcome: string; readonly count: Estimate }[];
  /** Levels where one unit acts on every dossier of the procedure. */
  readonly dependsOn: readonly SingleUnit[];
  /** Share of the dossiers finished, day by day. */
  readonly curve: readonly Band[];
}

export interface LevelSummary {
  readonly level: string;
  readonly label: { readonly vi: string; readonly en: string };
  readonly units: number;
  readonly arrived: Estimate;
  readonly processed: Estimate;
  readonly onTime: Estimate;
  readonly late: Estimate;
  readonly returned: Estimate;
  readonly overdue: Estimate;
  readonly stuck: Estimate;
  readonly running: Estimate;
  /** Share of the visits arriving at the level's steps processed, day by day. */
  readonly curve: readonly Band[];
}

export interface StepSummary {
  readonly procedure: string;
  readonly step: string;
  readonly level: string;
  readonly arrived: Estimate;
  readonly processed: Estimate;
  readonly onTime: Estimate;
  readonly late: Estimate;
  readonly returned: Estimate;
  readonly overdue: Estimate;
  readonly stuck: Estimate;
  readonly running: Estimate;
  readonly ignored: Estimate;
  readonly risk: Estimate;
}

/** What `tdkt simulate` reports of a population run. */
export interface PopulationReport {
  readonly seed: number;
  readonly runs: number;
  /** Index of the typical replication (the median by dossiers finished on time), whose figures the tables show. */
  readonly typicalRun: number;
  /** Dossiers per replication. */
  readonly dossiers: number;
  readonly organisation: {
    readonly kind: 'preset' | 'file';
    readonly name: string;
    readonly levels: readonly {
      readonly level: string;
      readonly label: { readonly vi: string; readonly en: string };
      readonly units: number;
    }[];
  };
  /** How the organisation was fitted and what the runs could not model (codes in populationMessages). */
  readonly notes: readonly Diagnostic[];
  readonly transitions: Estimate;
  readonly window: { readonly start: EpochDay; readonly end: EpochDay };
  readonly procedures: readonly ProcedureSummary[];
  readonly levels: readonly LevelSummary[];
  /** Riskiest first (risk in the typical run, then the median risk, stuck, late and overdue). */
  readonly steps: readonly StepSummary[];
}

/**
 * The share on time of a procedure's dossiers decided within the period: finished (on time or late) or
 * stuck past a deadline. Dossiers still running at the period's end (within their step's deadline) are
 * not yet decided, and dossiers that never started were not due: neither counts. 1 when none was decided.
 *
 * @example
 * onTimeShareOf({ finishedOnTime: 3, finishedLate: 1, stuck: 0 }) // => 0.75 (whatever is running)
 */
export function onTimeShareOf(p: {
  readonly finishedOnTime: number;
  readonly finishedLate: number;
  readonly stuck: number;
}): number {
  const due = p.finishedOnTime + p.finishedLate + p.stuck;
  return due === 0 ? 1 : p.finishedOnTime / due;
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const note = (code: string, data: Diagnostic['data']): Diagnostic => ({
  code,
  severity: 'warning',
  span: { start: 0, end: 0 },
  data,
});

/**
 * Combines replications (same organisation, same dossiers, different behaviour seeds) into medians and
 * 90 % intervals, finds the levels where one unit decides a whole procedure, and notes dossiers that
 * never started or actions the machines refused.
 *
 * @example
 * summariseRuns([run1, run2, run3], organisation, 1).procedures[0].onTimeShare // { median, low, high }
 */
export function summariseRuns(
  runs: readonly PopulationRunResult[],
  organisation: Organisation,
  seed: number,
): PopulationReport {
  const first = runs[0];
  if (first === undefined) throw new RangeError('summariseRuns needs at least one replication');
  const { tree } = organisation;
  const of = <T>(pick: (r: PopulationRunResult) => T): T[] => runs.map(pick);
  // The figures shown side by side come from one replication, the one in the middle by dossiers on time.
  const typical = typicalRun(of((r) => r.procedures.reduce((n, p) => n + p.finishedOnTime, 0)));
  const estimate = (values: readonly number[]): Estimate => estimateOf(values, typical);
  const dayEstimate = (values: readonly (EpochDay | undefined)[]): DayEstimate => dayEstimateOf(values, typical);
  const levelIndex = new Map(tree.levels.map((l, i) => [l.key, i]));
  const procedures: ProcedureSummary[] = first.procedures.map((p0, i) => {
    const ps = of((r) => r.procedures[i] ?? p0);
    const outcomes = [...new Set(ps.flatMap((p) => p.outcomes.map((o) => o.outcome)))].sort(byName);
    const stepLevels = runs.flatMap((r) =>
      r.steps.filter((s) => s.procedure === p0.procedure && s.arrived > 0).map((s) => levelIndex.get(s.level) ?? -1),
    );
    return {
      procedure: p0.procedure,
      ownerLevel: p0.ownerLevel,
      dossiers: p0.dossiers,
      started: estimate(ps.map((p) => p.started)),
      finishedOnTime: estimate(ps.map((p) => p.finishedOnTime)),
      finishedLate: estimate(ps.map((p) => p.finishedLate)),
      stuck: estimate(ps.map((p) => p.stuck)),
      running: estimate(ps.map((p) => p.running)),
      onTimeShare: estimate(ps.map(onTimeShareOf)),
      finishedBy: {
        p50: dayEstimate(ps.map((p) => p.finishedBy.p50)),
        p90: dayEstimate(ps.map((p) => p.finishedBy.p90)),
        p100: dayEstimate(ps.map((p) => p.finishedBy.p100)),
      },
      outcomes: outcomes.map((outcome) => ({
        outcome,
        count: estimate(ps.map((p) => p.outcomes.find((o) => o.outcome === outcome)?.count ?? 0)),
      })),
      dependsOn: singleUnitLevels(tree, levelIndex.get(p0.ownerLevel) ?? -1, stepLevels),
      curve: bands(
        ps.map((p) => p.finishedDaily.map((d) => ({ day: d.day, value: d.finished }))),
        ps.map((p) => p.dossiers),
        first.window.start,
        first.window.end,
      ),
    };
  });
  const levels: LevelSummary[] = first.levels.map((l0, i) => {
    const ls = of((r) => r.levels[i] ?? l0);
    const e = (pick: (l: (typeof ls)[number]) => number): Estimate => estimate(ls.map(pick));
    return {
      level: l0.level,
      label: l0.label,
      units: l0.units,
      arrived: e((l) => l.arrived),
      processed: e((l) => l.processed),
      onTime: e((l) => l.onTime),
      late: e((l) => l.late),
      returned: e((l) => l.returned),
      overdue: e((l) => l.overdue),
      stuck: e((l) => l.stuck),
      running: e((l) => l.running),
      curve: bands(
        ls.map((l) => l.processedDaily.map((d) => ({ day: d.day, value: d.processed }))),
        ls.map((l) => l.arrived),
        first.window.start,
        first.window.end,
      ),
    };
  });
  const keyOf = (s: StepStats): string => `${s.procedure}\u0000${s.level}\u0000${s.step}`;
  const stepKeys = [...new Set(runs.flatMap((r) => r.steps.map(keyOf)))];
  const steps: StepSummary[] = stepKeys.map((key) => {
    const found = runs.map((r) => r.steps.find((s) => keyOf(s) === key));
    const any = found.find((s) => s !== undefined) as StepStats;
    const e = (pick: (s: StepStats) => number): Estimate => estimate(found.map((s) => (s === undefined ? 0 : pick(s))));
    return {
      procedure: any.procedure,
      step: any.step,
      level: any.level,
      arrived: e((s) => s.arrived),
      processed: e((s) => s.processed),
      onTime: e((s) => s.onTime),
      late: e((s) => s.late),
      returned: e((s) => s.returned),
      overdue: e((s) => s.overdue),
      stuck: e((s) => s.stuck),
      running: e((s) => s.running),
      ignored: e((s) => s.ignored),
      risk: e((s) => s.risk),
    };
  });
  steps.sort(
    (a, b) =>
      b.risk.typical - a.risk.typical ||
      b.risk.median - a.risk.median ||
      b.stuck.typical - a.stuck.typical ||
      b.late.typical + b.overdue.typical - (a.late.typical + a.overdue.typical) ||
      byName(a.procedure, b.procedure) ||
      byName(a.step, b.step),
  );
  const counts = levelCounts(tree);
  const notes: Diagnostic[] = [...organisation.notes];
  for (const p of procedures) {
    if (p.started.typical < p.dossiers)
      notes.push(note('population.not-started', { procedure: p.procedure, count: p.dossiers - p.started.typical }));
  }
  const refused = steps.filter((s) => s.ignored.high > 0).map((s) => s.step);
  if (refused.length > 0) notes.push(note('population.ignored-actions', { steps: refused }));
  return {
    seed,
    runs: runs.length,
    typicalRun: typical,
    dossiers: first.instances,
    organisation: {
      kind: organisation.source.kind,
      name: organisation.source.name,
      levels: tree.levels.map((l, i) => ({ level: l.key, label: l.label, units: counts[i] ?? 0 })),
    },
    notes,
    transitions: estimate(of((r) => r.transitions)),
    window: first.window,
    procedures,
    levels,
    steps,
  };
}

/**
 * Runs `runs` replications of a run spec in this thread (replication r draws with `replicationSeed(seed, r)`)
 * and summarises them: the generic form of a plan's population run, for any `InstanceModel`.
 *
 * @example
 * runReplications({ tree, model, behaviour, start, end, dossiers }, organisation, 1, 20).procedures[0]?.onTimeShare
 */
export function runReplications<S, E>(
  spec: Omit<RunSpec<S, E>, 'seed'>,
  organisation: Organisation,
  seed: number,
  runs: number,
): PopulationReport {
  const results = Array.from({ length: Math.max(1, runs) }, (_, r) =>
    runPopulation({ ...spec, seed: replicationSeed(seed, r) }),
  );
  return summariseRuns(results, organisation, seed);
}
