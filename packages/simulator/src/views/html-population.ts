// The population section of the HTML report (curves with 90 % bands, tables) and the check chips' text.
import { formatVnDate, type EpochDay, type Lang } from '@tdkt/calendar';
import type { Estimate } from '../population/estimate.js';
import { populationMessage } from '../population/messages.js';
import type { PopulationReport } from '../population/replications.js';
import type { CheckStatus, ReportInput } from '../report/model.js';
import { populationLine, shareText } from '../report/population-text.js';
import { formatCount } from '../report/table.js';
import { completionCurvesSvg, levelCurvesSvg } from './curves.js';
import { escapeXml as e } from './svg-text.js';

const T = {
  population: { vi: 'Mô phỏng toàn ngành', en: 'Population run' },
  byLevel: { vi: 'Tỉ lệ lượt hồ sơ đến mỗi cấp đã được xử lý, theo ngày', en: 'Share of the visits arriving at each level processed, by day' },
  byProcedure: { vi: 'Tỉ lệ hồ sơ đã xong, theo quy trình', en: 'Share of dossiers finished, by procedure' },
  bands: {
    vi: 'Mỗi đường là trung vị của các lần chạy, ngày theo ngày; dải mờ cùng màu là khoảng chứa 90 % số lần chạy. Bảng in số liệu của lần chạy trung vị, [a–b] là khoảng 90 %.',
    en: 'Each line is the median over the runs, day by day; the pale band of the same colour holds 90 % of the runs. Tables show the median run, [a–b] the 90 % interval.',
  },
  riskiest: { vi: 'Các bước rủi ro nhất', en: 'Riskiest steps' },
  noPopulation: { vi: 'Không chạy mô phỏng toàn ngành (--population none).', en: 'No population run (--population none).' },
  depends: { vi: 'phụ thuộc vào một đơn vị', en: 'depends on one unit' },
  notRun: { vi: 'chưa chạy', en: 'not run' },
} as const;

const HEAD = {
  procedure: { vi: 'Quy trình', en: 'Procedure' },
  dossiers: { vi: 'Hồ sơ', en: 'Dossiers' },
  onTimeShare: { vi: 'Xong đúng hạn', en: 'Finished on time' },
  late: { vi: 'Trễ', en: 'Late' },
  stuck: { vi: 'Tồn đọng', en: 'Stuck' },
  p90: { vi: 'Xong 90 %', en: '90 % done' },
  level: { vi: 'Cấp', en: 'Level' },
  units: { vi: 'Đơn vị', en: 'Units' },
  arrived: { vi: 'Hồ sơ đến', en: 'Arrived' },
  processed: { vi: 'Đã xử lý', en: 'Processed' },
  onTime: { vi: 'Đúng hạn', en: 'On time' },
  returned: { vi: 'Trả lại', en: 'Returned' },
  overdue: { vi: 'Quá hạn', en: 'Overdue' },
  step: { vi: 'Bước', en: 'Step' },
  risk: { vi: 'Rủi ro', en: 'Risk' },
} as const;

const h = (key: keyof typeof HEAD, lang: Lang): string => `<th>${HEAD[key][lang]}</th>`;

/** A count with its interval, the interval in a smaller grey span. */
function cell(x: Estimate, lang: Lang): string {
  const value = formatCount(x.typical, lang);
  return x.low === x.high ? `<td>${value}</td>` : `<td>${value} <small class="range">[${formatCount(x.low, lang)}–${formatCount(x.high, lang)}]</small></td>`;
}

/**
 * What a check chip says after its title: the population's headline figures, the errors and warnings
 * of the others, or that it did not run.
 *
 * @example
 * checkDetail({ id: 'population', status: 'warn', errors: 0, warnings: 2 }, report, 'vi') // ': 20 lần chạy × 205 hồ sơ: …'
 */
