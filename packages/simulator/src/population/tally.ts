// Streaming statistics of a population run: plain counters and per-day histograms, mergeable by addition.
import type { EpochDay } from '@tdkt/calendar';

/**
 * One step of one procedure at the level that acts on it. Every visit (a dossier starting to wait at the
 * step) ends in exactly one of processed, overdue, stuck or running:
 * `arrived = processed + overdue + stuck + running`.
 */
export interface StepTally {
  readonly procedure: number;
  readonly step: string;
  /** Tree level index of the acting unit. */
  readonly level: number;
  arrived: number;
  /** Visits ended by the actor acting (approving, forwarding, returning…), on time or late. */
  processed: number;
  late: number;
  /** Of the processed, those that returned the dossier for revision. */
  returned: number;
  /** Visits ended by a deadline timer (quá hạn) moving the dossier on. */
  overdue: number;
  /** Visits still open when the period ended, past the step's deadline (or with no deadline and no timer to come). */
  stuck: number;
  /** Visits still open when the period ended, within the step's deadline (or with a timer still to fire after it). */
  running: number;
  /** Simulated actions the machine did not accept (the dossier kept waiting): a modelling gap, noted. */
  ignored: number;
  /** Processed per day of the run's window. */
  readonly processedByDay: Int32Array;
}

/**
 * One procedure's dossiers: `dossiers = started + notStarted`,
 * `started = finishedOnTime + finishedLate + stuck + running`. A dossier unfinished when the period ends is
 * `running` when the step it waits at is still within its deadline (or its next timer fires after the end),
 * else `stuck`.
 */
export interface ProcedureTally {
  readonly procedure: string;
  readonly ownerLevel: number;
  dossiers: number;
  started: number;
  finishedOnTime: number;
  finishedLate: number;
  stuck: number;
  running: number;
  readonly finishedByDay: Int32Array;
  readonly outcomes: Map<string, number>;
}

/** Everything a run (or a shard of one) counted; structured-clone friendly, so workers can send it. */
export interface PopulationTally {
  readonly startDay: EpochDay;
  readonly days: number;
  readonly procedures: ProcedureTally[];
  readonly steps: StepTally[];
  transitions: number;
  events: number;
}

/**
 * An empty tally for the procedures (name and owner level) over `days` days from `startDay`.
 *
 * @example
 * createTally([{ procedure: 'xét', ownerLevel: 4 }], day(1, 5, 2019), 92)
 */
export function createTally(
  procedures: readonly { readonly procedure: string; readonly ownerLevel: number }[],
  startDay: EpochDay,
  days: number,
): PopulationTally {
  return {
    startDay,
    days,
    procedures: procedures.map((p) => ({
      procedure: p.procedure,
      ownerLevel: p.ownerLevel,
      dossiers: 0,
      started: 0,
      finishedOnTime: 0,
      finishedLate: 0,
      stuck: 0,
      running: 0,
      finishedByDay: new Int32Array(days),
      outcomes: new Map(),
    })),
    steps: [],
    transitions: 0,
    events: 0,
  };
}

/** The identity of a step row: procedure, level and step name. */
const stepKey = (procedure: number, level: number, step: string): string => `${procedure}\u0000${level}\u0000${step}`;

/**
 * The row of a step in `tally`, added when first seen. `index` maps step keys to rows.
 *
 * @example
 * const s = stepRow(tally, index, 0, 3, 'xét.tổ_xét'); s.arrived++
 */
export function stepRow(
  tally: PopulationTally,
  index: Map<string, StepTally>,
  procedure: number,
  level: number,
  step: string,
): StepTally {
  const key = stepKey(procedure, level, step);
  let row = index.get(key);
  if (row === undefined) {
    row = {
      procedure,
      step,
      level,
      arrived: 0,
      processed: 0,
      late: 0,
      returned: 0,
      overdue: 0,
      stuck: 0,
      running: 0,
      ignored: 0,
      processedByDay: new Int32Array(tally.days),
    };
    index.set(key, row);
    tally.steps.push(row);
  }
  return row;
}

/**
 * Adds tallies of the same run shape (shards of one replication) into a new one. Steps are matched by
 * key and sorted by it, so the result does not depend on how the dossiers were split or ordered.
 *
 * @example
 * mergeTallies([shard0, shard1]) // equal to the tally of the unsplit run
 */
export function mergeTallies(parts: readonly PopulationTally[]): PopulationTally {
  const first = parts[0];
  if (first === undefined) throw new RangeError('mergeTallies needs at least one tally');
  const out = createTally(first.procedures, first.startDay, first.days);
  const index = new Map<string, StepTally>();
  for (const part of parts) {
    out.transitions += part.transitions;
    out.events += part.events;
    part.procedures.forEach((p, i) => {
      const o = out.procedures[i] as ProcedureTally;
      o.dossiers += p.dossiers;
      o.started += p.started;
      o.finishedOnTime += p.finishedOnTime;
      o.finishedLate += p.finishedLate;
      o.stuck += p.stuck;
      o.running += p.running;
      addInto(o.finishedByDay, p.finishedByDay);
      for (const [outcome, n] of p.outcomes) o.outcomes.set(outcome, (o.outcomes.get(outcome) ?? 0) + n);
    });
    for (const s of part.steps) {
      const o = stepRow(out, index, s.procedure, s.level, s.step);
      o.arrived += s.arrived;
      o.processed += s.processed;
      o.late += s.late;
      o.returned += s.returned;
      o.overdue += s.overdue;
      o.stuck += s.stuck;
      o.running += s.running;
      o.ignored += s.ignored;
      addInto(o.processedByDay, s.processedByDay);
    }
  }
  out.steps.sort(
    (a, b) => a.procedure - b.procedure || a.level - b.level || (a.step < b.step ? -1 : a.step > b.step ? 1 : 0),
  );
  return out;
}

function addInto(target: Int32Array, source: Int32Array): void {
  for (let i = 0; i < target.length; i++) target[i] = (target[i] as number) + (source[i] ?? 0);
}
