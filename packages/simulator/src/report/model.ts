// What a simulate report is made of: the checks' results, flattened into uniform problems.

import type { Lang, LocalizedText } from '@tdkt/calendar';
import { formatIsoDate } from '@tdkt/calendar';
import { sayBoth } from '../messages/catalog.js';
import type { PopulationReport } from '../population/replications.js';
import type { TemporalAnalysis } from '../temporal/analyse.js';
import type { ChainLink } from '../temporal/chain.js';
import { explainLink, explainOrdering, explainProblem } from '../temporal/explain.js';
import type { Provenance, SourceSpan } from '../temporal/network.js';
import type { TemporalProblem } from '../temporal/problems.js';

/**
 * A problem from any other check (the completion check over compiled machines plugs in here): its
 * code, severity, message in both languages, where it is, and detail lines (e.g. the path of actions
 * that leads into a trap).
 */
export interface CheckProblem {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: LocalizedText;
  readonly span?: SourceSpan;
  readonly detail?: readonly LocalizedText[];
}

/** The result of a check other than deadlines and population (e.g. completion). */
export interface ExtraCheck {
  readonly id: string;
  readonly title: LocalizedText;
  readonly problems: readonly CheckProblem[];
  /** One line of figures for the summary ("121 trạng thái, 340 chuyển tiếp"). */
  readonly figures?: LocalizedText;
}

/** Everything a report is rendered from. All fields optional: absent checks show as skipped. */
export interface ReportInput {
  readonly checks?: readonly ExtraCheck[];
  readonly temporal?: TemporalAnalysis;
  readonly population?: PopulationReport;
  /** Source texts by file name, for the quoted line and caret under each problem. */
  readonly sources?: Readonly<Record<string, string>>;
}

export type CheckStatus = 'pass' | 'fail' | 'warn' | 'skipped';

/** One line of a problem's chain, rendered. */
export interface ReportChainLine {
  readonly kind: ChainLink['kind'] | 'detail';
  readonly text: string;
  readonly span?: SourceSpan;
  readonly phrase?: string;
  /** Where the link's bound comes from (heading, library default, `với`, …). */
  readonly origin?: Provenance['origin'];
  /** ISO date of the link (`YYYY-MM-DD`). */
  readonly date?: string;
}

/** A problem as both renderers see it. */
export interface ReportProblem {
  readonly check: string;
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly span?: SourceSpan;
  readonly chain: readonly ReportChainLine[];
}

const iso = formatIsoDate;

function temporalSpan(p: TemporalProblem): SourceSpan | undefined {
  switch (p.code) {
    case 'temporal.conflict':
    case 'temporal.tentative-missed':
    case 'temporal.tentative-conflict':
    case 'temporal.beyond-period':
      return p.chain[p.chain.length - 1]?.provenance.span;
    case 'temporal.deadline-order':
      return p.chain[0]?.provenance.span;
    case 'temporal.default-shortens-row':
      return p.span ?? p.chain[0]?.provenance.span;
    case 'temporal.cycle':
      return p.links[0]?.provenance.span;
    case 'temporal.unknown-node':
      return undefined;
  }
}

/** An activity's start → finish with no stated duration explains nothing: leave it out of the text. */
const silent = (l: ChainLink): boolean =>
  l.kind === 'precedence' && l.reason === 'duration' && (l.duration?.amount ?? 0) === 0;

function chainOf(p: TemporalProblem): readonly ChainLink[] {
  if (p.code === 'temporal.cycle') return p.links;
  if (p.code === 'temporal.unknown-node') return [];
  return p.chain.filter((l) => !silent(l));
}

/**
 * Every problem of a temporal analysis, errors first.
 *
 * @example
 * temporalProblems(analyseTemporal(net, cal)).map((p) => p.code) // ['temporal.cycle', 'temporal.conflict', …]
 */
function temporalProblems(t: TemporalAnalysis): TemporalProblem[] {
  return [
    ...t.cycles,
    ...t.conflicts.filter((c) => c.severity === 'error'),
    ...t.unknown,
    ...t.deadlineOrder,
    ...t.defaultShortens,
    ...t.conflicts.filter((c) => c.severity === 'warning'),
  ];
}

