// Traditional names of lunar years (can chi) and months, for display.

const STEMS = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
const BRANCHES = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'] as const;

/**
 * The can chi name of a lunar year (the sexagenary cycle; 1984 was Giáp Tý).
 *
 * @example
 * lunarYearName(2024) // => 'Giáp Thìn'
 */
export function lunarYearName(year: number): string {
  const stem = STEMS[(((year - 4) % 10) + 10) % 10]!;
  const branch = BRANCHES[(((year - 4) % 12) + 12) % 12]!;
  return `${stem} ${branch}`;
}

/**
 * The Vietnamese name of a lunar month: Giêng for 1, Chạp for 12, the number otherwise.
 *
 * @example
 * lunarMonthName(12) // => 'Chạp'
 */
export function lunarMonthName(month: number): string {
  if (month === 1) return 'Giêng';
  if (month === 12) return 'Chạp';
  return String(month);
}
