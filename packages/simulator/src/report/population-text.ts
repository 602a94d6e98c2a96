// The population sections of the text report: the summary line, tables within 100 columns, and --detail.
import { formatVnDate, type Lang } from '@tdkt/calendar';
import { type SimulatorMessageId, say } from '../messages/catalog.js';
import type { DayEstimate, Estimate } from '../population/estimate.js';
import { populationMessage } from '../population/messages.js';
import type { PopulationReport, ProcedureSummary } from '../population/replications.js';
import { clip, fitTable, formatCount, formatShare, renderTable } from './table.js';
import { wrapWords } from './width.js';

/** The report's width: every default population line fits in it. */
export const TEXT_WIDTH = 100;

const count = (e: Estimate, lang: Lang, interval: boolean): string =>
  !interval || e.low === e.high
    ? formatCount(e.typical, lang)
    : `${formatCount(e.typical, lang)} [${formatCount(e.low, lang)}–${formatCount(e.high, lang)}]`;

/** A share estimate: "91,2 % [88,0–93,7 %]" (the interval only when replications differ). */
export function shareText(e: Estimate, lang: Lang): string {
  if (e.low === e.high) return formatShare(e.typical, lang);
  const bare = (x: number): string => formatShare(x, lang).replace(/\s?%$/u, '');
  return `${formatShare(e.typical, lang)} [${bare(e.low)}–${formatShare(e.high, lang)}]`;
}

const dayText = (d: DayEstimate, lang: Lang, interval: boolean): string => {
  const one = (x: number | undefined, never: string): string => (x === undefined ? never : formatVnDate(x));
  const typical = one(d.typical, '–');
  if (!interval || (d.low === d.typical && d.typical === d.high)) return typical;
  const never = say(lang, 'report.population.never');
  return `${typical} [${one(d.low, never)} – ${one(d.high, never)}]`;
};

/** The typical run's totals over the procedures: `due` are the dossiers decided within the period. */
const procedureTotals = (p: PopulationReport) => {
  const sum = (pick: (x: ProcedureSummary) => Estimate): number =>
    p.procedures.reduce((n, x) => n + pick(x).typical, 0);
  const onTime = sum((x) => x.finishedOnTime);
  const stuck = sum((x) => x.stuck);
  return { onTime, stuck, running: sum((x) => x.running), due: onTime + sum((x) => x.finishedLate) + stuck };
};

/**
 * The population check's summary line in the median run: the share on time of the dossiers due within the
 * period (finished, or stuck past a deadline) and the stuck; and, when some are, the dossiers still running
 * (within their step's deadline) when the period ends, which are not counted in the share.
 *
 * @example
 * populationLine(report, 'vi') // '20 lần chạy × 205 hồ sơ: 88,8 % xong đúng hạn, 3 tồn đọng (lần chạy trung vị)'
 * populationLine(report, 'vi') // '… × 102 hồ sơ: 51 còn đang chạy khi hết kỳ; 51 đến hạn trong kỳ: 7,8 % xong đúng hạn, 5 tồn đọng (…)'
 */
export function populationLine(p: PopulationReport, lang: Lang): string {
  const t = procedureTotals(p);
  const share = t.due === 0 ? 1 : t.onTime / t.due;
  const data = {
    runs: say(lang, 'report.population.runs', { runs: p.runs }),
    dossiers: formatCount(p.dossiers, lang),
    share: formatShare(share, lang),
    stuck: formatCount(t.stuck, lang),
  };
  if (t.running === 0) return say(lang, 'report.population.line', data);
  return say(lang, 'report.population.line-running', {
    ...data,
    due: formatCount(t.due, lang),
    running: formatCount(t.running, lang),
  });
}

/**
 * A procedure's share on time in the typical run, "–" when none of its dossiers was due within the period.
 *
 * @example
 * onTimeText(procedure, 'vi') // '50,0 % [16,7–83,3 %]'
 */
export function onTimeText(x: ProcedureSummary, lang: Lang): string {
  return x.finishedOnTime.typical + x.finishedLate.typical + x.stuck.typical === 0
    ? '–'
    : shareText(x.onTimeShare, lang);
}

/** The steps table: step names clipped in the middle (their end tells them apart), unless --detail. */
const fitStepsTable =
  (detail: boolean) =>
  (header: readonly string[], rows: readonly (readonly string[])[]): string[] =>
    detail ? renderTable(header, rows) : fitTable(header, rows, TEXT_WIDTH, 'middle');

/** Table headers by message id. */
const columns = (lang: Lang, ids: readonly Extract<SimulatorMessageId, `column.${string}`>[]): string[] =>
  ids.map((id) => say(lang, id));

