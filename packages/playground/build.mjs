// Builds the playground with Vite into dist/ (a static site; `tdkt play` serves the same files).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..', '..');

/** A hash of everything the bundle is made of, so a test can tell a stale build. */
export function sourceHash() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (name === 'node_modules' || name === 'dist' || name.startsWith('.')) continue;
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(ts|css|html|tdkt|mjs|json)$/u.test(name))
        hash.update(relative(root, path)).update(readFileSync(path));
    }
  };
  for (const dir of [
    'packages/playground',
    'packages/language-service/src',
    'packages/language/src',
    'packages/calendar/src',
    'packages/compiler/src',
    'packages/simulator/src',
    'packages/views/src',
    'dsl/lib',
    'workflows',
  ])
    walk(join(root, dir));
  return hash.digest('hex');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build({
    root: here,
    base: './',
    logLevel: 'warn',
    build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
    worker: { format: 'es' },
  });
  writeFileSync(join(here, 'dist', 'build-info.json'), `${JSON.stringify({ sources: sourceHash() }, null, 2)}\n`);
  console.log(`playground: built ${relative(root, join(here, 'dist'))}`);
}
