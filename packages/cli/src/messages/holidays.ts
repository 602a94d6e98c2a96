// The words of `tdkt holidays` and `tdkt lunar` (vi, en), keyed by id.
import { fixed, message } from '@tdkt/calendar/text';

type Text = { text: string };
type Range = { min: number; max: number };

export const holidayMessages = {
  'holidays.title': message<{ year: number }>(
    (d) => `Ngày nghỉ lễ, Tết năm ${d.year} (cán bộ, công chức, viên chức)`,
    (d) => `Public holidays ${d.year} (civil servants)`,
  ),
  'holidays.decided': fixed(
    'Theo lịch nghỉ Chính phủ đã quyết định cho năm này (nguồn ở cuối bảng).',
    'From the schedule the government decided for this year (sources below).',
  ),
  'holidays.by-rule': fixed(
    'Chưa có quyết định của Chính phủ cho năm này: tính theo quy định của Bộ luật Lao động (Điều 112), có thể khác lịch nghỉ thực tế.',
    'No government decision recorded for this year: computed by the Labour Code rule (Article 112); the real schedule may differ.',
  ),
  'holidays.national-day-neighbour': message<{ day: number }>(
    (d) => `Ngày nghỉ liền kề Quốc khánh lấy mặc định là ${d.day}/9 (Thủ tướng quyết định 1/9 hoặc 3/9 mỗi năm).`,
    (d) => `The day next to National Day defaults to ${d.day}/9 (the Prime Minister picks 1/9 or 3/9 each year).`,
  ),
  'holidays.header': fixed('Ngày|Thứ|Âm lịch|Loại|Tên|Nguồn', 'Date|Day|Lunar|Kind|Name|Source'),
  'holidays.day-off': fixed('nghỉ', 'day off'),
  'holidays.make-up': fixed('làm bù', 'make-up workday'),
  'holidays.rule': fixed('quy định', 'rule'),
  'holidays.breaks': fixed('Các đợt nghỉ (tính cả thứ Bảy, Chủ nhật liền kề):', 'Breaks (with adjacent weekends):'),
  'holidays.days': message<{ days: number }>(
    (d) => `${d.days} ngày`,
    (d) => `${d.days} ${d.days === 1 ? 'day' : 'days'}`,
  ),
  'holidays.sources': fixed('Nguồn:', 'Sources:'),
  'holidays.notes': fixed('Ghi chú:', 'Notes (in Vietnamese):'),
  'holidays.bad-year': message<Text>(
    (d) => `năm không hợp lệ: \`${d.text}\` (cần 4 chữ số, ví dụ 2024)`,
    (d) => `invalid year \`${d.text}\` (expected 4 digits, e.g. 2024)`,
  ),
  'holidays.year-out-of-range': message<Range & { year: number }>(
    (d) => `năm ${d.year} nằm ngoài khoảng được hỗ trợ ${d.min}–${d.max}`,
    (d) => `year ${d.year} is outside the supported range ${d.min}–${d.max}`,
  ),
  'lunar.bad-solar': message<Text>(
    (d) => `ngày dương lịch không hợp lệ: \`${d.text}\` (cần dạng YYYY-MM-DD, ví dụ 2024-02-10)`,
    (d) => `invalid solar date \`${d.text}\` (expected YYYY-MM-DD, e.g. 2024-02-10)`,
  ),
  'lunar.solar-out-of-range': message<Text>(
    (d) => `ngày ${d.text} nằm ngoài khoảng được hỗ trợ 1900–2100`,
    (d) => `${d.text} is outside the supported range 1900–2100`,
  ),
  'lunar.bad-lunar': message<Text>(
    (d) => `ngày âm lịch không hợp lệ: \`${d.text}\` (cần dạng D/M/YYYY, ví dụ 10/3/2024)`,
    (d) => `invalid lunar date \`${d.text}\` (expected D/M/YYYY, e.g. 10/3/2024)`,
  ),
  'lunar.year-out-of-range': message<{ year: number }>(
    (d) => `năm âm lịch ${d.year} nằm ngoài khoảng được hỗ trợ 1900–2100`,
    (d) => `lunar year ${d.year} is outside the supported range 1900–2100`,
  ),
  'lunar.bad-month': message<{ month: number }>(
    (d) => `tháng âm lịch phải từ 1 đến 12, không phải ${d.month}`,
    (d) => `a lunar month is 1 to 12, not ${d.month}`,
  ),
  'lunar.no-such-leap': message<{ year: number; month: number; actual: number }>(
    (d) =>
      `năm ${d.year} không có tháng ${d.month} nhuận (${d.actual === 0 ? 'năm này không có tháng nhuận' : `năm này nhuận tháng ${d.actual}`})`,
    (d) =>
      `lunar year ${d.year} has no leap month ${d.month} (${d.actual === 0 ? 'it has no leap month' : `its leap month is ${d.actual}`})`,
  ),
  'lunar.no-such-day': message<{ day: number; month: number; year: number; leap: boolean }>(
    (d) =>
      `ngày ${d.day}/${d.month}${d.leap ? ' nhuận' : ''}/${d.year} âm lịch không tồn tại (tháng ${d.month}${d.leap ? ' nhuận' : ''} năm ${d.year} không có ngày ${d.day})`,
    (d) =>
      `lunar date ${d.day}/${d.month}${d.leap ? ' nhuận' : ''}/${d.year} does not exist (month ${d.month}${d.leap ? ' (leap)' : ''} of ${d.year} has no day ${d.day})`,
  ),
  'lunar.both': fixed(
    'chỉ dùng một trong hai: một ngày dương lịch, hoặc --to-solar D/M/YYYY',
    'give either a solar date or --to-solar D/M/YYYY, not both',
  ),
  'lunar.neither': fixed(
    'cần một ngày dương lịch YYYY-MM-DD, hoặc --to-solar D/M/YYYY',
    'expected a solar date YYYY-MM-DD, or --to-solar D/M/YYYY',
  ),
  'lunar.leap-alone': fixed('--leap chỉ dùng cùng --to-solar', '--leap only goes with --to-solar'),
} as const;
