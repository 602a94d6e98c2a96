// The one table of time-phrase keywords: Vietnamese, its ASCII spelling, English aliases (the DSL reuses it).
import type { Lang } from '../diagnostic.js';

/** One keyword of the time-phrase language. Extra spellings are accepted but never printed. */
export interface PhraseKeyword {
  readonly id: PhraseKeywordId;
  /** Canonical Vietnamese spelling (what the formatter prints). */
  readonly vi: string;
  /** The same without diacritics (`đ` → `d`). */
  readonly ascii: string;
  /** English aliases; the first is canonical. */
  readonly en: readonly string[];
  /** Other accepted Vietnamese spellings (variants, abbreviations). */
  readonly variants?: readonly string[];
}

export type PhraseKeywordId =
  | 'before'
  | 'no-later-than'
  | 'due'
  | 'until'
  | 'from'
  | 'since'
  | 'day'
  | 'working-day'
  | 'week'
  | 'month'
  | 'quarter'
  | 'year'
  | 'school-year'
  | 'semester'
  | 'start'
  | 'middle'
  | 'end'
  | 'whole-year'
  | 'ongoing'
  | 'tentative'
  | 'within'
  | 'the-days'
  | 'after'
  | 'when'
  | 'on-the-occasion'
  | 'occasion'
  | 'anniversary'
  | 'on'
  | 'every-month'
  | 'every-quarter'
  | 'every-year'
  | 'half'
  | 'hour'
  | 'minute'
  | 'at-time';

/**
 * Time-phrase keywords. Matching folds case and diacritics, so `truoc`, `TRƯỚC` and `trước` are one
 * keyword; English aliases are matched case-insensitively. Multi-word keywords match word by word.
 *
 * @example
 * phraseKeywords.find((k) => k.id === 'before') // => { id: 'before', vi: 'trước', ascii: 'truoc', en: ['before'] }
 */
