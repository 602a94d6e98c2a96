import {
  type Diagnostic,
  daysInMonth,
  defaultWorkingCalendar,
  formatTimeExpr,
  type Period,
  parseTimePhrase,
  periodWindow,
  type ResolveContext,
  resolveTime,
} from '@tdkt/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validPhrases } from './helpers.js';

const calendar = defaultWorkingCalendar();
const periodArb: fc.Arbitrary<Period> = fc.oneof(
  fc.integer({ min: 1950, max: 2090 }).map((startYear) => ({ kind: 'school-year' as const, startYear })),
  fc.integer({ min: 1950, max: 2090 }).map((year) => ({ kind: 'year' as const, year })),
);
/** Day and month of a date that exists every year (no 29/2). */
const dayMonthArb = fc
  .integer({ min: 1, max: 12 })
  .chain((month) =>
    fc.tuple(fc.integer({ min: 1, max: month === 2 ? 28 : daysInMonth(2001, month) }), fc.constant(month)),
  );

const ctx = (period: Period, beforeReading: 'strict' | 'lenient' = 'strict'): ResolveContext => ({
  period,
  beforeReading,
  calendar,
  events: { e: { date: periodWindow(period).start + 40 } },
  enclosing: { start: periodWindow(period).start, end: periodWindow(period).start + 30 },
});

function resolveIn(text: string, c: ResolveContext) {
  const { expr, diagnostics } = parseTimePhrase(text);
  expect(diagnostics).toEqual([]);
  const r = resolveTime(expr!, c);
  // Warnings (a deadline on a day off) are expected; errors are not.
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return r.resolution!;
}

describe('properties', () => {
  it('a date without a year always falls inside the period', () => {
    fc.assert(
      fc.property(periodArb, dayMonthArb, (period, [day, month]) => {
        const w = periodWindow(period);
        const r = resolveIn(`${day}/${month}`, ctx(period));
        expect(r.lastDay).toBeGreaterThanOrEqual(w.start);
        expect(r.lastDay).toBeLessThanOrEqual(w.end);
        const m = resolveIn(`tháng ${month}`, ctx(period)).window!;
        expect(m.start >= w.start && m.end <= w.end).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a strict deadline is always one day before the inclusive one', () => {
    const target = fc.oneof(
      dayMonthArb.map(([d, m]) => `${d}/${m}`),
      fc.integer({ min: 1, max: 12 }).map((m) => `tháng ${m}`),
      fc.constantFrom('Ngày Nhà giáo Việt Nam', 'ngày 20/11', '20/10', 'quý II'),
    );
    fc.assert(
      fc.property(periodArb, target, fc.constantFrom('chậm nhất', 'hạn', 'đến'), (period, t, inclusive) => {
        const strict = resolveIn(`trước ${t}`, ctx(period));
        const lenient = resolveIn(`trước ${t}`, ctx(period, 'lenient'));
        const incl = resolveIn(`${inclusive} ${t}`, ctx(period));
        expect(lenient.lastDay - strict.lastDay).toBe(1);
        if (!t.startsWith('tháng') && !t.startsWith('quý')) expect(incl.lastDay - strict.lastDay).toBe(1);
        expect(strict.deadline + 86_400_000).toBe(lenient.deadline);
      }),
      { numRuns: 200 },
    );
  });
});

describe('fuzzing: phrases never throw and spans stay inside the text', () => {
  function check(text: string): void {
    const inside = (d: Diagnostic): boolean =>
      d.span.start >= 0 && d.span.end <= text.length && d.span.start <= d.span.end;
    const parsed = parseTimePhrase(text);
    for (const d of parsed.diagnostics)
      expect(inside(d), `${JSON.stringify(text)} ${d.code} ${JSON.stringify(d.span)}`).toBe(true);
    expect(parsed.diagnostics.some((d) => d.code === 'time.internal')).toBe(false);
    if (parsed.expr !== undefined) {
      for (const period of [{ kind: 'school-year', startYear: 2020 } as const, { kind: 'year', year: 2024 } as const]) {
        const r = resolveTime(parsed.expr, ctx(period));
        for (const d of r.diagnostics) expect(inside(d), `${JSON.stringify(text)} ${d.code}`).toBe(true);
        expect(
          r.diagnostics.some((d) => d.code === 'time.internal'),
          JSON.stringify(text),
        ).toBe(false);
      }
    }
  }

  const alphabet = [...'0123456789/-. –"“”()trướcngàyđếnquýhọckỳIVXsau_tháng năm dự kiếnchậm nhất\u0301\u0323'];
  const tokens = [
    'trước',
    'ngày',
    '12',
    '2020',
    '/',
    '-',
    '.',
    'từ',
    'đến',
    'quý',
    'V',
    'III',
    'tháng',
    'năm',
    'học kỳ',
    'dự kiến',
    'trong',
    'các',
    'sau',
    'khi',
    '2 ngày',
    'e',
    '"x',
    'nhân dịp',
    'Tết',
    'cuối',
    'đầu',
    'giữa',
    'chậm nhất',
    'làm việc',
    'kể từ',
    '0',
    '99999',
    '31',
    '29/2',
    ' ',
  ];

  it('random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), check), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 30 }), check), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), check), { numRuns: 200 });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 30 }), check), { numRuns: 300 });
  });

  it('random token soups', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...tokens), { maxLength: 12 }).map((t) => t.join(' ')),
        check,
      ),
      { numRuns: 400 },
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...tokens), { maxLength: 12 }).map((t) => t.join('')),
        check,
      ),
      { numRuns: 200 },
    );
  });

  it('mutated valid phrases, and their NFD forms', () => {
    const mutated = fc
      .tuple(
        fc.constantFrom(...validPhrases),
        fc.nat(),
        fc.constantFrom(...alphabet),
        fc.constantFrom('insert', 'delete', 'replace'),
      )
      .map(([p, at, ch, op]) => {
        const i = at % (p.length + 1);
        return op === 'insert'
          ? p.slice(0, i) + ch + p.slice(i)
          : op === 'delete'
            ? p.slice(0, i) + p.slice(i + 1)
            : p.slice(0, i) + ch + p.slice(i + 1);
      });
    fc.assert(
      fc.property(mutated, (text) => (check(text), check(text.normalize('NFD')))),
      { numRuns: 400 },
    );
  });

  it('every valid phrase in NFD, upper case and without diacritics', () => {
    for (const p of validPhrases) {
      for (const v of [p.normalize('NFD'), p.toUpperCase(), p.normalize('NFD').replace(/\p{M}/gu, '')]) {
        check(v);
        expect(parseTimePhrase(v).diagnostics, v).toEqual([]);
      }
    }
  });
});

