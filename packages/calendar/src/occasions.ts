// The named occasions plans refer to (20/11, 3/2, Tết …): names, aliases and how to find their day.
import { type EpochDay, toEpochDay } from './epoch-day.js';

/** How an occasion's day is found in a given year. */
export type OccasionRule =
  | { readonly kind: 'solar'; readonly day: number; readonly month: number }
  | { readonly kind: 'lunar-new-year' };

export interface Occasion {
  /** Stable id: `D-M` for solar days, `tet` for Tết Nguyên đán. */
  readonly id: string;
  readonly name: { readonly vi: string; readonly en: string };
  /** Other spellings accepted in phrases (matched without case or diacritics; English ones too). */
  readonly aliases: readonly string[];
  readonly rule: OccasionRule;
}

const solar = (day: number, month: number): OccasionRule => ({ kind: 'solar', day, month });

/**
 * Occasions named in plans (domain.md §4). Tết's day comes from the lunar calendar (mùng 1 tháng Giêng).
 *
 * @example
 * occasions.find((o) => o.id === '20-11')?.name.vi // => 'Ngày Nhà giáo Việt Nam'
 */
export const occasions: readonly Occasion[] = [
  {
    id: '3-2',
    name: { vi: 'Ngày thành lập Đảng Cộng sản Việt Nam', en: 'Founding Day of the Communist Party of Vietnam' },
    aliases: ['ngày thành lập Đảng', 'thành lập Đảng', 'thành lập Đảng Cộng sản Việt Nam', 'party founding day'],
    rule: solar(3, 2),
  },
  {
    id: '8-3',
    name: { vi: 'Ngày Quốc tế Phụ nữ', en: "International Women's Day" },
    aliases: ['Quốc tế Phụ nữ', 'international women day', 'womens day'],
    rule: solar(8, 3),
  },
  {
    id: '26-3',
    name: { vi: 'Ngày thành lập Đoàn TNCS Hồ Chí Minh', en: 'Founding Day of the Ho Chi Minh Communist Youth Union' },
    aliases: ['ngày thành lập Đoàn', 'thành lập Đoàn', 'youth union day'],
    rule: solar(26, 3),
  },
  {
    id: '30-4',
    name: { vi: 'Ngày Giải phóng miền Nam, thống nhất đất nước', en: 'Reunification Day' },
    aliases: ['Ngày Giải phóng miền Nam', 'Giải phóng miền Nam', 'ngày thống nhất đất nước', 'reunification day'],
    rule: solar(30, 4),
  },
  {
    id: '1-5',
    name: { vi: 'Ngày Quốc tế Lao động', en: 'International Workers’ Day' },
    aliases: ['Quốc tế Lao động', 'labour day', 'labor day', 'may day'],
    rule: solar(1, 5),
  },
  {
    id: '19-5',
    name: { vi: 'Ngày sinh Chủ tịch Hồ Chí Minh', en: 'President Ho Chi Minh’s Birthday' },
    aliases: ['ngày sinh Bác', 'sinh nhật Bác', 'ngày sinh nhật Bác', 'ngày sinh Bác Hồ', 'ho chi minh birthday'],
    rule: solar(19, 5),
  },
  {
    id: '1-6',
    name: { vi: 'Ngày Quốc tế Thiếu nhi', en: 'International Children’s Day' },
    aliases: ['Quốc tế Thiếu nhi', 'Tết Thiếu nhi', 'children day', 'childrens day'],
    rule: solar(1, 6),
  },
  {
    id: '11-6',
    name: {
      vi: 'Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc',
      en: 'Anniversary of the Call for Patriotic Emulation',
    },
    aliases: [
      'Lời kêu gọi thi đua ái quốc',
      'ngày truyền thống thi đua',
      'ngày Bác Hồ ra Lời kêu gọi thi đua ái quốc',
      'patriotic emulation day',
    ],
    rule: solar(11, 6),
  },
  {
    id: '2-9',
    name: { vi: 'Ngày Quốc khánh', en: 'National Day' },
    aliases: ['Quốc khánh', 'national day'],
    rule: solar(2, 9),
  },
  {
    id: '20-10',
    name: { vi: 'Ngày Phụ nữ Việt Nam', en: 'Vietnamese Women’s Day' },
    aliases: ['Phụ nữ Việt Nam', 'vietnamese women day', 'vietnamese womens day'],
    rule: solar(20, 10),
  },
  {
    id: '20-11',
    name: { vi: 'Ngày Nhà giáo Việt Nam', en: 'Vietnamese Teachers’ Day' },
    aliases: ['Nhà giáo Việt Nam', 'ngày Nhà giáo', 'teachers day', 'vietnamese teachers day'],
    rule: solar(20, 11),
  },
  {
    id: '22-12',
    name: { vi: 'Ngày thành lập Quân đội nhân dân Việt Nam', en: 'Vietnam People’s Army Day' },
    aliases: [
      'ngày thành lập Quân đội nhân dân',
      'thành lập Quân đội nhân dân Việt Nam',
      'ngày thành lập Quân đội',
      'ngày Quốc phòng toàn dân',
      'army day',
    ],
    rule: solar(22, 12),
  },
  {
    id: 'tet',
    name: { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' },
    aliases: ['Tết', 'Tết Âm lịch', 'Tết cổ truyền', 'lunar new year', 'tet holiday'],
    rule: { kind: 'lunar-new-year' },
  },
];

/**
 * The occasion celebrated on a solar day and month, if any.
 *
 * @example
 * occasionOnDate(20, 11)?.id // => '20-11'
 */
export function occasionOnDate(day: number, month: number): Occasion | undefined {
  return occasions.find((o) => o.rule.kind === 'solar' && o.rule.day === day && o.rule.month === month);
}

/**
 * The occasion with this id.
 *
 * @example
 * occasionById('tet')?.name.en // => 'Lunar New Year (Tết)'
 */
export function occasionById(id: string): Occasion | undefined {
  return occasions.find((o) => o.id === id);
}

/**
 * The day of an occasion in a calendar year, given the lunar calendar's Tết for lunar occasions.
 *
 * @example
 * occasionDay(occasionById('20-11')!, 2020, undefined) // => toEpochDay({ year: 2020, month: 11, day: 20 })
 */
export function occasionDay(
  occasion: Occasion,
  year: number,
  tetDay: ((year: number) => EpochDay | undefined) | undefined,
): EpochDay | undefined {
  if (occasion.rule.kind === 'solar') return toEpochDay({ year, month: occasion.rule.month, day: occasion.rule.day });
  return tetDay?.(year);
}
