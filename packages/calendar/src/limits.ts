// The years tdkt answers for (1900–2199) and the check of a plan's period against them.
import type { Diagnostic, TextSpan } from './diagnostic.js';
import type { Period } from './period.js';

/** First and last year a phrase, a period or a school year may name. Outside: `time.year-out-of-range`. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2199;

/**
 * Whether a year is an integer in 1900–2199.
 *
 * @example
 * isYearInRange(2024) // => true
 * isYearInRange(1e16) // => false
 */
export function isYearInRange(year: number): boolean {
  return Number.isSafeInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX;
}

/**
 * Problems with a period as written (`năm học A-B`, `năm A`): a year outside 1900–2199
 * (`time.year-out-of-range`) or a school year whose years are not consecutive (`time.bad-school-year`).
 * The language layer calls this on the plan's `năm học` line; `resolveTime` checks its context with it.
 *
 * @example
 * checkPeriodYears({ kind: 'school-year', startYear: 2020, endYear: 2099 }, span) // => [time.bad-school-year]
 * checkPeriodYears({ kind: 'year', startYear: 1e16 }, span) // => [time.year-out-of-range]
 */
export function checkPeriodYears(
  period: { readonly kind: 'school-year' | 'year'; readonly startYear: number; readonly endYear?: number },
  span: TextSpan,
): Diagnostic[] {
  for (const year of period.kind === 'school-year'
    ? [period.startYear, period.endYear ?? period.startYear + 1]
    : [period.startYear]) {
    if (!isYearInRange(year))
      return [
        {
          code: 'time.year-out-of-range',
          severity: 'error',
          span,
          data: { year: shownYear(year), min: YEAR_MIN, max: YEAR_MAX },
        },
      ];
  }
  if (period.kind === 'school-year' && period.endYear !== undefined && period.endYear !== period.startYear + 1) {
    return [
      { code: 'time.bad-school-year', severity: 'error', span, data: { start: period.startYear, end: period.endYear } },
    ];
  }
  return [];
}

/**
 * The years of a resolution context's period, checked (a period from outside the phrase, e.g. a host's).
 *
 * @example
 * periodProblem({ kind: 'year', year: -5 }) // => { year: '-5', min: 1900, max: 2199 }
 */
export function periodProblem(period: Period): Diagnostic['data'] | undefined {
  const first = period.kind === 'year' ? period.year : period.startYear;
  const last = period.kind === 'year' ? period.year : period.startYear + 1;
  if (isYearInRange(first) && isYearInRange(last)) return undefined;
  return { year: shownYear(isYearInRange(first) ? last : first), min: YEAR_MIN, max: YEAR_MAX };
}

/** A year as written: integers in full (`10000000000000000`), anything stranger as JavaScript prints it. */
function shownYear(n: number): string {
  return Number.isInteger(n) && Math.abs(n) < 1e21 ? BigInt(n).toString() : String(n);
}