export function checkDetail(c: { readonly id: string; readonly status: CheckStatus; readonly errors: number; readonly warnings: number }, report: ReportInput, lang: Lang): string {
  if (c.status === 'skipped') return ` — ${T.notRun[lang]}`;
  if (c.id === 'population' && report.population) return `: ${populationLine(report.population, lang)}`;
  const parts: string[] = [];
  if (c.errors > 0) parts.push(lang === 'vi' ? `${c.errors} lỗi` : `${c.errors} error${c.errors === 1 ? '' : 's'}`);
  if (c.warnings > 0) parts.push(lang === 'vi' ? `${c.warnings} cảnh báo` : `${c.warnings} warning${c.warnings === 1 ? '' : 's'}`);
  return parts.length === 0 ? '' : `: ${parts.join(', ')}`;
}

/**
 * The population section: what ran, the notes, the completion curves with their 90 % bands, and the
 * tables per procedure, per level and of the riskiest steps.
 *
 * @example
 * populationSection(report.population, plan.periodWindow, 'vi').join('\n')
 */
export function populationSection(p: PopulationReport | undefined, window: { readonly start: EpochDay; readonly end: EpochDay }, lang: Lang): string[] {
  const out = [`<h2>${T.population[lang]}</h2>`];
  if (p === undefined) return [...out, `<p>${T.noPopulation[lang]}</p>`];
  const org = p.organisation.levels.map((l) => `${l.label[lang]} ${formatCount(l.units, lang)}`).join(' · ');
  out.push(`<p data-population-runs="${p.runs}">${e(populationLine(p, lang))}. ${e(org)}.</p><p class="legend">${T.bands[lang]}</p>`);
  if (p.notes.length > 0) out.push(`<ul class="notes">${p.notes.map((n) => `<li>⚠ ${e(populationMessage(n, lang))}</li>`).join('')}</ul>`);
  out.push(`<h3>${T.byProcedure[lang]}</h3>`, completionCurvesSvg(p, window, lang));
  out.push(`<table><tr>${h('procedure', lang)}${h('dossiers', lang)}${h('onTimeShare', lang)}${h('late', lang)}${h('stuck', lang)}${h('p90', lang)}</tr>`);
  for (const x of p.procedures) {
    const depends = x.dependsOn.length > 0 && x.dossiers > 1 ? ` <small class="depends">⚠ ${T.depends[lang]}: ${e(x.dependsOn.map((u) => u.name ?? u.label[lang]).join(', '))}</small>` : '';
    const p90 = x.finishedBy.p90.typical;
    out.push(
      `<tr data-procedure-row="${e(x.procedure)}"><td>${e(x.procedure)}${depends}</td><td>${formatCount(x.dossiers, lang)}</td><td>${e(shareText(x.onTimeShare, lang))}</td>${cell(x.finishedLate, lang)}${cell(x.stuck, lang)}<td>${p90 === undefined ? '–' : formatVnDate(p90)}</td></tr>`,
    );
  }
  out.push('</table>');
  out.push(`<h3>${T.byLevel[lang]}</h3>`, levelCurvesSvg(p, window, lang));
  out.push(
    `<table><tr>${h('level', lang)}${h('units', lang)}${h('arrived', lang)}${h('processed', lang)}${h('onTime', lang)}${h('late', lang)}${h('returned', lang)}${h('overdue', lang)}${h('stuck', lang)}</tr>`,
  );
  for (const l of p.levels) {
    out.push(
      `<tr><td>${e(l.label[lang])}</td><td>${formatCount(l.units, lang)}</td>${[l.arrived, l.processed, l.onTime, l.late, l.returned, l.overdue, l.stuck].map((x) => cell(x, lang)).join('')}</tr>`,
    );
  }
  out.push('</table>', `<h3>${T.riskiest[lang]}</h3>`);
  const labelOf = new Map(p.levels.map((l) => [l.level, l.label[lang]]));
  out.push(`<table><tr>${h('step', lang)}${h('level', lang)}${h('risk', lang)}${h('arrived', lang)}${h('late', lang)}${h('overdue', lang)}${h('stuck', lang)}</tr>`);
  for (const s of p.steps.slice(0, 10)) {
    out.push(
      `<tr><td>${e(s.step)}</td><td>${e(labelOf.get(s.level) ?? s.level)}</td><td>${e(shareText(s.risk, lang))}</td>${[s.arrived, s.late, s.overdue, s.stuck].map((x) => cell(x, lang)).join('')}</tr>`,
    );
  }
  out.push('</table>');
  return out;
}
