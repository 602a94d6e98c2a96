// Where a relative phrase counts from: a declared event (by id or title), a school event, an occasion or a date.

import { editDistance } from './edit-distance.js';
import { bindEvent, eventKey } from './event-binding.js';
import { type DayWindow, periodWindow } from './period.js';
import { type Report, resolveAnchor } from './resolve-anchor.js';
import { frameFor, frameSummary } from './resolve-parts.js';
import { relativeResolution } from './resolve-relative.js';
import type { RelativeResolution, Resolution, ResolveContext } from './resolve-types.js';
import { type SchoolEvent, schoolEventDate } from './school-events.js';
import type { SchoolYearFrame } from './school-year-frame.js';
import type { RelativeExpr } from './time-expr.js';

interface Origin {
  readonly window: DayWindow;
  readonly estimated: boolean;
  readonly event: string;
  readonly binding: NonNullable<RelativeResolution['binding']>;
  readonly frame?: SchoolYearFrame;
}

/** The school year whose frame puts the event inside the period (the plan's own school year first). */
function schoolEventOrigin(event: SchoolEvent, ctx: ResolveContext): Origin | undefined {
  const period = periodWindow(ctx.period);
  const first = ctx.period.kind === 'school-year' ? ctx.period.startYear : ctx.period.year - 1;
  for (const startYear of [first, first + 1, first - 1]) {
    const frame = frameFor(ctx, startYear);
    const at = schoolEventDate(event, frame);
    const window = 'date' in at ? { start: at.date, end: at.date } : at.window;
    if (window.end >= period.start && window.start <= period.end)
      return { window, estimated: !('date' in at), event: event.name.vi, binding: { kind: 'school' }, frame };
  }
  return undefined;
}

/** The closest declared id or title to an unknown name, for "did you mean". */
function closestDeclared(name: string, ctx: ResolveContext): string | undefined {
  const key = eventKey(name);
  const limit = key.length <= 5 ? 1 : key.length <= 11 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const [id, title] of [
    ...Object.keys(ctx.events ?? {}).map((id) => [id, undefined] as const),
    ...Object.entries(ctx.eventTitles ?? {}),
  ]) {
    for (const text of title === undefined ? [id] : [id, title]) {
      const d = editDistance(key, eventKey(text), bestDistance - 1);
      if (d < bestDistance) {
        best = text;
        bestDistance = d;
      }
    }
  }
  return best;
}

function origin(e: RelativeExpr, ctx: ResolveContext, report: Report): Origin | undefined {
  const ref = e.event.ref;
  if (ref?.kind === 'date') {
    const a = resolveAnchor(ref.date, ctx, report);
    return a && { window: a.window, estimated: false, event: e.event.name, binding: { kind: 'date' } };
  }
  if (ref?.kind === 'occasion') {
    const a = resolveAnchor(
      { kind: 'occasion', occasion: ref.occasion, date: undefined, wording: 'bare', span: e.event.span },
      ctx,
      report,
    );
    if (a === undefined) return undefined;
    // "sau Tết": from the end of the break; "trước Tết": from its start (a one-day occasion is both).
    const d = e.direction === 'after' ? a.window.end : a.window.start;
    return { window: { start: d, end: d }, estimated: false, event: e.event.name, binding: { kind: 'occasion' } };
  }
  const bound = bindEvent(e.event.name, ctx);
  if (bound === undefined) {
    const suggestion = closestDeclared(e.event.name, ctx);
    return report(
      'time.unknown-event',
      e.event.span,
      suggestion === undefined ? { event: e.event.name } : { event: e.event.name, suggestion },
    );
  }
  if (bound.kind === 'ambiguous')
    return report('time.ambiguous-event', e.event.span, { event: e.event.name, candidates: bound.ids });
  if (bound.kind === 'school') {
    const o = schoolEventOrigin(bound.event, ctx);
    return o ?? report('time.outside-period', e.event.span, {});
  }
  const known = ctx.events?.[bound.id];
  const binding = {
    kind: 'declared' as const,
    by: bound.by,
    ...(bound.title === undefined ? {} : { title: bound.title }),
  };
  if (known?.date !== undefined)
    return { window: { start: known.date, end: known.date }, estimated: false, event: bound.id, binding };
  if (known?.window !== undefined) return { window: known.window, estimated: true, event: bound.id, binding };
  return report('time.unknown-event', e.event.span, { event: bound.id });
}

/**
 * Resolves a relative phrase against what its event is bound to (see `bindEvent`): a known date gives a
 * hard result, an expected window (a declared estimate, `tựu trường`) a soft one.
 *
 * @example
 * resolveRelativeIn(parse('chậm nhất 2 ngày sau hội nghị CBVC'), { ...ctx, eventTitles: { hnc: 'Hội nghị cán bộ viên chức' } }, report)
 */
export function resolveRelativeIn(e: RelativeExpr, ctx: ResolveContext, report: Report): Resolution | undefined {
  const o = origin(e, ctx, report);
  if (o === undefined) return undefined;
  const r = relativeResolution(e, o.window, o.estimated, ctx, o.event, o.binding);
  return o.frame === undefined ? r : { ...r, frame: frameSummary(o.frame) };
}
