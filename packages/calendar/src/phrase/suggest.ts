// "Did you mean …?" for misspelt phrase keywords (small edit distance on folded words).
import { phraseKeywords } from './keywords.js';
import { foldDiacritics } from './normalize.js';

/** Edit distance counting a swap of two neighbouring letters as one edit (`sua` → `sau`); three rolling rows. */
function distance(a: string, b: string): number {
  const n = b.length;
  let before = new Int32Array(n + 1);
  let prev = Int32Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Int32Array(n + 1);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] as number) + 1);
      cur[j] = d;
    }
    [before, prev, cur] = [prev, cur, before];
  }
  return prev[n] as number;
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
