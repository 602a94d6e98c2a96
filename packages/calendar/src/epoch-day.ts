// Civil dates as epoch days (days since 1970-01-01): the fast representation for hot paths.

/** A civil date in Vietnam, counted in days since 1970-01-01. */
export type EpochDay = number;

/** Milliseconds in one day; Vietnam has had a fixed +07:00 offset since 1975. */
export const MS_PER_DAY = 86_400_000;
/** The zone every instant is expressed in. */
export const ZONE = 'Asia/Ho_Chi_Minh';
/** +07:00 in milliseconds. */
export const VN_OFFSET_MS = 7 * 3_600_000;

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Epoch day of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
 *
 * @example
 * toEpochDay({ year: 1970, month: 1, day: 2 }) // => 1
 */
export function toEpochDay({ year, month, day }: CivilDate): EpochDay {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/**
 * The civil date of an epoch day.
 *
 * @example
 * fromEpochDay(0) // => { year: 1970, month: 1, day: 1 }
 */
export function fromEpochDay(epochDay: EpochDay): CivilDate {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Whether year/month/day names a real Gregorian date (31/2 does not). */
export function isValidCivilDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** Days in a Gregorian month. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** ISO weekday: 1 Monday … 7 Sunday. */
export function weekday(epochDay: EpochDay): number {
  // 1970-01-01 was a Thursday (4).
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/**
 * `YYYY-MM-DD` of an epoch day.
 *
 * @example
 * formatIsoDate(toEpochDay({ year: 2021, month: 6, day: 29 })) // => '2021-06-29'
 */
export function formatIsoDate(epochDay: EpochDay): string {
  const { year, month, day } = fromEpochDay(epochDay);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses `YYYY-MM-DD`; undefined when malformed or not a real date. */
export function parseIsoDate(text: string): EpochDay | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidCivilDate(year, month, day) ? toEpochDay({ year, month, day }) : undefined;
}

/** `D/M/YYYY` as Vietnamese documents write it. */
export function formatVnDate(epochDay: EpochDay): string {
  const { year, month, day } = fromEpochDay(epochDay);
  return `${day}/${month}/${year}`;
}

/** The instant (epoch ms) at which a Vietnamese civil day starts (00:00 +07:00). */
export function startOfDayMs(epochDay: EpochDay): number {
  return epochDay * MS_PER_DAY - VN_OFFSET_MS;
}

/**
 * The instant a Vietnamese civil day ends: the first instant of the next day (24:00 +07:00). A deadline on
 * `lastDay` has passed from this instant on; the last instant still on time is one millisecond before.
 *
 * @example
 * endOfDay(toEpochDay({ year: 2021, month: 6, day: 29 })) // => the instant 2021-06-30T00:00:00.000+07:00
 */
export function endOfDay(epochDay: EpochDay): number {
  return startOfDayMs(epochDay + 1);
}

/** The Vietnamese civil day containing an instant. */
export function epochDayOfInstant(ms: number): EpochDay {
  return Math.floor((ms + VN_OFFSET_MS) / MS_PER_DAY);
}
