// The text report (Vietnamese by default, English): summary, problems with source carets, tables.

import type { Lang } from '@tdkt/calendar';
import { formatVnDate } from '@tdkt/calendar';
import { say } from '../messages/catalog.js';
import type { TemporalAnalysis } from '../temporal/analyse.js';
import { eventName } from '../temporal/explain.js';
import type { NodeKind, Provenance } from '../temporal/network.js';
import { renderLegend } from './legend.js';
import type { ReportInput } from './model.js';
import { checkStatuses, collectProblems } from './model.js';
import { populationLine, renderPopulationTables, TEXT_WIDTH } from './population-text.js';
import { formatLocation, sourceSnippet } from './snippet.js';
import { clip, fitTable, formatCount } from './table.js';
import { displayWidth, wrapLine, wrapWords } from './width.js';

const MARK = { pass: '✔', fail: '✘', warn: '⚠', skipped: '–' } as const;

/** `head` then `text` wrapped at spaces to the report's width, continuation lines under `text`'s start. */
function hanging(head: string, text: string): string[] {
  const indent = ' '.repeat(displayWidth(head));
  return wrapLine(text, TEXT_WIDTH - indent.length, '').map((l, i) => `${i === 0 ? head : indent}${l}`);
}

/** An event's name within `width` columns: its label is clipped, its kind ("xong", "(finish)") kept. */
function eventCell(label: string, kind: NodeKind | undefined, width: number, lang: Lang): string {
  return eventName(clip(label, width - displayWidth(eventName('', kind, lang))), kind, lang);
}

/**
 * The summary: one line per check (wrapped to 100 columns), ✔ passed, ✘ failed, ⚠ warnings only, – not run.
 *
 * @example
 * renderSummary({ temporal }, 'vi') // ['– Hoàn thành …: chưa chạy', '✘ Thời hạn …: 1 lỗi', …]
 */
export function renderSummary(input: ReportInput, lang: Lang): string[] {
  return checkStatuses(input).flatMap((c) => {
    let detail: string;
    if (c.status === 'skipped') detail = say(lang, 'report.not-run');
    else if (c.id === 'population' && input.population) detail = populationLine(input.population, lang);
    else if (c.status === 'pass') detail = say(lang, 'report.no-problems');
    else {
      const parts: string[] = [];
      if (c.errors > 0) parts.push(say(lang, 'report.errors', { count: c.errors }));
      if (c.warnings > 0) parts.push(say(lang, 'report.warnings', { count: c.warnings }));
      detail = parts.join(', ');
    }
    const figures = input.checks?.find((x) => x.id === c.id)?.figures?.[lang];
    // The title, the result and the figures each start a line of their own when they do not fit after the other.
    const segments = [`${c.title[lang]}:`, detail, ...(figures ? [`(${figures})`] : [])];
    const lines = wrapWords(segments, TEXT_WIDTH - 2, '', ' ').flatMap((l) => wrapLine(l, TEXT_WIDTH - 2, ''));
    return lines.map((l, i) => `${i === 0 ? `${MARK[c.status]} ` : '  '}${l}`);
  });
}

/**
 * Each problem as `file:line:col: lỗi CODE: message`, the source line with a caret, then its chain;
 * long messages and chain lines wrap to 100 columns, long source lines are cut around the caret.
 *
 * @example
 * renderProblems({ temporal, sources: { 'ke-hoach.tdkt': text } }, 'vi')
 */
export function renderProblems(input: ReportInput, lang: Lang): string[] {
  const out: string[] = [];
  for (const p of collectProblems(input, lang)) {
    const where = p.span ? `${formatLocation(p.span)}: ` : '';
    const sev = say(lang, `report.severity.${p.severity}`);
    out.push(...wrapLine(`${where}${sev} ${p.code}: ${p.message}`, TEXT_WIDTH, '    '));
    const text = p.span ? input.sources?.[p.span.file] : undefined;
    if (p.span && text !== undefined) out.push(...sourceSnippet(text, p.span, TEXT_WIDTH - 2).map((l) => `  ${l}`));
    if (p.chain.length > 0) {
      const head = say(
        lang,
        p.code === 'temporal.cycle'
          ? 'report.chain.cycle'
          : p.check === 'deadlines'
            ? 'report.chain.constraints'
            : 'report.chain.path',
      );
      out.push(`  ${head}`);
      p.chain.forEach((link, i) => {
        out.push(...hanging(`    ${i + 1}. `, `${link.span ? `${formatLocation(link.span)}  ` : ''}${link.text}`));
      });
    }
    out.push('');
  }
  return out;
}

