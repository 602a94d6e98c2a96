// Keyword lookup over the generated table: spelling → canonical id, multi-word matching, suggestions.
import { keywordTable } from './table.generated.js';
import type { KeywordEntry } from './types.js';

export type { KeywordCategory, KeywordEntry } from './types.js';
export { keywordTable };

/** Lower-cases and NFC-normalises a spelling for matching. */
export function foldCase(text: string): string {
  return text.normalize('NFC').toLowerCase();
}

/** Removes Vietnamese diacritics (and đ → d) for "did you mean" comparisons. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/** A keyword spelling split into words, with the id it denotes. */
export interface Spelling {
  readonly id: string;
  readonly words: readonly string[];
  readonly text: string;
  readonly lang: 'vi' | 'ascii' | 'en';
}

const byId = new Map<string, KeywordEntry>(keywordTable.map((k) => [k.id, k]));

function spellingsOf(entry: KeywordEntry): Spelling[] {
  const list: Array<[string, Spelling['lang']]> = [
    [entry.vi, 'vi'],
    [entry.ascii, 'ascii'],
    [entry.en, 'en'],
    ...entry.aliases.map((a): [string, Spelling['lang']] => [a, 'en']),
  ];
  return list.map(([text, lang]) => ({ id: entry.id, text: foldCase(text), words: foldCase(text).split(/\s+/u), lang }));
}

/** Every spelling, indexed by its first word, longest first (longest match wins). */
export const spellingsByFirstWord: ReadonlyMap<string, readonly Spelling[]> = (() => {
  const map = new Map<string, Spelling[]>();
  for (const entry of keywordTable) {
    for (const s of spellingsOf(entry)) {
      const first = s.words[0] ?? '';
      const list = map.get(first) ?? [];
      if (!list.some((x) => x.text === s.text)) list.push(s);
      map.set(first, list);
    }
  }
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

/**
 * The table entry of a keyword id.
 *
 * @example
 * keyword('plan').vi // => 'kế hoạch'
 */
export function keyword(id: string): KeywordEntry {
  const entry = byId.get(id);
  if (!entry) throw new Error(`unknown keyword id ${id}`); // a programming error, never user input
  return entry;
}

/** All spellings of every keyword, flattened (for suggestions and the editor grammar). */
export const allSpellings: readonly Spelling[] = keywordTable.flatMap(spellingsOf);
