// One replication's results from its tally: per procedure, per level and per step, with daily curves.
import type { EpochDay } from '@tdkt/calendar';
import type { PopulationTally } from './tally.js';
import type { OrgTree } from './tree.js';

/**
 * Per procedure: its dossiers, how many started, finished on time or late, got stuck or were still running
 * when the period ended: `started = finishedOnTime + finishedLate + stuck + running`.
 */
export interface ProcedureStats {
  readonly procedure: string;
  /** Key of the level whose units own the dossiers (one dossier each). */
  readonly ownerLevel: string;
  readonly dossiers: number;
  readonly started: number;
  readonly finishedOnTime: number;
  readonly finishedLate: number;
  /** Unfinished when the period ended, past the deadline of the step they wait at (or nothing left to move them). */
  readonly stuck: number;
  /** Unfinished when the period ended but within the deadline of the step they wait at (the procedure runs on). */
  readonly running: number;
  /** Days by which 50 / 90 / 100 % of the started dossiers had finished (absent: never reached). */
  readonly finishedBy: { readonly p50?: EpochDay; readonly p90?: EpochDay; readonly p100?: EpochDay };
  /** Final outcomes (đạt, không đạt, quá_hạn, …) and their counts, sorted by name. */
  readonly outcomes: readonly { readonly outcome: string; readonly count: number }[];
  /** The completion curve: for each day on which dossiers finished, how many had finished by its end. */
  readonly finishedDaily: readonly { readonly day: EpochDay; readonly finished: number }[];
}

/** Per step of a procedure, at the level that acts on it. `arrived = processed + overdue + stuck + running`. */
export interface StepStats {
  readonly procedure: string;
  readonly step: string;
  readonly level: string;
  /** Visits: times a dossier came to wait at this step (again after a return for revision). */
  readonly arrived: number;
  readonly processed: number;
  readonly onTime: number;
  readonly late: number;
  readonly returned: number;
  /** Visits ended by a timeout (quá hạn). */
  readonly overdue: number;
  /** Dossiers still waiting here when the period ended, past the step's deadline. */
  readonly stuck: number;
  /** Dossiers still waiting here when the period ended, within the step's deadline. */
  readonly running: number;
  /** Simulated actions the machine refused (the dossier kept waiting). */
  readonly ignored: number;
  /** (late + overdue + stuck) / arrived, in [0, 1]: how much this step endangers the plan (running is not a risk). */
  readonly risk: number;
}

/** Per level: the steps acted at that level added up. */
export interface LevelStats {
  readonly level: string;
  readonly label: { readonly vi: string; readonly en: string };
  readonly units: number;
  readonly arrived: number;
  readonly processed: number;
  readonly onTime: number;
  readonly late: number;
  readonly returned: number;
  readonly overdue: number;
  readonly stuck: number;
  readonly running: number;
  /** For each day on which the level's steps were processed, the processed so far (cumulative). */
  readonly processedDaily: readonly { readonly day: EpochDay; readonly processed: number }[];
}

