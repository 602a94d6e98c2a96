// Turns a run's raw counters into the per-procedure, per-level and per-step results.
import { epochDayOfInstant } from '@tdkt/calendar';
import type { EpochDay } from '@tdkt/calendar';
import type { Counters } from './run.js';
import type { OrgTree } from './tree.js';

/** Per procedure: how many dossiers started, finished on time or late, or got stuck. */
export interface ProcedureStats {
  readonly procedure: string;
  readonly started: number;
  readonly finishedOnTime: number;
  readonly finishedLate: number;
  readonly stuck: number;
  /** Days by which 50 / 90 / 100 % of the started dossiers had finished (absent: never reached). */
  readonly finishedBy: { readonly p50?: EpochDay; readonly p90?: EpochDay; readonly p100?: EpochDay };
  /** Final outcomes (đạt, không đạt, quá_hạn, …) and their counts, sorted by name. */
  readonly outcomes: readonly { readonly outcome: string; readonly count: number }[];
  /** The completion curve: for each day on which dossiers finished, how many had finished by its end (cumulative). */
  readonly finishedDaily?: readonly { readonly day: EpochDay; readonly finished: number }[];
}

/** Per step (at the level that acts on it). */
export interface StepStats {
  readonly step: string;
  readonly level: string;
  /** Times a dossier came to wait at this step (again after a return for revision). */
  readonly arrived: number;
  readonly acted: number;
  readonly onTime: number;
  readonly late: number;
  readonly returned: number;
  /** Timeouts (quá hạn) that fired while a dossier waited here. */
  readonly overdue: number;
  /** Dossiers still waiting here when the period ended. */
  readonly stuck: number;
  /** (late + overdue + stuck) / dossiers that reached the step, in [0, 1]: how much this step endangers the plan. */
  readonly risk: number;
}

/** Per level: the steps of that level added up. */
export interface LevelStats {
  readonly level: string;
  readonly label: { readonly vi: string; readonly en: string };
  readonly units: number;
  /** Dossiers that came to wait at this level's steps (started here). */
  readonly arrived: number;
  readonly acted: number;
  readonly onTime: number;
  readonly late: number;
  readonly returned: number;
  readonly overdue: number;
  readonly stuck: number;
  /** The level's curve: for each day on which its steps were acted on, the actions so far (cumulative). */
  readonly actedDaily?: readonly { readonly day: EpochDay; readonly acted: number }[];
}

export interface PopulationRunResult {
  readonly seed: number;
  readonly instances: number;
  readonly transitions: number;
  readonly events: number;
  /** The virtual clock when the run stopped (epoch ms). */
  readonly clock: number;
  readonly procedures: readonly ProcedureStats[];
  readonly levels: readonly LevelStats[];
  /** Sorted by risk, highest first. */
  readonly steps: readonly StepStats[];
}

export type RawCounters = Counters & {
  readonly finishedAt: Float64Array;
  readonly procOf: Uint16Array;
  readonly instances: number;
  readonly transitions: number;
  readonly events: number;
  readonly clock: number;
};

/**
 * Summarises raw counters.
 *
 * @example
 * summarise(tree, { seed: 1 }, raw).steps[0] // the riskiest step
 */
export function summarise(tree: OrgTree, spec: { readonly seed: number }, raw: RawCounters): PopulationRunResult {
  const procedures: ProcedureStats[] = raw.procedures.map((procedure, p) => {
    const times: number[] = [];
    for (let i = 0; i < raw.instances; i++) if (raw.procOf[i] === p && !Number.isNaN(raw.finishedAt[i] as number)) times.push(raw.finishedAt[i] as number);
    times.sort((a, b) => a - b);
    const started = raw.started[p] ?? 0;
    const by = (share: number): EpochDay | undefined => {
      const needed = Math.ceil(started * share);
      if (needed === 0 || needed > times.length) return undefined;
      return epochDayOfInstant(times[needed - 1] as number);
    };
    const finishedBy: { p50?: EpochDay; p90?: EpochDay; p100?: EpochDay } = {};
    const p50 = by(0.5);
    const p90 = by(0.9);
    const p100 = by(1);
    if (p50 !== undefined) finishedBy.p50 = p50;
    if (p90 !== undefined) finishedBy.p90 = p90;
    if (p100 !== undefined) finishedBy.p100 = p100;
    const finishedDaily: { day: EpochDay; finished: number }[] = [];
    times.forEach((t, i) => {
      const day = epochDayOfInstant(t);
      const last = finishedDaily[finishedDaily.length - 1];
      if (last !== undefined && last.day === day) last.finished = i + 1;
      else finishedDaily.push({ day, finished: i + 1 });
    });
    const outcomes = [...(raw.outcomes[p] ?? new Map<string, number>()).entries()]
      .map(([outcome, count]) => ({ outcome, count }))
      .sort((a, b) => (a.outcome < b.outcome ? -1 : a.outcome > b.outcome ? 1 : 0));
    return {
      procedure,
      started,
      finishedOnTime: raw.finishedOnTime[p] ?? 0,
      finishedLate: raw.finishedLate[p] ?? 0,
      stuck: raw.stuck[p] ?? 0,
      finishedBy,
      outcomes,
      finishedDaily,
    };
  });
  const steps: StepStats[] = raw.stepKeys.map(({ step, level }, s) => {
    const acted = raw.acted[s] ?? 0;
    const late = raw.late[s] ?? 0;
    const overdue = raw.overdue[s] ?? 0;
    const stuck = raw.stuckAt[s] ?? 0;
    const reached = acted + overdue + stuck;
    return {
      step,
      level: tree.levels[level]?.key ?? String(level),
      arrived: raw.arrived[s] ?? 0,
      acted,
      onTime: acted - late,
      late,
      returned: raw.returned[s] ?? 0,
      overdue,
      stuck,
      risk: reached === 0 ? 0 : Math.round((Math.min(reached, late + overdue + stuck) / reached) * 10_000) / 10_000,
    };
  });
  steps.sort((a, b) => b.risk - a.risk || b.stuck - a.stuck || b.late + b.overdue - (a.late + a.overdue) || (a.step < b.step ? -1 : a.step > b.step ? 1 : 0));
  const levels: LevelStats[] = tree.levels.map((spec, l) => {
    const mine = steps.filter((s) => s.level === spec.key);
    const sum = (f: (s: StepStats) => number): number => mine.reduce((acc, s) => acc + f(s), 0);
    const perDay = new Map<EpochDay, number>();
    raw.stepKeys.forEach((key, i) => {
      if (key.level !== l) return;
      for (const [day, n] of raw.actedDays[i] ?? []) perDay.set(day, (perDay.get(day) ?? 0) + n);
    });
    let running = 0;
    const actedDaily = [...perDay.entries()].sort((a, b) => a[0] - b[0]).map(([day, n]) => ({ day, acted: (running += n) }));
    return {
      level: spec.key,
      label: spec.label,
      units: (tree.levelStart[l + 1] ?? 0) - (tree.levelStart[l] ?? 0),
      arrived: sum((s) => s.arrived),
      acted: sum((s) => s.acted),
      onTime: sum((s) => s.onTime),
      late: sum((s) => s.late),
      returned: sum((s) => s.returned),
      overdue: sum((s) => s.overdue),
      stuck: sum((s) => s.stuck),
      actedDaily,
    };
  });
  return { seed: spec.seed, instances: raw.instances, transitions: raw.transitions, events: raw.events, clock: raw.clock, procedures, levels, steps };
}
