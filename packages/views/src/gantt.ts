// The plan's year as an SVG Gantt chart: months, phases, holidays and Tết shaded, windows as bars, deadlines, critical path, conflicts.
import { type EpochDay, formatVnDate, fromEpochDay, holidaysOfYear, type Lang, toEpochDay } from '@tdkt/calendar';
import type { ModelActivity, PlanModel } from '@tdkt/language';
import type { TemporalAnalysis } from '@tdkt/simulator';
import { viewText } from './messages.js';
import { escapeXml } from './svg-text.js';

const LABEL_W = 330;
const CHART_W = 1000;
const ROW_H = 18;
const HEAD_H = 54;

/**
 * Which activity a network node belongs to (`hđ:<id>`, `hđ:<id>.finish`, `hđ:<id>/<step>.start`).
 *
 * @example
 * activityOfNode(plan, 'hđ:bình_xét/tổ_xét.finish') // => 'bình_xét'
 */
export function activityOfNode(plan: PlanModel, node: string): string | undefined {
  for (const a of plan.activities) {
    const prefix = `hđ:${a.id}`;
    if (node === prefix || node.startsWith(`${prefix}.`) || node.startsWith(`${prefix}/`)) return a.id;
  }
  return undefined;
}

/**
 * Activities on the critical path, those a conflict runs through (error beats warning), and each
 * conflict's deadline and earliest day by activity.
 *
 * @example
 * ganttMarks(plan, temporal).conflict.get('thẩm_định') // => 'error'
 */
export function ganttMarks(
  plan: PlanModel,
  temporal: TemporalAnalysis | undefined,
): {
  critical: Set<string>;
  conflict: Map<string, 'error' | 'warning'>;
  late: Map<string, { deadline: EpochDay; earliest: EpochDay; severity: 'error' | 'warning' }[]>;
} {
  const critical = new Set<string>();
  const conflict = new Map<string, 'error' | 'warning'>();
  const late = new Map<string, { deadline: EpochDay; earliest: EpochDay; severity: 'error' | 'warning' }[]>();
  if (!temporal) return { critical, conflict, late };
  for (const link of temporal.criticalPath) {
    for (const node of [link.from, link.to]) {
      const a = node === undefined ? undefined : activityOfNode(plan, node);
      if (a !== undefined) critical.add(a);
    }
  }
  const mark = (node: string, severity: 'error' | 'warning'): void => {
    const a = activityOfNode(plan, node);
    if (a !== undefined && conflict.get(a) !== 'error') conflict.set(a, severity);
  };
  for (const c of temporal.conflicts) {
    mark(c.node, c.severity);
    const a = activityOfNode(plan, c.node);
    if (a !== undefined)
      late.set(a, [...(late.get(a) ?? []), { deadline: c.deadline, earliest: c.earliest, severity: c.severity }]);
  }
  for (const c of temporal.cycles) for (const n of c.nodes) mark(n, 'error');
  for (const d of temporal.deadlineOrder) for (const l of d.chain) mark(l.to, 'warning');
  // The row a library default shortens (not the row that started the procedure).
  for (const d of temporal.defaultShortens) mark(d.node, 'warning');
  return { critical, conflict, late };
}

/**
 * Draws the plan over its period (or the span of its windows): one row per activity grouped by
 * section, month columns, phase bands, public holidays and Tết shaded, deadline markers (◆; small ones
 * for the steps of the activity's procedure), the critical path in amber, activities in conflict in red
 * (warnings orange).
 *
 * @example
 * ganttSvg(plan, analyseTemporal(planNetwork(plan), cal), 'vi') // => '<svg …>'
 */
