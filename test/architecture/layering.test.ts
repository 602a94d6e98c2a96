// Enforces the one-way data flow between packages, the public-API-only rule, and the ban on ambient time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
/** Layer order of design.md: a package may import only packages before it. */
const layers = ['calendar', 'language', 'compiler', 'engine', 'simulator', 'language-service', 'playground', 'cli'] as const;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function imports(text: string): string[] {
  const found: string[] = [];
  const pattern = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  for (const match of text.matchAll(pattern)) found.push((match[1] ?? match[2]) as string);
  return found;
}

const files = layers.flatMap((layer) =>
  sourceFiles(join(root, 'packages', layer, 'src')).map((path) => ({ layer, path, text: readFileSync(path, 'utf8') })),
);

describe('package layering', () => {
  it('finds the sources of every package', () => {
    for (const layer of layers) expect(files.some((f) => f.layer === layer)).toBe(true);
  });

  it('imports only packages below, by their public entry', () => {
    const problems: string[] = [];
    for (const file of files) {
      const own = layers.indexOf(file.layer);
      for (const spec of imports(file.text)) {
        const match = /^@tdkt\/([^/]+)(\/.*)?$/.exec(spec);
        if (!match) continue;
        const target = match[1] as (typeof layers)[number];
        const where = relative(root, file.path);
        if (match[2] !== undefined && match[2] !== '/test') problems.push(`${where}: deep import ${spec}`);
        const index = layers.indexOf(target);
        if (index === -1) problems.push(`${where}: unknown package ${spec}`);
        else if (index >= own) problems.push(`${where}: ${file.layer} must not import ${target}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('never reaches into another package by relative path', () => {
    const problems = files.flatMap((file) =>
      imports(file.text)
        .filter((spec) => spec.startsWith('.') && /\.\.\/\.\.\/(\.\.\/)?packages\/|\.\.\/\.\.\/[a-z]+\/src\//.test(spec))
        .map((spec) => `${relative(root, file.path)}: ${spec}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('no ambient time or randomness in library code', () => {
  // The one real-clock adapter (engine) and the CLI edge may read the wall clock.
  const allowed = (path: string): boolean => /packages\/engine\/src\/clock\/real-clock\.ts$/.test(path) || /packages\/cli\//.test(path);
  it('uses injected clocks and seeded random sources', () => {
    const problems: string[] = [];
    for (const file of files) {
      if (allowed(file.path)) continue;
      const code = file.text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const banned of [/\bDate\.now\(/, /\bnew Date\(\s*\)/, /\bDateTime\.now\(/, /\bMath\.random\(/, /\beval\(/, /\bnew Function\(/]) {
        if (banned.test(code)) problems.push(`${relative(root, file.path)}: ${banned.source}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