const dateCell = (day: number | undefined): string => (day === undefined ? '–' : formatVnDate(day));

/** Where a bound comes from, short: the phrase and its line (a library file is named). */
function boundText(p: Provenance | undefined, lang: Lang): string {
  if (p === undefined) return '';
  // A library default names its file; the plan's own lines need only their number.
  const where =
    p.span === undefined
      ? ''
      : p.origin?.kind === 'default'
        ? `${clip(p.span.file.split('/').pop() ?? p.span.file, 20, 'middle')}:${p.span.line}`
        : say(lang, 'report.line', { line: p.span.line });
  return `„${clip(p.phrase ?? '', 18)}” ${where}`.trim();
}

/**
 * Earliest and latest days and slack of the finishes and events (starts add nothing a reader needs),
 * tightest first, at most `limit` rows, within 100 columns (event names are clipped, keeping "xong");
 * the JSON report has them all.
 *
 * @example
 * renderScheduleTable(temporal, 'en', 10)
 */
export function renderScheduleTable(t: TemporalAnalysis, lang: Lang, limit = 15): string[] {
  const shown = t.nodes.filter((n) => n.kind !== 'start');
  const sorted = [...shown].sort(
    (a, b) => Number(b.bounded) - Number(a.bounded) || a.slack - b.slack || a.earliest - b.earliest,
  );
  const top = sorted.slice(0, limit);
  const name = (n: (typeof top)[number], width: number): string => eventCell(n.label, n.kind as NodeKind, width, lang);
  const rows = top.map((n) => [
    name(n, Infinity),
    dateCell(n.earliest),
    n.bounded ? dateCell(n.latest) : '–',
    n.bounded ? String(n.slack) : '–',
    n.bounded ? boundText(n.latestFrom, lang) : '',
  ]);
  const header = (
    ['column.event', 'column.earliest', 'column.latest', 'column.slack', 'column.latest-because'] as const
  ).map((id) => say(lang, id));
  const table = fitTable(header, rows, TEXT_WIDTH, (i, width) => name(top[i] as (typeof top)[number], width));
  const rest = sorted.length - rows.length;
  if (rest > 0) table.push(say(lang, 'report.schedule.more', { count: formatCount(rest, lang) }));
  return table;
}

/**
 * The critical path: the chain that fixes the latest earliest date of the plan (names clipped to 100 columns).
 *
 * @example
 * renderCriticalPath(temporal, 'vi') // ['Đường găng: …', '  1. …']
 */
export function renderCriticalPath(t: TemporalAnalysis, lang: Lang): string[] {
  if (t.criticalPath.length === 0) return [];
  return [
    say(lang, 'report.critical-path'),
    ...t.criticalPath.map((l, i) => {
      const head = `  ${i + 1}. ${dateCell(l.day)}  `;
      return `${head}${eventCell(l.toLabel, l.toKind, TEXT_WIDTH - displayWidth(head), lang)}`;
    }),
  ];
}

/**
 * The whole text report: summary, problems, tables, then the legend of the terms the tables use.
 * `detail` shows every population figure with its interval, the outcomes and every step.
 *
 * @example
 * renderTextReport({ temporal, population, sources }, 'vi')
 */
export function renderTextReport(input: ReportInput, lang: Lang, options: { readonly detail?: boolean } = {}): string {
  const out: string[] = [say(lang, 'report.title'), '', ...renderSummary(input, lang), ''];
  const problems = renderProblems(input, lang);
  if (problems.length > 0) out.push(say(lang, 'report.problems'), '', ...problems);
  if (input.temporal)
    out.push(...renderScheduleTable(input.temporal, lang), '', ...renderCriticalPath(input.temporal, lang), '');
  if (input.population) out.push(...renderPopulationTables(input.population, lang, options), '');
  out.push(...renderLegend(input, lang));
  return `${out.join('\n').trimEnd()}\n`;
}
