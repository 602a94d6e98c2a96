// One spelling: every seed workflow, example and library file checks the same when typed without diacritics
// (ASCII-folded, as on a phone or an old keyboard layout) and when pasted in NFD (as Word often pastes).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type AnalysisResult, loadWorkspace } from '@tdkt/language';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const list = (dir: string): string[] =>
  readdirSync(ROOT + dir)
    .filter((f) => f.endsWith('.tdkt'))
    .map((f) => `${dir}/${f}`);
const FILES = [...list('workflows'), ...list('workflows/examples'), ...list('dsl/lib')].sort();

/** Strips every diacritic and maps đ to d: the text as typed without Vietnamese input. */
const asciiFold = (text: string): string =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D');

function load(convert: (text: string) => string): AnalysisResult {
  return loadWorkspace(FILES, (path) =>
    existsSync(ROOT + path) ? convert(readFileSync(ROOT + path, 'utf8')) : undefined,
  );
}

/** Every problem and note as `file:line code`, so two spellings of the same files can be compared. */
function problems(r: AnalysisResult): string[] {
  return r.diagnostics.map(
    (d) => `${d.file}:${r.files.get(d.file)?.index.lineCol(d.span.start).line ?? '?'} ${d.severity} ${d.code}`,
  );
}

describe('every seed, example and library file reads the same in every spelling', () => {
  const nfc = load((t) => t);
  it('covers the seeds, the examples and the library', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(17);
    expect(nfc.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('ASCII-folded (no diacritics, đ typed as d): the same diagnostics and the same plans', () => {
    const ascii = load(asciiFold);
    expect(problems(ascii)).toEqual(problems(nfc));
    expect(ascii.model.plans.map((p) => p.activities.length)).toEqual(nfc.model.plans.map((p) => p.activities.length));
    expect(ascii.model.plans.flatMap((p) => p.activities.map((a) => a.window?.end))).toEqual(
      nfc.model.plans.flatMap((p) => p.activities.map((a) => a.window?.end)),
    );
  });

  it('NFD (decomposed, as pasted from Word): the same diagnostics and the same plans', () => {
    const nfd = load((t) => t.normalize('NFD'));
    expect(problems(nfd)).toEqual(problems(nfc));
    expect(nfd.model.plans.flatMap((p) => p.activities.map((a) => a.window?.end))).toEqual(
      nfc.model.plans.flatMap((p) => p.activities.map((a) => a.window?.end)),
    );
  });
});
