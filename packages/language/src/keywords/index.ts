// Keyword lookup over the generated table: spelling → canonical id, multi-word matching, suggestions.
import { type Lang, phraseKeywords } from '@tdkt/calendar';
import { keywordTable } from './table.generated.js';
import type { KeywordEntry } from './types.js';

export type { KeywordCategory, KeywordEntry } from './types.js';
export { keywordTable };

/** Lower-cases and NFC-normalises a spelling for matching. */
export function foldCase(text: string): string {
  return text.normalize('NFC').toLowerCase();
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
  return list.map(([text, lang]) => ({
    id: entry.id,
    text: foldCase(text),
    words: foldCase(text).split(/\s+/u),
    lang,
  }));
}

/** Prefix of keyword ids that come from the calendar's phrase table (`time.before`, `time.month`, …). */
export const TIME_PREFIX = 'time.';

/** The calendar's time words not already language keywords, as spellings with ids `time.<id>`. */
export const timeSpellings: readonly Spelling[] = (() => {
  const taken = new Set(keywordTable.flatMap(spellingsOf).map((s) => s.text));
  const out: Spelling[] = [];
  for (const k of phraseKeywords) {
    const texts: Array<[string, Spelling['lang']]> = [
      [k.vi, 'vi'],
      [k.ascii, 'ascii'],
      ...k.en.map((e): [string, Spelling['lang']] => [e, 'en']),
      ...(k.variants ?? []).map((v): [string, Spelling['lang']] => [v, 'vi']),
    ];
    for (const [text, lang] of texts) {
      const t = foldCase(text);
      if (taken.has(t)) continue;
      taken.add(t);
      out.push({ id: `${TIME_PREFIX}${k.id}`, text: t, words: t.split(/\s+/u), lang });
    }
  }
  return out;
})();

/** Every spelling (language keywords first, then the calendar's time words), by first word, longest first. */
export const spellingsByFirstWord: ReadonlyMap<string, readonly Spelling[]> = (() => {
  const map = new Map<string, Spelling[]>();
  for (const entry of [...keywordTable.flatMap(spellingsOf), ...timeSpellings].map((s) => [s] as const)) {
    for (const s of entry) {
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

const actions = new Map(keywordTable.filter((k) => k.category === 'action').map((k) => [k.id, k]));

/**
 * An action's name as the DSL spells it in `lang`; a designer-defined action stays as written (`_` as spaces).
 *
 * @example
 * actionLabel('return', 'vi') // => 'trả lại'
 * actionLabel('bổ_sung', 'en') // => 'bổ sung'
 */
export function actionLabel(action: string, lang: Lang): string {
  return actions.get(action)?.[lang] ?? action.replace(/_/g, ' ');
}
