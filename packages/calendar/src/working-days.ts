// Working days for civil servants: Mon–Fri minus holidays plus make-up Saturdays, on a per-year prefix index.
import { type EpochDay, fromEpochDay, toEpochDay, weekday } from './epoch-day.js';
import { HOLIDAY_MAX_YEAR, HOLIDAY_MIN_YEAR, holidaysOfYear } from './holidays/holidays.js';
import { ruleHolidays } from './holidays/rule.js';
import type { HolidayEntry } from './holidays/types.js';

/** Answers every working-day question the rest of tdkt asks. All days are epoch days (UTC+7 civil days). */
export interface WorkingCalendar {
  /** Mon–Fri that is not a day off, or a declared make-up working day. */
  isWorkingDay(day: EpochDay): boolean;
  isDayOff(day: EpochDay): boolean;
  /** The holiday-table row for a day, if any (holiday, compensatory, swapped or make-up day). */
  holidayOn(day: EpochDay): HolidayEntry | undefined;
  /** The first working day ≥ `day`. */
  nextWorkingDay(day: EpochDay): EpochDay;
  /** The first working day > `day`. */
  nextWorkingDayAfter(day: EpochDay): EpochDay;
  /** The last working day ≤ `day`. */
  previousWorkingDay(day: EpochDay): EpochDay;
  /**
   * The n-th working day after `day` (`day` itself not counted); for n < 0 the |n|-th working day
   * before it; n = 0 gives `day` unchanged. Round trip: addWorkingDays(addWorkingDays(d, n), -n) is d
   * when d is a working day; for a day off it is previousWorkingDay(d) when n > 0 and nextWorkingDay(d)
   * when n < 0. countWorkingDays(d, addWorkingDays(d, n)) = n for n > 0, and for n < 0 when d is worked.
   */
  addWorkingDays(day: EpochDay, n: number): EpochDay;
  /** Working days in (fromExclusive, toInclusive]; negative when `toInclusive` < `fromExclusive`. */
  countWorkingDays(fromExclusive: EpochDay, toInclusive: EpochDay): number;
  /** Bộ luật Dân sự 2015 Điều 148: a period whose last day is a day off ends on the next working day. */
  periodEnd(lastDay: EpochDay): EpochDay;
  /** Điều 147–148: a period of n days after an event (its day not counted), moved by `periodEnd`. */
  addCalendarDaysPeriod(eventDay: EpochDay, n: number): EpochDay;
}

export interface WorkingCalendarOptions {
  /** 'decided' (default): the government's decisions where known, else the rule; 'rule': the law only. */
  readonly holidays?: 'decided' | 'rule';
  /** Days a plan declares off (e.g. a local holiday). */
  readonly extraDaysOff?: Iterable<EpochDay>;
  /** Days a plan declares worked (e.g. a Saturday). Wins over `extraDaysOff` and the tables. */
  readonly extraWorkingDays?: Iterable<EpochDay>;
}

/** One solar year's index: prefix[i] = working days in [start, start + i]. */
interface YearIndex {
  readonly start: EpochDay;
  readonly prefix: Int32Array;
  readonly total: number;
}

class PrefixWorkingCalendar implements WorkingCalendar {
  private readonly years = new Map<number, YearIndex>();
  private readonly entries = new Map<number, Map<EpochDay, HolidayEntry>>();
  private readonly extraOff: ReadonlySet<EpochDay>;
  private readonly extraWork: ReadonlySet<EpochDay>;

  constructor(
    private readonly source: 'decided' | 'rule',
    extraOff: Iterable<EpochDay>,
    extraWork: Iterable<EpochDay>,
  ) {
    this.extraOff = new Set(extraOff);
    this.extraWork = new Set(extraWork);
  }

  private entriesOf(year: number): Map<EpochDay, HolidayEntry> {
    let map = this.entries.get(year);
    if (map === undefined) {
      // Outside 1900–2100 there is no holiday data: Mon–Fri only.
      const list =
        year < HOLIDAY_MIN_YEAR || year > HOLIDAY_MAX_YEAR
          ? []
          : this.source === 'rule'
            ? ruleHolidays(year)
            : holidaysOfYear(year);
      map = new Map(list.map((e) => [e.epochDay, e]));
      this.entries.set(year, map);
    }
    return map;
  }

  private yearIndex(year: number): YearIndex {
    let index = this.years.get(year);
    if (index === undefined) {
      const start = toEpochDay({ year, month: 1, day: 1 });
      const length = toEpochDay({ year: year + 1, month: 1, day: 1 }) - start;
      const table = this.entriesOf(year);
      const prefix = new Int32Array(length);
      let count = 0;
      for (let i = 0; i < length; i++) {
        const day = start + i;
        if (this.computeWorking(day, table)) count++;
        prefix[i] = count;
      }
      index = { start, prefix, total: count };
      this.years.set(year, index);
    }
    return index;
  }

