// Completion curves of a population run as SVG: per level (share of arrivals processed) and per procedure
// (share finished); the median over replications as a line, the 90 % interval as a band around it.
import { type EpochDay, formatVnDate, fromEpochDay, type Lang, toEpochDay } from '@tdkt/calendar';
import type { Band, PopulationReport } from '@tdkt/simulator';
import { viewText } from '../messages.js';
import { escapeXml } from '../svg-text.js';

const W = 760;
const H = 240;
const LEFT = 44;
const BOTTOM = 28;
const LEGEND_W = 330;
const COLOURS = ['#2563eb', '#059669', '#d97706', '#7c3aed', '#db2777', '#0891b2', '#65a30d', '#dc2626'];

/** One curve: cumulative shares (0–1) by day, optionally with a band [low, high], and its legend line. */
export interface CurveSeries {
  readonly label: string;
  readonly points: readonly {
    readonly day: EpochDay;
    readonly share: number;
    readonly low?: number;
    readonly high?: number;
  }[];
}

/**
 * Draws stepped curves (0–100 %) over `window` with month ticks and a legend on the right.
 *
 * @example
 * curvesSvg([{ label: 'Trường', points: [{ day, share: 0.5 }] }], { start, end }, 'Tỉ lệ')
 */
export function curvesSvg(
  series: readonly CurveSeries[],
  window: { readonly start: EpochDay; readonly end: EpochDay },
  title: string,
): string {
  const curves = series.filter((c) => c.points.length > 0);
  if (curves.length === 0) return '';
  const first = Math.min(window.start, ...curves.map((c) => c.points[0]?.day ?? window.start));
  const last = Math.max(window.end, ...curves.map((c) => c.points[c.points.length - 1]?.day ?? window.end));
  const span = Math.max(1, last - first + 1);
  const x = (day: EpochDay): number => LEFT + ((day - first) / span) * (W - LEFT - 10);
  const y = (share: number): number => 10 + (1 - Math.min(1, share)) * (H - BOTTOM - 10);
  const out: string[] = [];
  for (const share of [0, 0.5, 0.9, 1]) {
    out.push(
      `<line x1="${LEFT}" x2="${W - 10}" y1="${y(share)}" y2="${y(share)}" stroke="#e2e8f0"/><text x="${LEFT - 4}" y="${y(share) + 3}" text-anchor="end" font-size="9" fill="#64748b">${Math.round(share * 100)} %</text>`,
    );
  }
  const start = fromEpochDay(first);
  for (let yy = start.year, m = start.month; ; ) {
    const d = toEpochDay({ year: yy, month: m, day: 1 });
    if (d > last) break;
    if (d >= first)
      out.push(
        `<line x1="${x(d)}" x2="${x(d)}" y1="${H - BOTTOM}" y2="${H - BOTTOM + 4}" stroke="#94a3b8"/><text x="${x(d) + 2}" y="${H - BOTTOM + 14}" font-size="9" fill="#64748b">${m}/${String(yy).slice(2)}</text>`,
      );
    [yy, m] = m === 12 ? [yy + 1, 1] : [yy, m + 1];
  }
  curves.forEach((c, i) => {
    const colour = COLOURS[i % COLOURS.length] as string;
    if (c.points.some((p) => p.low !== undefined && p.high !== undefined && p.low !== p.high)) {
      const upper = stepped(
        c.points.map((p) => ({ day: p.day, value: p.high ?? p.share })),
        first,
        last,
      );
      const lower = stepped(
        c.points.map((p) => ({ day: p.day, value: p.low ?? p.share })),
        first,
        last,
      ).reverse();
      const polygon = [...upper, ...lower].map(([d, v]) => `${x(d).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
      out.push(
        `<polygon class="band" points="${polygon}" fill="${colour}" fill-opacity="0.15" stroke="none"><title>${escapeXml(c.label)} — 90 %</title></polygon>`,
      );
    }
    let path = `M${x(first)},${y(0)}`;
    for (const point of c.points) path += ` H${x(point.day)} V${y(point.share)}`;
    path += ` H${x(last)}`;
    out.push(
      `<path class="curve" d="${path}" fill="none" stroke="${colour}" stroke-width="1.8"><title>${escapeXml(c.label)}</title></path>`,
    );
    out.push(
      `<rect x="${W + 6}" y="${14 + i * 16}" width="12" height="3" fill="${colour}"/><text x="${W + 22}" y="${18 + i * 16}" font-size="10" fill="#1e293b">${escapeXml(c.label)}</text>`,
    );
  });
  out.push(
    `<line x1="${LEFT}" x2="${LEFT}" y1="10" y2="${H - BOTTOM}" stroke="#94a3b8"/><line x1="${LEFT}" x2="${W - 10}" y1="${H - BOTTOM}" y2="${H - BOTTOM}" stroke="#94a3b8"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" class="curves" viewBox="0 0 ${W + LEGEND_W} ${H}" width="${W + LEGEND_W}" height="${H}" font-family="DejaVu Sans, Arial, sans-serif" role="img" aria-label="${escapeXml(title)}">${out.join('')}</svg>`;
}

/** Vertices of a stepped curve from (first, 0) through each point's value to `last`. */
function stepped(
  points: readonly { readonly day: EpochDay; readonly value: number }[],
  first: EpochDay,
  last: EpochDay,
): [EpochDay, number][] {
  const out: [EpochDay, number][] = [[first, 0]];
  let previous = 0;
  for (const p of points) {
    out.push([p.day, previous], [p.day, p.value]);
    previous = p.value;
  }
  out.push([last, previous]);
  return out;
}

const fromBands = (bands: readonly Band[]) =>
  bands.map((b) => ({ day: b.day, share: b.median, low: b.low, high: b.high }));

/**
 * Per level: the share of the dossiers that arrived at the level's steps that had been acted on, day by day.
 *
 * @example
 * levelCurvesSvg(population, plan.periodWindow, 'vi')
 */
export function levelCurvesSvg(
  population: PopulationReport,
  window: { readonly start: EpochDay; readonly end: EpochDay },
  lang: Lang,
): string {
  const series = population.levels
    .filter((l) => l.arrived.typical > 0)
    .map((l) => ({
      label: `${l.label[lang]}: ${l.processed.typical}/${l.arrived.typical}`,
      points: fromBands(l.curve),
    }));
  return curvesSvg(series, window, viewText('curves.by-level', lang));
}

/**
 * Per procedure: the share of its dossiers finished, day by day; empty string when no procedure has a curve.
 *
 * @example
 * completionCurvesSvg(population, plan.periodWindow, 'vi')
 */
export function completionCurvesSvg(
  population: PopulationReport,
  window: { readonly start: EpochDay; readonly end: EpochDay },
  lang: Lang,
): string {
  const series = population.procedures
    .filter((p) => p.dossiers > 0)
    .map((p) => {
      const finished = p.finishedOnTime.typical + p.finishedLate.typical;
      const all = p.finishedBy.p100.typical;
      return {
        label: `${p.procedure}: ${finished}/${p.dossiers}${all !== undefined ? ` (100 % ${formatVnDate(all)})` : ''}`,
        points: fromBands(p.curve),
      };
    });
  return curvesSvg(series, window, viewText('curves.by-day', lang));
}
