// Runs publint on every package under packages/ (after a build: it checks the files each package would publish).
// `node test/tools/publint.mjs`: prints each finding and exits 1 if there is any, suggestions included.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const packages = new URL('../../packages/', import.meta.url).pathname;
const dirs = readdirSync(packages)
  .map((name) => join(packages, name))
  .filter((dir) => existsSync(join(dir, 'package.json')));

// What a publish would pack, for every package in one npm call (one npm start instead of one per package: ≈ 2 s
// instead of ≈ 15 s); lifecycle scripts are not run. npm, because pnpm may not be on the PATH when run through npx.
const packed = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', ...dirs], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }),
);

// Every package is checked, the playground too: the CLI depends on it and serves its built files.
const results = await Promise.all(
  dirs.map(async (dir, i) => {
    const { name } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const files = packed[i].files.map((f) => ({ name: join(dir, f.path), data: readFileSync(join(dir, f.path)) }));
    const { messages, pkg } = await publint({ pkgDir: dir, pack: { files }, strict: true, level: 'suggestion' });
    return { name, lines: messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false }) ?? m.code}`) };
  }),
);

let findings = 0;
for (const { name, lines } of results) {
  for (const line of lines) console.error(`publint ${name}: ${line}`);
  findings += lines.length;
}
if (findings > 0) {
  console.error(`publint: ${findings} finding(s) in ${results.filter((r) => r.lines.length > 0).length} package(s)`);
  process.exit(1);
}
console.log(`publint: ${results.length} packages, no findings`);
