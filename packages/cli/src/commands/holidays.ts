// `tdkt holidays YEAR [--json]`: the public holidays and make-up working days of a year.
import {
  defaultNationalDayNeighbour,
  fromEpochDay,
  HOLIDAY_MAX_YEAR,
  HOLIDAY_MIN_YEAR,
  type HolidayEntry,
  hasDecidedSchedule,
  holidayBreaks,
  holidaysOfYear,
  parseIsoDate,
  weekday,
} from '@tdkt/calendar';
import { type CliIo, ExitCode, type Lang } from '../io.js';
import { say } from '../messages/catalog.js';
import type { CommandInput } from '../spec.js';

const WEEKDAYS: Readonly<Record<Lang, readonly string[]>> = {
  vi: ['', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ nhật'],
  en: ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

/**
 * The weekday name of a day in a language.
 *
 * @example
 * weekdayName(toEpochDay({ year: 2024, month: 2, day: 10 }), 'vi') // => 'Thứ Bảy'
 */
export function weekdayName(epochDay: number, lang: Lang): string {
  return WEEKDAYS[lang][weekday(epochDay)]!;
}

/**
 * A date as the language writes it.
 *
 * @example
 * displayDate(toEpochDay({ year: 2024, month: 2, day: 10 }), 'vi') // => '10/02/2024' ('2024-02-10' in English)
 */
export function displayDate(epochDay: number, lang: Lang): string {
  const { year, month, day } = fromEpochDay(epochDay);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return lang === 'vi' ? `${pad(day)}/${pad(month)}/${year}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** The stable JSON row of docs/cli.md. */
function jsonRow(entry: HolidayEntry, lang: Lang): Record<string, string | null> {
  return { date: entry.date, name: entry.name[lang], kind: entry.kind, lunar: entry.lunar, source: entry.source };
}

function renderText(year: number, entries: readonly HolidayEntry[], lang: Lang): string {
  const decided = hasDecidedSchedule(year);
  const lines: string[] = [];
  lines.push(say(lang, 'holidays.title', { year }));
  lines.push(say(lang, decided ? 'holidays.decided' : 'holidays.by-rule'));
  if (!decided && year >= 2021) {
    const neighbour = fromEpochDay(defaultNationalDayNeighbour(year)).day;
    lines.push(say(lang, 'holidays.national-day-neighbour', { day: neighbour }));
  }
  lines.push('');
  const sources = [...new Set(entries.map((e) => e.source))];
  const header = say(lang, 'holidays.header').split('|');
  const rows = entries.map((e) => [
    displayDate(e.epochDay, lang),
    weekdayName(e.epochDay, lang),
    e.lunar ?? '',
    say(lang, e.kind === 'holiday' ? 'holidays.day-off' : 'holidays.make-up'),
    e.name[lang],
    e.source === 'rule' ? say(lang, 'holidays.rule') : `[${sources.indexOf(e.source) + 1}]`,
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const format = (cells: readonly string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  lines.push(format(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(format));
  lines.push('', say(lang, 'holidays.breaks'));
  for (const b of holidayBreaks(year)) {
    const start = displayDate(parseIsoDate(b.start)!, lang);
    const end = displayDate(parseIsoDate(b.end)!, lang);
    const span = b.start === b.end ? start : `${start} – ${end}`;
    lines.push(`  ${span}  ${say(lang, 'holidays.days', { days: b.days })}  ${b.name[lang]}`);
  }
  const cited = sources.filter((s) => s !== 'rule');
  if (cited.length > 0) {
    lines.push('', say(lang, 'holidays.sources'));
    for (const s of cited) lines.push(`  [${sources.indexOf(s) + 1}] ${s}`);
    const notes = entries.filter((e) => e.note !== undefined);
    if (notes.length > 0) {
      lines.push('', say(lang, 'holidays.notes'));
      for (const e of notes) lines.push(`  ${displayDate(e.epochDay, lang)}: ${e.note}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `tdkt holidays YEAR [--json]`.
 *
 * @example
 * await run({ command: 'holidays', positionals: ['2024'], options: { json: true }, lang: 'vi' }, io) // => 0
 */
export async function run(input: CommandInput, io: CliIo): Promise<ExitCode> {
  const text = input.positionals[0] ?? '';
  const year = /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (Number.isNaN(year)) {
    io.stderr(`tdkt: ${say(input.lang, 'holidays.bad-year', { text })}\n`);
    return ExitCode.BadInput;
  }
  if (year < HOLIDAY_MIN_YEAR || year > HOLIDAY_MAX_YEAR) {
    io.stderr(
      `tdkt: ${say(input.lang, 'holidays.year-out-of-range', { year, min: HOLIDAY_MIN_YEAR, max: HOLIDAY_MAX_YEAR })}\n`,
    );
    return ExitCode.BadInput;
  }
  const entries = holidaysOfYear(year);
  if (input.options['json'] === true) {
    io.stdout(
      `${JSON.stringify(
        entries.map((e) => jsonRow(e, input.lang)),
        null,
        2,
      )}\n`,
    );
  } else {
    io.stdout(renderText(year, entries, input.lang));
  }
  return ExitCode.Ok;
}
