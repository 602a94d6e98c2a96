// The four seed plans in the service: no diagnostics, every written time phrase hovers with its date, an outline.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLanguageService } from '@tdkt/language-service';
import { describe, expect, it } from 'vitest';

const root = new URL('../../../', import.meta.url).pathname;
const read = (p: string): string | undefined =>
  existsSync(join(root, p)) ? readFileSync(join(root, p), 'utf8') : undefined;
const seeds = readdirSync(join(root, 'workflows'))
  .filter((f) => f.endsWith('.tdkt'))
  .sort();

describe.each(seeds)('workflows/%s', (name) => {
  const file = `workflows/${name}`;
  it('opens without errors, hovers every resolved phrase with its last day, and has an outline', () => {
    const service = createLanguageService({ readFile: read });
    service.open(file, read(file)!);
    expect(service.diagnostics(file).filter((d) => d.severity === 1)).toEqual([]);
    const snapshot = service.snapshot(file)!;
    const text = service.document(file)!;
    let hovered = 0;
    for (const t of snapshot.times.values()) {
      if (t.source.file !== file || t.resolution === undefined) continue;
      const h = service.hover(file, text.position(t.source.start + 1));
      expect(h?.contents, t.text).toContain('Ngày cuối: **');
      hovered++;
    }
    expect(hovered).toBeGreaterThan(0);
    expect(service.documentSymbols(file).some((s) => s.children.length > 0)).toBe(true);
  });
});
