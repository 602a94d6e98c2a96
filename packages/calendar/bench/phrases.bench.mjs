// Time-phrase throughput: parse, resolve, and parse+resolve per second (run on the built package).
import { defaultWorkingCalendar, formatTimeExpr, parseTimePhrase, resolveTime, toEpochDay } from '@tdkt/calendar';

/** Runs `fn` `n` times after a warm-up and prints operations per second. */
function bench(label, n, fn) {
  for (let i = 0; i < Math.min(n, 10_000); i++) fn(i);
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  let sink = 0;
  for (let i = 0; i < n; i++) sink += fn(i) ? 1 : 0;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(
    `${label.padEnd(52)} ${Math.round(n / seconds)
      .toLocaleString('en-US')
      .padStart(12)} ops/s  (${n} in ${(seconds * 1000).toFixed(0)} ms)`,
  );
  return sink;
}

// The seeds' phrases and every form, with and without diacritics (deterministic).
const phrases = [
  '30/6',
  'ngày 20/5/2019',
  '03/02/2021',
  'từ 1/8/2020 đến 20/10/2020',
  '1/8/2020- 20-10-2020',
  '12-15/6',
  'từ ngày 12-15',
  'trước 30/6',
  'trước ngày 20/5/2019',
  'chậm nhất ngày 15/7',
  'hạn 30/6',
  'đến 30/6',
  'tháng 8/2020',
  '01/2021',
  'tháng 9',
  'Quý I',
  'quý III năm 2024',
  'đầu năm học',
  'cuối học kỳ I',
  'học kỳ II',
  'cả năm',
  'thường xuyên',
  'cuối tháng 10/2020',
  'dự kiến trong các ngày từ 12-15',
  'dự kiến tháng 9/2020',
  'chậm nhất 2 ngày sau hoi_nghi',
  'trong 5 ngày làm việc kể từ hoi_nghi',
  'chậm nhất sau khi hoi_nghi 2 ngày',
  'nhân dịp 20/11/2020',
  'trước Ngày Nhà giáo Việt Nam',
  'dịp Tết Nguyên đán',
  'truoc ngay 20-05-2019',
  'cham nhat sau khi hoi_nghi 2 ngay',
];
const context = {
  period: { kind: 'school-year', startYear: 2020 },
  beforeReading: 'strict',
  calendar: defaultWorkingCalendar(),
  events: { hoi_nghi: { date: toEpochDay({ year: 2020, month: 9, day: 25 }) } },
  enclosing: {
    start: toEpochDay({ year: 2021, month: 6, day: 1 }),
    end: toEpochDay({ year: 2021, month: 6, day: 30 }),
  },
};
const exprs = phrases.map((p) => parseTimePhrase(p).expr);
if (exprs.some((e) => e === undefined)) throw new Error('a benchmark phrase does not parse');
const m = phrases.length;

bench(`parseTimePhrase (${m} phrases, mixed forms)`, 300_000, (i) => parseTimePhrase(phrases[i % m]).expr);
bench('resolveTime (parsed, school year 2020-2021)', 1_000_000, (i) => resolveTime(exprs[i % m], context).resolution);
bench('parse + resolve', 300_000, (i) => {
  const { expr } = parseTimePhrase(phrases[i % m]);
  return expr && resolveTime(expr, context).resolution;
});
bench('formatTimeExpr', 1_000_000, (i) => formatTimeExpr(exprs[i % m]));
bench(
  'parseTimePhrase (a bad phrase: diagnostics)',
  300_000,
  (i) => parseTimePhrase(i & 1 ? 'Quý V' : 'truc 30/6').diagnostics.length,
);

// The wordings of issue 13 (deadline nouns, times of day, events written as titles, Tết, parts, repetition).
const wordings = [
  'hạn cuối 30/6',
  'không quá ngày 15/5',
  'đến hết ngày 30/6',
  '05.5.2021',
  'trước 17h ngày 1/12/2020',
  'chậm nhất 16 giờ 30 ngày 15/5/2021',
  'trong vòng 5 ngày làm việc kể từ ngày hội nghị cán bộ viên chức',
  'chậm nhất 2 ngày sau hội nghị CBVC',
  'sau Tết 2 tuần',
  'trước ngày khai giảng',
  'tuần cuối tháng 5',
  'nửa đầu tháng 9',
  '6 tháng đầu năm',
  'giữa học kỳ II',
  'từ tháng 01/2021 đến 30/6/2021',
  'trước ngày 25 hằng tháng',
  'hằng quý',
  'chậm nhất ngày 15/5',
];
const titled = {
  ...context,
  events: { ...context.events, hnc: { date: toEpochDay({ year: 2020, month: 10, day: 2 }) } },
  eventTitles: { hnc: 'Hội nghị cán bộ, viên chức' },
};
const newExprs = wordings.map((p) => parseTimePhrase(p).expr);
if (newExprs.some((e) => e === undefined)) throw new Error('a new wording does not parse');
const k = wordings.length;
bench(`parseTimePhrase (${k} wordings of issue 13)`, 200_000, (i) => parseTimePhrase(wordings[i % k]).expr);
bench('resolveTime (wordings of issue 13)', 300_000, (i) => resolveTime(newExprs[i % k], titled).resolution);
