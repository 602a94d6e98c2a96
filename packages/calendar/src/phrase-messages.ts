// Messages (vi, en) for the time-phrase diagnostic codes, and rendering a diagnostic as text.
import type { Diagnostic, Lang, MessageCatalog, MessageTemplate } from './diagnostic.js';

type Data = Diagnostic['data'];
const s = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : v === undefined ? '' : String(v));
/** ` (found \`x\`)` after a message, in each language, when the data names what was found. */
const found = (d: Data, lang: Lang): string =>
  s(d['found']) === '' ? '' : { vi: ` (gặp \`${s(d['found'])}\`)`, en: ` (found \`${s(d['found'])}\`)` }[lang];
const date = (d: Data): string => `${s(d['day'])}/${s(d['month'])}${d['year'] === undefined ? '' : `/${s(d['year'])}`}`;
const suggestHelp = {
  vi: (d: Data) => (d['suggestion'] === undefined ? '' : `có phải ý bạn là \`${s(d['suggestion'])}\`?`),
  en: (d: Data) => (d['suggestion'] === undefined ? '' : `did you mean \`${s(d['suggestion'])}\`?`),
};
const m = (vi: MessageTemplate['vi'], en: MessageTemplate['en'], withSuggestion = false): MessageTemplate =>
  withSuggestion ? { vi, en, help: suggestHelp } : { vi, en };

/**
 * Every diagnostic code of time phrases and their resolution, in Vietnamese and English.
 *
 * @example
 * phraseMessages['time.invalid-date']?.en({ day: 31, month: 2 }) // => '31/2 is not a real date'
 */
