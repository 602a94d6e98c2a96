// Calendar throughput: lunar conversions, working-day arithmetic (run on the built package).
import {
  createWorkingCalendar,
  LUNAR_MAX_DAY,
  LUNAR_MIN_DAY,
  lunarToSolar,
  solarToLunar,
  toEpochDay,
} from '@tdkt/calendar';

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
  // Returned so that the engine cannot drop the calls as dead code.
  return sink;
}

const span = LUNAR_MAX_DAY - LUNAR_MIN_DAY + 1;
// Deterministic pseudo-random days (LCG), the same on every run.
let seed = 12345;
const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
const days = Array.from({ length: 4096 }, () => LUNAR_MIN_DAY + (next() % span));
const recentDays = Array.from({ length: 4096 }, () => toEpochDay({ year: 2015, month: 1, day: 1 }) + (next() % 5000));

let t0 = process.hrtime.bigint();
solarToLunar(toEpochDay({ year: 2024, month: 2, day: 10 }));
console.log(
  `${'first lunar conversion (cold: one year of tables)'.padEnd(52)} ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(2)} ms`,
);
t0 = process.hrtime.bigint();
for (let year = 1900; year <= 2100; year++) solarToLunar(toEpochDay({ year, month: 6, day: 1 }));
console.log(
  `${'building every month table 1900–2100'.padEnd(52)} ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(1)} ms`,
);

bench('solarToLunar (random days 1900–2100, warm)', 1_000_000, (i) => solarToLunar(days[i & 4095]).day);
const lunarDates = days.map((d) => solarToLunar(d));
bench('lunarToSolar (random dates 1900–2100, warm)', 1_000_000, (i) => lunarToSolar(lunarDates[i & 4095]));

const cal = createWorkingCalendar();
t0 = process.hrtime.bigint();
cal.isWorkingDay(toEpochDay({ year: 2024, month: 6, day: 3 }));
console.log(
  `${'first working-day query (cold: one year index)'.padEnd(52)} ${(Number(process.hrtime.bigint() - t0) / 1e6).toFixed(2)} ms`,
);
bench('addWorkingDays(d, n), n in 1..60, 2015–2028', 1_000_000, (i) =>
  cal.addWorkingDays(recentDays[i & 4095], (i % 60) + 1),
);
bench('addWorkingDays(d, -n), n in 1..60', 1_000_000, (i) => cal.addWorkingDays(recentDays[i & 4095], -((i % 60) + 1)));
bench('addWorkingDays(d, n), n in 1..1000 (crosses years)', 1_000_000, (i) =>
  cal.addWorkingDays(recentDays[i & 4095], (i % 1000) + 1),
);
bench('countWorkingDays(a, a + k), k in 0..400', 1_000_000, (i) =>
  cal.countWorkingDays(recentDays[i & 4095], recentDays[i & 4095] + (i % 400)),
);
bench('isWorkingDay', 2_000_000, (i) => cal.isWorkingDay(recentDays[i & 4095]));
bench('addCalendarDaysPeriod(event, n), n in 0..30', 1_000_000, (i) =>
  cal.addCalendarDaysPeriod(recentDays[i & 4095], i % 30),
);
