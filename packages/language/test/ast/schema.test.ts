import { readFileSync } from 'node:fs';
import { astJsonSchema, keywordTable, parse, SourceFile } from '@tdkt/language';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../../', import.meta.url);
const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('AST schema and keyword table', () => {
  it('dsl/ast.schema.json is up to date (regenerate: node packages/language/scripts/gen-ast-schema.mjs)', () => {
    expect(JSON.parse(readFileSync(new URL('dsl/ast.schema.json', root), 'utf8'))).toEqual(astJsonSchema());
  });

  it('the generated keyword module matches dsl/keywords.json (regenerate: node packages/language/scripts/gen-keywords.mjs)', () => {
    expect(JSON.parse(readFileSync(new URL('dsl/keywords.json', root), 'utf8')).keywords).toEqual(keywordTable);
  });

  it('parsed files validate against the zod schema', () => {
    for (const f of ['sketch.tdkt', 'constructs.tdkt', 'broken.tdkt']) {
      const r = SourceFile.safeParse(parse(fixture(f), f).ast);
      expect(r.success, r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))).toBe(true);
    }
  });

  it('every keyword has three distinct-or-equal spellings and unique ids', () => {
    const ids = keywordTable.map((k) => k.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const k of keywordTable) expect(k.vi && k.ascii && k.en).toBeTruthy();
  });
});
