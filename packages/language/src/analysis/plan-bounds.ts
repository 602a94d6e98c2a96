// An activity's bounds: its section heading's window and each of its own phrases, intersected and checked.
import { type DayWindow, type Diagnostic, formatVnDate, type Resolution } from '@tdkt/calendar';
import type { ModelBound, ResolvedTime, TimeOrigin } from '../model/types.js';
import { timeOrigin } from './env.js';

/** The window a section heading gives its activities, and where it comes from. */
export interface HeadingWindow {
  readonly window: DayWindow;
  readonly soft: boolean;
  readonly origin: TimeOrigin;
}

/**
 * The bounds a resolved phrase sets: a deadline sets an end; a day or a window sets a start and an end.
 *
 * @example
 * phraseBounds(resolvedTime('trước 10/5'), origin) // => [{ edge: 'end', day: <9/5>, kind: 'deadline', … }]
 */
function phraseBounds(resolution: Resolution, origin: TimeOrigin): ModelBound[] {
  const soft = resolution.soft;
  const deadlineLike = resolution.kind === 'deadline' || resolution.kind === 'day' || resolution.relative !== undefined;
  const kind = deadlineLike ? ('deadline' as const) : ('window' as const);
  const end: ModelBound = { edge: 'end', day: resolution.lastDay, soft, kind, origin };
  if (resolution.window === null || resolution.kind === 'deadline') return [end];
  return [{ edge: 'start', day: resolution.window.start, soft, kind, origin }, end];
}

/** The bounds of a heading's window (both ends are window edges). */
function headingBounds(heading: HeadingWindow): ModelBound[] {
  return [
    { edge: 'start', day: heading.window.start, soft: heading.soft, kind: 'window', origin: heading.origin },
    { edge: 'end', day: heading.window.end, soft: heading.soft, kind: 'window', origin: heading.origin },
  ];
}

/**
 * The window the hard bounds leave (soft ones when there are no hard ones), open ends taken from the
 * period; undefined without bounds or when they leave no day at all (reported separately).
 *
 * @example
 * intersect([{ edge: 'end', day: 20, … }], { start: 1, end: 365 }) // => { start: 1, end: 20 }
 */
function intersect(bounds: readonly ModelBound[], period: DayWindow | undefined): DayWindow | undefined {
  const hard = bounds.filter((b) => !b.soft);
  const use = hard.length > 0 ? hard : bounds;
  const starts = use.filter((b) => b.edge === 'start').map((b) => b.day);
  const ends = use.filter((b) => b.edge === 'end').map((b) => b.day);
  if (starts.length === 0 && ends.length === 0) return undefined;
  const start = starts.length > 0 ? Math.max(...starts) : Math.min(period?.start ?? Number.POSITIVE_INFINITY, ...ends);
  const end = ends.length > 0 ? Math.min(...ends) : Math.max(period?.end ?? Number.NEGATIVE_INFINITY, ...starts);
  return start <= end ? { start, end } : undefined;
}

export interface ActivityTimes {
  readonly bounds: ModelBound[];
  readonly window: DayWindow | undefined;
  readonly diagnostics: Diagnostic[];
}

const day = (d: number): string => formatVnDate(d);

/**
 * Combines a heading's window with an activity's own phrases: every bound binds, the window is their
 * intersection. A phrase wholly outside its heading is an error (a warning when either is soft); a phrase
 * that runs past its heading is a warning (the heading wins); two phrases of the row that leave no day
 * in common are an error.
 *
 * @example
 * activityTimes(mayHeading, [resolved('trước 10/5')], 'strict', period).window // => 1/5 … 9/5
 */
export function activityTimes(
  heading: HeadingWindow | undefined,
  times: readonly ResolvedTime[],
  reading: 'strict' | 'lenient',
  period?: DayWindow,
): ActivityTimes {
  const diagnostics: Diagnostic[] = [];
  const bounds: ModelBound[] = heading ? headingBounds(heading) : [];
  const own: ModelBound[] = [];
  for (const time of times) {
    if (!time.resolution) continue;
    const origin = timeOrigin('phrase', time, reading);
    const mine = phraseBounds(time.resolution, origin);
    const span = { start: time.source.start, end: time.source.end };
    if (heading) {
      const w = heading.window;
      const start = mine.find((b) => b.edge === 'start')?.day;
      const end = mine.find((b) => b.edge === 'end')?.day as number;
      const soft = heading.soft || time.resolution.soft;
      const data = {
        phrase: time.text,
        heading: heading.origin.text,
        headingStart: day(w.start),
        headingEnd: day(w.end),
        ...(start !== undefined ? { start: day(start) } : {}),
        end: day(end),
      };
      if (end < w.start || (start !== undefined && start > w.end))
        diagnostics.push({ code: 'plan.outside-heading', severity: soft ? 'warning' : 'error', span, data });
      else if (end > w.end || (start !== undefined && start < w.start))
        diagnostics.push({
          code: 'plan.beyond-heading',
          severity: 'warning',
          span,
          data: { ...data, used: day(Math.min(end, w.end)) },
        });
    }
    for (const other of own) {
      const mineStart = mine.find((b) => b.edge === 'start')?.day ?? Number.NEGATIVE_INFINITY;
      const mineEnd = mine.find((b) => b.edge === 'end')?.day as number;
      if (other.soft || time.resolution.soft) continue;
      if ((other.edge === 'end' && mineStart > other.day) || (other.edge === 'start' && mineEnd < other.day)) {
        diagnostics.push({
          code: 'plan.conflicting-times',
          severity: 'error',
          span,
          data: { phrase: time.text, other: other.origin.text },
        });
        break;
      }
    }
    own.push(...mine);
  }
  bounds.push(...own);
  return { bounds, window: intersect(bounds, period) ?? intersect(own, period), diagnostics };
}
