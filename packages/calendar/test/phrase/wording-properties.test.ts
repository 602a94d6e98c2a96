// Properties of the wordings of issue 13: spelling never changes meaning, windows nest and order, limits hold.
import {
  checkPeriodYears,
  defaultWorkingCalendar,
  foldDiacritics,
  type Period,
  parseTimePhrase,
  periodWindow,
  type Resolution,
  type ResolveContext,
  resolveTime,
  startOfDayMs,
  tetDay,
  toEpochDay,
} from '@tdkt/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const calendar = defaultWorkingCalendar();
const ctx = (period: Period, extra: Partial<ResolveContext> = {}): ResolveContext => ({
  period,
  beforeReading: 'strict',
  calendar,
  lunar: { tetDay },
  ...extra,
});
const sy = (startYear: number): Period => ({ kind: 'school-year', startYear });

/** Parses and resolves; undefined with the first error code when there is an error. */
function read(text: string, c: ResolveContext): { r?: Resolution; error?: string } {
  const { expr, diagnostics } = parseTimePhrase(text);
  const parseError = diagnostics.find((d) => d.severity === 'error');
  if (expr === undefined || parseError !== undefined) return { error: parseError?.code ?? 'none' };
  const { resolution, diagnostics: more } = resolveTime(expr, c);
  const error = more.find((d) => d.severity === 'error');
  return error === undefined && resolution !== undefined ? { r: resolution } : { error: error?.code ?? 'none' };
}

const meaning = (x: { r?: Resolution; error?: string }): unknown =>
  x.r === undefined
    ? x.error
    : {
        kind: x.r.kind,
        window: x.r.window,
        lastDay: x.r.lastDay,
        deadline: x.r.deadline,
        soft: x.r.soft,
        occurrences: x.r.occurrences?.length,
      };

/** New wordings of every family (event names bound through the context below). */
const wordings = [
  'hạn cuối 30/6',
  'không quá ngày 15/5',
  'đến hết ngày 30/6',
  'hết tháng 10/2020',
  '05.5.2021',
  'trước 17h ngày 1/12/2020',
  'chậm nhất 16 giờ 30 ngày 15/5/2021',
  'trong vòng 5 ngày làm việc kể từ ngày hội nghị cán bộ viên chức',
  'chậm nhất 2 ngày sau hội nghị CBVC',
  'sau 30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ',
  'trước Tết',
  'sau Tết Nguyên đán 2 tuần',
  'trước ngày khai giảng',
  'dịp 20/11',
  'tuần cuối tháng 5',
  'tuần thứ hai tháng 10',
  'nửa đầu tháng 9',
  '6 tháng cuối năm 2020',
  'giữa học kỳ II',
  'từ tháng 01/2021 đến 30/6/2021',
  'từ ngày 15/8 đến hết tháng 9',
  'hằng quý',
  'trước ngày 25 hằng tháng',
  'hằng tháng, trước ngày 20',
  '15/12 hằng năm',
  'trước hội nghị CBVC 5 ngày',
];
const eventCtx = ctx(sy(2020), {
  events: {
    hnc: { date: toEpochDay({ year: 2020, month: 9, day: 25 }) },
    hs: { date: toEpochDay({ year: 2020, month: 10, day: 5 }) },
  },
  eventTitles: { hnc: 'Hội nghị cán bộ, viên chức', hs: 'ngày nhận đủ hồ sơ hợp lệ' },
});

