// Enforces the one-way data flow between packages, the public-API-only rule, and the ban on ambient time.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
/** Layer order of design.md: a package may import only packages before it. */
const layers = [
  'calendar',
  'language',
  'compiler',
  'engine',
  'simulator',
  'views',
  'language-service',
  'playground',
  'cli',
] as const;

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

/** The subpaths a package declares in its package.json `exports` (`./sqlite` → `/sqlite`), besides its main entry. */
function declaredSubpaths(layer: string): string[] {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', layer, 'package.json'), 'utf8')) as {
    exports?: Record<string, unknown>;
  };
  return Object.keys(manifest.exports ?? {})
    .filter((key) => key.startsWith('./') && !key.endsWith('.json'))
    .map((key) => key.slice(1));
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
        const index = layers.indexOf(target);
        if (match[2] !== undefined && (index === -1 || !declaredSubpaths(target).includes(match[2])))
          problems.push(`${where}: deep import ${spec}`);
        if (index === -1) problems.push(`${where}: unknown package ${spec}`);
        else if (index >= own) problems.push(`${where}: ${file.layer} must not import ${target}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('never reaches into another package by relative path', () => {
    const problems = files.flatMap((file) =>
      imports(file.text)
        .filter(
          (spec) => spec.startsWith('.') && /\.\.\/\.\.\/(\.\.\/)?packages\/|\.\.\/\.\.\/[a-z]+\/src\//.test(spec),
        )
        .map((spec) => `${relative(root, file.path)}: ${spec}`),
    );
    expect(problems).toEqual([]);
  });
});

/** The modules a file loads when it is imported: static imports and re-exports, not `import type`, not `import()`. */
function runtimeImports(text: string): string[] {
  const found: string[] = [];
  // `[^'";]`: a match never runs past the end of a statement (`export const X = …;` then `export type … from`).
  const pattern = /^\s*(?:import|export)\s+(?!type\s)[^'";]*?from\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]/gm;
  for (const match of text.matchAll(pattern)) found.push((match[1] ?? match[2]) as string);
  return found;
}

/** The source file a specifier names: a relative `.js` path, or a workspace package's declared entry. */
function resolveSource(from: string, spec: string): string | undefined {
  if (spec.startsWith('.')) return join(from, '..', spec.replace(/\.js$/, '.ts'));
  const match = /^@tdkt\/([^/]+)(\/.*)?$/.exec(spec);
  if (!match) return undefined;
  const manifest = JSON.parse(readFileSync(join(root, 'packages', match[1] as string, 'package.json'), 'utf8')) as {
    exports: Record<string, { default: string }>;
  };
  const entry = manifest.exports[`.${match[2] ?? ''}`]?.default;
  return entry === undefined
    ? undefined
    : join(root, 'packages', match[1] as string, entry.replace(/^\.\/dist\//, 'src/').replace(/\.js$/, '.ts'));
}

/** Every source file loaded, transitively, when `start` is loaded. */
function loadedFiles(start: string): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  for (let path = queue.pop(); path !== undefined; path = queue.pop()) {
    if (seen.has(path)) continue;
    seen.add(path);
    for (const spec of runtimeImports(readFileSync(path, 'utf8'))) {
      const next = resolveSource(path, spec);
      if (next !== undefined) queue.push(next);
    }
  }
  return seen;
}

describe('commands load only what they draw from', () => {
  // `tdkt graph` and `tdkt calendar` draw from the plan model and the compiled machines: the simulator stays unloaded.
  for (const command of ['graph', 'calendar']) {
    it(`tdkt ${command} does not load the simulator`, () => {
      const loaded = [...loadedFiles(join(root, 'packages/cli/src/commands', `${command}.ts`))].map((path) =>
        relative(root, path),
      );
      expect(loaded.some((path) => path.startsWith('packages/views/src/'))).toBe(true);
      expect(loaded.filter((path) => path.startsWith('packages/simulator/'))).toEqual([]);
    });
  }
});

describe('the CLI starts light and speaks from its catalog', () => {
  it('`tdkt --help` loads no package entry (only @tdkt/calendar/text)', () => {
    const loaded = [...loadedFiles(join(root, 'packages/cli/src/main.ts'))].map((path) => relative(root, path));
    expect(loaded.filter((path) => /^packages\/(?!cli\/)[^/]+\/src\/index\.ts$/.test(path))).toEqual([]);
  });

  it('has no inline `vi ? … : …` messages: words live in packages/cli/src/messages', () => {
    const inline = files.filter(
      (f) => f.layer === 'cli' && !f.path.includes('/messages/') && /\bvi \?|=== 'vi' \? [`'"]/.test(f.text),
    );
    expect(inline.map((f) => relative(root, f.path))).toEqual(['packages/cli/src/commands/holidays.ts']);
  });
});

describe('no ambient time or randomness in library code', () => {
  // The one real-clock adapter (engine) and the CLI's process edge (process-io.ts) may read the wall clock.
  const allowed = (path: string): boolean =>
    /packages\/engine\/src\/clock\/real-clock\.ts$/.test(path) || /packages\/cli\/src\/process-io\.ts$/.test(path);
  it('uses injected clocks and seeded random sources', () => {
    const problems: string[] = [];
    for (const file of files) {
      if (allowed(file.path)) continue;
      const code = file.text.replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
      for (const banned of [
        /\bDate\.now\(/,
        /\bnew Date\(\s*\)/,
        /\bDateTime\.now\(/,
        /\bMath\.random\(/,
        /\beval\(/,
        /\bnew Function\(/,
      ]) {
        if (banned.test(code)) problems.push(`${relative(root, file.path)}: ${banned.source}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
