// Each decided year's days off and make-up days, restated as its cited decision words them, against the calendar.
import {
  defaultWorkingCalendar,
  type EpochDay,
  formatIsoDate,
  holidaysOfYear,
  parseIsoDate,
  toEpochDay,
  weekday,
  weekdayName,
} from '@tdkt/calendar';
import { describe, expect, it } from 'vitest';
import { DECIDED_YEARS } from '../../src/holidays/decided-data.js';

/** One announced break: "nghỉ từ <from> đến hết <to>", written with its weekday as the texts do. */
interface Announced {
  readonly from: string;
  readonly to: string;
  /** The source key (in the year's `sources`) of the decision that sets the break; `law` for the Labour Code. */
  readonly source: string;
  /** "Làm bù thứ Bảy …" that the same decision sets. */
  readonly makeup?: readonly string[];
}

/** The decisions, one line per break ("thứ Bảy 25/01/2025" = weekday and D/M/YYYY). Sources: docs/time.md. */
const ANNOUNCED: Readonly<Record<number, readonly Announced[]>> = {
  2019: [
    { from: 'thứ Bảy 29/12/2018', to: 'thứ Ba 01/01/2019', source: 'vpcp6519', makeup: ['thứ Bảy 05/01/2019'] },
    { from: 'thứ Bảy 02/02/2019', to: 'Chủ nhật 10/02/2019', source: 'vpcp6519' },
    { from: 'thứ Bảy 13/04/2019', to: 'thứ Hai 15/04/2019', source: 'law' },
    { from: 'thứ Bảy 27/04/2019', to: 'thứ Tư 01/05/2019', source: 'vpcp6519', makeup: ['thứ Bảy 04/05/2019'] },
    { from: 'thứ Bảy 31/08/2019', to: 'thứ Hai 02/09/2019', source: 'law' },
  ],
  2020: [
    { from: 'thứ Tư 01/01/2020', to: 'thứ Tư 01/01/2020', source: 'law' },
    { from: 'thứ Năm 23/01/2020', to: 'thứ Tư 29/01/2020', source: 'ldtbxh' },
    { from: 'thứ Năm 02/04/2020', to: 'thứ Năm 02/04/2020', source: 'law' },
    { from: 'thứ Năm 30/04/2020', to: 'Chủ nhật 03/05/2020', source: 'law' },
    { from: 'thứ Tư 02/09/2020', to: 'thứ Tư 02/09/2020', source: 'law' },
  ],
  2021: [
    { from: 'thứ Sáu 01/01/2021', to: 'Chủ nhật 03/01/2021', source: 'law' },
    { from: 'thứ Tư 10/02/2021', to: 'thứ Ba 16/02/2021', source: 'ldtbxh' },
    { from: 'thứ Tư 21/04/2021', to: 'thứ Tư 21/04/2021', source: 'law' },
    { from: 'thứ Sáu 30/04/2021', to: 'thứ Hai 03/05/2021', source: 'law' },
    { from: 'thứ Năm 02/09/2021', to: 'Chủ nhật 05/09/2021', source: 'ldtbxh' },
  ],
  2022: [
    { from: 'thứ Bảy 01/01/2022', to: 'thứ Hai 03/01/2022', source: 'law' },
    { from: 'thứ Bảy 29/01/2022', to: 'Chủ nhật 06/02/2022', source: 'vpcp245' },
    { from: 'thứ Bảy 09/04/2022', to: 'thứ Hai 11/04/2022', source: 'law' },
    { from: 'thứ Bảy 30/04/2022', to: 'thứ Ba 03/05/2022', source: 'law' },
    { from: 'thứ Năm 01/09/2022', to: 'Chủ nhật 04/09/2022', source: 'ldtbxh' },
  ],
  2023: [
    { from: 'thứ Bảy 31/12/2022', to: 'thứ Hai 02/01/2023', source: 'law' },
    { from: 'thứ Sáu 20/01/2023', to: 'thứ Năm 26/01/2023', source: 'vpcp' },
    { from: 'thứ Bảy 29/04/2023', to: 'thứ Tư 03/05/2023', source: 'law' },
    { from: 'thứ Sáu 01/09/2023', to: 'thứ Hai 04/09/2023', source: 'vpcp' },
  ],
  2024: [
    { from: 'thứ Bảy 30/12/2023', to: 'thứ Hai 01/01/2024', source: 'law' },
    { from: 'thứ Năm 08/02/2024', to: 'thứ Tư 14/02/2024', source: 'tb5015' },
    { from: 'thứ Năm 18/04/2024', to: 'thứ Năm 18/04/2024', source: 'law' },
    { from: 'thứ Bảy 27/04/2024', to: 'thứ Tư 01/05/2024', source: 'vpcp2450', makeup: ['thứ Bảy 04/05/2024'] },
    { from: 'thứ Bảy 31/08/2024', to: 'thứ Ba 03/09/2024', source: 'tb5015' },
  ],
  2025: [
    { from: 'thứ Tư 01/01/2025', to: 'thứ Tư 01/01/2025', source: 'law' },
    { from: 'thứ Bảy 25/01/2025', to: 'Chủ nhật 02/02/2025', source: 'vpcp8726' },
    { from: 'thứ Bảy 05/04/2025', to: 'thứ Hai 07/04/2025', source: 'law' },
    { from: 'thứ Tư 30/04/2025', to: 'Chủ nhật 04/05/2025', source: 'vpcp8726', makeup: ['thứ Bảy 26/04/2025'] },
    { from: 'thứ Bảy 30/08/2025', to: 'thứ Ba 02/09/2025', source: 'vpcp8726' },
  ],
  2026: [
    { from: 'thứ Năm 01/01/2026', to: 'Chủ nhật 04/01/2026', source: 'vpcp12729', makeup: ['thứ Bảy 10/01/2026'] },
    { from: 'thứ Bảy 14/02/2026', to: 'Chủ nhật 22/02/2026', source: 'vpcp' },
    { from: 'thứ Bảy 25/04/2026', to: 'thứ Hai 27/04/2026', source: 'law' },
    { from: 'thứ Năm 30/04/2026', to: 'Chủ nhật 03/05/2026', source: 'law' },
    { from: 'thứ Bảy 29/08/2026', to: 'thứ Tư 02/09/2026', source: 'vpcp', makeup: ['thứ Bảy 22/08/2026'] },
  ],
};

