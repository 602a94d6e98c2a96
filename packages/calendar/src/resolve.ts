// Resolution of a parsed time phrase against a period context into concrete days and instants.
import { dayOffNote, dayOffWarning } from './day-off.js';
import type { Diagnostic, TextSpan } from './diagnostic.js';
import { formatVnDate } from './epoch-day.js';
import { periodProblem } from './limits.js';
import { type AnchorResult, type Report, resolveAnchor } from './resolve-anchor.js';
import { resolveRelativeIn } from './resolve-event.js';
import { frameSummary } from './resolve-parts.js';
import { resolveRepeat } from './resolve-repeat.js';
import { deadlineOf, instantAt, type Resolution, type ResolveContext } from './resolve-types.js';
import type { AnchorExpr, DeadlineExpr, TimeExpr } from './time-expr.js';

type Building = { -readonly [K in keyof Resolution]: Resolution[K] };

/** Adds what an anchor says beyond its window (its frame, its time of day) to a resolution being built. */
function withAnchor(r: Building, a: AnchorResult): Resolution {
  if (a.frame !== undefined) r.frame = frameSummary(a.frame);
  if (a.time !== undefined) r.timeOfDay = a.time;
  return r;
}

function resolveDeadline(expr: DeadlineExpr, ctx: ResolveContext, report: Report): Resolution | undefined {
  const target = resolveAnchor(expr.target, ctx, report);
  if (target === undefined) return undefined;
  const { window, time } = target;
  const lenientOrInclusive = expr.keyword !== 'before' || ctx.beforeReading === 'lenient';
  if (time !== undefined) {
    // "trước 17h ngày 1/12/2022": the day stays, the instant is the hour (strict: the millisecond before it).
    const at = instantAt(window.start, time.hour, time.minute);
    const deadline = lenientOrInclusive || time.hour >= 24 ? at : at - 1;
    return withAnchor(
      { kind: 'deadline', exprKind: 'deadline', window: null, lastDay: window.start, deadline, soft: false },
      target,
    );
  }
  const lastDay =
    expr.keyword !== 'before' ? window.end : ctx.beforeReading === 'lenient' ? window.start : window.start - 1;
  return withAnchor(
    { kind: 'deadline', exprKind: 'deadline', window: null, lastDay, deadline: deadlineOf(lastDay), soft: false },
    target,
  );
}

function resolveAnchored(expr: AnchorExpr, ctx: ResolveContext, report: Report): Resolution | undefined {
  const anchor = resolveAnchor(expr, ctx, report);
  if (anchor === undefined) return undefined;
  const { window, time } = anchor;
  const deadline = time === undefined ? deadlineOf(window.end) : instantAt(window.end, time.hour, time.minute);
  return withAnchor(
    { kind: anchor.single ? 'day' : 'window', exprKind: expr.kind, window, lastDay: window.end, deadline, soft: false },
    anchor,
  );
}

function resolveOne(expr: AnchorExpr | DeadlineExpr, ctx: ResolveContext, report: Report): Resolution | undefined {
  return expr.kind === 'deadline' ? resolveDeadline(expr, ctx, report) : resolveAnchored(expr, ctx, report);
}

function resolveInner(expr: TimeExpr, ctx: ResolveContext, report: Report): Resolution | undefined {
  switch (expr.kind) {
    case 'tentative': {
      const inner = resolveInner(expr.inner, ctx, report);
      return inner && { ...inner, exprKind: 'tentative', soft: true };
    }
    case 'deadline':
      return resolveDeadline(expr, ctx, report);
    case 'relative':
      return resolveRelativeIn(expr, ctx, report);
    case 'repeat':
      return resolveRepeat(expr, ctx, report, resolveOne);
    default:
      return resolveAnchored(expr, ctx, report);
  }
}

/** Whether a phrase is a fixed deadline (`chậm nhất ngày 15/5`), possibly tentative or repeated. */
function fixedDeadline(expr: TimeExpr): boolean {
  if (expr.kind === 'tentative') return fixedDeadline(expr.inner);
  if (expr.kind === 'repeat') return expr.inner?.kind === 'deadline';
  return expr.kind === 'deadline';
}

/** Bộ luật Dân sự 2015, Điều 148: a fixed deadline on a day off stays, with a warning naming the working days. */
function withDayOff(expr: TimeExpr, r: Resolution, ctx: ResolveContext, diagnostics: Diagnostic[]): Resolution {
  if (!fixedDeadline(expr)) return r;
  if (r.occurrences !== undefined && r.occurrences.length > 1) {
    const off = r.occurrences.filter((o) => !ctx.calendar.isWorkingDay(o.lastDay)).map((o) => formatVnDate(o.lastDay));
    if (off.length > 0)
      diagnostics.push({ code: 'time.repeat-days-off', severity: 'warning', span: expr.span, data: { days: off } });
    return r;
  }
  const note = dayOffNote(r.lastDay, ctx.calendar);
  if (note === undefined) return r;
  diagnostics.push(dayOffWarning(r.lastDay, note, expr.span));
  return { ...r, dayOff: note };
}

/**
 * Resolves a time expression in a context (period, reading of `trước`, working calendar, known or
 * estimated event dates and titles, enclosing window, the plan's school-year frame). Never throws; problems
 * are diagnostics with spans into the phrase. A resolution may come with error diagnostics (e.g. a date
 * outside the period): callers that need a clean result check for errors. A fixed deadline on a day off
 * comes with the warning `time.deadline-on-day-off` (and `dayOff` on the resolution).
 *
 * @example
 * resolveTime(parseTimePhrase('trước 30/6').expr!, { period: { kind: 'school-year', startYear: 2020 }, beforeReading: 'strict', calendar })
 * // => { resolution: { kind: 'deadline', window: null, lastDay: <29/6/2021>, deadline: <2021-06-29T23:59:59.999+07:00>, soft: false }, diagnostics: [] }
 */
export function resolveTime(
  expr: TimeExpr,
  context: ResolveContext,
): { resolution: Resolution | undefined; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (code: string, span: TextSpan, data: Diagnostic['data'] = {}) => {
    diagnostics.push({ code, severity: 'error', span, data });
    return undefined;
  };
  const bad = periodProblem(context.period);
  if (bad !== undefined) return { resolution: report('time.year-out-of-range', expr.span, bad), diagnostics };
  try {
    const resolution = resolveInner(expr, context, report);
    // A phrase that did not resolve cleanly gets no day-off note (its error says more).
    if (resolution === undefined || diagnostics.length > 0) return { resolution, diagnostics };
    return { resolution: withDayOff(expr, resolution, context, diagnostics), diagnostics };
  } catch (error) {
    report('time.internal', expr.span, { message: error instanceof Error ? error.message : String(error) });
    return { resolution: undefined, diagnostics };
  }
}