export const phraseKeywords: readonly PhraseKeyword[] = [
  { id: 'before', vi: 'trước', ascii: 'truoc', en: ['before'] },
  {
    id: 'no-later-than',
    vi: 'chậm nhất',
    ascii: 'cham nhat',
    en: ['no later than', 'at the latest', 'not later than'],
    variants: ['muộn nhất', 'chậm nhất là', 'không quá', 'không muộn hơn', 'chậm nhất vào'],
  },
  {
    id: 'due',
    vi: 'hạn',
    ascii: 'han',
    en: ['due', 'deadline'],
    // `hạn cuối`, `hạn nộp`, `hạn chót là`: the parser reads `cuối (cùng)`, `nộp`, `là` after `hạn` as part of
    // the deadline noun (not spellings here, so the DSL's `hạn` keyword and `hạn cuối tháng 5` stay intact).
    variants: ['hạn chót', 'thời hạn'],
  },
  {
    id: 'until',
    vi: 'đến',
    ascii: 'den',
    en: ['until', 'to', 'till'],
    variants: ['tới', 'đến hết', 'tới hết', 'hết', 'cho đến', 'cho đến hết'],
  },
  { id: 'from', vi: 'từ', ascii: 'tu', en: ['from'] },
  {
    id: 'since',
    vi: 'kể từ',
    ascii: 'ke tu',
    en: ['since', 'counting from'],
    variants: ['tính từ', 'kể từ khi', 'tính từ khi'],
  },
  {
    id: 'working-day',
    vi: 'ngày làm việc',
    ascii: 'ngay lam viec',
    en: ['working days', 'working day', 'business days', 'business day'],
  },
  { id: 'day', vi: 'ngày', ascii: 'ngay', en: ['days', 'day'] },
  { id: 'week', vi: 'tuần', ascii: 'tuan', en: ['weeks', 'week'] },
  { id: 'month', vi: 'tháng', ascii: 'thang', en: ['month', 'months'] },
  { id: 'quarter', vi: 'quý', ascii: 'quy', en: ['quarter'] },
  { id: 'school-year', vi: 'năm học', ascii: 'nam hoc', en: ['school year'] },
  { id: 'year', vi: 'năm', ascii: 'nam', en: ['year'] },
  { id: 'semester', vi: 'học kỳ', ascii: 'hoc ky', en: ['semester'], variants: ['học kì', 'hk'] },
  { id: 'start', vi: 'đầu', ascii: 'dau', en: ['start of', 'beginning of', 'early'], variants: ['đầu tiên'] },
  { id: 'middle', vi: 'giữa', ascii: 'giua', en: ['middle of', 'mid'] },
  { id: 'end', vi: 'cuối', ascii: 'cuoi', en: ['end of', 'late'], variants: ['cuối cùng'] },
  {
    id: 'whole-year',
    vi: 'cả năm',
    ascii: 'ca nam',
    en: ['whole year', 'all year'],
    variants: ['cả năm học', 'suốt năm', 'suốt năm học'],
  },
  { id: 'ongoing', vi: 'thường xuyên', ascii: 'thuong xuyen', en: ['ongoing', 'regularly', 'year-round'] },
  { id: 'tentative', vi: 'dự kiến', ascii: 'du kien', en: ['expected', 'tentatively', 'tentative'] },
  { id: 'the-days', vi: 'các ngày', ascii: 'cac ngay', en: ['the days'] },
  {
    id: 'within',
    vi: 'trong',
    ascii: 'trong',
    en: ['within', 'in'],
    variants: ['trong vòng', 'trong thời hạn', 'trong thời gian', 'trong khoảng', 'trong khoảng thời gian'],
  },
  { id: 'after', vi: 'sau', ascii: 'sau', en: ['after'] },
  { id: 'when', vi: 'khi', ascii: 'khi', en: ['when'] },
  { id: 'on-the-occasion', vi: 'nhân dịp', ascii: 'nhan dip', en: ['on the occasion of', 'for'] },
  { id: 'occasion', vi: 'dịp', ascii: 'dip', en: ['at'], variants: ['vào dịp', 'trong dịp'] },
  { id: 'anniversary', vi: 'kỷ niệm', ascii: 'ky niem', en: ['anniversary of'], variants: ['kỉ niệm'] },
  { id: 'on', vi: 'vào', ascii: 'vao', en: ['on'], variants: ['vào ngày'] },
  {
    id: 'every-month',
    vi: 'hằng tháng',
    ascii: 'hang thang',
    en: ['every month', 'monthly'],
    variants: ['hàng tháng', 'mỗi tháng'],
  },
  {
    id: 'every-quarter',
    vi: 'hằng quý',
    ascii: 'hang quy',
    en: ['every quarter', 'quarterly'],
    variants: ['hàng quý', 'mỗi quý'],
  },
  {
    id: 'every-year',
    vi: 'hằng năm',
    ascii: 'hang nam',
    en: ['every year', 'yearly', 'annually'],
    variants: ['hàng năm', 'mỗi năm'],
  },
  { id: 'half', vi: 'nửa', ascii: 'nua', en: ['half'] },
  { id: 'hour', vi: 'giờ', ascii: 'gio', en: ['hour'] },
  { id: 'minute', vi: 'phút', ascii: 'phut', en: ['minute'] },
  { id: 'at-time', vi: 'lúc', ascii: 'luc', en: ['at time'], variants: ['vào lúc'] },
];

/**
 * Words the parser reads in place without making them keywords (they are common words elsewhere in a
 * plan, and the DSL shares this table): fillers after `hạn`, `của`, `thứ` before an ordinal, `sáng`,
 * `chiều`, `tối` after an hour. Folded.
 */
export const phraseWords = {
  deadlineFillers: ['chot', 'cuoi', 'cung', 'nop', 'la'],
  of: 'cua',
  ordinal: 'thu',
  morning: ['sang'],
  afternoon: ['chieu', 'toi'],
} as const;

/** Deadline nouns the parser accepts through those fillers (listed for "did you mean" and the docs). */
export const deadlineNouns: readonly string[] = [
  'hạn cuối',
  'hạn cuối cùng',
  'hạn nộp',
  'hạn chót là',
  'thời hạn cuối',
  'thời hạn nộp',
  'chậm nhất là',
];

/**
 * The canonical spelling of a keyword in a language.
 *
 * @example
 * keywordText('no-later-than', 'en') // => 'no later than'
 */
export function keywordText(id: PhraseKeywordId, lang: Lang = 'vi'): string {
  const entry = phraseKeywords.find((k) => k.id === id);
  if (entry === undefined) return id;
  return lang === 'vi' ? entry.vi : (entry.en[0] ?? entry.vi);
}
