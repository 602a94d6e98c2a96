// `--school-year YYYY-YYYY` / `--year YYYY`: the period a command resolves dates in, read from its options.
import { type Period, parseSchoolYear } from '@tdkt/calendar';
import { say } from './messages/catalog.js';
import type { CommandInput } from './spec.js';

export type PeriodOption =
  | { readonly ok: true; readonly period: Period | undefined }
  | { readonly ok: false; readonly message: string };

/**
 * The period the options name, undefined when they name none, or a message when they are wrong.
 *
 * @example
 * periodOption({ …input, options: { 'school-year': '2020-2021' } }) // => { ok: true, period: { kind: 'school-year', startYear: 2020 } }
 */
export function periodOption(input: CommandInput): PeriodOption {
  const sy = input.options['school-year'];
  const y = input.options['year'];
  if (typeof sy === 'string' && typeof y === 'string') return { ok: false, message: say(input.lang, 'period.both') };
  if (typeof sy === 'string') {
    const period = parseSchoolYear(sy);
    return period
      ? { ok: true, period }
      : { ok: false, message: say(input.lang, 'period.bad-school-year', { value: sy }) };
  }
  if (typeof y === 'string') {
    return /^\d{4}$/.test(y)
      ? { ok: true, period: { kind: 'year', year: Number(y) } }
      : { ok: false, message: say(input.lang, 'period.bad-year', { value: y }) };
  }
  return { ok: true, period: undefined };
}
