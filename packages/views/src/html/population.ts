// The population section of the HTML report (curves with 90 % bands, tables) and the check chips' text.
import { type EpochDay, formatVnDate, type Lang } from '@tdkt/calendar';
import {
  type CheckStatus,
  type Estimate,
  formatCount,
  onTimeText,
  type PopulationReport,
  populationLine,
  populationMessage,
  type ReportInput,
  shareText,
} from '@tdkt/simulator';
import { viewText } from '../messages.js';
import { escapeXml as e } from '../svg-text.js';
import { completionCurvesSvg, levelCurvesSvg } from './curves.js';

type Column =
  | 'procedure'
  | 'dossiers'
  | 'on-time-share'
  | 'late'
  | 'stuck'
  | 'running'
  | 'p90'
  | 'level'
  | 'units'
  | 'arrived'
  | 'processed'
  | 'on-time'
  | 'returned'
  | 'overdue'
  | 'step'
  | 'risk';

const h = (key: Column, lang: Lang): string => `<th>${viewText(`column.${key}`, lang)}</th>`;

/** A count with its interval, the interval in a smaller grey span. */
function cell(x: Estimate, lang: Lang): string {
  const value = formatCount(x.typical, lang);
  return x.low === x.high
    ? `<td>${value}</td>`
    : `<td>${value} <small class="range">[${formatCount(x.low, lang)}–${formatCount(x.high, lang)}]</small></td>`;
}

/**
 * What a check chip says after its title: the population's headline figures, the errors and warnings
 * of the others, or that it did not run.
 *
 * @example
 * checkDetail({ id: 'population', status: 'warn', errors: 0, warnings: 2 }, report, 'vi') // ': 20 lần chạy × 205 hồ sơ: …'
 */
export function checkDetail(
  c: { readonly id: string; readonly status: CheckStatus; readonly errors: number; readonly warnings: number },
  report: ReportInput,
  lang: Lang,
): string {
  if (c.status === 'skipped') return ` — ${viewText('html.not-run', lang)}`;
  if (c.id === 'population' && report.population) return `: ${populationLine(report.population, lang)}`;
  const parts: string[] = [];
  if (c.errors > 0) parts.push(viewText('html.errors', lang, { count: c.errors }));
  if (c.warnings > 0) parts.push(viewText('html.warnings', lang, { count: c.warnings }));
  return parts.length === 0 ? '' : `: ${parts.join(', ')}`;
}

/**
 * The population section: what ran, the notes, the completion curves with their 90 % bands, and the
 * tables per procedure, per level and of the riskiest steps.
 *
 * @example
 * populationSection(report.population, plan.periodWindow, 'vi').join('\n')
 */
export function populationSection(
  p: PopulationReport | undefined,
  window: { readonly start: EpochDay; readonly end: EpochDay },
  lang: Lang,
): string[] {
  const out = [`<h2>${viewText('population.title', lang)}</h2>`];
  if (p === undefined) return [...out, `<p>${viewText('population.none', lang)}</p>`];
  const org = p.organisation.levels.map((l) => `${l.label[lang]} ${formatCount(l.units, lang)}`).join(' · ');
  out.push(
    `<p data-population-runs="${p.runs}">${e(populationLine(p, lang))}. ${e(org)}.</p><p class="legend">${viewText('population.bands', lang)} ${viewText('population.running', lang)}</p>`,
  );
  if (p.notes.length > 0)
    out.push(`<ul class="notes">${p.notes.map((n) => `<li>⚠ ${e(populationMessage(n, lang))}</li>`).join('')}</ul>`);
  out.push(`<h3>${viewText('population.by-procedure', lang)}</h3>`, completionCurvesSvg(p, window, lang));
  out.push(
    `<table><tr>${h('procedure', lang)}${h('dossiers', lang)}${h('on-time-share', lang)}${h('late', lang)}${h('stuck', lang)}${h('running', lang)}${h('p90', lang)}</tr>`,
  );
  for (const x of p.procedures) {
    const depends =
      x.dependsOn.length > 0 && x.dossiers > 1
        ? ` <small class="depends">⚠ ${e(viewText('population.depends', lang, { units: x.dependsOn.map((u) => u.name ?? u.label[lang]) }))}</small>`
        : '';
    const p90 = x.finishedBy.p90.typical;
    out.push(
      `<tr data-procedure-row="${e(x.procedure)}"><td>${e(x.procedure)}${depends}</td><td>${formatCount(x.dossiers, lang)}</td><td>${e(onTimeText(x, lang))}</td>${cell(x.finishedLate, lang)}${cell(x.stuck, lang)}${cell(x.running, lang)}<td>${p90 === undefined ? '–' : formatVnDate(p90)}</td></tr>`,
    );
  }
  out.push('</table>');
  out.push(`<h3>${viewText('population.by-level', lang)}</h3>`, levelCurvesSvg(p, window, lang));
  out.push(
    `<table><tr>${h('level', lang)}${h('units', lang)}${h('arrived', lang)}${h('processed', lang)}${h('on-time', lang)}${h('late', lang)}${h('returned', lang)}${h('overdue', lang)}${h('stuck', lang)}${h('running', lang)}</tr>`,
  );
  for (const l of p.levels) {
    out.push(
      `<tr><td>${e(l.label[lang])}</td><td>${formatCount(l.units, lang)}</td>${[l.arrived, l.processed, l.onTime, l.late, l.returned, l.overdue, l.stuck, l.running].map((x) => cell(x, lang)).join('')}</tr>`,
    );
  }
  out.push('</table>', `<h3>${viewText('population.riskiest', lang)}</h3>`);
  const labelOf = new Map(p.levels.map((l) => [l.level, l.label[lang]]));
  out.push(
    `<table><tr>${h('step', lang)}${h('level', lang)}${h('risk', lang)}${h('arrived', lang)}${h('late', lang)}${h('overdue', lang)}${h('stuck', lang)}${h('running', lang)}</tr>`,
  );
  for (const s of p.steps.slice(0, 10)) {
    out.push(
      `<tr><td>${e(s.step)}</td><td>${e(labelOf.get(s.level) ?? s.level)}</td><td>${e(shareText(s.risk, lang))}</td>${[s.arrived, s.late, s.overdue, s.stuck, s.running].map((x) => cell(x, lang)).join('')}</tr>`,
    );
  }
  out.push('</table>');
  return out;
}
