// Plain-text tables with aligned columns (numbers right-aligned), for terminals and golden files.

/**
 * Renders rows under a header, columns separated by two spaces; cells that look numeric are
 * right-aligned.
 *
 * @example
 * renderTable(['Cấp', 'Số'], [['Trường', '2.796']]) // ['Cấp     Số', '──────  ─────', 'Trường  2.796']
 */
export function renderTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => /^[-+]?[\d.,\s%]+$|^–$/.test(r[i] ?? '')));
  const line = (cells: readonly string[], isHeader: boolean): string =>
    cells
      .map((c, i) => (numeric[i] && !isHeader ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0)))
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
export function formatCount(n: number, lang: 'vi' | 'en'): string {
  const digits = String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'vi' ? '.' : ',');
  return n < 0 ? `-${digits}` : digits;
}

/**
 * A share as a percentage with one decimal ("97,4 %" / "97.4%").
 *
 * @example
 * formatShare(0.974, 'en') // => '97.4%'
 */
export function formatShare(share: number, lang: 'vi' | 'en'): string {
  const text = (Math.round(share * 1000) / 10).toFixed(1);
  return lang === 'vi' ? `${text.replace('.', ',')} %` : `${text}%`;
}
