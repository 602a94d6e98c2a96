import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

describe('main: files and exit codes (issue 18)', () => {
  const root = new URL('../../../', import.meta.url).pathname;
  const plan = 'workflows/kim-son-2020-2021.tdkt';

  it('lists every exit code, 70 included, in --help', async () => {
    for (const lang of ['vi', 'en'] as const) {
      const io = fakeIo();
      await main(['--help', '--lang', lang], io);
      expect(io.out()).toMatch(/0 .*; 1 .*; 2 .*\n\s+70 /u);
    }
  });

  it('exits 2 with a clear message when --out, --html or --ics cannot be written', async () => {
    // A symbolic link is refused as a target (never a device here: an unfixed build would replace it).
    const dir = mkdtempSync(join(tmpdir(), 'tdkt-main-'));
    const link = join(dir, 'link.mmd');
    symlinkSync(join(dir, 'target'), link);
    for (const [argv, path] of [
      [['compile', plan, '--out', 'no-such-dir/x.json'], 'no-such-dir/x.json'],
      [['simulate', plan, '--population', 'none', '--html', 'no-such-dir/r.html'], 'no-such-dir/r.html'],
      [['calendar', plan, '--ics', 'no-such-dir/k.ics'], 'no-such-dir/k.ics'],
      [['graph', plan, '--out', link], link],
    ] as const) {
      const io = fakeIo(root);
      expect(await main([...argv, '--lang', 'en'], io)).toBe(2);
      expect(io.err()).toContain(`\`${path}\``);
      expect(io.err()).not.toMatch(/internal error|\bat .*\.js:\d+/u);
    }
  });

  it('refuses --population /dev/zero at once', async () => {
    const io = fakeIo(root);
    expect(await main(['simulate', plan, '--population', '/dev/zero', '--lang', 'en'], io)).toBe(2);
    expect(io.err()).toContain('`/dev/zero` is a device, not a regular file');
  });
});

describe('main: control characters (issue 18)', () => {
  it('escapes ESC and CR from an unknown command or option instead of echoing them', async () => {
    for (const argv of [['\u001B[2J\rx'], ['check', '--\u001B[31mred']]) {
      const io = fakeIo();
      expect(await main(argv, io)).toBe(2);
      expect(io.err()).not.toMatch(/[\u001B\r]/u);
      expect(io.err()).toContain('\\u{1B}');
    }
  });
});