export function ganttSvg(plan: PlanModel, temporal: TemporalAnalysis | undefined, lang: Lang): string {
  const windows = plan.activities.flatMap((a) => (a.window ? [a.window] : []));
  const first = plan.periodWindow?.start ?? (windows.length > 0 ? Math.min(...windows.map((w) => w.start)) : 0);
  const last = plan.periodWindow?.end ?? (windows.length > 0 ? Math.max(...windows.map((w) => w.end)) : first + 364);
  const days = Math.max(1, last - first + 1);
  const x = (day: EpochDay): number => LABEL_W + ((Math.min(Math.max(day, first), last + 1) - first) / days) * CHART_W;
  const { critical, conflict, late } = ganttMarks(plan, temporal);
  // Rows: a header per section (in order of first appearance), then its activities; loose ones last.
  type Row = { kind: 'section'; label: string } | { kind: 'activity'; activity: ModelActivity };
  const rows: Row[] = [];
  const bySection = new Map<number | undefined, ModelActivity[]>();
  for (const a of plan.activities) bySection.set(a.section, [...(bySection.get(a.section) ?? []), a]);
  for (const [section, list] of bySection) {
    const s = section === undefined ? undefined : plan.sections[section];
    const label =
      s?.label ??
      (s?.heading.kind === 'time'
        ? s.heading.time.text
        : s?.heading.kind === 'phase'
          ? viewText('phase', lang, { phase: s.heading.phase })
          : viewText('gantt.other', lang));
    rows.push({ kind: 'section', label });
    for (const a of list) rows.push({ kind: 'activity', activity: a });
  }
  const height = HEAD_H + rows.length * ROW_H + 10;
  const bodyTop = HEAD_H;
  const out: string[] = [];
  // Months: alternating columns with their names.
  const start = fromEpochDay(first);
  for (let y = start.year, m = start.month; ; ) {
    const mStart = toEpochDay({ year: y, month: m, day: 1 });
    if (mStart > last) break;
    const next =
      m === 12 ? toEpochDay({ year: y + 1, month: 1, day: 1 }) : toEpochDay({ year: y, month: m + 1, day: 1 });
    const x1 = x(mStart);
    const x2 = x(next);
    if (m % 2 === 0)
      out.push(
        `<rect x="${x1}" y="${bodyTop - 20}" width="${x2 - x1}" height="${height - bodyTop + 20}" fill="#f1f5f9"/>`,
      );
    out.push(
      `<text x="${(x1 + x2) / 2}" y="${bodyTop - 6}" text-anchor="middle" font-size="10" fill="#334155">${viewText('gantt.month', lang, { month: m, yy: String(y).slice(2) })}</text>`,
    );
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  // Holidays (Tết darker), each with its name on hover.
  for (let year = fromEpochDay(first).year; year <= fromEpochDay(last).year; year++) {
    for (const h of holidaysOfYear(year)) {
      if (h.kind !== 'holiday' || h.epochDay < first || h.epochDay > last) continue;
      const tet = h.occasion === 'tet';
      out.push(
        `<rect class="holiday${tet ? ' tet' : ''}" x="${x(h.epochDay)}" y="${bodyTop - 20}" width="${Math.max(1.2, x(h.epochDay + 1) - x(h.epochDay))}" height="${height - bodyTop + 20}" fill="${tet ? '#f87171' : '#fca5a5'}" opacity="${tet ? 0.45 : 0.35}"><title>${escapeXml(`${formatVnDate(h.epochDay)}: ${h.name[lang]}`)}</title></rect>`,
      );
    }
  }
  // Phases: bands across the top.
  plan.phases.forEach((phase, i) => {
    const w = phase.time?.resolution?.window;
    if (!w) return;
    const x1 = x(w.start);
    const x2 = x(w.end + 1);
    out.push(
      `<g class="phase"><rect x="${x1}" y="4" width="${Math.max(2, x2 - x1)}" height="22" rx="3" fill="${i % 2 === 0 ? '#ddd6fe' : '#c4b5fd'}"/><text x="${x1 + 4}" y="19" font-size="10" fill="#3b0764">${escapeXml(viewText('phase', lang, { phase: phase.id }))}</text><title>${escapeXml(`${phase.theme ?? ''} (${formatVnDate(w.start)} – ${formatVnDate(w.end)})`)}</title></g>`,
    );
  });
  rows.forEach((row, i) => {
    const y = bodyTop + i * ROW_H;
    if (row.kind === 'section') {
      out.push(
        `<text x="6" y="${y + 13}" font-size="11" font-weight="700" fill="#0f172a">${escapeXml(row.label.length > 52 ? `${row.label.slice(0, 51)}…` : row.label)}</text><line x1="0" x2="${LABEL_W + CHART_W}" y1="${y + 17}" y2="${y + 17}" stroke="#cbd5e1"/>`,
      );
      return;
    }
    const a = row.activity;
    const severity = conflict.get(a.id);
    const isCritical = critical.has(a.id);
    const label = a.text.length > 56 ? `${a.text.slice(0, 55)}…` : a.text;
    const colour =
      severity === 'error' ? '#dc2626' : severity === 'warning' ? '#f59e0b' : isCritical ? '#d97706' : '#3b82f6';
    const parts = [
      `<g class="activity${severity ? ` conflict-${severity}` : ''}${isCritical ? ' critical' : ''}" data-activity="${escapeXml(a.id)}">`,
    ];
    parts.push(
      `<text x="14" y="${y + 13}" font-size="10" fill="${severity === 'error' ? '#b91c1c' : '#1e293b'}">${escapeXml(label)}<title>${escapeXml(a.text)}</title></text>`,
    );
    if (a.window) {
      const soft = a.time?.resolution?.soft ?? false;
      const x1 = x(a.window.start);
      const x2 = x(a.window.end + 1);
      const tip = `${a.text}\n${a.time ? `${a.time.text} → ` : ''}${formatVnDate(a.window.start)} – ${formatVnDate(a.window.end)}`;
      parts.push(
        `<rect x="${x1}" y="${y + 4}" width="${Math.max(3, x2 - x1)}" height="${ROW_H - 7}" rx="2" fill="${colour}" fill-opacity="${soft ? 0.3 : isCritical || severity ? 0.85 : 0.6}" stroke="${colour}"${soft ? ' stroke-dasharray="3 2"' : ''}${isCritical ? ' stroke-width="2"' : ''}><title>${escapeXml(tip)}</title></rect>`,
      );
      if (a.time?.resolution?.kind === 'deadline' || a.time?.resolution?.kind === 'day') {
        const dx = x(a.time.resolution.lastDay + 1);
        parts.push(
          `<path class="deadline" d="M${dx},${y + 2} l4,6 l-4,6 l-4,-6 z" fill="#0f172a"><title>${escapeXml(`${a.time.text} → ${formatVnDate(a.time.resolution.lastDay)}`)}</title></path>`,
        );
      }
      // The deadlines of the steps of the procedure the activity runs, as small markers on its row.
      for (const step of a.procedure?.instance?.steps ?? []) {
        const r = step.deadline?.time.resolution;
        if (!r || !step.deadline) continue;
        const dx = x(r.lastDay + 1);
        parts.push(
          `<path class="step-deadline" d="M${dx},${y + 5} l3,4 l-3,4 l-3,-4 z" fill="#475569" opacity="0.8"><title>${escapeXml(`${step.title ?? step.id}: ${step.deadline.time.text} → ${formatVnDate(r.lastDay)}`)}</title></path>`,
        );
      }
    } else {
      parts.push(
        `<text x="${LABEL_W + 4}" y="${y + 13}" font-size="9" fill="#64748b">${viewText('gantt.no-time', lang)}</text>`,
      );
    }
    // A conflict: from the deadline to the earliest possible day, in red, with a cross at the earliest day.
    for (const l of late.get(a.id) ?? []) {
      const c = l.severity === 'error' ? '#7f1d1d' : '#b45309';
      const x1 = x(l.deadline + 1);
      const x2 = x(l.earliest + 1);
      const tip = viewText('gantt.late', lang, {
        deadline: formatVnDate(l.deadline),
        earliest: formatVnDate(l.earliest),
      });
      parts.push(
        `<g class="late"><line x1="${x1}" x2="${x2}" y1="${y + 9}" y2="${y + 9}" stroke="${c}" stroke-width="3"/><path d="M${x2 - 4},${y + 5} l8,8 M${x2 + 4},${y + 5} l-8,8" stroke="${c}" stroke-width="2"/><title>${escapeXml(tip)}</title></g>`,
      );
    }
    parts.push('</g>');
    out.push(parts.join(''));
  });
  out.push(`<line x1="${LABEL_W}" x2="${LABEL_W}" y1="0" y2="${height}" stroke="#94a3b8"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" class="gantt" viewBox="0 0 ${LABEL_W + CHART_W + 10} ${height}" width="${LABEL_W + CHART_W + 10}" height="${height}" font-family="DejaVu Sans, Arial, sans-serif">${out.join('')}</svg>`;
}