export const phraseMessages: MessageCatalog = {
  'time.empty': m(
    () => 'cụm từ thời gian trống',
    () => 'the time phrase is empty',
  ),
  'time.expected-time': m(
    (d) => `cần một mốc thời gian (ngày, tháng, quý, học kỳ…)${found(d, 'vi')}`,
    (d) => `expected a time (date, month, quarter, semester…)${found(d, 'en')}`,
    true,
  ),
  'time.unexpected-end': m(
    () => 'cụm từ thời gian kết thúc giữa chừng',
    () => 'the time phrase ends too early',
  ),
  'time.unexpected-text': m(
    (d) => `không hiểu phần thừa \`${s(d['found'])}\``,
    (d) => `unexpected text \`${s(d['found'])}\``,
    true,
  ),
  'time.invalid-date': m(
    (d) => `${date(d)} không phải là một ngày có thật`,
    (d) => `${date(d)} is not a real date`,
  ),
  'time.invalid-day': m(
    (d) => `tháng ${s(d['month'])} không có ngày ${s(d['day'])}`.replace('tháng  ', 'tháng này '),
    (d) => `day ${s(d['day'])} does not exist in that month`,
  ),
  'time.invalid-month': m(
    (d) => `tháng ${s(d['month'])} không tồn tại (tháng từ 1 đến 12)`,
    (d) => `month ${s(d['month'])} does not exist (months are 1 to 12)`,
  ),
  'time.invalid-quarter': m(
    (d) => `quý ${s(d['quarter'])} không tồn tại (quý I đến IV)`,
    (d) => `quarter ${s(d['quarter'])} does not exist (I to IV)`,
  ),
  'time.invalid-semester': m(
    (d) => `học kỳ ${s(d['semester'])} không tồn tại (học kỳ I hoặc II)`,
    (d) => `semester ${s(d['semester'])} does not exist (I or II)`,
  ),
  'time.reversed-range': m(
    () => 'ngày kết thúc đứng trước ngày bắt đầu',
    () => 'the range ends before it starts',
  ),
  'time.bad-number': m(
    (d) => `\`${s(d['text'])}\` không phải là ngày, tháng (1–2 chữ số) hay năm (4 chữ số)`,
    (d) => `\`${s(d['text'])}\` is neither a day or month (1–2 digits) nor a year (4 digits)`,
  ),
  'time.bad-date-format': m(
    (d) => `không hiểu cách viết ngày \`${s(d['text'])}\` (viết như 30/6, 20/5/2019, 12-15/6, 1/8/2020-20/10/2020)`,
    (d) => `cannot read the date \`${s(d['text'])}\` (write 30/6, 20/5/2019, 12-15/6, 1/8/2020-20/10/2020)`,
  ),
  'time.year-digits': m(
    (d) => `năm \`${s(d['text'])}\` cần viết đủ 4 chữ số`,
    (d) => `write the year \`${s(d['text'])}\` with four digits`,
  ),
  'time.expected-date': m(
    () => 'cần một ngày cụ thể ở đây',
    () => 'expected a single date here',
  ),
  'time.occasion-date-mismatch': m(
    () => 'ngày viết kèm không khớp với ngày lễ đã nêu',
    () => 'the date written does not match the occasion named',
  ),
  'time.expected-occasion': m(
    () => 'cần tên một ngày lễ (Ngày Nhà giáo Việt Nam, Tết Nguyên đán…) hoặc một ngày',
    () => 'expected an occasion (Ngày Nhà giáo Việt Nam, Tết Nguyên đán…) or a date',
  ),
  'time.unsupported-part': m(
    () => 'chưa hỗ trợ mốc này (dùng đầu/giữa/cuối năm học, đầu/giữa/cuối học kỳ I/II, nửa đầu/cuối tháng hoặc năm)',
    () =>
      'this part is not supported (use start/middle/end of the school year or of semester I/II, first/second half of a month or year)',
  ),
  'time.expected-month-number': m(
    () => 'sau "tháng" cần số tháng (1–12)',
    () => 'expected a month number (1–12) after "month"',
  ),
  'time.expected-year': m(
    () => 'sau "năm" cần một năm 4 chữ số',
    () => 'expected a four-digit year after "year"',
  ),
  'time.bad-school-year': m(
    (d) => `năm học ${s(d['start'])}-${s(d['end'])} phải là hai năm liền nhau`,
    (d) => `school year ${s(d['start'])}-${s(d['end'])} must be two consecutive years`,
  ),
  'time.expected-range-end': m(
    () => 'thiếu ngày kết thúc: viết "từ … đến …"',
    () => 'the range has no end: write "from … to …"',
  ),
  'time.bad-range': m(
    () => 'hai đầu của khoảng thời gian không cùng kiểu (ngày với ngày)',
    () => 'the two ends of the range are not both dates or both days',
  ),
  'time.bad-duration': m(
    (d) => `thời hạn \`${s(d['amount'])}\` không hợp lệ (viết như 5 ngày, 5 ngày làm việc, 3 tuần, 2 tháng)`,
    (d) => `invalid duration \`${s(d['amount'])}\` (write 5 days, 5 working days, 3 weeks, 2 months)`,
  ),
  'time.unclosed-string': m(
    () => 'thiếu dấu ngoặc kép đóng',
    () => 'missing closing quote',
  ),
  'time.expected-event': m(
    (d) => `cần tên một sự kiện (định danh hoặc chuỗi trong ngoặc kép)${found(d, 'vi')}`,
    (d) => `expected an event name (identifier or quoted string)${found(d, 'en')}`,
  ),
  'time.expected-after': m(
    (d) => `sau thời hạn cần "sau" hoặc "trước" và một sự kiện${found(d, 'vi')}`,
    (d) => `expected "after" or "before" and an event after the duration${found(d, 'en')}`,
    true,
  ),
  'time.expected-since': m(
    (d) => `cần "kể từ" và một sự kiện${found(d, 'vi')}`,
    (d) => `expected "since" and an event${found(d, 'en')}`,
    true,
  ),
  'time.internal': m(
    (d) => `lỗi nội bộ khi đọc cụm từ thời gian: ${s(d['message'])}`,
    (d) => `internal error reading the time phrase: ${s(d['message'])}`,
  ),
  'time.outside-period': m(
    (d) => `mốc này nằm ngoài thời kỳ của kế hoạch${d['period'] === undefined ? '' : ` (${s(d['period'])})`}`,
    (d) => `this lies outside the plan's period${d['periodEn'] === undefined ? '' : ` (${s(d['periodEn'])})`}`,
  ),
  'time.needs-enclosing-month': m(
    () => 'không rõ tháng: cụm từ này cần nằm trong một tháng của kế hoạch (hoặc ghi rõ tháng)',
    () => 'no month: this phrase needs an enclosing month in the plan (or write the month)',
  ),
  'time.lunar-out-of-range': m(
    (d) => `âm lịch (ngày Tết) chỉ tính được cho các năm ${s(d['min'])}–${s(d['max'])}: thời kỳ này vượt ra ngoài`,
    (d) => `the lunar calendar (Tết) is computed for ${s(d['min'])}–${s(d['max'])} only: this period goes beyond it`,
  ),
  'time.no-lunar-calendar': m(
    () => 'cần lịch âm để tính ngày Tết',
    () => 'a lunar calendar is needed to find Tết',
  ),
  'time.unknown-event': m(
    (d) =>
      `chưa biết ngày của sự kiện \`${s(d['event'])}\` (khai báo sự kiện với ngày hoặc ngày dự kiến, gọi bằng mã hoặc tên đã viết)`,
    (d) =>
      `the date of event \`${s(d['event'])}\` is unknown (declare the event with a date or an expected date; name it by its id or written title)`,
    true,
  ),
  'time.ambiguous-event': m(
    (d) => `\`${s(d['event'])}\` khớp với nhiều sự kiện (${s(d['candidates'])}): viết đủ tên hoặc dùng mã`,
    (d) => `\`${s(d['event'])}\` matches several events (${s(d['candidates'])}): write the whole title or use the id`,
  ),
  'time.year-out-of-range': m(
    (d) => `năm ${s(d['year'])} nằm ngoài khoảng tdkt hỗ trợ (${s(d['min'])}–${s(d['max'])})`,
    (d) => `year ${s(d['year'])} is outside the years tdkt supports (${s(d['min'])}–${s(d['max'])})`,
  ),
  'time.invalid-time': m(
    (d) => `${s(d['hour'])} giờ ${s(d['minute']).padStart(2, '0')} không phải là giờ hợp lệ (giờ 0–24, phút 0–59)`,
    (d) => `${s(d['hour'])}:${s(d['minute']).padStart(2, '0')} is not a valid time of day (hours 0–24, minutes 0–59)`,
  ),
  'time.time-needs-date': m(
    () => 'giờ cần đi kèm một ngày, ví dụ `trước 17h ngày 1/12/2022`',
    () => 'a time of day needs a date, e.g. `trước 17h ngày 1/12/2022`',
  ),
  'time.invalid-week': m(
    (d) => `tuần \`${s(d['week'])}\` không hợp lệ (viết tuần đầu, tuần cuối, tuần thứ 1–5)`,
    (d) => `week \`${s(d['week'])}\` is not valid (write the first week, the last week, or week 1–5)`,
  ),
  'time.expected-half': m(
    (d) => `sau "nửa" cần "đầu", "cuối" hoặc "sau"${found(d, 'vi')}`,
    (d) => `expected "đầu" (first), "cuối" or "sau" (second) after "nửa" (half)${found(d, 'en')}`,
  ),
  'time.invalid-month-count': m(
    (d) => `\`${s(d['count'])} tháng\` đầu/cuối năm không hợp lệ (1 đến 12 tháng)`,
    (d) => `\`${s(d['count'])} months\` at the start/end of a year is not valid (1 to 12 months)`,
  ),
  'time.bad-repeat': m(
    () =>
      'chỉ lặp lại được một mốc hoặc hạn cố định (như `trước ngày 25 hằng tháng`), không lặp được thời hạn tính từ sự kiện hay mốc dự kiến',
    () =>
      'only a fixed time or deadline can repeat (like `trước ngày 25 hằng tháng`), not a period counted from an event or a tentative time',
  ),
  'time.repeat-fixed': m(
    (d) =>
      d['every'] === 'quarter'
        ? '`hằng quý` chỉ dùng một mình (mỗi quý của thời kỳ)'
        : 'mốc lặp hằng tháng không được ghi tháng cụ thể: viết như `ngày 25 hằng tháng`, `cuối tháng hằng tháng`, `tuần cuối tháng hằng tháng`',
    (d) =>
      d['every'] === 'quarter'
        ? '`hằng quý` (every quarter) stands alone (each quarter of the period)'
        : 'a monthly time must leave the month open: write `ngày 25 hằng tháng`, `cuối tháng hằng tháng`, `tuần cuối tháng hằng tháng`',
  ),
  'time.deadline-on-day-off': m(
    (d) =>
      `hạn chót ${s(d['day'])} là ${d['reason'] === 'tet' ? 'ngày trong kỳ nghỉ Tết Nguyên đán' : d['reason'] === 'holiday' ? `ngày nghỉ lễ (${s(d['holiday'])})` : 'ngày nghỉ cuối tuần'}; tdkt giữ nguyên ngày đã viết — ngày làm việc liền trước là ${s(d['previous'])}; nếu là thời hạn tính theo ngày thì theo Điều 148 Bộ luật Dân sự 2015 nó kết thúc vào ngày làm việc tiếp theo, ${s(d['next'])}`,
    (d) =>
      `the deadline ${s(d['dayEn'])} is ${d['reason'] === 'tet' ? 'inside the Tết break' : d['reason'] === 'holiday' ? `a public holiday (${s(d['holidayEn'])})` : 'a weekend day'}; tdkt keeps the day as written — the last working day before it is ${s(d['previousEn'])}; a period counted in days would end on the next working day, ${s(d['nextEn'])} (Civil Code 2015, Art. 148)`,
  ),
  'time.repeat-days-off': m(
    (d) => `các hạn lặp lại rơi vào ngày nghỉ: ${s(d['days'])} (tdkt giữ nguyên các ngày đã viết)`,
    (d) => `repeated deadlines that fall on days off: ${s(d['days'])} (tdkt keeps the days as written)`,
  ),
};

/**
 * A diagnostic's message in one language (with its "did you mean" help appended, if any).
 *
 * @example
 * renderCalendarDiagnostic({ code: 'time.invalid-quarter', severity: 'error', span: { start: 0, end: 5 }, data: { quarter: 5 } }, 'vi')
 * // => 'quý 5 không tồn tại (quý I đến IV)'
 */
export function renderCalendarDiagnostic(d: Diagnostic, lang: Lang): string {
  const template = phraseMessages[d.code];
  if (template === undefined) return d.code;
  const text = template[lang](d.data);
  const help = template.help?.[lang](d.data) ?? '';
  return help === '' ? text : `${text}; ${help}`;
}
