// The population part of the `--json` report: its zod schema and the pure function that fills it.
import { formatIsoDate, type Lang } from '@tdkt/calendar';
import { z } from 'zod';
import type { DayEstimate, Estimate } from '../population/estimate.js';
import { populationMessage } from '../population/messages.js';
import type { PopulationReport } from '../population/replications.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = z.number().int().min(0);
/** A figure over the replications: its value in the typical (median) run, its median and 90 % interval. */
const estimate = z.object({ typical: z.number(), median: z.number(), low: z.number(), high: z.number() });
/** A day over the replications; null where it was never reached. */
const dayEstimate = z.object({
  typical: isoDate.nullable(),
  median: isoDate.nullable(),
  low: isoDate.nullable(),
  high: isoDate.nullable(),
});
const band = z.object({
  date: isoDate,
  low: z.number().min(0).max(1),
  median: z.number().min(0).max(1),
  high: z.number().min(0).max(1),
});

/**
 * `population` in the report (schema v3): every figure an estimate over `runs` replications. v3 splits the
 * dossiers unfinished at the period's end into `stuck` (past their step's deadline) and `running` (within it),
 * and `onTimeShare` is of the dossiers due within the period (finished or stuck), no longer of all.
 */
export const populationJsonSchema = z.object({
  seed: z.number().int(),
  runs: z.number().int().min(1),
  typicalRun: z.number().int().min(0),
  dossiers: count,
  organisation: z.object({
    source: z.enum(['preset', 'file']),
    name: z.string(),
    levels: z.array(z.object({ level: z.string(), label: z.string(), units: count })),
  }),
  notes: z.array(z.object({ code: z.string(), message: z.string() })),
  transitions: estimate,
  procedures: z.array(
    z.object({
      procedure: z.string(),
      ownerLevel: z.string(),
      dossiers: count,
      started: estimate,
      finishedOnTime: estimate,
      finishedLate: estimate,
      stuck: estimate,
      running: estimate,
      onTimeShare: estimate,
      finishedBy: z.object({ p50: dayEstimate, p90: dayEstimate, p100: dayEstimate }),
      outcomes: z.array(z.object({ outcome: z.string(), count: estimate })),
      dependsOn: z.array(z.object({ level: z.string(), label: z.string(), name: z.string().optional() })),
      curve: z.array(band),
    }),
  ),
  levels: z.array(
    z.object({
      level: z.string(),
      label: z.string(),
      units: count,
      arrived: estimate,
      processed: estimate,
      onTime: estimate,
      late: estimate,
      returned: estimate,
      overdue: estimate,
      stuck: estimate,
      running: estimate,
      curve: z.array(band),
    }),
  ),
  steps: z.array(
    z.object({
      procedure: z.string(),
      step: z.string(),
      level: z.string(),
      arrived: estimate,
      processed: estimate,
      onTime: estimate,
      late: estimate,
      returned: estimate,
      overdue: estimate,
      stuck: estimate,
      running: estimate,
      ignored: estimate,
      risk: estimate,
    }),
  ),
});

export type PopulationJson = z.infer<typeof populationJsonSchema>;

const est = (e: Estimate): Estimate => ({ typical: e.typical, median: e.median, low: e.low, high: e.high });
const day = (d: number | undefined): string | null => (d === undefined ? null : formatIsoDate(d));
const days = (d: DayEstimate) => ({
  typical: day(d.typical),
  median: day(d.median),
  low: day(d.low),
  high: day(d.high),
});
const curve = (bands: readonly { day: number; low: number; median: number; high: number }[]) =>
  bands.map((b) => ({ date: formatIsoDate(b.day), low: b.low, median: b.median, high: b.high }));

/**
 * The `population` object of the JSON report (labels and notes in `lang`; key order fixed).
 *
 * @example
 * populationJson(report, 'en').procedures[0].onTimeShare // { typical: 0.9, median: 0.91, low: 0.88, high: 0.94 }
 */
export function populationJson(p: PopulationReport, lang: Lang): PopulationJson {
  return {
    seed: p.seed,
    runs: p.runs,
    typicalRun: p.typicalRun,
    dossiers: p.dossiers,
    organisation: {
      source: p.organisation.kind,
      name: p.organisation.name,
      levels: p.organisation.levels.map((l) => ({ level: l.level, label: l.label[lang], units: l.units })),
    },
    notes: p.notes.map((n) => ({ code: n.code, message: populationMessage(n, lang) })),
    transitions: est(p.transitions),
    procedures: p.procedures.map((x) => ({
      procedure: x.procedure,
      ownerLevel: x.ownerLevel,
      dossiers: x.dossiers,
      started: est(x.started),
      finishedOnTime: est(x.finishedOnTime),
      finishedLate: est(x.finishedLate),
      stuck: est(x.stuck),
      running: est(x.running),
      onTimeShare: est(x.onTimeShare),
      finishedBy: { p50: days(x.finishedBy.p50), p90: days(x.finishedBy.p90), p100: days(x.finishedBy.p100) },
      outcomes: x.outcomes.map((o) => ({ outcome: o.outcome, count: est(o.count) })),
      dependsOn: x.dependsOn.map((u) => ({
        level: u.level,
        label: u.label[lang],
        ...(u.name !== undefined ? { name: u.name } : {}),
      })),
      curve: curve(x.curve),
    })),
    levels: p.levels.map((l) => ({
      level: l.level,
      label: l.label[lang],
      units: l.units,
      arrived: est(l.arrived),
      processed: est(l.processed),
      onTime: est(l.onTime),
      late: est(l.late),
      returned: est(l.returned),
      overdue: est(l.overdue),
      stuck: est(l.stuck),
      running: est(l.running),
      curve: curve(l.curve),
    })),
    steps: p.steps.map((s) => ({
      procedure: s.procedure,
      step: s.step,
      level: s.level,
      arrived: est(s.arrived),
      processed: est(s.processed),
      onTime: est(s.onTime),
      late: est(s.late),
      returned: est(s.returned),
      overdue: est(s.overdue),
      stuck: est(s.stuck),
      running: est(s.running),
      ignored: est(s.ignored),
      risk: est(s.risk),
    })),
  };
}
