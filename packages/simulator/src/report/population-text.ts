// The population sections of the text report: the summary line, tables within 100 columns, and --detail.
import { formatVnDate, type Lang } from '@tdkt/calendar';
import type { DayEstimate, Estimate } from '../population/estimate.js';
import { populationMessage } from '../population/messages.js';
import type { PopulationReport, ProcedureSummary } from '../population/replications.js';
import { clip, fitTable, formatCount, formatShare, renderTable } from './table.js';

const tr = (lang: Lang, vi: string, en: string): string => (lang === 'vi' ? vi : en);

/** The report's width: every default population line fits in it. */
export const TEXT_WIDTH = 100;

const count = (e: Estimate, lang: Lang, interval: boolean): string =>
  !interval || e.low === e.high ? formatCount(e.typical, lang) : `${formatCount(e.typical, lang)} [${formatCount(e.low, lang)}–${formatCount(e.high, lang)}]`;

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
  const never = tr(lang, 'chưa đạt', 'never');
  return `${typical} [${one(d.low, never)} – ${one(d.high, never)}]`;
};

const procedureTotals = (p: PopulationReport) => {
  const dossiers = p.procedures.reduce((n, x) => n + x.dossiers, 0);
  const onTime = p.procedures.reduce((n, x) => n + x.finishedOnTime.typical, 0);
  const stuck = p.procedures.reduce((n, x) => n + x.stuck.typical, 0);
  return { dossiers, onTime, stuck };
};

/**
 * The population check's summary line: runs, dossiers, share on time and stuck in the median run.
 *
 * @example
 * populationLine(report, 'vi') // '20 lần chạy × 205 hồ sơ: 88,8 % xong đúng hạn, 3 tồn đọng (lần chạy trung vị)'
 */
export function populationLine(p: PopulationReport, lang: Lang): string {
  const t = procedureTotals(p);
  const share = t.dossiers === 0 ? 1 : t.onTime / t.dossiers;
  const runs = tr(lang, `${p.runs} lần chạy`, `${p.runs} run${p.runs === 1 ? '' : 's'}`);
  return tr(
    lang,
    `${runs} × ${formatCount(p.dossiers, lang)} hồ sơ: ${formatShare(share, lang)} xong đúng hạn, ${formatCount(t.stuck, lang)} tồn đọng (lần chạy trung vị)`,
    `${runs} × ${formatCount(p.dossiers, lang)} dossiers: ${formatShare(share, lang)} finished on time, ${formatCount(t.stuck, lang)} stuck (median run)`,
  );
}