function dependsText(p: ProcedureSummary, lang: Lang): string {
  const units = p.dependsOn.map((u) => u.name ?? u.label[lang]).join(', ');
  return say(lang, 'report.population.depends', { procedure: p.procedure, units });
}

/**
 * The population section: what was run, then tables per procedure, per level and the riskiest steps;
 * `detail` adds every interval, the outcomes and every step.
 *
 * @example
 * renderPopulationTables(report, 'vi') // every line ≤ 100 columns
 */
export function renderPopulationTables(
  p: PopulationReport,
  lang: Lang,
  options: { readonly detail?: boolean; readonly riskiest?: number } = {},
): string[] {
  const detail = options.detail === true;
  const c = (e: Estimate): string => count(e, lang, detail);
  const org = p.organisation;
  const source = say(lang, org.kind === 'preset' ? 'report.population.preset' : 'report.population.file', {
    name: org.name,
  });
  const out: string[] = [
    say(lang, 'report.population.head', {
      runs: p.runs,
      seed: p.seed,
      source,
      dossiers: formatCount(p.dossiers, lang),
    }),
    ...wrapWords(
      org.levels.map(
        (l, i) =>
          `${i === 0 ? `${say(lang, 'report.population.organisation')} ` : ''}${l.level} ${formatCount(l.units, lang)}`,
      ),
      TEXT_WIDTH,
      '  ',
      ' · ',
    ),
    ...(p.runs > 1
      ? [say(lang, 'report.population.median'), say(lang, 'report.population.interval', { runs: p.runs })]
      : [say(lang, 'report.population.one-run')]),
  ];
  for (const n of p.notes)
    out.push(...wrapWords(`⚠ ${populationMessage(n, lang)}`.split(' '), TEXT_WIDTH, '    ', ' '));
  out.push('', say(lang, 'report.population.by-procedure'));
  out.push(
    ...(detail ? renderTable : fitTable)(
      columns(lang, [
        'column.procedure',
        'column.dossiers',
        'column.finished-on-time',
        'column.late',
        'column.stuck',
        'column.running',
        'column.done-90',
        ...(detail ? (['column.outcomes'] as const) : []),
      ]),
      p.procedures.map((x) => [
        x.procedure,
        formatCount(x.dossiers, lang),
        onTimeText(x, lang),
        c(x.finishedLate),
        c(x.stuck),
        c(x.running),
        dayText(x.finishedBy.p90, lang, detail),
        ...(detail ? [x.outcomes.map((o) => `${o.outcome} ${c(o.count)}`).join(', ')] : []),
      ]),
    ),
  );
  for (const x of p.procedures.filter((q) => q.dependsOn.length > 0 && q.dossiers > 1))
    out.push(...wrapWords(`⚠ ${dependsText(x, lang)}`.split(' '), TEXT_WIDTH, '    ', ' '));
  out.push('', say(lang, 'report.population.by-level'));
  out.push(
    ...(detail ? renderTable : fitTable)(
      columns(lang, [
        'column.level',
        'column.units',
        'column.arrived',
        'column.processed',
        'column.on-time',
        'column.late',
        'column.returned',
        'column.overdue',
        'column.stuck',
        'column.running',
      ]),
      p.levels
        .filter((l) => l.arrived.high > 0 || detail)
        .map((l) => [
          detail ? l.label[lang] : clip(l.label[lang], 24),
          formatCount(l.units, lang),
          c(l.arrived),
          c(l.processed),
          c(l.onTime),
          c(l.late),
          c(l.returned),
          c(l.overdue),
          c(l.stuck),
          c(l.running),
        ]),
    ),
  );
  const shown = detail ? p.steps : p.steps.slice(0, options.riskiest ?? 5);
  const labelOf = new Map(p.levels.map((l) => [l.level, l.label[lang]]));
  out.push('', say(lang, detail ? 'report.population.every-step' : 'report.population.riskiest'));
  out.push(
    ...fitStepsTable(detail)(
      columns(lang, [
        'column.step',
        'column.level',
        'column.risk',
        ...(detail ? (['column.arrived', 'column.processed'] as const) : []),
        'column.late',
        'column.overdue',
        'column.stuck',
        'column.running',
      ]),
      shown.map((s) => [
        s.step,
        detail ? (labelOf.get(s.level) ?? s.level) : clip(labelOf.get(s.level) ?? s.level, 16),
        shareText(s.risk, lang),
        ...(detail ? [c(s.arrived), c(s.processed)] : []),
        c(s.late),
        c(s.overdue),
        c(s.stuck),
        c(s.running),
      ]),
    ),
  );
  if (!detail && p.steps.length > shown.length) {
    out.push(say(lang, 'report.population.more-steps', { count: formatCount(p.steps.length - shown.length, lang) }));
  }
  return out;
}
