// Runs every packages/*/bench/*.bench.mjs in sequence, each in its own `node --expose-gc` child process.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const packagesDir = join(root, 'packages');
const only = process.argv.slice(2);

const files = readdirSync(packagesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => {
    const dir = join(packagesDir, entry.name, 'bench');
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.bench.mjs'))
      .sort()
      .map((name) => join(dir, name));
  })
  .filter((file) => only.length === 0 || only.some((o) => file.includes(o)));

let failed = 0;
for (const file of files) {
  const rel = relative(root, file);
  process.stdout.write(`\n=== ${rel} ===\n`);
  // Run from the file's package so that `@tdkt/<name>` resolves by self-reference to the built package.
  const result = spawnSync(process.execPath, ['--expose-gc', file], { cwd: join(file, '..', '..'), stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    process.stdout.write(`!!! ${rel} exited with ${result.status ?? result.signal}\n`);
  }
}
process.stdout.write(`\n${files.length} benchmark file(s), ${failed} failed\n`);
process.exit(failed === 0 ? 0 : 1);
