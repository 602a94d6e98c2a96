// The VS Code grammar: generated from the keyword tables (fails when stale), regexes valid, keywords scoped.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { phraseKeywords } from '@tdkt/calendar';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module without types (dsl/editors is outside the TypeScript workspace)
import { grammarText } from '../../../../dsl/editors/tmlanguage.mjs';
import { keywordTable } from '../../src/keywords/index.js';

const EDITORS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'dsl', 'editors');
const read = (p: string): string => readFileSync(join(EDITORS, p), 'utf8');
const table = JSON.parse(readFileSync(join(EDITORS, '..', 'keywords.json'), 'utf8')) as unknown;
type Rule = {
  match?: string;
  begin?: string;
  end?: string;
  patterns?: Rule[];
  captures?: Record<string, { name: string }>;
};
const grammar = JSON.parse(read('vscode/tdkt.tmLanguage.json')) as { repository: Record<string, Rule> };
const js = (re: string): RegExp => new RegExp(re.replace(/^\(\?i\)/u, ''), re.startsWith('(?i)') ? 'iu' : 'u');

const SCOPE: Record<string, string> = {
  block: 'keyword.control.block.tdkt',
  clause: 'keyword.other.clause.tdkt',
  action: 'support.function.action.tdkt',
  type: 'storage.type.tdkt',
  value: 'constant.language.tdkt',
  operator: 'keyword.operator.word.tdkt',
};

function scopeOf(text: string): { matched: string; scope: string } | undefined {
  const rule = grammar.repository['keyword']!;
  const m = js(rule.match!).exec(text);
  if (m?.index !== 0) return undefined;
  const group = m.slice(1).findIndex((g) => g !== undefined) + 1;
  return { matched: m[0], scope: rule.captures![String(group)]!.name };
}

describe('VS Code grammar', () => {
  it('is up to date with dsl/keywords.json and the calendar time words (regenerate: node dsl/editors/gen-tmlanguage.mjs)', () => {
    expect(read('vscode/tdkt.tmLanguage.json')).toBe(grammarText(table, phraseKeywords));
  });

  it('has regexes that compile', () => {
    const visit = (r: Rule): void => {
      for (const re of [r.match, r.begin, r.end]) if (re !== undefined) expect(() => js(re)).not.toThrow();
      r.patterns?.forEach(visit);
    };
    Object.values(grammar.repository).forEach(visit);
  });

  it('scopes every spelling of every keyword by its category (longest spelling wins)', () => {
    for (const k of keywordTable) {
      for (const s of [k.vi, k.ascii, k.en, ...k.aliases]) {
        const r = scopeOf(`${s} x`);
        expect(r?.matched.toLowerCase(), s).toBe(s.toLowerCase());
        // A spelling shared with the calendar keeps the language's category.
        expect(r?.scope, s).toBe(SCOPE[k.category]);
      }
    }
    expect(scopeOf('chậm nhất 2 ngày')?.scope).toBe('keyword.other.time.tdkt');
    expect(scopeOf('Không Duyệt -> x')).toEqual({ matched: 'Không Duyệt', scope: 'support.function.action.tdkt' });
    expect(scopeOf('dohội')).toBeUndefined();
  });

  it('reads strings before comments, and dates before numbers', () => {
    const pats = (grammar as unknown as { patterns: Array<{ include: string }> }).patterns.map((p) => p.include);
    expect(pats.indexOf('#string')).toBeLessThan(pats.indexOf('#comment'));
    expect(pats.indexOf('#date')).toBeLessThan(pats.indexOf('#number'));
    expect(js(grammar.repository['date']!.match!).exec('hạn 1/8/2020')?.[0]).toBe('1/8/2020');
  });

  it('declares the tdkt language for .tdkt files with # comments and the generated grammar', () => {
    const pkg = JSON.parse(read('vscode/package.json')) as {
      contributes: {
        languages: Array<{ id: string; extensions: string[]; configuration: string }>;
        grammars: Array<{ language: string; path: string; scopeName: string }>;
      };
    };
    expect(pkg.contributes.languages[0]).toMatchObject({ id: 'tdkt', extensions: ['.tdkt'] });
    expect(pkg.contributes.grammars[0]).toMatchObject({ language: 'tdkt', scopeName: 'source.tdkt' });
    expect(existsSync(join(EDITORS, 'vscode', pkg.contributes.grammars[0]!.path))).toBe(true);
    const conf = JSON.parse(read(join('vscode', pkg.contributes.languages[0]!.configuration))) as {
      comments: { lineComment: string };
      brackets: string[][];
    };
    expect(conf.comments.lineComment).toBe('#');
    expect(conf.brackets).toEqual([['(', ')']]);
  });

  it('ships snippets that format to themselves (they are canonical tdkt)', async () => {
    const { format } = await import('../../src/format/index.js');
    const snippets = JSON.parse(read('vscode/snippets.json')) as Record<string, { body: string[] }>;
    for (const [name, s] of Object.entries(snippets)) {
      // Placeholders `${n:default}` become their defaults; `$0` disappears.
      const body = s.body
        .join('\n')
        .replace(/\$\{\d+:([^}]*)\}/gu, '$1')
        .replace(/\$0/gu, '')
        .trimEnd();
      // A step snippet is inserted inside a procedure.
      const text = body.startsWith('bước') ? `quy trình p\n${body.replace(/^/gmu, '  ')}\n` : `${body}\n`;
      const r = format(text);
      expect(r.diagnostics, name).toEqual([]);
      expect(r.text, name).toBe(text);
    }
  });
});
