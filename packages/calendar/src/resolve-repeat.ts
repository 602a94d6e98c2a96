// Repetition (`hằng tháng`, `hằng quý`, `hằng năm`): the occurrences of a rule inside the plan's period.
import type { TextSpan } from './diagnostic.js';
import { daysInMonth, fromEpochDay, toEpochDay } from './epoch-day.js';
import { type DayWindow, periodWindow } from './period.js';
import type { Report } from './resolve-anchor.js';
import { deadlineOf, type Occurrence, type Resolution, type ResolveContext } from './resolve-types.js';
import type { AnchorExpr, DeadlineExpr, RepeatExpr } from './time-expr.js';

/** Resolves one occurrence's phrase in a context (the core resolver, passed in to avoid an import cycle). */
export type ResolveOne = (
  expr: AnchorExpr | DeadlineExpr,
  ctx: ResolveContext,
  report: Report,
) => Resolution | undefined;

/** Whether an anchor leaves its month open (`ngày 25`, `cuối tháng`, `tuần cuối tháng`), so it can recur monthly. */
function monthOpen(e: AnchorExpr | DeadlineExpr): boolean {
  const a = e.kind === 'deadline' ? e.target : e;
  return (a.kind === 'day-range' || a.kind === 'month-point' || a.kind === 'month-part') && a.month === undefined;
}

/** The months (or quarters) that overlap a window, clipped to it. */
function units(w: DayWindow, months: 1 | 3): DayWindow[] {
  const out: DayWindow[] = [];
  const first = fromEpochDay(w.start);
  let year = first.year;
  let month = months === 3 ? Math.floor((first.month - 1) / 3) * 3 + 1 : first.month;
  for (;;) {
    const start = toEpochDay({ year, month, day: 1 });
    if (start > w.end) return out;
    const endMonth = month + months - 1;
    const end = toEpochDay({ year, month: endMonth, day: daysInMonth(year, endMonth) });
    out.push({ start: Math.max(start, w.start), end: Math.min(end, w.end) });
    month += months;
    if (month > 12) {
      month -= 12;
      year++;
    }
  }
}

/** A report that keeps only the first diagnostic of each code and span (occurrences repeat the same problem). */
function once(report: Report): Report {
  const seen = new Set<string>();
  return (code: string, span: TextSpan, data?: Parameters<Report>[2]) => {
    const key = `${code}@${span.start}-${span.end}`;
    if (!seen.has(key)) {
      seen.add(key);
      report(code, span, data);
    }
    return undefined;
  };
}

function summary(occurrences: Occurrence[], deadline: boolean): Resolution | undefined {
  const first = occurrences[0];
  const last = occurrences[occurrences.length - 1];
  if (first === undefined || last === undefined) return undefined;
  const window = deadline ? null : { start: (first.window ?? { start: first.lastDay }).start, end: last.lastDay };
  return {
    kind: deadline ? 'deadline' : 'window',
    exprKind: 'repeat',
    window,
    lastDay: last.lastDay,
    deadline: last.deadline,
    soft: false,
    occurrences,
  };
}

/**
 * The occurrences of a repeated phrase in the period: each month (`ngày 25 hằng tháng` in every month of the
 * period, with the month open in the phrase), each quarter (`hằng quý`), or once in the period (`hằng năm`:
 * the plan's period is one year). An occurrence outside the period is dropped.
 *
 * @example
 * resolveRepeat(parse('trước ngày 25 hằng tháng'), ctx, report, resolveOne).occurrences?.length // => 12 in a school year
 */
export function resolveRepeat(
  e: RepeatExpr,
  ctx: ResolveContext,
  report: Report,
  resolveOne: ResolveOne,
): Resolution | undefined {
  const period = periodWindow(ctx.period);
  const inner = e.inner;
  if (e.every === 'year') {
    if (inner === undefined)
      return summary([{ window: period, lastDay: period.end, deadline: deadlineOf(period.end) }], false);
    const r = resolveOne(inner, ctx, report);
    return (
      r && { ...r, exprKind: 'repeat', occurrences: [{ window: r.window, lastDay: r.lastDay, deadline: r.deadline }] }
    );
  }
  if (inner !== undefined && (e.every === 'quarter' || !monthOpen(inner)))
    return report('time.repeat-fixed', e.span, { every: e.every });
  const windows = units(period, e.every === 'month' ? 1 : 3);
  if (inner === undefined)
    return summary(
      windows.map((w) => ({ window: w, lastDay: w.end, deadline: deadlineOf(w.end) })),
      false,
    );
  const quiet = once(report);
  const occurrences: Occurrence[] = [];
  for (const w of windows) {
    const r = resolveOne(inner, { ...ctx, enclosing: w }, quiet);
    if (r !== undefined && r.lastDay >= period.start && r.lastDay <= period.end)
      occurrences.push({ window: r.window, lastDay: r.lastDay, deadline: r.deadline });
  }
  return summary(occurrences, inner.kind === 'deadline');
}
