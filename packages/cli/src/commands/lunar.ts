// `tdkt lunar YYYY-MM-DD` and `tdkt lunar --to-solar D/M/YYYY [--leap]`: Vietnamese lunar ↔ solar dates.
import {
  defaultWorkingCalendar,
  type EpochDay,
  formatIsoDate,
  isLunarSupported,
  type LunarDate,
  leapMonthOf,
  lunarMonthName,
  lunarToSolar,
  lunarYearName,
  parseIsoDate,
  solarToLunar,
} from '@tdkt/calendar';
import { type CliIo, ExitCode, type Lang } from '../io.js';
import { say } from '../messages/catalog.js';
import type { CommandInput } from '../spec.js';
import { displayDate, weekdayName } from './holidays.js';

type Parsed =
  | { readonly ok: true; readonly solar: EpochDay; readonly lunar: LunarDate }
  | { readonly ok: false; readonly message: string };

function fail(message: string): Parsed {
  return { ok: false, message };
}

function fromSolar(text: string, lang: Lang): Parsed {
  const day = parseIsoDate(text.trim());
  if (day === undefined) {
    return fail(say(lang, 'lunar.bad-solar', { text }));
  }
  if (!isLunarSupported(day)) return fail(say(lang, 'lunar.solar-out-of-range', { text }));
  return { ok: true, solar: day, lunar: solarToLunar(day) };
}

function fromLunar(text: string, leap: boolean, lang: Lang): Parsed {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) {
    return fail(say(lang, 'lunar.bad-lunar', { text }));
  }
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2100) return fail(say(lang, 'lunar.year-out-of-range', { year }));
  if (month < 1 || month > 12) return fail(say(lang, 'lunar.bad-month', { month }));
  if (leap && leapMonthOf(year) !== month) {
    return fail(say(lang, 'lunar.no-such-leap', { year, month, actual: leapMonthOf(year) ?? 0 }));
  }
  const lunar: LunarDate = { day, month, year, leap };
  const solar = lunarToSolar(lunar);
  if (solar === undefined) {
    return fail(say(lang, 'lunar.no-such-day', { day, month, year, leap }));
  }
  return { ok: true, solar, lunar };
}

function renderText(solar: EpochDay, lunar: LunarDate, lang: Lang): string {
  const holiday = defaultWorkingCalendar().holidayOn(solar);
  const month = `${lunarMonthName(lunar.month)}${lunar.leap ? ' nhuận' : ''}`;
  if (lang === 'vi') {
    const lines = [
      `Dương lịch: ${weekdayName(solar, lang)}, ${displayDate(solar, lang)}`,
      `Âm lịch:    ngày ${lunar.day} tháng ${month} năm ${lunarYearName(lunar.year)} (${lunar.day}/${lunar.month}${lunar.leap ? ' nhuận' : ''}/${lunar.year})`,
    ];
    if (holiday) lines.push(`${holiday.kind === 'holiday' ? 'Ngày nghỉ' : 'Ngày làm bù'}: ${holiday.name.vi}`);
    return `${lines.join('\n')}\n`;
  }
  const lines = [
    `Solar: ${weekdayName(solar, lang)} ${formatIsoDate(solar)}`,
    `Lunar: day ${lunar.day} of month ${lunar.month}${lunar.leap ? ' (leap)' : ''}, year ${lunar.year} (${lunarYearName(lunar.year)})`,
  ];
  if (holiday) lines.push(`${holiday.kind === 'holiday' ? 'Day off' : 'Make-up working day'}: ${holiday.name.en}`);
  return `${lines.join('\n')}\n`;
}

/**
 * Runs `tdkt lunar`.
 *
 * @example
 * await run({ command: 'lunar', positionals: ['2024-02-10'], options: { json: true }, lang: 'vi' }, io)
 * // prints {"solar":"2024-02-10","lunar":{"day":1,"month":1,"year":2024,"leap":false}}
 */
export async function run(input: CommandInput, io: CliIo): Promise<ExitCode> {
  const lang = input.lang;
  const toSolar = input.options['to-solar'];
  const leap = input.options['leap'] === true;
  const positional = input.positionals[0];
  let parsed: Parsed;
  if (typeof toSolar === 'string' && positional !== undefined) {
    parsed = fail(say(lang, 'lunar.both'));
  } else if (typeof toSolar === 'string') {
    parsed = fromLunar(toSolar, leap, lang);
  } else if (positional === undefined) {
    parsed = fail(say(lang, 'lunar.neither'));
  } else if (leap) {
    parsed = fail(say(lang, 'lunar.leap-alone'));
  } else {
    parsed = fromSolar(positional, lang);
  }
  if (!parsed.ok) {
    io.stderr(`tdkt: ${parsed.message} (${say(lang, 'usage.see', { where: 'tdkt lunar --help' })})\n`);
    return ExitCode.BadInput;
  }
  if (input.options['json'] === true) {
    const { day, month, year, leap: isLeap } = parsed.lunar;
    io.stdout(
      `${JSON.stringify({ solar: formatIsoDate(parsed.solar), lunar: { day, month, year, leap: isLeap } }, null, 2)}\n`,
    );
  } else {
    io.stdout(renderText(parsed.solar, parsed.lunar, lang));
  }
  return ExitCode.Ok;
}