  private computeWorking(day: EpochDay, table: Map<EpochDay, HolidayEntry>): boolean {
    if (this.extraWork.has(day)) return true;
    if (this.extraOff.has(day)) return false;
    const entry = table.get(day);
    if (entry !== undefined) return entry.kind === 'makeup-workday';
    return weekday(day) <= 5;
  }

  /** Working days in the day's year up to and including it, with that year's index. */
  private locate(day: EpochDay): { year: number; index: YearIndex; upTo: number } {
    const year = fromEpochDay(day).year;
    const index = this.yearIndex(year);
    return { year, index, upTo: index.prefix[day - index.start]! };
  }

  /** The day of a year with the given (1-based) working-day rank. */
  private dayWithRank(index: YearIndex, rank: number): EpochDay {
    let lo = 0;
    let hi = index.prefix.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (index.prefix[mid]! >= rank) hi = mid;
      else lo = mid + 1;
    }
    return index.start + lo;
  }

  isWorkingDay(day: EpochDay): boolean {
    const { index } = this.locate(day);
    const i = day - index.start;
    return index.prefix[i]! - (i > 0 ? index.prefix[i - 1]! : 0) === 1;
  }

  isDayOff(day: EpochDay): boolean {
    return !this.isWorkingDay(day);
  }

  holidayOn(day: EpochDay): HolidayEntry | undefined {
    return this.entriesOf(fromEpochDay(day).year).get(day);
  }

  addWorkingDays(day: EpochDay, n: number): EpochDay {
    if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be an integer, got ${n}`);
    if (n === 0) return day;
    let { year, index, upTo } = this.locate(day);
    if (n > 0) {
      let rank = upTo + n;
      while (rank > index.total) {
        rank -= index.total;
        year += 1;
        index = this.yearIndex(year);
      }
      return this.dayWithRank(index, rank);
    }
    // Working days strictly before `day` in its year, then the (|n|)-th one counting back.
    const before = upTo - (this.isWorkingDay(day) ? 1 : 0);
    let rank = before + n + 1;
    while (rank < 1) {
      year -= 1;
      index = this.yearIndex(year);
      rank += index.total;
    }
    return this.dayWithRank(index, rank);
  }

  countWorkingDays(fromExclusive: EpochDay, toInclusive: EpochDay): number {
    if (toInclusive < fromExclusive) return -this.countWorkingDays(toInclusive, fromExclusive);
    const from = this.locate(fromExclusive);
    const to = this.locate(toInclusive);
    let count = to.upTo - from.upTo;
    for (let year = from.year; year < to.year; year++) count += this.yearIndex(year).total;
    return count;
  }

  nextWorkingDay(day: EpochDay): EpochDay {
    return this.isWorkingDay(day) ? day : this.addWorkingDays(day, 1);
  }

  nextWorkingDayAfter(day: EpochDay): EpochDay {
    return this.addWorkingDays(day, 1);
  }

  previousWorkingDay(day: EpochDay): EpochDay {
    return this.isWorkingDay(day) ? day : this.addWorkingDays(day, -1);
  }

  periodEnd(lastDay: EpochDay): EpochDay {
    return this.nextWorkingDay(lastDay);
  }

  addCalendarDaysPeriod(eventDay: EpochDay, n: number): EpochDay {
    return this.periodEnd(eventDay + n);
  }
}

/**
 * A working calendar, optionally with a plan's own overrides.
 *
 * @example
 * const cal = createWorkingCalendar({ extraDaysOff: [toEpochDay({ year: 2024, month: 11, day: 20 })] });
 * formatIsoDate(cal.addWorkingDays(toEpochDay({ year: 2024, month: 2, day: 7 }), 1)) // => '2024-02-15' (after Tết)
 */
export function createWorkingCalendar(options: WorkingCalendarOptions = {}): WorkingCalendar {
  return new PrefixWorkingCalendar(
    options.holidays ?? 'decided',
    options.extraDaysOff ?? [],
    options.extraWorkingDays ?? [],
  );
}

let defaultCalendar: WorkingCalendar | undefined;

/**
 * The shared calendar with the decided schedules and no overrides (built lazily, year by year).
 *
 * @example
 * defaultWorkingCalendar().isWorkingDay(toEpochDay({ year: 2025, month: 4, day: 26 })) // => true (make-up Saturday)
 */
export function defaultWorkingCalendar(): WorkingCalendar {
  defaultCalendar ??= createWorkingCalendar();
  return defaultCalendar;
}