/** Words joined into lines of at most `width` characters, continuation lines indented. */
function wrapWords(parts: readonly string[], width: number, indent: string, separator: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const next = line === '' ? part : `${line}${separator}${part}`;
    if (next.length > width && line !== '') {
      lines.push(line);
      line = `${indent}${part}`;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The steps table: step names clipped in the middle (their end tells them apart), unless --detail. */
const fitStepsTable = (detail: boolean) => (header: readonly string[], rows: readonly (readonly string[])[]): string[] =>
  detail ? renderTable(header, rows) : fitTable(header, rows, TEXT_WIDTH, 'middle');

function dependsText(p: ProcedureSummary, lang: Lang): string {
  const units = p.dependsOn.map((u) => u.name ?? u.label[lang]).join(', ');
  return tr(lang, `${p.procedure} phụ thuộc vào một đơn vị: ${units}`, `${p.procedure} depends on one unit: ${units}`);
}

/**
 * The population section: what was run, then tables per procedure, per level and the riskiest steps;
 * `detail` adds every interval, the outcomes and every step.
 *
 * @example
 * renderPopulationTables(report, 'vi') // every line ≤ 100 columns
 */
export function renderPopulationTables(p: PopulationReport, lang: Lang, options: { readonly detail?: boolean; readonly riskiest?: number } = {}): string[] {
  const detail = options.detail === true;
  const c = (e: Estimate): string => count(e, lang, detail);
  const org = p.organisation;
  const source = org.kind === 'preset' ? tr(lang, `mẫu ${org.name}`, `preset ${org.name}`) : tr(lang, `tệp ${org.name}`, `file ${org.name}`);
  const out: string[] = [
    tr(
      lang,
      `Mô phỏng toàn ngành: ${p.runs} lần chạy (hạt giống ${p.seed}), ${source}, mỗi lần ${formatCount(p.dossiers, lang)} hồ sơ.`,
      `Population run: ${p.runs} run${p.runs === 1 ? '' : 's'} (seed ${p.seed}), ${source}, ${formatCount(p.dossiers, lang)} dossiers each.`,
    ),
    ...wrapWords(
      org.levels.map((l, i) => `${i === 0 ? tr(lang, 'Tổ chức: ', 'Organisation: ') : ''}${l.level} ${formatCount(l.units, lang)}`),
      TEXT_WIDTH,
      '  ',
      ' · ',
    ),
    ...(p.runs > 1
      ? [
          tr(lang, 'Số liệu là của lần chạy trung vị (theo số hồ sơ xong đúng hạn), nên các cột cộng lại khớp nhau;', 'Figures are those of the median run (by dossiers finished on time), so columns add up;'),
          tr(lang, `[a–b] là khoảng chứa 90 % của ${p.runs} lần chạy (xem chú giải).`, `[a–b] is the range of 90 % of the ${p.runs} runs (see the legend).`),
        ]
      : [tr(lang, 'Một lần chạy: không có khoảng 90 % (--runs N để chạy N lần).', 'One run: no 90 % interval (--runs N for N runs).')]),
  ];
  for (const n of p.notes) out.push(...wrapWords(`⚠ ${populationMessage(n, lang)}`.split(' '), TEXT_WIDTH, '    ', ' '));
  out.push('', tr(lang, 'Theo quy trình:', 'By procedure:'));
  out.push(
    ...(detail ? renderTable : fitTable)(
      [
        tr(lang, 'Quy trình', 'Procedure'),
        tr(lang, 'Hồ sơ', 'Dossiers'),
        tr(lang, 'Xong đúng hạn', 'On time'),
        tr(lang, 'Trễ', 'Late'),
        tr(lang, 'Tồn đọng', 'Stuck'),
        tr(lang, 'Xong 90 %', '90 % done'),
        ...(detail ? [tr(lang, 'Kết quả', 'Outcomes')] : []),
      ],
      p.procedures.map((x) => [
        x.procedure,
        formatCount(x.dossiers, lang),
        shareText(x.onTimeShare, lang),
        c(x.finishedLate),
        c(x.stuck),
        dayText(x.finishedBy.p90, lang, detail),
        ...(detail ? [x.outcomes.map((o) => `${o.outcome} ${c(o.count)}`).join(', ')] : []),
      ]),
    ),
  );
  for (const x of p.procedures.filter((q) => q.dependsOn.length > 0 && q.dossiers > 1)) out.push(...wrapWords(`⚠ ${dependsText(x, lang)}`.split(' '), TEXT_WIDTH, '    ', ' '));
  out.push('', tr(lang, 'Theo cấp (đơn vị xử lý):', 'By level (acting units):'));
  out.push(
    ...(detail ? renderTable : fitTable)(
      [
        tr(lang, 'Cấp', 'Level'),
        tr(lang, 'Đơn vị', 'Units'),
        tr(lang, 'Hồ sơ đến', 'Arrived'),
        tr(lang, 'Đã xử lý', 'Processed'),
        tr(lang, 'Đúng hạn', 'On time'),
        tr(lang, 'Trễ', 'Late'),
        tr(lang, 'Trả lại', 'Returned'),
        tr(lang, 'Quá hạn', 'Overdue'),
        tr(lang, 'Tồn đọng', 'Stuck'),
      ],
      p.levels
        .filter((l) => l.arrived.high > 0 || detail)
        .map((l) => [detail ? l.label[lang] : clip(l.label[lang], 24), formatCount(l.units, lang), c(l.arrived), c(l.processed), c(l.onTime), c(l.late), c(l.returned), c(l.overdue), c(l.stuck)]),
    ),
  );
  const shown = detail ? p.steps : p.steps.slice(0, options.riskiest ?? 5);
  const labelOf = new Map(p.levels.map((l) => [l.level, l.label[lang]]));
  out.push('', detail ? tr(lang, 'Mọi bước (rủi ro nhất trước):', 'Every step (riskiest first):') : tr(lang, 'Các bước rủi ro nhất:', 'Riskiest steps:'));
  out.push(
    ...fitStepsTable(detail)(
      [
        tr(lang, 'Bước', 'Step'),
        tr(lang, 'Cấp', 'Level'),
        tr(lang, 'Rủi ro', 'Risk'),
        ...(detail ? [tr(lang, 'Hồ sơ đến', 'Arrived'), tr(lang, 'Đã xử lý', 'Processed')] : []),
        tr(lang, 'Trễ', 'Late'),
        tr(lang, 'Quá hạn', 'Overdue'),
        tr(lang, 'Tồn đọng', 'Stuck'),
      ],
      shown.map((s) => [
        s.step,
        detail ? (labelOf.get(s.level) ?? s.level) : clip(labelOf.get(s.level) ?? s.level, 16),
        shareText(s.risk, lang),
        ...(detail ? [c(s.arrived), c(s.processed)] : []),
        c(s.late),
        c(s.overdue),
        c(s.stuck),
      ]),
    ),
  );
  if (!detail && p.steps.length > shown.length) {
    out.push(tr(lang, `… và ${formatCount(p.steps.length - shown.length, lang)} bước khác (xem --detail hoặc --json)`, `… and ${formatCount(p.steps.length - shown.length, lang)} more steps (see --detail or --json)`));
  }
  return out;
}
