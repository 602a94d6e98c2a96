// The stable JSON shape of a resolved time phrase (the `tdkt date --json` contract in docs/cli.md).
import { formatIsoDate } from './epoch-day.js';
import { formatInstant } from './instant.js';
import type { Resolution } from './resolve-types.js';

export interface ResolutionJson {
  readonly input: string;
  /** Canonical spelling of the phrase. */
  readonly canonical: string;
  readonly kind: Resolution['kind'];
  readonly exprKind: Resolution['exprKind'];
  readonly window: { readonly start: string; readonly end: string } | null;
  readonly lastDay: string;
  readonly deadline: string;
  readonly soft: boolean;
  readonly relative?: {
    readonly event: string;
    readonly direction: 'after' | 'before';
    readonly offset: { readonly amount: number; readonly unit: string } | null;
    readonly eventDate: string | null;
    readonly estimate: { readonly start: string; readonly end: string } | null;
    readonly estimated: boolean;
    readonly lastDayRange: { readonly earliest: string; readonly latest: string };
    readonly binding?: NonNullable<Resolution['relative']>['binding'];
  };
  /** `HH:MM` when the phrase gives a time of day (the deadline is that instant). */
  readonly timeOfDay?: string;
  readonly occurrences?: readonly {
    readonly window: { readonly start: string; readonly end: string } | null;
    readonly lastDay: string;
    readonly deadline: string;
  }[];
  readonly frame?: NonNullable<Resolution['frame']>;
  readonly dayOff?: {
    readonly reason: 'weekend' | 'holiday' | 'tet';
    readonly holiday?: { readonly vi: string; readonly en: string };
    readonly nextWorkingDay: string;
    readonly previousWorkingDay: string;
  };
}

const windowJson = (w: { start: number; end: number } | null): { start: string; end: string } | null =>
  w === null ? null : { start: formatIsoDate(w.start), end: formatIsoDate(w.end) };

/** The optional parts of a resolution, as JSON (absent when the resolution has none). */
function extras(r: Resolution): Partial<ResolutionJson> {
  const two = (n: number): string => String(n).padStart(2, '0');
  return {
    ...(r.timeOfDay === undefined ? {} : { timeOfDay: `${two(r.timeOfDay.hour)}:${two(r.timeOfDay.minute)}` }),
    ...(r.occurrences === undefined
      ? {}
      : {
          occurrences: r.occurrences.map((o) => ({
            window: windowJson(o.window),
            lastDay: formatIsoDate(o.lastDay),
            deadline: formatInstant(o.deadline),
          })),
        }),
    ...(r.frame === undefined ? {} : { frame: r.frame }),
    ...(r.dayOff === undefined
      ? {}
      : {
          dayOff: {
            reason: r.dayOff.reason,
            ...(r.dayOff.holiday === undefined ? {} : { holiday: r.dayOff.holiday }),
            nextWorkingDay: formatIsoDate(r.dayOff.nextWorkingDay),
            previousWorkingDay: formatIsoDate(r.dayOff.previousWorkingDay),
          },
        }),
  };
}

/**
 * A resolution as JSON: days `YYYY-MM-DD`, the deadline as ISO 8601 with +07:00.
 *
 * @example
 * resolutionToJson('trước 30/6', 'trước 30/6', r)
 * // => { input: 'trước 30/6', kind: 'deadline', window: null, lastDay: '2021-06-29', deadline: '2021-06-29T23:59:59.999+07:00', soft: false, … }
 */
export function resolutionToJson(input: string, canonical: string, r: Resolution): ResolutionJson {
  const base = {
    input,
    canonical,
    kind: r.kind,
    exprKind: r.exprKind,
    window: windowJson(r.window),
    lastDay: formatIsoDate(r.lastDay),
    deadline: formatInstant(r.deadline),
    soft: r.soft,
    ...extras(r),
  };
  const rel = r.relative;
  if (rel === undefined) return base;
  return {
    ...base,
    relative: {
      event: rel.event,
      direction: rel.direction,
      offset: rel.offset === null ? null : { amount: rel.offset.amount, unit: rel.offset.unit },
      eventDate: rel.eventDay === null ? null : formatIsoDate(rel.eventDay),
      estimate:
        rel.estimate === null
          ? null
          : { start: formatIsoDate(rel.estimate.start), end: formatIsoDate(rel.estimate.end) },
      estimated: rel.estimated,
      lastDayRange: {
        earliest: formatIsoDate(rel.lastDayRange.earliest),
        latest: formatIsoDate(rel.lastDayRange.latest),
      },
      ...(rel.binding === undefined ? {} : { binding: rel.binding }),
    },
  };
}
