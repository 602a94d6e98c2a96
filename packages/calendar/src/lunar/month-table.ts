// The lunar months between two winter solstices (UTC+7): month starts, numbers and leap month, cached.
import { type EpochDay, toEpochDay } from '../epoch-day.js';
import {
  jdeOfLocalMidnight,
  localDayOfJde,
  nearestLunation,
  newMoonJde,
  sunApparentLongitude,
  sunLongitudeCrossing,
} from './astronomy.js';

/** One lunar month: it starts on the civil day of a new moon and lasts until the next one. */
export interface LunarMonth {
  /** Epoch day of day 1 of the month. */
  readonly start: EpochDay;
  /** 29 or 30. */
  readonly length: number;
  /** 1…12. */
  readonly month: number;
  readonly leap: boolean;
  /** The lunar year the month belongs to (the solar year in which its Tết falls). */
  readonly year: number;
}

/** The months from month 11 of one solstice to the next month 11 (12 or 13 of them). */
interface SolsticeCycle {
  readonly months: readonly LunarMonth[];
  /** Epoch day of the next cycle's month 11 (the end of the last month). */
  readonly end: EpochDay;
}

const JD_UNIX_EPOCH = 2_440_587.5;
const cycles = new Map<number, SolsticeCycle>();
const lunarYears = new Map<number, readonly LunarMonth[]>();

/** Civil day of the new moon of lunation k. */
function newMoonDay(k: number): EpochDay {
  return localDayOfJde(newMoonJde(k));
}

/** Lunation k of the new moon that starts month 11 of solar year `year` (the one holding its December solstice). */
function month11Lunation(year: number): number {
  const solstice = sunLongitudeCrossing(270, toEpochDay({ year, month: 12, day: 21 }) + JD_UNIX_EPOCH);
  const solsticeDay = localDayOfJde(solstice);
  let k = nearestLunation(solstice);
  // Month 11 is the month containing the solstice's civil day: latest new moon on or before that day.
  while (newMoonDay(k) > solsticeDay) k -= 1;
  while (newMoonDay(k + 1) <= solsticeDay) k += 1;
  return k;
}

/** Index (0…11) of the 30° sector of the Sun's longitude at the start of a civil day. */
function termSector(day: EpochDay): number {
  return Math.floor(sunApparentLongitude(jdeOfLocalMidnight(day)) / 30);
}

/** Whether a principal term (Sun's longitude a multiple of 30°) falls on a civil day in [start, end). */
function hasPrincipalTerm(start: EpochDay, end: EpochDay): boolean {
  return termSector(start) !== termSector(end);
}

/** Builds the cycle from month 11 of solar year `year - 1` to month 11 of `year`. */
function buildCycle(year: number): SolsticeCycle {
  const k0 = month11Lunation(year - 1);
  const k1 = month11Lunation(year);
  const starts: EpochDay[] = [];
  for (let k = k0; k <= k1; k++) starts.push(newMoonDay(k));
  const count = k1 - k0;
  // In a cycle of 13 months the first one (after month 11) with no principal term is the leap month.
  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i < count && leapIndex < 0; i++) {
      if (!hasPrincipalTerm(starts[i]!, starts[i + 1]!)) leapIndex = i;
    }
  }
  const months: LunarMonth[] = [];
  let number = 11;
  let lunarYear = year - 1;
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex;
    if (i > 0 && !leap) {
      number = number === 12 ? 1 : number + 1;
      if (number === 1) lunarYear = year;
    }
    const start = starts[i]!;
    months.push({ start, length: starts[i + 1]! - start, month: number, leap, year: lunarYear });
  }
  return { months, end: starts[count]! };
}

/**
 * The months of the solstice cycle ending with month 11 of solar year `year` (cached).
 *
 * @example
 * solsticeCycle(2024).months.map((m) => m.month) // => [11, 12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
 */
function solsticeCycle(year: number): SolsticeCycle {
  let cycle = cycles.get(year);
  if (cycle === undefined) {
    cycle = buildCycle(year);
    cycles.set(year, cycle);
  }
  return cycle;
}

/**
 * The months of lunar year `year` in order, month 1 (Tết) to month 12, leap month included (cached).
 *
 * @example
 * monthsOfLunarYear(2023).find((m) => m.leap)?.month // => 2 (tháng 2 nhuận, 2023)
 */
export function monthsOfLunarYear(year: number): readonly LunarMonth[] {
  let months = lunarYears.get(year);
  if (months === undefined) {
    months = [...solsticeCycle(year).months, ...solsticeCycle(year + 1).months].filter((m) => m.year === year);
    lunarYears.set(year, months);
  }
  return months;
}

/**
 * The lunar month containing a civil day.
 *
 * @example
 * monthContaining(toEpochDay({ year: 2024, month: 2, day: 10 })).month // => 1
 */
export function monthContaining(epochDay: EpochDay, civilYear: number): LunarMonth {
  // Days from this year's month 11 onwards belong to the next cycle.
  let cycle = solsticeCycle(civilYear);
  if (epochDay >= cycle.end) cycle = solsticeCycle(civilYear + 1);
  const months = cycle.months;
  for (let i = months.length - 1; i >= 0; i--) {
    const month = months[i]!;
    if (month.start <= epochDay) return month;
  }
  // Unreachable for a day inside the cycle: cycle(civilYear) starts in December of civilYear - 1.
  throw new RangeError(`no lunar month for epoch day ${epochDay}`);
}
