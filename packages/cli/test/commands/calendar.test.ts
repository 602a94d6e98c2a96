// `tdkt calendar`: the .ics file, reproducible stamps, and bad input.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/commands/calendar.js';
import { fakeIo } from '../fake-io.js';

const root = new URL('../../../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'tdkt-calendar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('tdkt calendar', () => {
  it('writes an .ics file of the plans given, with a reproducible DTSTAMP from SOURCE_DATE_EPOCH', async () => {
    const out = join(dir, 'kh.ics');
    const io = { ...fakeIo(root), env: { SOURCE_DATE_EPOCH: '1700000000' } };
    const files = ['workflows/kim-son-2020-2021.tdkt', 'workflows/lai-chau-2020-2021.tdkt'];
    expect(await run({ command: 'calendar', positionals: files, options: { ics: out }, lang: 'vi' }, io)).toBe(0);
    expect(io.err()).toMatch(/đã ghi .*kh\.ics: \d+ sự kiện/);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('DTSTAMP:20231114T221320Z');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.some((e) => e.uid.startsWith('workflows/kim-son-2020-2021.tdkt#'))).toBe(true);
    expect(events.some((e) => e.uid.startsWith('workflows/lai-chau-2020-2021.tdkt#'))).toBe(true);
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
  });

  it('stamps DTSTAMP from the injected clock when SOURCE_DATE_EPOCH is unset (issue 18)', async () => {
    const out = join(dir, 'now.ics');
    const io = fakeIo(root, Date.UTC(2021, 0, 2, 3, 4, 5));
    expect(
      await run(
        { command: 'calendar', positionals: ['workflows/kim-son-2020-2021.tdkt'], options: { ics: out }, lang: 'vi' },
        io,
      ),
    ).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('DTSTAMP:20210102T030405Z');
  });

  it('needs --ics (exit 2)', async () => {
    const io = fakeIo(root);
    expect(
      await run(
        { command: 'calendar', positionals: ['workflows/kim-son-2020-2021.tdkt'], options: {}, lang: 'en' },
        io,
      ),
    ).toBe(2);
    expect(io.err()).toContain('--ics OUT.ics is required');
  });

  it('refuses a file without a plan (exit 2)', async () => {
    const io = fakeIo(root);
    expect(
      await run(
        {
          command: 'calendar',
          positionals: ['dsl/lib/xet-cuoi-nam.tdkt'],
          options: { ics: join(dir, 'x.ics') },
          lang: 'en',
        },
        io,
      ),
    ).toBe(2);
    expect(io.err()).toContain('no plan');
  });

  it('reports a missing file with exit 2 and no stack', async () => {
    const io = fakeIo(root);
    expect(
      await run(
        { command: 'calendar', positionals: ['không-có.tdkt'], options: { ics: join(dir, 'y.ics') }, lang: 'vi' },
        io,
      ),
    ).toBe(2);
    expect(io.err()).toContain('không-có.tdkt');
    expect(io.err()).not.toMatch(/\n\s+at /);
  });
});
