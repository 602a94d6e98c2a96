// The diagnostics gallery: every catalog code has a broken file, whose vi/en output matches its goldens.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CASES,
  caseNames,
  catalogCodes,
  diagnosticsDoc,
  GOLDEN,
  PENDING,
  ROOT,
  runCase,
  UNREACHABLE,
} from './gallery.js';

// Goldens and docs/diagnostics.md are file snapshots: `npx vitest run test/diagnostics -u` rewrites them.
const DOC = join(ROOT, '..', '..', 'docs', 'diagnostics.md');

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

  it.each(names)('%s: rendered output matches the goldens (vi, en)', async (name) => {
    const r = results.get(name)!;
    await expect(`${r.render('vi')}\n`).toMatchFileSnapshot(join(GOLDEN, `${name}.vi.txt`));
    await expect(`${r.render('en')}\n`).toMatchFileSnapshot(join(GOLDEN, `${name}.en.txt`));
  });

  it('keeps no golden file of a case that is gone', () => {
    const expected = new Set(names.flatMap((n) => [`${n}.vi.txt`, `${n}.en.txt`]));
    expect(readdirSync(GOLDEN).filter((f) => !expected.has(f))).toEqual([]);
  });

  it('docs/diagnostics.md is generated from the gallery and up to date', async () => {
    await expect(diagnosticsDoc(names.map((n) => results.get(n)!))).toMatchFileSnapshot(DOC);
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
