// `tdkt holidays`: the JSON contract, the text report (golden) and bad input.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/holidays.js';
import type { Lang } from '../../src/io.js';
import { main } from '../../src/main.js';
import { fakeIo } from '../fake-io.js';

const call = async (positionals: string[], options: Record<string, boolean> = {}, lang: Lang = 'vi') => {
  const io = fakeIo();
  const code = await run({ command: 'holidays', positionals, options, lang }, io);
  return { code, out: io.out(), err: io.err() };
};

describe('tdkt holidays', () => {
  it('--json: the documented shape, Tết 2024 from the decided schedule', async () => {
    const { code, out } = await call(['2024'], { json: true });
    expect(code).toBe(0);
    const rows = JSON.parse(out) as Record<string, unknown>[];
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['date', 'kind', 'lunar', 'name', 'source']);
    const tet = rows.filter((r) => String(r['name']).startsWith('Tết Nguyên đán'));
    expect(tet.map((r) => r['date'])).toEqual([
      '2024-02-08',
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
    ]);
    expect(tet[2]).toEqual({
      date: '2024-02-10',
      name: 'Tết Nguyên đán',
      kind: 'holiday',
      lunar: '1/1',
      source: expect.stringContaining('5015/TB-LĐTBXH'),
    });
    expect(rows.find((r) => r['date'] === '2024-05-04')?.['kind']).toBe('makeup-workday');
  });

  it('--json in English names days in English; rule years say source "rule"', async () => {
    const { out } = await call(['2030'], { json: true }, 'en');
    const rows = JSON.parse(out) as Record<string, unknown>[];
    expect(rows[0]).toEqual({
      date: '2030-01-01',
      name: "New Year's Day",
      kind: 'holiday',
      lunar: null,
      source: 'rule',
    });
  });

  it('prints a Vietnamese table with weekdays, breaks and sources (golden)', async () => {
    const { code, out } = await call(['2024']);
    expect(code).toBe(0);
    expect(out).toContain('Theo lịch nghỉ Chính phủ đã quyết định');
    await expect(out).toMatchFileSnapshot('./golden/holidays-2024.vi.txt');
  });

  it('says when a year falls back to the rule, in English with --lang en', async () => {
    const { out } = await call(['2031'], {}, 'en');
    expect(out).toContain('No government decision recorded');
    expect(out).toContain('2031-01-23  Thu');
    expect(out).toContain('defaults to 1/9'); // 2/9/2031 is a Tuesday
  });

  it('is registered in the command table (tdkt holidays 2024 --json)', async () => {
    const io = fakeIo();
    expect(await main(['holidays', '2024', '--json'], io)).toBe(0);
    expect(io.out()).toContain('"date": "2024-02-10"');
  });

  it.each([['20x'], ['1899'], ['2101'], ['']])('bad year %j exits 2 with a message', async (year) => {
    const { code, out, err } = await call([year]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/^tdkt: năm/);
  });
});
