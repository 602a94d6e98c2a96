// "Did you mean …?": the accepted wording closest to a refused one, by folded edit distance over the grammar's words.

import { editDistance } from '../edit-distance.js';
import { occasions } from '../occasions.js';
import { schoolEvents } from '../school-events.js';
import { deadlineNouns, phraseKeywords } from './keywords.js';
import { foldDiacritics } from './normalize.js';
import type { Token } from './tokenize.js';

interface Candidate {
  /** Folded words joined by single spaces. */
  readonly key: string;
  /** How to show it: the spelling with its diacritics (or the English alias). */
  readonly shown: string;
  readonly words: number;
}

const fold = (text: string): string =>
  foldDiacritics(text)
    .split(/[\s,]+/u)
    .filter((w) => w.length > 0)
    .join(' ');

/** Every accepted wording of the phrase grammar: keywords (every spelling), occasions, school events. */
const candidates: readonly Candidate[] = (() => {
  const byKey = new Map<string, Candidate>();
  const add = (text: string, shown: string): void => {
    const key = fold(text);
    if (key.length > 0 && !byKey.has(key)) byKey.set(key, { key, shown, words: key.split(' ').length });
  };
  for (const k of phraseKeywords) {
    add(k.vi, k.vi);
    for (const v of k.variants ?? []) add(v, v);
    for (const e of k.en) add(e, e);
  }
  for (const text of deadlineNouns) add(text, text);
  for (const o of occasions) for (const text of [o.name.vi, ...o.aliases]) add(text, text);
  for (const e of schoolEvents) for (const text of [e.name.vi, ...e.aliases]) add(text, text);
  return [...byKey.values()];
})();
const accepted: ReadonlySet<string> = new Set(candidates.map((c) => c.key));
/** Candidates by their number of words (a refused n-gram is compared with n-word wordings only). */
const byWords: ReadonlyMap<number, readonly Candidate[]> = (() => {
  const map = new Map<number, Candidate[]>();
  for (const c of candidates) map.set(c.words, [...(map.get(c.words) ?? []), c]);
  return map;
})();

/** Edits allowed for a folded wording of this length: none below 3 letters, 1 up to 5, 2 up to 11, then 3. */
const limitFor = (length: number): number => (length < 3 ? -1 : length <= 5 ? 1 : length <= 11 ? 2 : 3);

/**
 * The accepted wording closest to the words at the start of `tokens` (up to three words), if one is close
 * enough; never a wording the user already wrote. Longer matches win over shorter ones.
 *
 * @example
 * suggestPhrase(tokenizePhrase('han cuoj 30/6')) // => 'hạn cuối'
 * suggestPhrase(tokenizePhrase('truc 30/6')) // => 'trước'
 */
function suggestPhrase(tokens: readonly Token[], minWords = 1): string | undefined {
  const words: string[] = [];
  for (const t of tokens) {
    if (t.kind !== 'word' || words.length === 3) break;
    words.push(t.folded);
  }
  for (let n = words.length; n >= minWords; n--) {
    const key = words.slice(0, n).join(' ');
    if (accepted.has(key)) return undefined;
    const limit = limitFor(key.replace(/ /gu, '').length);
    let best: Candidate | undefined;
    let bestDistance = limit + 1;
    for (const c of byWords.get(n) ?? []) {
      if (Math.abs(c.key.length - key.length) >= bestDistance) continue;
      const d = editDistance(key, c.key, bestDistance - 1);
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    if (best !== undefined) return best.shown;
  }
  return undefined;
}

/**
 * The accepted wording closest to the refused word at the cursor, also trying it together with the one or
 * two words before it (`han cuoj` → `hạn cuối`, where `hạn` alone was read as a keyword).
 *
 * @example
 * suggestAt(cursorAt('han cuoj 30/6', 1)) // => 'hạn cuối'
 */
export function suggestAt(cur: { readonly pos: number; readonly tokens: readonly Token[] }): string | undefined {
  for (let back = 2; back >= 0; back--) {
    const start = cur.pos - back;
    if (start < 0 || cur.tokens.slice(start, cur.pos).some((t) => t.kind !== 'word')) continue;
    const found = suggestPhrase(cur.tokens.slice(start), back + 1);
    if (found !== undefined) return found;
  }
  return undefined;
}
