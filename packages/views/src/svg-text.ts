// Small helpers for writing SVG and HTML by hand: escaping and word wrapping.

/**
 * Escapes text for XML/HTML content and attribute values.
 *
 * @example
 * escapeXml('a < b & "c"') // => 'a &lt; b &amp; &quot;c&quot;'
 */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * Wraps text at spaces into lines of at most `width` characters (a longer word stands alone).
 *
 * @example
 * wrapText('Hội đồng thi đua khen thưởng xét', 12) // => ['Hội đồng thi', 'đua khen', 'thưởng xét']
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter((w) => w !== '')) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}
