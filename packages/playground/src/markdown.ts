// The little Markdown the language service's hovers use (bold, code, italics, lists), as safe HTML.

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"]/gu, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/gu, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/gu, '<strong>$1</strong>')
    .replace(/^_(.+)_$/u, '<em>$1</em>');
}

/**
 * Renders hover Markdown: paragraphs, `- ` and `1. ` lists, **bold**, `code`, a whole `_italic_` line.
 *
 * @example
 * markdownToHtml('**trước 30/6**\n\n- Ngày cuối: **29/6/2021**') // '<p><strong>trước 30/6</strong></p><ul><li>…</li></ul>'
 */
export function markdownToHtml(markdown: string): string {
  const out: string[] = [];
  let list: 'ul' | 'ol' | undefined;
  const close = (): void => {
    if (list) out.push(`</${list}>`);
    list = undefined;
  };
  for (const line of markdown.split('\n')) {
    const bullet = /^- (.*)$/u.exec(line);
    const numbered = /^\d+\. (.*)$/u.exec(line);
    const kind = bullet ? 'ul' : numbered ? 'ol' : undefined;
    if (kind) {
      if (list !== kind) {
        close();
        out.push(`<${kind}>`);
        list = kind;
      }
      out.push(`<li>${inline((bullet ?? numbered)![1]!)}</li>`);
    } else {
      close();
      if (line.trim() !== '') out.push(`<p>${inline(line)}</p>`);
    }
  }
  close();
  return out.join('');
}
