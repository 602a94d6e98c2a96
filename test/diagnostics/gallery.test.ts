// The diagnostics gallery: every catalog code has a broken file, whose vi/en output matches its goldens.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES, GOLDEN, PENDING, ROOT, UNREACHABLE, caseNames, catalogCodes, diagnosticsDoc, runCase } from './gallery.js';

const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const DOC = join(ROOT, '..', '..', 'docs', 'diagnostics.md');

function golden(path: string, actual: string): void {
  if (UPDATE) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  expect(existsSync(path), `missing golden ${path} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const names = caseNames();
const results = new Map(names.map((n) => [n, runCase(n)]));

describe('diagnostics gallery', () => {
  it('has a case for every code of the message catalogs (or a stated reason it cannot occur)', () => {
    const missing = catalogCodes().filter((c) => !names.includes(c) && UNREACHABLE[c] === undefined);
    expect(missing, `add test/diagnostics/cases/<code>.tdkt for these codes`).toEqual([]);
  });

  it('has no case for a code the catalogs do not know', () => {
    const known = new Set(catalogCodes());
    expect(names.filter((n) => !known.has(n))).toEqual([]);
  });

  it.each(names)('%s: the file produces its code', (name) => {
    const codes = results.get(name)!.diagnostics.map((d) => d.code);
    if (!PENDING.has(name)) expect(codes).toContain(name);
  });

  it.each(names)('%s: rendered output matches the goldens (vi, en)', (name) => {
    const r = results.get(name)!;
    golden(join(GOLDEN, `${name}.vi.txt`), `${r.render('vi')}\n`);
    golden(join(GOLDEN, `${name}.en.txt`), `${r.render('en')}\n`);
  });

  it('docs/diagnostics.md is generated from the gallery and up to date', () => {
    const doc = diagnosticsDoc(names.map((n) => results.get(n)!));
    if (UPDATE) writeFileSync(DOC, doc);
    else expect(doc).toBe(readFileSync(DOC, 'utf8'));
  });

  it('every span lies inside its file', () => {
    for (const r of results.values()) {
      for (const d of r.diagnostics) {
        expect(d.span.start).toBeLessThanOrEqual(d.span.end);
        const text = readFileSync(join(ROOT, d.file), 'utf8').normalize('NFC');
        expect(d.span.end).toBeLessThanOrEqual(text.length);
      }
    }
    void CASES;
  });
});