describe('generated valid phrases', () => {
  const date = dayMonthArb.chain(([d, m]) =>
    fc.constantFrom(
      `${d}/${m}`,
      `${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}`,
      `${d}.${m}.2021`,
      `${d}/${m}/2020`,
    ),
  );
  const anchor = fc.oneof(
    date,
    fc.integer({ min: 1, max: 12 }).map((m) => `tháng ${m}`),
    fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1990, max: 2060 })).map(([m, y]) => `${m}/${y}`),
    fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 })).map(([a, b]) => `tháng ${a}-${b}`),
    fc
      .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }))
      .map(([a, b]) => `từ tháng ${a}/2020 đến tháng ${b}/2021`),
    fc.constantFrom(
      'Quý I',
      'quý II năm 2021',
      'học kỳ I',
      'cuối học kỳ II',
      'đầu năm học',
      'cả năm',
      'cuối tháng 9',
      'nhân dịp 20/11',
      'dịp Tết',
    ),
    fc
      .tuple(fc.integer({ min: 1, max: 14 }), fc.integer({ min: 15, max: 28 }), fc.integer({ min: 1, max: 12 }))
      .map(([a, b, m]) => `${a}-${b}/${m}`),
  );
  const phrase = fc.oneof(
    anchor,
    fc.tuple(fc.constantFrom('trước', 'chậm nhất', 'hạn', 'đến', 'dự kiến'), anchor).map(([k, a]) => `${k} ${a}`),
    fc.tuple(fc.constantFrom('trước ngày', 'chậm nhất ngày', 'ngày'), date).map(([k, a]) => `${k} ${a}`),
    fc
      .tuple(
        fc.integer({ min: 1, max: 30 }),
        fc.constantFrom('ngày', 'ngày làm việc', 'tuần', 'tháng'),
        fc.constantFrom('sau', 'trước'),
      )
      .map(([n, u, d]) => `${n} ${u} ${d} e`),
  );
  const spelled = fc
    .tuple(phrase, fc.constantFrom('as is', 'ascii', 'upper'))
    .map(([p, how]) =>
      how === 'ascii'
        ? p.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd')
        : how === 'upper'
          ? p.toUpperCase()
          : p,
    );

  it('parse, resolve and format them; the canonical form parses to the same tree', () => {
    const strip = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(strip)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .filter(([k]) => k !== 'span')
                .map(([k, x]) => [k, strip(x)]),
            )
          : v;
    fc.assert(
      fc.property(spelled, periodArb, (text, period) => {
        const { expr, diagnostics } = parseTimePhrase(text);
        expect(diagnostics, text).toEqual([]);
        const again = parseTimePhrase(formatTimeExpr(expr!));
        expect(strip(again.expr), text).toEqual(strip(expr));
        const r = resolveTime(expr!, ctx(period));
        expect(r.diagnostics.filter((d) => d.code === 'time.internal')).toEqual([]);
        if (r.resolution)
          expect(r.resolution.deadline).toBe(r.resolution.lastDay * 86_400_000 - 7 * 3_600_000 + 86_400_000 - 1);
      }),
      { numRuns: 300 },
    );
  });
});
