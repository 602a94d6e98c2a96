// "Did you mean …": nearest keyword spelling or declared name, tolerant of missing diacritics.
import { editDistance, foldDiacritics } from '@tdkt/calendar';
import { allSpellings, foldCase, timeSpellings } from '../keywords/index.js';

function key(text: string): string {
  return foldDiacritics(text)
    .replace(/[\s_]+/gu, ' ')
    .trim();
}

/**
 * The closest candidate to `word`, if close enough: equal without diacritics, or within an edit distance
 * that grows with length (1 for short words, up to 3).
 *
 * @example
 * closest('ke hoac', ['kế hoạch', 'quy trình']) // => 'kế hoạch'
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const k = key(word);
  if (k.length === 0) return undefined;
  const limit = k.length <= 3 ? 1 : k.length <= 7 ? 2 : 3;
  let best: string | undefined;
  let bestD = limit + 1;
  for (const c of candidates) {
    if (c === word) continue;
    const d = editDistance(k, key(c), limit);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

/**
 * The Vietnamese spelling of the keyword (among `ids`) that the first words of a line most resemble.
 *
 * @example
 * suggestKeyword(['buớc', 'tự_đánh_giá'], ['step']) // => 'bước'
 */
export function suggestKeyword(words: readonly string[], ids: readonly string[]): string | undefined {
  const allowed = new Set(ids);
  const spellings = allSpellings.filter((s) => allowed.has(s.id));
  let best: { text: string; d: number } | undefined;
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const phrase = words.slice(0, n).join(' ');
    const hit = closest(
      phrase,
      spellings.map((s) => s.text),
    );
    if (hit !== undefined) {
      const d = editDistance(key(phrase), key(hit), 4);
      const s = spellings.find((x) => x.text === hit)!;
      const vi = allSpellings.find((x) => x.id === s.id && x.lang === 'vi')!.text;
      if (!best || d < best.d) best = { text: s.lang === 'en' ? s.text : vi, d };
    }
  }
  return best?.text;
}

/**
 * The keyword (language or time word) that the first 1–3 of `words` most resemble, for a word found
 * where it makes no sense (`chamm nhat` → `chậm nhất`). Exact keywords are not suggested.
 *
 * @example
 * suggestAnyKeyword(['chamm', 'nhat']) // => 'chậm nhất'
 */
export function suggestAnyKeyword(
  words: readonly string[],
  minLength = 3,
  only?: ReadonlySet<string>,
): string | undefined {
  const all = [...allSpellings, ...timeSpellings].filter((s) => only === undefined || only.has(s.id));
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const phrase = foldCase(words.slice(0, n).join(' '));
    if (all.some((s) => s.text === phrase)) return undefined;
    const k = key(phrase);
    if (k.length < minLength) continue;
    // Short words: diacritics only, or one extra/wrong letter (`hann` → `hạn`), never a missing one
    // (`nhân` is not `nhánh`).
    const limit = k.length <= 3 ? 0 : k.length <= 7 ? 1 : 2;
    let best: { id: string; text: string; d: number } | undefined;
    for (const sp of all) {
      const c = key(sp.text);
      if (k.length <= 4 && c.length > k.length) continue;
      const d = editDistance(k, c, limit);
      if (d <= limit && (!best || d < best.d)) best = { id: sp.id, text: sp.text, d };
    }
    if (best) return all.find((x) => x.id === best.id && x.lang === 'vi')?.text ?? best.text;
  }
  return undefined;
}
