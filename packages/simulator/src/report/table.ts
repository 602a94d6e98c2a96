// Plain-text tables with aligned columns (numbers right-aligned), for terminals and golden files.
import type { Lang } from '@tdkt/calendar';
import { displayWidth, headToWidth, tailToWidth } from './width.js';

/** How each language writes numbers: digit groups, the decimal mark, the percent sign. */
const NUMBERS = {
  vi: { group: '.', decimal: ',', percent: ' %' },
  en: { group: ',', decimal: '.', percent: '%' },
} as const satisfies Record<Lang, { group: string; decimal: string; percent: string }>;

/** A cell padded to `width` columns, on the right (text) or on the left (numbers). */
const pad = (cell: string, width: number, right: boolean): string => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(cell)));
  return right ? `${fill}${cell}` : `${cell}${fill}`;
};

/**
 * Renders rows under a header, columns separated by two spaces; cells that look numeric are
 * right-aligned. Widths are display widths, so Vietnamese text in NFD aligns too.
 *
 * @example
 * renderTable(['Cấp', 'Số'], [['Trường', '2.796']]) // ['Cấp     Số', '──────  ─────', 'Trường  2.796']
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^[-+]?[\d.,\s%]+$|^–$/.test(r[i] ?? '')));
  const line = (cells: readonly string[], isHeader: boolean): string =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0, (numeric[i] ?? false) && !isHeader))
      .join('  ')
      .trimEnd();
  return [line(header, true), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map((r) => line(r, false))];
}

/**
 * Formats a count with the language's grouping ("109.348" in Vietnamese, "109,348" in English).
 *
 * @example
 * formatCount(109348, 'vi') // => '109.348'
 */
export function formatCount(n: number, lang: Lang): string {
  const digits = String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, NUMBERS[lang].group);
  return n < 0 ? `-${digits}` : digits;
}

/**
 * A share as a percentage with one decimal ("97,4 %" / "97.4%").
 *
 * @example
 * formatShare(0.974, 'en') // => '97.4%'
 */
export function formatShare(share: number, lang: Lang): string {
  const text = (Math.round(share * 1000) / 10).toFixed(1);
  return `${text.replace('.', NUMBERS[lang].decimal)}${NUMBERS[lang].percent}`;
}

/**
 * Cuts text to `width` columns with an ellipsis, at the end or (for names whose end tells them apart,
 * like `procedure.step`) in the middle.
 *
 * @example
 * clip('Phòng GD&ĐT quận, huyện', 12) // => 'Phòng GD&ĐT…'
 * clip('khen@hồ_sơ_2020.sở_xét', 12, 'middle') // => 'khen@…sở_xét'
 */
export function clip(text: string, width: number, where: 'end' | 'middle' = 'end'): string {
  if (displayWidth(text) <= width) return text;
  if (where === 'end' || width < 5) return `${headToWidth(text, Math.max(0, width - 1)).trimEnd()}…`;
  const tail = Math.ceil((width - 1) / 2);
  return `${headToWidth(text, width - 1 - tail)}…${tailToWidth(text, tail)}`;
}

/**
 * How a table's first column is shortened: clipped at its end or middle, or by a function of the row
 * and the width it may take (for cells that must keep a suffix, like "… xong").
 */
export type Shorten = 'end' | 'middle' | ((row: number, width: number) => string);

/**
 * A table within `width` columns: when too wide, the first column (a name) is shortened by the
 * excess, down to 8 columns.
 *
 * @example
 * fitTable(['Sự kiện', 'Ngày'], rows, 100) // every line ≤ 100 columns unless the other columns alone are wider
 */
export function fitTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  width = 100,
  shorten: Shorten = 'end',
): string[] {
  const lines = renderTable(header, rows);
  const widest = Math.max(...lines.map(displayWidth));
  if (widest <= width) return lines;
  const first = Math.max(displayWidth(header[0] ?? ''), ...rows.map((r) => displayWidth(r[0] ?? '')));
  const keep = Math.max(8, first - (widest - width));
  const cut =
    typeof shorten === 'function' ? shorten : (row: number, w: number) => clip(rows[row]?.[0] ?? '', w, shorten);
  return renderTable(
    header,
    rows.map((r, i) => [cut(i, keep), ...r.slice(1)]),
  );
}
