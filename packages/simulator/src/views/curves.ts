// Completion curves of a population run as SVG: per level (share of arriving dossiers acted on) and per procedure (share finished).
import { formatVnDate, fromEpochDay, toEpochDay, type EpochDay, type Lang } from '@tdkt/calendar';
import type { PopulationRunResult } from '../population/stats.js';
import { escapeXml } from './svg-text.js';

const W = 760;
const H = 240;
const LEFT = 44;
const BOTTOM = 28;
const LEGEND_W = 330;
const COLOURS = ['#2563eb', '#059669', '#d97706', '#7c3aed', '#db2777', '#0891b2', '#65a30d', '#dc2626'];

/** One curve: cumulative shares (0–1) by day, and its legend line. */
export interface CurveSeries {
  readonly label: string;
  readonly points: readonly { readonly day: EpochDay; readonly share: number }[];
}

/**
 * Draws stepped curves (0–100 %) over `window` with month ticks and a legend on the right.
 *
 * @example
 * curvesSvg([{ label: 'Trường', points: [{ day, share: 0.5 }] }], { start, end }, 'Tỉ lệ')
 */
export function curvesSvg(series: readonly CurveSeries[], window: { readonly start: EpochDay; readonly end: EpochDay }, title: string): string {
  const curves = series.filter((c) => c.points.length > 0);
  if (curves.length === 0) return '';
  const first = Math.min(window.start, ...curves.map((c) => c.points[0]?.day ?? window.start));
  const last = Math.max(window.end, ...curves.map((c) => c.points[c.points.length - 1]?.day ?? window.end));
  const span = Math.max(1, last - first + 1);
  const x = (day: EpochDay): number => LEFT + ((day - first) / span) * (W - LEFT - 10);
  const y = (share: number): number => 10 + (1 - Math.min(1, share)) * (H - BOTTOM - 10);
  const out: string[] = [];
  for (const share of [0, 0.5, 0.9, 1]) {
    out.push(`<line x1="${LEFT}" x2="${W - 10}" y1="${y(share)}" y2="${y(share)}" stroke="#e2e8f0"/><text x="${LEFT - 4}" y="${y(share) + 3}" text-anchor="end" font-size="9" fill="#64748b">${Math.round(share * 100)} %</text>`);
  }
  const start = fromEpochDay(first);
  for (let yy = start.year, m = start.month; ; ) {
    const d = toEpochDay({ year: yy, month: m, day: 1 });
    if (d > last) break;
    if (d >= first) out.push(`<line x1="${x(d)}" x2="${x(d)}" y1="${H - BOTTOM}" y2="${H - BOTTOM + 4}" stroke="#94a3b8"/><text x="${x(d) + 2}" y="${H - BOTTOM + 14}" font-size="9" fill="#64748b">${m}/${String(yy).slice(2)}</text>`);
    [yy, m] = m === 12 ? [yy + 1, 1] : [yy, m + 1];
  }
  curves.forEach((c, i) => {
    const colour = COLOURS[i % COLOURS.length] as string;
    let path = `M${x(first)},${y(0)}`;
    for (const point of c.points) path += ` H${x(point.day)} V${y(point.share)}`;
    path += ` H${x(last)}`;
    out.push(`<path class="curve" d="${path}" fill="none" stroke="${colour}" stroke-width="1.8"><title>${escapeXml(c.label)}</title></path>`);
    out.push(`<rect x="${W + 6}" y="${14 + i * 16}" width="12" height="3" fill="${colour}"/><text x="${W + 22}" y="${18 + i * 16}" font-size="10" fill="#1e293b">${escapeXml(c.label)}</text>`);
  });
  out.push(`<line x1="${LEFT}" x2="${LEFT}" y1="10" y2="${H - BOTTOM}" stroke="#94a3b8"/><line x1="${LEFT}" x2="${W - 10}" y1="${H - BOTTOM}" y2="${H - BOTTOM}" stroke="#94a3b8"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="curves" viewBox="0 0 ${W + LEGEND_W} ${H}" width="${W + LEGEND_W}" height="${H}" font-family="DejaVu Sans, Arial, sans-serif" role="img" aria-label="${escapeXml(title)}">${out.join('')}</svg>`;
}

/**
 * Per level: the share of the dossiers that arrived at the level's steps that had been acted on, day by day.
 *
 * @example
 * levelCurvesSvg(population, plan.periodWindow, 'vi')
 */
export function levelCurvesSvg(population: PopulationRunResult, window: { readonly start: EpochDay; readonly end: EpochDay }, lang: Lang): string {
  const series = population.levels
    .filter((l) => l.arrived > 0)
    .map((l) => ({
      label: `${l.label[lang]}: ${l.acted}/${l.arrived}`,
      points: (l.actedDaily ?? []).map((p) => ({ day: p.day, share: p.acted / l.arrived })),
    }));
  return curvesSvg(series, window, lang === 'vi' ? 'Tỉ lệ hồ sơ đã được xử lý theo cấp' : 'Share of dossiers acted on, by level');
}

/**
 * Per procedure: the share of its dossiers finished, day by day; empty string when no procedure has a curve.
 *
 * @example
 * completionCurvesSvg(population, plan.periodWindow, 'vi')
 */
export function completionCurvesSvg(population: PopulationRunResult, window: { readonly start: EpochDay; readonly end: EpochDay }, lang: Lang): string {
  const series = population.procedures
    .filter((p) => p.started > 0)
    .map((p) => ({
      label: `${p.procedure}: ${p.finishedOnTime + p.finishedLate}/${p.started}${p.finishedBy.p100 !== undefined ? ` (100 % ${formatVnDate(p.finishedBy.p100)})` : ''}`,
      points: (p.finishedDaily ?? []).map((d) => ({ day: d.day, share: d.finished / p.started })),
    }));
  return curvesSvg(series, window, lang === 'vi' ? 'Tỉ lệ hồ sơ đã xong theo ngày' : 'Share of dossiers finished, by day');
}
