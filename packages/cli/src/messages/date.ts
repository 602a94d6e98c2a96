// The words of `tdkt date` and of the period options (vi, en), keyed by id.
import { fixed, message } from '@tdkt/calendar/text';

type Value = { value: string };

export const dateMessages = {
  'period.both': fixed('chỉ dùng một trong --school-year và --year', 'use either --school-year or --year, not both'),
  'period.bad-school-year': message<Value>(
    (d) => `năm học \`${d.value}\` không hợp lệ (viết như 2020-2021)`,
    (d) => `invalid school year \`${d.value}\` (write it like 2020-2021)`,
  ),
  'period.bad-year': message<Value>(
    (d) => `năm \`${d.value}\` không hợp lệ (viết như 2024)`,
    (d) => `invalid year \`${d.value}\` (write it like 2024)`,
  ),
  'date.bad-event': message<Value>(
    (d) => `--event \`${d.value}\` không hợp lệ (viết TÊN=YYYY-MM-DD hoặc TÊN=YYYY-MM-DD..YYYY-MM-DD)`,
    (d) => `invalid --event \`${d.value}\` (write NAME=YYYY-MM-DD or NAME=YYYY-MM-DD..YYYY-MM-DD)`,
  ),
  'date.bad-within': message<Value & { why: string }>(
    (d) => `--within \`${d.value}\` không phải là một khoảng thời gian${d.why}`,
    (d) => `--within \`${d.value}\` is not a window${d.why}`,
  ),
  'date.bound.id': fixed('theo mã', 'by id'),
  'date.bound.title': fixed('theo tên đã viết', 'by its written title'),
  'date.bound.title-prefix': fixed('theo phần đầu tên đã viết', 'by the start of its written title'),
  'date.bound.school': fixed('sự kiện của khung năm học', 'an event of the school-year frame'),
  'date.bound.occasion': fixed(
    'dịp lễ: tính từ hết kỳ nghỉ (sau) hoặc đầu kỳ nghỉ (trước)',
    'an occasion: counted from the end of its break (after) or its start (before)',
  ),
  'date.bound.date': fixed('một ngày', 'a date'),
  'date.times': message<{ count: number; list: string }>(
    (d) => `${d.count} lần: ${d.list}`,
    (d) => `${d.count} times: ${d.list}`,
  ),
  'date.kind.day': fixed('một ngày', 'a day'),
  'date.kind.window': fixed('khoảng thời gian', 'a window'),
  'date.kind.deadline': fixed('hạn chót', 'a deadline'),
  'date.label.phrase': fixed('Cụm từ', 'Phrase'),
  'date.label.canonical': fixed('Dạng chuẩn', 'Canonical'),
  'date.label.context': fixed('Ngữ cảnh', 'Context'),
  'date.label.kind': fixed('Loại', 'Kind'),
  'date.label.window': fixed('Khoảng', 'Window'),
  'date.label.last-day': fixed('Ngày cuối', 'Last day'),
  'date.label.deadline': fixed('Hạn', 'Deadline'),
  'date.label.nature': fixed('Tính chất', 'Nature'),
  'date.label.occasion': fixed('Dịp', 'Occasion'),
  'date.label.event': fixed('Sự kiện', 'Event'),
  'date.label.repeats': fixed('Lặp lại', 'Repeats'),
  'date.label.frame': fixed('Khung năm học', 'School-year frame'),
  'date.label.warning': fixed('Cảnh báo', 'Warning'),
  'date.before-strict': fixed(
    '"trước" hiểu chặt (ngày cuối là hôm trước)',
    '"trước" read strictly (last day is the day before)',
  ),
  'date.before-lenient': fixed('"trước" hiểu rộng (tính cả ngày đó)', '"trước" read leniently (the day included)'),
  'date.end-of-day': message<{ day: string; instant: string }>(
    (d) => `hết ngày ${d.day} = ${d.instant}`,
    (d) => `end of ${d.day} = ${d.instant}`,
  ),
  'date.time-on-day': message<{ time: string; day: string; instant: string }>(
    (d) => `${d.time} ngày ${d.day} = ${d.instant}`,
    (d) => `${d.time} on ${d.day} = ${d.instant}`,
  ),
  'date.soft': fixed(
    'mềm (dự kiến/ước lượng: lỡ hạn chỉ là cảnh báo)',
    'soft (tentative/estimated: missing it is a warning)',
  ),
  'date.hard': fixed('cứng', 'hard'),
  'date.event-known': message<{ day: string }>(
    (d) => `${d.day} (đã biết)`,
    (d) => `${d.day} (known)`,
  ),
  'date.event-expected': message<{ start: string; end: string; earliest: string; latest: string }>(
    (d) => `dự kiến ${d.start} – ${d.end}; ngày cuối trong khoảng ${d.earliest} – ${d.latest}`,
    (d) => `expected ${d.start} – ${d.end}; last day between ${d.earliest} – ${d.latest}`,
  ),
  'date.frame.ministry': message<{ citation: string }>(
    (d) => `khung của Bộ GD&ĐT: ${d.citation}`,
    (d) => `the Ministry's frame: ${d.citation}`,
  ),
  'date.frame.plan': message<{ citation: string }>(
    (d) => `khung của kế hoạch: ${d.citation}`,
    (d) => `the plan's own frame: ${d.citation}`,
  ),
  'date.frame.rule': fixed(
    'chưa có quyết định khung năm học này trong dữ liệu: dùng quy tắc (khai giảng 5/9, học kỳ I đến 17/1, năm học đến 30/5)',
    'no Ministry decision for this school year in the data: the rule (opening 5/9, semester I to 17/1, the year to 30/5)',
  ),
} as const;
