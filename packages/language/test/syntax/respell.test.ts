import { readFileSync } from 'node:fs';
import { phraseKeywords } from '@tdkt/calendar';
import { keywordTable, parse } from '@tdkt/language';
import { stripSpans } from '@tdkt/language/test';
import { describe, expect, it } from 'vitest';
import { layout } from '../../src/syntax/layout.js';
import { kwId, lexLine, toArray } from '../../src/syntax/tokens.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

const REF_WORDS = new Set([
  'council',
  'unit',
  'role',
  'member',
  'position',
  'organisation',
  'dossier',
  'all',
  'any',
  'branch',
  'parallel',
  'schedule',
  'params',
  'plan',
  'type-text',
  'type-number',
]);

/** Rewrites every keyword (language and time words) of `text` in another spelling; strings and names untouched. */
function respell(text: string, lang: 'ascii' | 'en'): string {
  const spelling = (id: string): string | undefined => {
    if (id.startsWith('time.')) {
      const k = phraseKeywords.find((p) => p.id === id.slice(5));
      return k && (lang === 'ascii' ? k.ascii : k.en[0]);
    }
    const k = keywordTable.find((e) => e.id === id);
    return k?.[lang];
  };
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const visit = (nodes: ReturnType<typeof layout>['roots']): void => {
    for (const n of nodes) {
      for (const t of toArray(lexLine(n.text, n.start))) {
        const id = kwId(t);
        // Keywords inside a multi-word name (`do hội đồng trường`) are part of the name: leave them.
        if (id !== undefined && REF_WORDS.has(id) && t.pos.index !== n.start) continue;
        const s = id === undefined ? undefined : spelling(id);
        if (s !== undefined) edits.push({ start: t.pos.index, end: t.end, text: s });
      }
      visit(n.children);
    }
  };
  visit(layout(text).roots);
  let out = text;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

describe('respelling keywords keeps the AST', () => {
  it.each(['sketch.tdkt', 'constructs.tdkt'])('%s in ASCII and in English', (name) => {
    const text = fixture(name);
    const base = parse(text, name);
    expect(base.diagnostics).toEqual([]);
    for (const lang of ['ascii', 'en'] as const) {
      const other = parse(respell(text, lang), name);
      expect(other.diagnostics, respell(text, lang)).toEqual([]);
      expect(stripSpans(other.ast)).toEqual(stripSpans(base.ast));
    }
  });
});
