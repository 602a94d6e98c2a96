// The `--json` report: a zod schema (the contract CI relies on) and the pure function that fills it.

import type { Lang } from '@tdkt/calendar';
import { formatIsoDate } from '@tdkt/calendar';
import { z } from 'zod';
import type { Provenance } from '../temporal/network.js';
import type { ReportInput } from './model.js';
import { checkStatuses, collectProblems } from './model.js';
import { populationJson, populationJsonSchema } from './population-json.js';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const location = z.object({
  file: z.string(),
  line: z.number().int().min(1),
  col: z.number().int().min(1),
  length: z.number().int().min(0).optional(),
});
/** Where a bound comes from: the row's own phrase, its section heading, the period, a step's `hạn`, a library default, a `với`, an event. */
const origin = z.object({
  kind: z.enum(['phrase', 'heading', 'period', 'step', 'default', 'override', 'row', 'derived', 'event']),
  param: z.string().optional(),
  strictBefore: z.boolean().optional(),
});
const bound = z.object({
  phrase: z.string().optional(),
  date: isoDate.optional(),
  location: location.optional(),
  origin: origin.optional(),
});

/**
 * Version of the report's shape; bumped only on incompatible changes (v2: population figures over
 * replications; v3: unfinished dossiers split into stuck and running, the share on time of those due).
 */
export const REPORT_SCHEMA_ID = 'tdkt.simulate/v3';

/** The `tdkt simulate --json` report. Field order and names are stable; new fields may be added. */
export const simulateReportSchema = z.object({
  schema: z.literal(REPORT_SCHEMA_ID),
  lang: z.enum(['vi', 'en']),
  ok: z.boolean(),
  checks: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      status: z.enum(['pass', 'fail', 'warn', 'skipped']),
      errors: z.number().int().min(0),
      warnings: z.number().int().min(0),
    }),
  ),
  problems: z.array(
    z.object({
      check: z.string(),
      code: z.string(),
      severity: z.enum(['error', 'warning']),
      message: z.string(),
      location: location.optional(),
      chain: z.array(
        z.object({
          kind: z.enum([
            'origin',
            'lower-bound',
            'precedence',
            'rollup',
            'units-due',
            'upper-bound',
            'period-end',
            'detail',
          ]),
          text: z.string(),
          location: location.optional(),
          phrase: z.string().optional(),
          origin: origin.optional(),
          date: isoDate.optional(),
        }),
      ),
    }),
  ),
  deadlines: z
    .object({
      events: z.array(
        z.object({
          id: z.string(),
          label: z.string(),
          kind: z.string(),
          earliest: isoDate,
          latest: isoDate,
          slack: z.number().int(),
          bounded: z.boolean(),
          /** The bound (phrase, where it is written, its origin) that fixes the earliest day; absent: the period's start. */
          earliestFrom: bound.optional(),
          /** The deadline that fixes the latest day; absent: the period's end. */
          latestFrom: bound.optional(),
        }),
      ),
      criticalPath: z.array(z.object({ id: z.string(), label: z.string(), date: isoDate })),
    })
    .optional(),
  population: populationJsonSchema.optional(),
});

export type SimulateReport = z.infer<typeof simulateReportSchema>;

/**
 * The JSON Schema (draft 2020-12) of the report, for CI systems and docs/simulate.md.
 *
 * @example
 * JSON.stringify(simulateReportJsonSchema(), null, 2)
 */
export function simulateReportJsonSchema(): unknown {
  return z.toJSONSchema(simulateReportSchema);
}

function boundJson(p: Provenance): z.infer<typeof bound> {
  const s = p.span;
  return {
    ...(p.phrase !== undefined ? { phrase: p.phrase } : {}),
    ...(p.resolved !== undefined ? { date: formatIsoDate(p.resolved) } : {}),
    ...(s
      ? {
          location:
            s.length === undefined
              ? { file: s.file, line: s.line, col: s.col }
              : { file: s.file, line: s.line, col: s.col, length: s.length },
        }
      : {}),
    ...(p.origin ? { origin: p.origin } : {}),
  };
}

/**
 * Builds the JSON report of a run (pure: same input, same object; key order fixed).
 *
 * @example
 * JSON.stringify(toJsonReport({ temporal, population }, 'vi'), null, 2)
 */
export function toJsonReport(input: ReportInput, lang: Lang): SimulateReport {
  const checks = checkStatuses(input).map((c) => ({
    id: c.id,
    title: c.title[lang],
    status: c.status,
    errors: c.errors,
    warnings: c.warnings,
  }));
  const loc = (s: { file: string; line: number; col: number; length?: number } | undefined) =>
    s === undefined
      ? {}
      : {
          location:
            s.length === undefined
              ? { file: s.file, line: s.line, col: s.col }
              : { file: s.file, line: s.line, col: s.col, length: s.length },
        };
  const report: SimulateReport = {
    schema: REPORT_SCHEMA_ID,
    lang,
    ok: !checks.some((c) => c.status === 'fail'),
    checks,
    problems: collectProblems(input, lang).map((p) => ({
      check: p.check,
      code: p.code,
      severity: p.severity,
      message: p.message,
      ...loc(p.span),
      chain: p.chain.map((l) => ({
        kind: l.kind,
        text: l.text,
        ...loc(l.span),
        ...(l.phrase === undefined ? {} : { phrase: l.phrase }),
        ...(l.origin === undefined ? {} : { origin: l.origin }),
        ...(l.date === undefined ? {} : { date: l.date }),
      })),
    })),
  };
  const t = input.temporal;
  if (t) {
    report.deadlines = {
      events: t.nodes.map((n) => ({
        id: n.id,
        label: n.label,
        kind: n.kind,
        earliest: formatIsoDate(n.earliest),
        latest: formatIsoDate(n.latest),
        slack: n.slack,
        bounded: n.bounded,
        ...(n.earliestFrom ? { earliestFrom: boundJson(n.earliestFrom) } : {}),
        ...(n.latestFrom ? { latestFrom: boundJson(n.latestFrom) } : {}),
      })),
      criticalPath: t.criticalPath.map((l) => ({ id: l.to, label: l.toLabel, date: formatIsoDate(l.day) })),
    };
  }
  if (input.population) report.population = populationJson(input.population, lang);
  return report;
}
