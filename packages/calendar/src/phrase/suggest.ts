// "Did you mean …?" for misspelt phrase keywords (small edit distance on folded words).
import { phraseKeywords } from './keywords.js';
import { foldDiacritics } from './normalize.js';

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** Folded first word of a spelling → how to show it (the Vietnamese keyword, or the English alias). */
const candidates: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const k of phraseKeywords) {
    for (const text of [k.vi, ...(k.variants ?? [])]) {
      const first = foldDiacritics(text).split(' ')[0] as string;
      if (!map.has(first)) map.set(first, k.vi.split(' ')[0] === text.split(' ')[0] ? k.vi : text);
    }
    for (const text of k.en) {
      const first = text.split(' ')[0] as string;
      if (!map.has(first)) map.set(first, text);
    }
  }
  return map;
})();

/**
 * The keyword a misspelt word most likely meant, if any is close enough (1 edit for short words, 2 for
 * words of 6+ letters); never the word itself.
 *
 * @example
 * suggestKeyword('truc') // => 'trước'
 */
export function suggestKeyword(word: string): string | undefined {
  const folded = foldDiacritics(word);
  if (folded.length < 3 || candidates.has(folded)) return undefined;
  const limit = folded.length >= 6 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const [candidate, shown] of candidates) {
    if (Math.abs(candidate.length - folded.length) > limit) continue;
    const d = distance(folded, candidate);
    if (d < bestDistance) {
      best = shown;
      bestDistance = d;
    }
  }
  return best;
}