/** "thứ Bảy 25/01/2025" → the epoch day, checking the weekday named. */
function dayOf(text: string): EpochDay {
  const m = /^(.+) (\d{2})\/(\d{2})\/(\d{4})$/u.exec(text);
  if (!m) throw new Error(`bad announced day ${text}`);
  const day = toEpochDay({ year: Number(m[4]), month: Number(m[3]), day: Number(m[2]) });
  expect(weekdayName(day, 'vi'), `${text}: weekday`).toBe(m[1]);
  return day;
}

const calendar = defaultWorkingCalendar();

describe('each decided year matches the decisions it cites', () => {
  it.each(DECIDED_YEARS.map((y) => [y.year, y] as const))('%i', (year, decided) => {
    const announced = ANNOUNCED[year] ?? [];
    expect(announced.length, 'every decided year is restated here').toBeGreaterThan(0);
    const breaks = announced.map((a) => ({ ...a, start: dayOf(a.from), end: dayOf(a.to) }));
    const makeup = new Set(announced.flatMap((a) => (a.makeup ?? []).map(dayOf)));
    const inBreak = (d: EpochDay) => breaks.find((b) => d >= b.start && d <= b.end);
    // Every day of the year (and of breaks reaching into the neighbouring year): off exactly as announced.
    const first = Math.min(toEpochDay({ year, month: 1, day: 1 }), ...breaks.map((b) => b.start));
    const last = Math.max(toEpochDay({ year, month: 12, day: 31 }), ...breaks.map((b) => b.end));
    for (let d = first; d <= last; d++) {
      const expectedOff = inBreak(d) !== undefined || (weekday(d) >= 6 && !makeup.has(d));
      expect(calendar.isDayOff(d), `${formatIsoDate(d)} (${weekdayName(d, 'vi')})`).toBe(expectedOff);
    }
    // Every row cites the decision of its break (or the Labour Code for a holiday or compensatory day the law
    // itself grants); swapped and make-up days cite the decision that swaps them.
    for (const [date, , role, source] of decided.rows) {
      const d = parseIsoDate(date) as EpochDay;
      const owner =
        role === 'makeup' ? announced.find((a) => (a.makeup ?? []).some((m) => dayOf(m) === d)) : inBreak(d);
      expect(owner, `${date} lies in an announced break or make-up day`).toBeDefined();
      const allowed = role === 'holiday' || role === 'compensatory' ? [owner?.source, 'law'] : [owner?.source];
      expect(allowed, `${date} (${role}) cites the break's decision`).toContain(source);
      expect(decided.sources[source], `${date}: source key`).toBeDefined();
    }
    // The make-up days are exactly the decided ones.
    const decidedMakeup = holidaysOfYear(year)
      .filter((e) => e.kind === 'makeup-workday')
      .map((e) => e.epochDay);
    expect(new Set(decidedMakeup)).toEqual(
      new Set(
        [...makeup].filter(
          (d) => toEpochDay({ year, month: 1, day: 1 }) <= d && d <= toEpochDay({ year, month: 12, day: 31 }),
        ),
      ),
    );
  });

  it('2025: Tết is 25/1–2/2 with no make-up Saturday (8/2/2025 is worked as usual, as the Chinese calendar is not)', () => {
    expect(calendar.isDayOff(toEpochDay({ year: 2025, month: 2, day: 8 }))).toBe(true);
    expect(calendar.isWorkingDay(toEpochDay({ year: 2025, month: 1, day: 24 }))).toBe(true);
    expect(calendar.isWorkingDay(toEpochDay({ year: 2025, month: 2, day: 3 }))).toBe(true);
    expect(
      holidaysOfYear(2025)
        .filter((e) => e.kind === 'makeup-workday')
        .map((e) => e.date),
    ).toEqual(['2025-04-26']);
  });
});
