// Importing @tdkt/engine loads no native store driver: better-sqlite3 and pg come only with their subpath exports.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const pkg = fileURLToPath(new URL('../../', import.meta.url));

// Runs in a child process over the BUILT package: what a host's `import` loads, CommonJS drivers included.
const probe = `
import { createRequire } from 'node:module';
const cache = createRequire(process.cwd() + '/').cache;
const drivers = () => Object.keys(cache).filter((p) => /[\\\\/]node_modules[\\\\/](better-sqlite3|pg|pg-pool|pg-protocol)[\\\\/]/.test(p)).map((p) => p.match(/node_modules[\\\\/]([^\\\\/]+)[\\\\/](?!.*node_modules)/)?.[1]);
const seen = {};
const engine = await import('@tdkt/engine');
seen.engine = [...new Set(drivers())].sort();
seen.works = typeof engine.createEngine === 'function' && typeof engine.createMemoryStore === 'function';
await import('@tdkt/engine/sqlite');
seen.sqlite = [...new Set(drivers())].sort();
await import('@tdkt/engine/postgres');
seen.postgres = [...new Set(drivers())].sort();
console.log(JSON.stringify(seen));
`;

describe('lazy native modules', () => {
  it('@tdkt/engine loads neither better-sqlite3 nor pg; @tdkt/engine/sqlite and /postgres load their own', () => {
    if (!existsSync(`${pkg}dist/index.js`)) throw new Error('run `npx --yes pnpm@10.34.9 build` first');
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: pkg, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const seen = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(seen).toEqual({
      engine: [],
      works: true,
      sqlite: ['better-sqlite3'],
      postgres: ['better-sqlite3', 'pg', 'pg-pool', 'pg-protocol'],
    });
  });
});