/** One replication of a population run. */
export interface PopulationRunResult {
  readonly seed: number;
  readonly instances: number;
  readonly transitions: number;
  readonly events: number;
  /** The days the run covered. */
  readonly window: { readonly start: EpochDay; readonly end: EpochDay };
  readonly procedures: readonly ProcedureStats[];
  readonly levels: readonly LevelStats[];
  /** Sorted by risk, highest first. */
  readonly steps: readonly StepStats[];
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Cumulative sums of a per-day histogram, as sparse points on the days that changed. */
function cumulative(days: Int32Array, start: EpochDay): { day: EpochDay; total: number }[] {
  const out: { day: EpochDay; total: number }[] = [];
  let total = 0;
  for (let d = 0; d < days.length; d++) {
    const n = days[d] as number;
    if (n === 0) continue;
    total += n;
    out.push({ day: start + d, total });
  }
  return out;
}

/**
 * Summarises a (merged) tally of one replication.
 *
 * @example
 * summariseRun(tallyPopulation(spec), spec.tree, spec.seed).steps[0] // the riskiest step
 */
export function summariseRun(tally: PopulationTally, tree: OrgTree, seed: number): PopulationRunResult {
  const levelKey = (l: number): string => tree.levels[l]?.key ?? String(l);
  const procedures: ProcedureStats[] = tally.procedures.map((p) => {
    const curve = cumulative(p.finishedByDay, tally.startDay);
    const by = (share: number): EpochDay | undefined => {
      const needed = Math.ceil(p.started * share);
      if (needed === 0) return undefined;
      return curve.find((c) => c.total >= needed)?.day;
    };
    const finishedBy: { p50?: EpochDay; p90?: EpochDay; p100?: EpochDay } = {};
    for (const [k, share] of [
      ['p50', 0.5],
      ['p90', 0.9],
      ['p100', 1],
    ] as const) {
      const d = by(share);
      if (d !== undefined) finishedBy[k] = d;
    }
    return {
      procedure: p.procedure,
      ownerLevel: levelKey(p.ownerLevel),
      dossiers: p.dossiers,
      started: p.started,
      finishedOnTime: p.finishedOnTime,
      finishedLate: p.finishedLate,
      stuck: p.stuck,
      running: p.running,
      finishedBy,
      outcomes: [...p.outcomes.entries()]
        .map(([outcome, count]) => ({ outcome, count }))
        .sort((a, b) => byName(a.outcome, b.outcome)),
      finishedDaily: curve.map((c) => ({ day: c.day, finished: c.total })),
    };
  });
  const steps: StepStats[] = tally.steps.map((s) => ({
    procedure: tally.procedures[s.procedure]?.procedure ?? '',
    step: s.step,
    level: levelKey(s.level),
    arrived: s.arrived,
    processed: s.processed,
    onTime: s.processed - s.late,
    late: s.late,
    returned: s.returned,
    overdue: s.overdue,
    stuck: s.stuck,
    running: s.running,
    ignored: s.ignored,
    risk: s.arrived === 0 ? 0 : Math.round(((s.late + s.overdue + s.stuck) / s.arrived) * 10_000) / 10_000,
  }));
  steps.sort(
    (a, b) =>
      b.risk - a.risk ||
      b.stuck - a.stuck ||
      b.late + b.overdue - (a.late + a.overdue) ||
      byName(a.procedure, b.procedure) ||
      byName(a.step, b.step),
  );
  const levels: LevelStats[] = tree.levels.map((spec, l) => {
    const mine = tally.steps.filter((s) => s.level === l);
    const sum = (f: (s: (typeof mine)[number]) => number): number => mine.reduce((acc, s) => acc + f(s), 0);
    const perDay = new Int32Array(tally.days);
    for (const s of mine)
      for (let d = 0; d < perDay.length; d++) perDay[d] = (perDay[d] as number) + (s.processedByDay[d] ?? 0);
    return {
      level: spec.key,
      label: spec.label,
      units: (tree.levelStart[l + 1] ?? 0) - (tree.levelStart[l] ?? 0),
      arrived: sum((s) => s.arrived),
      processed: sum((s) => s.processed),
      onTime: sum((s) => s.processed - s.late),
      late: sum((s) => s.late),
      returned: sum((s) => s.returned),
      overdue: sum((s) => s.overdue),
      stuck: sum((s) => s.stuck),
      running: sum((s) => s.running),
      processedDaily: cumulative(perDay, tally.startDay).map((c) => ({ day: c.day, processed: c.total })),
    };
  });
  return {
    seed,
    instances: tally.procedures.reduce((n, p) => n + p.dossiers, 0),
    transitions: tally.transitions,
    events: tally.events,
    window: { start: tally.startDay, end: tally.startDay + tally.days - 1 },
    procedures,
    levels,
    steps,
  };
}
