import { describe, expect, it } from 'vitest';
import { run } from '../src/commands/date.js';
import { main } from '../src/main.js';
import type { CommandInput } from '../src/spec.js';
import { fakeIo } from './fake-io.js';

const input = (phrase: string, options: CommandInput['options'] = {}, lang: 'vi' | 'en' = 'vi'): CommandInput => ({ command: 'date', positionals: [phrase], options, lang });

describe('tdkt date', () => {
  it('prints 29/6/2021 end of day for "trước 30/6" in 2020-2021 (strict)', async () => {
    const io = fakeIo();
    expect(await run(input('trước 30/6', { 'school-year': '2020-2021' }), io)).toBe(0);
    expect(io.out()).toContain('29/6/2021 (thứ Ba)');
    expect(io.out()).toContain('2021-06-29T23:59:59.999+07:00');
    expect(io.out()).toContain('hạn chót');
    expect(io.err()).toBe('');
  });

  it('reads "trước" leniently with --lenient', async () => {
    const io = fakeIo();
    expect(await run(input('trước 30/6', { 'school-year': '2020-2021', lenient: true, json: true }), io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ lastDay: '2021-06-30', deadline: '2021-06-30T23:59:59.999+07:00', beforeReading: 'lenient' });
  });

  it('prints the JSON contract', async () => {
    const io = fakeIo();
    expect(await run(input('dự kiến 12-15/6', { 'school-year': '2020-2021', json: true }), io)).toBe(0);
    expect(JSON.parse(io.out())).toEqual({
      input: 'dự kiến 12-15/6',
      canonical: 'dự kiến 12-15/6',
      kind: 'window',
      exprKind: 'tentative',
      window: { start: '2021-06-12', end: '2021-06-15' },
      lastDay: '2021-06-15',
      deadline: '2021-06-15T23:59:59.999+07:00',
      soft: true,
      period: { kind: 'school-year', startYear: 2020, start: '2020-08-01', end: '2021-07-31' },
      beforeReading: 'strict',
    });
  });

  it('uses --year and --event, and says which event it used', async () => {
    const io = fakeIo();
    const code = await run(input('chậm nhất sau khi hội_nghị 2 ngày', { year: '2020', event: ['hội_nghị=2020-09-25'] }, 'en'), io);
    expect(code).toBe(0);
    expect(io.out()).toContain('28/9/2020 (Monday)');
    expect(io.out()).toMatch(/Event:\s+hội_nghị: 25\/9\/2020 \(Friday\) \(known\)/);
  });

  it('takes an expected window for an event and marks the result soft', async () => {
    const io = fakeIo();
    expect(await run(input('2 ngày sau hop', { 'school-year': '2020-2021', event: ['hop=2020-09-01..2020-09-30'], json: true }), io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ soft: true, lastDay: '2020-10-02', relative: { estimated: true, estimate: { start: '2020-09-01', end: '2020-09-30' } } });
  });

  it('prints a bad phrase as <phrase>:1:col with a caret, exit 2', async () => {
    const io = fakeIo();
    expect(await run(input('Quý V', { year: '2024' }), io)).toBe(2);
    expect(io.err()).toBe('<phrase>:1:5: error time.invalid-quarter: quý V không tồn tại (quý I đến IV)\n  Quý V\n      ^\n');
    const en = fakeIo();
    expect(await run(input('trước 31/2', { 'school-year': '2020-2021' }, 'en'), en)).toBe(2);
    expect(en.err()).toContain('<phrase>:1:7: error time.invalid-date: 31/2 is not a real date\n  trước 31/2\n        ^^^^\n');
    expect(en.out()).toBe('');
  });

  it('reports a date outside the period and an unknown event', async () => {
    const io = fakeIo();
    expect(await run(input('20/5/2019', { 'school-year': '2020-2021' }), io)).toBe(2);
    expect(io.err()).toContain('error time.outside-period');
    const ev = fakeIo();
    expect(await run(input('2 ngày sau hop', { 'school-year': '2020-2021', json: true }), ev)).toBe(2);
    expect(JSON.parse(ev.out()).diagnostics[0]).toMatchObject({ code: 'time.unknown-event', line: 1, column: 12 });
  });

  it('takes the enclosing month from --within for "từ ngày 12-15"', async () => {
    const io = fakeIo();
    expect(await run(input('dự kiến trong các ngày từ 12-15', { 'school-year': '2020-2021', within: 'tháng 6', json: true }), io)).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ window: { start: '2021-06-12', end: '2021-06-15' }, soft: true });
    const without = fakeIo();
    expect(await run(input('từ ngày 12-15', { 'school-year': '2020-2021' }), without)).toBe(2);
    expect(without.err()).toContain('time.needs-enclosing-month');
  });

  it('rejects bad options with exit 2', async () => {
    for (const options of [{ 'school-year': '2020-2022' }, { year: '20' }, { year: '2020', 'school-year': '2020-2021' }, { event: ['x=2020-13-01'] }, { within: 'trước 30/6' }, { within: 'Quý V' }]) {
      const io = fakeIo();
      expect(await run(input('30/6', options), io)).toBe(2);
      expect(io.err()).toMatch(/^tdkt: /);
    }
  });

  it('is reachable through main()', async () => {
    const io = fakeIo();
    expect(await main(['date', 'truoc 30/6', '--school-year', '2020-2021', '--lang', 'en'], io)).toBe(0);
    expect(io.out()).toContain('29/6/2021 (Tuesday)');
  });

  it('explains the seeds’ phrases (golden, vi and en)', async () => {
    const cases: [string, CommandInput['options']][] = [
      ['trước 30/6', { 'school-year': '2020-2021' }],
      ['(dự kiến trong các ngày từ 12-15)', { 'school-year': '2020-2021', within: '6/2021' }],
      ['nhân dịp 20/11/2020', { 'school-year': '2020-2021' }],
      ['Quý III năm 2024', { year: '2024' }],
      ['trước ngày 20/5/2019', { year: '2019' }],
      ['Từ ngày 1/8/2020- 20-10-2020', { 'school-year': '2020-2021' }],
      ['chậm nhất sau khi "hội nghị CB, VC" 2 ngày', { 'school-year': '2020-2021', event: ['hội nghị CB, VC=2020-09-01..2020-09-30'] }],
      ['cuối học kỳ I năm học 2019-2020', { year: '2019' }],
    ];
    for (const lang of ['vi', 'en'] as const) {
      let report = '';
      for (const [phrase, options] of cases) {
        const io = fakeIo();
        const code = await run(input(phrase, options, lang), io);
        report += `$ tdkt date ${JSON.stringify(phrase)} ${JSON.stringify(options)} --lang ${lang}   (exit ${code})\n${io.out()}${io.err()}\n`;
      }
      await expect(report).toMatchFileSnapshot(`./golden/date-seeds.${lang}.txt`);
    }
  });
});
