// Resolution of a parsed time phrase against a period context into concrete days and instants.
import type { Diagnostic, TextSpan } from './diagnostic.js';
import { resolveAnchor, type Report } from './resolve-anchor.js';
import { estimateRelative } from './resolve-relative.js';
import { deadlineOf, type Resolution, type ResolveContext } from './resolve-types.js';
import type { TimeExpr } from './time-expr.js';

function resolveInner(expr: TimeExpr, ctx: ResolveContext, report: Report): Resolution | undefined {
  switch (expr.kind) {
    case 'tentative': {
      const inner = resolveInner(expr.inner, ctx, report);
      return inner && { ...inner, exprKind: 'tentative', soft: true };
    }
    case 'deadline': {
      const target = resolveAnchor(expr.target, ctx, report);
      if (target === undefined) return undefined;
      const lastDay =
        expr.keyword !== 'before' ? target.window.end : ctx.beforeReading === 'lenient' ? target.window.start : target.window.start - 1;
      return { kind: 'deadline', exprKind: 'deadline', window: null, lastDay, deadline: deadlineOf(lastDay), soft: false };
    }
    case 'relative': {
      const known = ctx.events?.[expr.event.name];
      if (known?.date !== undefined) return estimateRelative(expr, { start: known.date, end: known.date }, false, ctx);
      if (known?.window !== undefined) return estimateRelative(expr, known.window, true, ctx);
      return report('time.unknown-event', expr.event.span, { event: expr.event.name });
    }
    default: {
      const anchor = resolveAnchor(expr, ctx, report);
      if (anchor === undefined) return undefined;
      const { window } = anchor;
      return { kind: anchor.single ? 'day' : 'window', exprKind: expr.kind, window, lastDay: window.end, deadline: deadlineOf(window.end), soft: false };
    }
  }
}

/**
 * Resolves a time expression in a context (period, reading of `trước`, working calendar, known or
 * estimated event dates, enclosing window). Never throws; problems are diagnostics with spans into
 * the phrase. A resolution may come with error diagnostics (e.g. a date outside the period): callers
 * that need a clean result check `diagnostics`.
 *
 * @example
 * resolveTime(parseTimePhrase('trước 30/6').expr!, { period: { kind: 'school-year', startYear: 2020 }, beforeReading: 'strict', calendar })
 * // => { resolution: { kind: 'deadline', window: null, lastDay: <29/6/2021>, deadline: <2021-06-29T23:59:59.999+07:00>, soft: false }, diagnostics: [] }
 */
export function resolveTime(expr: TimeExpr, context: ResolveContext): { resolution: Resolution | undefined; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const report: Report = (code: string, span: TextSpan, data: Diagnostic['data'] = {}) => {
    diagnostics.push({ code, severity: 'error', span, data });
    return undefined;
  };
  try {
    return { resolution: resolveInner(expr, context, report), diagnostics };
  } catch (error) {
    report('time.internal', expr.span, { message: error instanceof Error ? error.message : String(error) });
    return { resolution: undefined, diagnostics };
  }
}
