// The shapes of public holidays, make-up working days and their names.

/** The occasions of Bộ luật Lao động 2019, Điều 112. */
export type HolidayOccasion = 'new-year' | 'tet' | 'hung-kings' | 'reunification' | 'labour-day' | 'national-day';

/**
 * Why a day is off or worked: the holiday itself, a compensatory day for a holiday on a weekend
 * (nghỉ bù), a weekday swapped off against a Saturday (nghỉ hoán đổi), or that Saturday (làm bù).
 */
export type HolidayRole = 'holiday' | 'compensatory' | 'swapped' | 'makeup';

export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}

/** One day of a year's holiday schedule. */
export interface HolidayEntry {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly epochDay: number;
  readonly name: LocalizedText;
  /** A day off, or a Saturday worked in exchange for a swapped day off. */
  readonly kind: 'holiday' | 'makeup-workday';
  readonly occasion: HolidayOccasion;
  readonly role: HolidayRole;
  /** `D/M` lunar date for the lunar occasions (Tết, Giỗ Tổ), else null. */
  readonly lunar: string | null;
  /** `'rule'` when computed from the law, else the decision it comes from. */
  readonly source: string;
  /** Caveats about the row (e.g. an unverified document number). */
  readonly note?: string;
}

const OCCASION_NAMES: Readonly<Record<HolidayOccasion, LocalizedText>> = {
  'new-year': { vi: 'Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' },
  'hung-kings': { vi: 'Giỗ Tổ Hùng Vương', en: "Hung Kings' Commemoration Day" },
  reunification: { vi: 'Ngày Chiến thắng (30/4)', en: 'Reunification Day (30 April)' },
  'labour-day': { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' },
  'national-day': { vi: 'Quốc khánh', en: 'National Day' },
};

const ROLE_SUFFIX: Readonly<Record<HolidayRole, LocalizedText>> = {
  holiday: { vi: '', en: '' },
  compensatory: { vi: ' (nghỉ bù)', en: ' (compensatory day off)' },
  swapped: { vi: ' (nghỉ hoán đổi)', en: ' (swapped day off)' },
  makeup: { vi: ' (làm bù)', en: ' (make-up working day)' },
};

/**
 * The display name of a day from its occasion and role.
 *
 * @example
 * holidayName('tet', 'compensatory').vi // => 'Tết Nguyên đán (nghỉ bù)'
 */
export function holidayName(occasion: HolidayOccasion, role: HolidayRole): LocalizedText {
  const base = OCCASION_NAMES[occasion];
  const suffix = ROLE_SUFFIX[role];
  return { vi: base.vi + suffix.vi, en: base.en + suffix.en };
}