/**
 * Flattens every check's problems into one list, messages rendered in `lang`.
 *
 * @example
 * collectProblems({ temporal: analyseTemporal(net, cal) }, 'vi')[0]?.message
 */
export function collectProblems(input: ReportInput, lang: Lang): ReportProblem[] {
  const out: ReportProblem[] = [];
  for (const check of input.checks ?? []) {
    for (const p of check.problems) {
      out.push({
        check: check.id,
        code: p.code,
        severity: p.severity,
        message: p.message[lang],
        ...(p.span ? { span: p.span } : {}),
        chain: (p.detail ?? []).map((d) => ({ kind: 'detail' as const, text: d[lang] })),
      });
    }
  }
  if (input.temporal) {
    for (const p of temporalProblems(input.temporal)) {
      const span = temporalSpan(p);
      out.push({
        check: 'deadlines',
        code: p.code,
        severity: p.severity,
        message: explainProblem(p, lang),
        ...(span ? { span } : {}),
        chain: chainOf(p).map((link) => ({
          kind: link.kind,
          text: p.code === 'temporal.cycle' ? explainOrdering(link, lang) : explainLink(link, lang),
          ...(link.provenance.span ? { span: link.provenance.span } : {}),
          ...(link.provenance.phrase !== undefined ? { phrase: link.provenance.phrase } : {}),
          ...(link.provenance.origin !== undefined ? { origin: link.provenance.origin } : {}),
          ...(p.code === 'temporal.cycle' ? {} : { date: iso(link.day) }),
        })),
      });
    }
  }
  return out;
}

/**
 * The status of each check, in report order (completion, other checks, deadlines, population).
 *
 * @example
 * checkStatuses({ temporal }).find((c) => c.id === 'deadlines')?.status // => 'fail'
 */
export function checkStatuses(
  input: ReportInput,
): { id: string; title: LocalizedText; status: CheckStatus; errors: number; warnings: number }[] {
  const count = (ps: readonly { severity: string }[]) => ({
    errors: ps.filter((p) => p.severity === 'error').length,
    warnings: ps.filter((p) => p.severity === 'warning').length,
  });
  const status = (c: { errors: number; warnings: number }): CheckStatus =>
    c.errors > 0 ? 'fail' : c.warnings > 0 ? 'warn' : 'pass';
  const rows: { id: string; title: LocalizedText; status: CheckStatus; errors: number; warnings: number }[] = [];
  const extra = input.checks ?? [];
  if (!extra.some((c) => c.id === 'completion'))
    rows.push({ id: 'completion', title: TITLES.completion, status: 'skipped', errors: 0, warnings: 0 });
  for (const c of extra) {
    const n = count(c.problems);
    rows.push({ id: c.id, title: c.title, status: status(n), ...n });
  }
  if (input.temporal) {
    const n = count(temporalProblems(input.temporal));
    rows.push({ id: 'deadlines', title: TITLES.deadlines, status: status(n), ...n });
  } else rows.push({ id: 'deadlines', title: TITLES.deadlines, status: 'skipped', errors: 0, warnings: 0 });
  if (input.population) {
    // One warning per procedure whose typical replication leaves dossiers late or stuck.
    const warned = input.population.procedures.filter((p) => p.finishedLate.typical + p.stuck.typical > 0).length;
    rows.push({
      id: 'population',
      title: TITLES.population,
      status: warned > 0 ? 'warn' : 'pass',
      errors: 0,
      warnings: warned,
    });
  } else rows.push({ id: 'population', title: TITLES.population, status: 'skipped', errors: 0, warnings: 0 });
  return rows;
}

/** The titles of the three checks every report shows (run or not). */
const TITLES = {
  completion: sayBoth('check.completion'),
  deadlines: sayBoth('check.deadlines'),
  population: sayBoth('check.population'),
} as const satisfies Record<string, LocalizedText>;

/**
 * Exit code of a report: 1 when a check failed, else 0 (bad input, 2, is decided before).
 *
 * @example
 * exitCodeOf({ temporal: analyseTemporal(net, cal) }) // => 1 when a hard deadline cannot hold
 */
export function exitCodeOf(input: ReportInput): 0 | 1 {
  return checkStatuses(input).some((c) => c.status === 'fail') ? 1 : 0;
}
