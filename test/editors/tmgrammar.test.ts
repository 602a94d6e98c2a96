// The TextMate grammar of the VS Code extension, run by VS Code's own engine (vscode-textmate + Oniguruma):
// every seed plan tokenises as its golden file says (`npx vitest run test/editors -u` rewrites them), and key scopes hold.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadWASM, OnigScanner, OnigString } from 'vscode-oniguruma';
import { type IGrammar, INITIAL, parseRawGrammar, Registry } from 'vscode-textmate';

const root = new URL('../../', import.meta.url).pathname;
const GRAMMAR = join(root, 'dsl/editors/vscode/tdkt.tmLanguage.json');
const seeds = readdirSync(join(root, 'workflows'))
  .filter((f) => f.endsWith('.tdkt'))
  .sort();

let grammar: IGrammar;
beforeAll(async () => {
  const wasm = readFileSync(createRequire(import.meta.url).resolve('vscode-oniguruma/release/onig.wasm'));
  await loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new OnigScanner(patterns),
      createOnigString: (s: string) => new OnigString(s),
    }),
    loadGrammar: async (scope: string) =>
      scope === 'source.tdkt' ? parseRawGrammar(readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null,
  });
  const loaded = await registry.loadGrammar('source.tdkt');
  if (!loaded) throw new Error('grammar source.tdkt did not load');
  grammar = loaded;
});

/** Each line's scoped tokens as `«text»scope` (long texts cut, with their length); unscoped text left out. */
function tokenise(text: string): { line: number; text: string; scope: string }[] {
  const out: { line: number; text: string; scope: string }[] = [];
  let stack = INITIAL;
  text.split('\n').forEach((line, i) => {
    const result = grammar.tokenizeLine(line, stack);
    for (const t of result.tokens) {
      const scope = t.scopes.filter((s) => s !== 'source.tdkt').join(' ');
      const piece = line.slice(t.startIndex, t.endIndex);
      if (scope !== '' && piece.trim() !== '')
        out.push({ line: i + 1, text: piece, scope: scope.replace(/\.tdkt\b/gu, '') });
    }
    stack = result.ruleStack;
  });
  return out;
}

function render(tokens: ReturnType<typeof tokenise>): string {
  const lines = new Map<number, string[]>();
  for (const t of tokens) {
    const shown = t.text.length > 40 ? `${t.text.slice(0, 39)}…»(${t.text.length})` : `${t.text}»`;
    lines.set(t.line, [...(lines.get(t.line) ?? []), `«${shown}${t.scope}`]);
  }
  return `${[...lines].map(([n, ts]) => `${n}: ${ts.join(' ')}`).join('\n')}\n`;
}

describe('the TextMate grammar under vscode-textmate and Oniguruma', () => {
  it.each(seeds)('tokenises workflows/%s as its golden file', async (seed) => {
    const actual = render(tokenise(readFileSync(join(root, 'workflows', seed), 'utf8')));
    await expect(actual).toMatchFileSnapshot(`golden/${seed.replace(/\.tdkt$/u, '.tokens.txt')}`);
  });

  it('keeps no golden file of a seed that is gone', () => {
    const expected = new Set(seeds.map((seed) => seed.replace(/\.tdkt$/u, '.tokens.txt')));
    expect(readdirSync(join(root, 'test/editors/golden')).filter((f) => !expected.has(f))).toEqual([]);
  });

  it('gives keywords, names, times, dates, strings and comments their scopes, in every spelling', () => {
    const text = [
      '# ghi chú',
      'quy trình xét "Xét" // và đây',
      '  bước tổ_xét "Tổ xét" do tổ_trưởng hạn trước 15/5',
      '    duyệt -> đạt',
      'buoc a',
      'step b',
    ].join('\n');
    const scopeOf = (piece: string): string | undefined => tokenise(text).find((t) => t.text === piece)?.scope;
    expect(scopeOf('# ghi chú')).toMatch(/^comment\.line/u);
    expect(scopeOf('quy trình')).toBe('keyword.control.block');
    expect(scopeOf('buoc')).toBe('keyword.control.block');
    expect(scopeOf('step')).toBe('keyword.control.block');
    expect(scopeOf('tổ_xét')).toBe('entity.name.function');
    expect(scopeOf('do')).toBe('keyword.other.clause');
    expect(scopeOf('trước')).toBe('keyword.other.time');
    expect(scopeOf('15/5')).toBe('constant.numeric.date');
    expect(scopeOf('duyệt')).toBe('support.function.action');
    expect(tokenise(text).some((t) => t.scope.startsWith('string.quoted.double') && t.text.includes('Tổ xét'))).toBe(
      true,
    );
  });
});
