// Completion curves of a population run as SVG: the share of each procedure's dossiers finished, day by day.
import { formatVnDate, fromEpochDay, toEpochDay, type EpochDay, type Lang } from '@tdkt/calendar';
import type { PopulationRunResult } from '../population/stats.js';
import { escapeXml } from './svg-text.js';

const W = 760;
const H = 240;
const LEFT = 44;
const BOTTOM = 28;
const LEGEND_W = 330;
const COLOURS = ['#2563eb', '#059669', '#d97706', '#7c3aed', '#db2777', '#0891b2', '#65a30d', '#dc2626'];

/**
 * Draws one stepped curve per procedure (0–100 % of the dossiers started) over `window`, with month
 * ticks and a legend; empty string when no procedure has a curve.
 *
 * @example
 * completionCurvesSvg(population, { start: plan.periodWindow.start, end: plan.periodWindow.end }, 'vi')
 */
export function completionCurvesSvg(population: PopulationRunResult, window: { readonly start: EpochDay; readonly end: EpochDay }, lang: Lang): string {
  const curves = population.procedures.filter((p) => p.started > 0 && (p.finishedDaily?.length ?? 0) > 0);
  if (curves.length === 0) return '';
  const first = Math.min(window.start, ...curves.map((c) => c.finishedDaily?.[0]?.day ?? window.start));
  const last = Math.max(window.end, ...curves.map((c) => c.finishedDaily?.[c.finishedDaily.length - 1]?.day ?? window.end));
  const span = Math.max(1, last - first + 1);
  const x = (day: EpochDay): number => LEFT + ((day - first) / span) * (W - LEFT - 10);
  const y = (share: number): number => 10 + (1 - share) * (H - BOTTOM - 10);
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
    for (const point of c.finishedDaily ?? []) path += ` H${x(point.day)} V${y(point.finished / c.started)}`;
    path += ` H${x(last)}`;
    out.push(`<path class="curve" d="${path}" fill="none" stroke="${colour}" stroke-width="1.8"><title>${escapeXml(c.procedure)}</title></path>`);
    const p100 = c.finishedBy.p100;
    out.push(
      `<rect x="${W + 6}" y="${14 + i * 16}" width="12" height="3" fill="${colour}"/><text x="${W + 22}" y="${18 + i * 16}" font-size="10" fill="#1e293b">${escapeXml(`${c.procedure}: ${c.finishedOnTime + c.finishedLate}/${c.started}${p100 !== undefined ? ` (100 % ${formatVnDate(p100)})` : ''}`)}</text>`,
    );
  });
  out.push(`<line x1="${LEFT}" x2="${LEFT}" y1="10" y2="${H - BOTTOM}" stroke="#94a3b8"/><line x1="${LEFT}" x2="${W - 10}" y1="${H - BOTTOM}" y2="${H - BOTTOM}" stroke="#94a3b8"/>`);
  const title = lang === 'vi' ? 'Tỉ lệ hồ sơ đã xong theo ngày' : 'Share of dossiers finished, by day';
  return `<svg xmlns="http://www.w3.org/2000/svg" class="curves" viewBox="0 0 ${W + LEGEND_W} ${H}" width="${W + LEGEND_W}" height="${H}" font-family="DejaVu Sans, Arial, sans-serif" role="img" aria-label="${escapeXml(title)}">${out.join('')}</svg>`;
}
