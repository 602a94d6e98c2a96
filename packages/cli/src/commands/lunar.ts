// `tdkt lunar YYYY-MM-DD` and `tdkt lunar --to-solar D/M/YYYY [--leap]`: Vietnamese lunar ↔ solar dates.
import {
  defaultWorkingCalendar,
  formatIsoDate,
  isLunarSupported,
  leapMonthOf,
  lunarMonthName,
  lunarToSolar,
  lunarYearName,
  parseIsoDate,
  solarToLunar,
  type EpochDay,
  type LunarDate,
} from '@tdkt/calendar';
import { ExitCode, type CliIo, type Lang } from '../io.js';
import type { CommandInput } from '../spec.js';
import { displayDate, weekdayName } from './holidays.js';

type Parsed = { readonly ok: true; readonly solar: EpochDay; readonly lunar: LunarDate } | { readonly ok: false; readonly message: string };

function fail(lang: Lang, vi: string, en: string): Parsed {
  return { ok: false, message: lang === 'vi' ? vi : en };
}

function fromSolar(text: string, lang: Lang): Parsed {
  const day = parseIsoDate(text.trim());
  if (day === undefined) {
    return fail(lang, `ngày dương lịch không hợp lệ: \`${text}\` (cần dạng YYYY-MM-DD, ví dụ 2024-02-10)`, `invalid solar date \`${text}\` (expected YYYY-MM-DD, e.g. 2024-02-10)`);
  }
  if (!isLunarSupported(day)) return fail(lang, `ngày ${text} nằm ngoài khoảng được hỗ trợ 1900–2100`, `${text} is outside the supported range 1900–2100`);
  return { ok: true, solar: day, lunar: solarToLunar(day) };
}

function fromLunar(text: string, leap: boolean, lang: Lang): Parsed {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) {
    return fail(lang, `ngày âm lịch không hợp lệ: \`${text}\` (cần dạng D/M/YYYY, ví dụ 10/3/2024)`, `invalid lunar date \`${text}\` (expected D/M/YYYY, e.g. 10/3/2024)`);
  }
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2100) return fail(lang, `năm âm lịch ${year} nằm ngoài khoảng được hỗ trợ 1900–2100`, `lunar year ${year} is outside the supported range 1900–2100`);
  if (month < 1 || month > 12) return fail(lang, `tháng âm lịch phải từ 1 đến 12, không phải ${month}`, `a lunar month is 1 to 12, not ${month}`);
  if (leap && leapMonthOf(year) !== month) {
    const actual = leapMonthOf(year);
    return fail(
      lang,
      `năm ${year} không có tháng ${month} nhuận (${actual === undefined ? 'năm này không có tháng nhuận' : `năm này nhuận tháng ${actual}`})`,
      `lunar year ${year} has no leap month ${month} (${actual === undefined ? 'it has no leap month' : `its leap month is ${actual}`})`,
    );
  }
  const lunar: LunarDate = { day, month, year, leap };
  const solar = lunarToSolar(lunar);
  if (solar === undefined) {
    const label = `${day}/${month}${leap ? ' nhuận' : ''}/${year}`;
    return fail(
      lang,
      `ngày ${label} âm lịch không tồn tại (tháng ${month}${leap ? ' nhuận' : ''} năm ${year} không có ngày ${day})`,
      `lunar date ${label} does not exist (month ${month}${leap ? ' (leap)' : ''} of ${year} has no day ${day})`,
    );
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
  const vi = lang === 'vi';
  const toSolar = input.options['to-solar'];
  const leap = input.options['leap'] === true;
  const positional = input.positionals[0];
  let parsed: Parsed;
  if (typeof toSolar === 'string' && positional !== undefined) {
    parsed = fail(lang, 'chỉ dùng một trong hai: một ngày dương lịch, hoặc --to-solar D/M/YYYY', 'give either a solar date or --to-solar D/M/YYYY, not both');
  } else if (typeof toSolar === 'string') {
    parsed = fromLunar(toSolar, leap, lang);
  } else if (positional === undefined) {
    parsed = fail(lang, 'cần một ngày dương lịch YYYY-MM-DD, hoặc --to-solar D/M/YYYY', 'expected a solar date YYYY-MM-DD, or --to-solar D/M/YYYY');
  } else if (leap) {
    parsed = fail(lang, '--leap chỉ dùng cùng --to-solar', '--leap only goes with --to-solar');
  } else {
    parsed = fromSolar(positional, lang);
  }
  if (!parsed.ok) {
    io.stderr(`tdkt: ${parsed.message} (${vi ? 'xem' : 'see'} \`tdkt lunar --help\`)\n`);
    return ExitCode.BadInput;
  }
  if (input.options['json'] === true) {
    const { day, month, year, leap: isLeap } = parsed.lunar;
    io.stdout(`${JSON.stringify({ solar: formatIsoDate(parsed.solar), lunar: { day, month, year, leap: isLeap } }, null, 2)}\n`);
  } else {
    io.stdout(renderText(parsed.solar, parsed.lunar, lang));
  }
  return ExitCode.Ok;
}
