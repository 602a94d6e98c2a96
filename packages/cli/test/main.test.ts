import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { version } from '../src/version.js';
import { fakeIo } from './fake-io.js';

describe('main', () => {
  it('prints help in Vietnamese by default and English on request', async () => {
    const vi = fakeIo();
    expect(await main(['--help'], vi)).toBe(0);
    expect(vi.out()).toContain('Cách dùng');
    const en = fakeIo();
    expect(await main(['--help', '--lang', 'en'], en)).toBe(0);
    expect(en.out()).toContain('Usage');
  });

  it('prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(version).toBe(pkg.version);
    const io = fakeIo();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.out()).toBe(`${pkg.version}\n`);
  });

  it('exits 2 with a one-line message, no stack, on an unknown command', async () => {
    const io = fakeIo();
    expect(await main(['simulte'], io)).toBe(2);
    expect(io.err()).toMatch(/^tdkt: không có lệnh `simulte`/);
    expect(io.err()).not.toMatch(/\bat .*\.js:\d+/);
  });
});