describe('spelling never changes meaning', () => {
  it('every new wording reads without error in its context', () => {
    for (const w of wordings) expect(read(w, eventCtx).error, w).toBeUndefined();
  });

  it('NFD, upper case, no diacritics and extra spaces give the same reading', () => {
    const spell = fc.constantFrom<(s: string) => string>(
      (s) => s.normalize('NFD'),
      (s) => s.toUpperCase(),
      (s) => foldDiacritics(s),
      (s) => foldDiacritics(s).toUpperCase(),
      (s) => s.normalize('NFD').toUpperCase(),
    );
    const spaces = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 20, maxLength: 20 });
    fc.assert(
      fc.property(fc.constantFrom(...wordings), spell, spaces, fc.boolean(), (w, f, widths, pad) => {
        let k = 0;
        const spaced = w.replace(/ /gu, () => ' '.repeat(widths[k++ % widths.length] as number));
        const variant = f(pad ? `  ${spaced}\t` : spaced);
        expect(meaning(read(variant, eventCtx)), JSON.stringify(variant)).toEqual(meaning(read(w, eventCtx)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('windows nest and order', () => {
  const monthYear = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1950, max: 2150 }));
  it('week ⊂ half ⊂ month; the first week and half come before the last ones', () => {
    fc.assert(
      fc.property(monthYear, ([m, y]) => {
        const c = ctx({ kind: 'year', year: y });
        const w = (p: string) => read(`${p} tháng ${m}/${y}`, c).r?.window as { start: number; end: number };
        const [month, h1, h2, w1, wl] = [
          read(`tháng ${m}/${y}`, c).r?.window as { start: number; end: number },
          w('nửa đầu'),
          w('nửa cuối'),
          w('tuần đầu'),
          w('tuần cuối'),
        ];
        expect(month.start === h1.start && h1.end + 1 === h2.start && h2.end === month.end).toBe(true);
        expect(w1.start === h1.start && w1.end < h1.end && wl.end === h2.end && wl.start > h2.start).toBe(true);
        for (let n = 1; n <= 3; n++) expect(w(`tuần thứ ${n + 1}`).start).toBe(w(`tuần thứ ${n}`).end + 1);
        // A fifth week exists only in months of 29 days or more.
        const fifth = read(`tuần thứ 5 tháng ${m}/${y}`, c);
        expect(fifth.r === undefined).toBe(month.end - month.start + 1 < 29);
      }),
      { numRuns: 120 },
    );
  });

  it('the parts of each semester lie inside it in order; semester I ends the day before semester II starts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1950, max: 2150 }), (y) => {
        const c = ctx(sy(y));
        const w = (p: string) => read(p, c).r?.window as { start: number; end: number };
        for (const n of ['I', 'II']) {
          const s = w(`học kỳ ${n}`);
          const [a, b, e] = [w(`đầu học kỳ ${n}`), w(`giữa học kỳ ${n}`), w(`cuối học kỳ ${n}`)];
          expect(
            a.start === s.start &&
              e.end === s.end &&
              a.start <= b.start &&
              b.end <= e.end &&
              b.start >= s.start &&
              b.end <= s.end,
          ).toBe(true);
        }
        expect(w('học kỳ II').start).toBe(w('học kỳ I').end + 1);
        const calendarYear = ctx({ kind: 'year', year: y });
        expect(read('6 tháng cuối năm', calendarYear).r?.window?.start).toBe(
          (read('6 tháng đầu năm', calendarYear).r?.window?.end as number) + 1,
        );
      }),
      { numRuns: 100 },
    );
  });

  it('periods counted from an event grow with N; working days end no earlier than calendar days (BLDS Đ.147–148)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: 60 }), (offset, n) => {
        const event = periodWindow(sy(2021)).start + offset;
        const c = ctx(sy(2021), {
          events: { hnc: { date: event } },
          eventTitles: { hnc: 'hội nghị cán bộ viên chức' },
        });
        const last = (p: string) => read(p, c).r?.lastDay as number;
        const days = last(`trong ${n} ngày kể từ hội nghị CBVC`);
        expect(days).toBeGreaterThanOrEqual(event + n);
        expect(calendar.isWorkingDay(days)).toBe(true);
        expect(last(`trong ${n + 1} ngày kể từ hội nghị CBVC`)).toBeGreaterThanOrEqual(days);
        expect(last(`trong ${n} ngày làm việc kể từ ngày hội nghị cán bộ, viên chức`)).toBeGreaterThanOrEqual(days);
      }),
      { numRuns: 200 },
    );
  });

  it('a time of day is that instant on the day written; "trước" is the millisecond before it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 1, max: 12 }),
        (h, m, d, mo) => {
          const c = ctx({ kind: 'year', year: 2024 });
          const day = toEpochDay({ year: 2024, month: mo, day: d });
          const at = startOfDayMs(day) + h * 3_600_000 + m * 60_000;
          const inclusive = read(`chậm nhất ${h} giờ ${m} ngày ${d}/${mo}/2024`, c).r;
          const strict = read(`trước ${h}h${String(m).padStart(2, '0')} ngày ${d}/${mo}/2024`, c).r;
          expect(inclusive?.deadline).toBe(at);
          expect(strict?.deadline).toBe(at - 1);
          expect(inclusive?.lastDay).toBe(day);
          expect(strict?.lastDay).toBe(day);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('repetitions yield ordered occurrences inside the period', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1950, max: 2150 }),
        fc.constantFrom(
          'hằng tháng',
          'hằng quý',
          'trước ngày 25 hằng tháng',
          'tuần cuối tháng hằng tháng',
          'ngày 1 hằng tháng',
        ),
        (y, p) => {
          const period = sy(y);
          const w = periodWindow(period);
          const occ = read(p, ctx(period)).r?.occurrences ?? [];
          expect(occ.length).toBeGreaterThan(0);
          for (let i = 0; i < occ.length; i++) {
            const o = occ[i]!;
            expect(o.lastDay >= w.start && o.lastDay <= w.end).toBe(true);
            if (i > 0) expect(o.lastDay).toBeGreaterThan(occ[i - 1]!.lastDay);
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('every year 1900–2199', () => {
  it('reads each new wording without an internal error (Tết beyond the lunar calendar’s 1900–2100 is time.lunar-out-of-range)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 2198 }),
        fc.boolean(),
        fc.constantFrom(...wordings, 'dịp Tết', 'sau Tết', 'học kỳ I'),
        (y, school, w) => {
          const c = { ...eventCtx, period: school ? sy(y) : ({ kind: 'year', year: y } as const) };
          const { error } = read(w, c);
          expect(error, `${w} in ${y}`).not.toBe('time.internal');
          if (w.includes('Tết') && y + (school ? 1 : 0) > 2100) expect(error).toBe('time.lunar-out-of-range');
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('years outside 1900–2199 are refused, never a crash or a silent reading', () => {
  const huge = fc.oneof(
    fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
    fc.integer({ min: -99_999, max: 99_999 }).map(String),
    fc.constantFrom('10000000000000000', '-1', '0', '1899', '2200', '9999', '1e16', '1800'),
  );
  it('in phrases', () => {
    fc.assert(
      fc.property(
        huge,
        fc.constantFrom(
          'năm X',
          'tháng 9/X',
          'trước 30/6/X',
          'học kỳ I năm học X-X',
          'năm học X-2021',
          '6 tháng đầu năm X',
        ),
        (n, form) => {
          const text = form.replace(/X/gu, n);
          const { error } = read(text, ctx(sy(2020)));
          const year = Number(n);
          if (!(Number.isInteger(year) && year >= 1900 && year <= 2199 && /^\d{4}$/u.test(n)))
            expect(error, text).toBeDefined();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('in a period: checkPeriodYears and resolveTime report time.year-out-of-range', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer(),
          fc.double({ noNaN: false }),
          fc.constantFrom(1e16, -1e16, 1899, 2200, Number.NaN, Number.POSITIVE_INFINITY),
        ),
        (y) => {
          const inRange = Number.isSafeInteger(y) && y >= 1900 && y <= 2199;
          const problems = checkPeriodYears({ kind: 'year', startYear: y }, { start: 0, end: 1 });
          expect(problems.length === 0).toBe(inRange);
          if (!inRange) {
            expect(problems[0]?.code).toBe('time.year-out-of-range');
            const { expr } = parseTimePhrase('trước 30/6');
            const r = resolveTime(expr!, ctx({ kind: 'year', year: y }));
            expect(r.resolution).toBeUndefined();
            expect(r.diagnostics.map((d) => d.code)).toEqual(['time.year-out-of-range']);
          }
        },
      ),
      { numRuns: 300 },
    );
    expect(
      checkPeriodYears({ kind: 'school-year', startYear: 2020, endYear: 2099 }, { start: 0, end: 1 })[0]?.code,
    ).toBe('time.bad-school-year');
  });
});
