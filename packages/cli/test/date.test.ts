import { describe, expect, it } from 'vitest';
import { run } from '../src/commands/date.js';
import { main } from '../src/main.js';
import type { CommandInput } from '../src/spec.js';
import { fakeIo } from './fake-io.js';

const input = (phrase: string, options: CommandInput['options'] = {}, lang: 'vi' | 'en' = 'vi'): CommandInput => ({
  command: 'date',
  positionals: [phrase],
  options,
  lang,
});

describe('tdkt date', () => {
  it('takes the default school year from the injected clock (issue 18)', async () => {
    const io = fakeIo(undefined, Date.UTC(2022, 10, 20));
    expect(await run(input('trước 30/6', { json: true }), io)).toBe(0);
    expect(JSON.parse(io.out()).period).toMatchObject({ kind: 'school-year', startYear: 2022 });
  });

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
    expect(JSON.parse(io.out())).toMatchObject({
      lastDay: '2021-06-30',
      deadline: '2021-06-30T23:59:59.999+07:00',
      beforeReading: 'lenient',
    });
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
    const code = await run(
      input('chậm nhất sau khi hội_nghị 2 ngày', { year: '2020', event: ['hội_nghị=2020-09-25'] }, 'en'),
      io,
    );
    expect(code).toBe(0);
    expect(io.out()).toContain('28/9/2020 (Monday)');
    expect(io.out()).toMatch(/Event:\s+hội_nghị: 25\/9\/2020 \(Friday\) \(known\)/);
  });

  it('takes an expected window for an event and marks the result soft', async () => {
    const io = fakeIo();
    expect(
      await run(
        input('2 ngày sau hop', { 'school-year': '2020-2021', event: ['hop=2020-09-01..2020-09-30'], json: true }),
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({
      soft: true,
      lastDay: '2020-10-02',
      relative: { estimated: true, estimate: { start: '2020-09-01', end: '2020-09-30' } },
    });
  });

  it('prints a bad phrase as <phrase>:1:col with a caret, exit 2', async () => {
    const io = fakeIo();
    expect(await run(input('Quý V', { year: '2024' }), io)).toBe(2);
    expect(io.err()).toBe(
      '<phrase>:1:5: error time.invalid-quarter: quý V không tồn tại (quý I đến IV)\n  Quý V\n      ^\n',
    );
    const en = fakeIo();
    expect(await run(input('trước 31/2', { 'school-year': '2020-2021' }, 'en'), en)).toBe(2);
    expect(en.err()).toContain(
      '<phrase>:1:7: error time.invalid-date: 31/2 is not a real date\n  trước 31/2\n        ^^^^\n',
    );
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
    expect(
      await run(
        input('dự kiến trong các ngày từ 12-15', { 'school-year': '2020-2021', within: 'tháng 6', json: true }),
        io,
      ),
    ).toBe(0);
    expect(JSON.parse(io.out())).toMatchObject({ window: { start: '2021-06-12', end: '2021-06-15' }, soft: true });
    const without = fakeIo();
    expect(await run(input('từ ngày 12-15', { 'school-year': '2020-2021' }), without)).toBe(2);
    expect(without.err()).toContain('time.needs-enclosing-month');
  });

  it('rejects bad options with exit 2', async () => {
    for (const options of [
      { 'school-year': '2020-2022' },
      { year: '20' },
      { year: '2020', 'school-year': '2020-2021' },
      { event: ['x=2020-13-01'] },
      { within: 'trước 30/6' },
      { within: 'Quý V' },
    ]) {
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

  it('prints a time of day, the frame a school-year part comes from, and repetitions (issue 13)', async () => {
    const hour = fakeIo();
    expect(await run(input('trước 17h ngày 1/12/2022', { year: '2022' }), hour)).toBe(0);
    expect(hour.out()).toContain('17:00 ngày 1/12/2022 = 2022-12-01T16:59:59.999+07:00');
    const frame = fakeIo();
    expect(await run(input('học kỳ I', { 'school-year': '2020-2021' }), frame)).toBe(0);
    expect(frame.out()).toMatch(/Khung năm học:\s+2020-2021, khung của Bộ GD&ĐT: Quyết định 2084\/QĐ-BGDĐT/);
    const rule = fakeIo();
    expect(await run(input('học kỳ I', { 'school-year': '2030-2031' }, 'en'), rule)).toBe(0);
    expect(rule.out()).toContain('no Ministry decision for this school year in the data: the rule');
    const monthly = fakeIo();
    expect(await run(input('trước ngày 25 hằng tháng', { year: '2024', json: true }), monthly)).toBe(0);
    const json = JSON.parse(monthly.out());
    expect(json.occurrences).toHaveLength(12);
    expect(json.warnings[0]).toMatchObject({ code: 'time.repeat-days-off', severity: 'warning' });
  });

  it('keeps a fixed deadline on a day off and warns, naming the working days around it (BLDS Điều 148)', async () => {
    const io = fakeIo();
    expect(await run(input('chậm nhất ngày 15/5', { 'school-year': '2020-2021' }), io)).toBe(0);
    expect(io.out()).toContain('Ngày cuối:  15/5/2021 (thứ Bảy)');
    expect(io.out()).toContain('time.deadline-on-day-off: hạn chót thứ Bảy 15/5/2021 là ngày nghỉ cuối tuần');
    expect(io.out()).toContain('thứ Hai 17/5/2021');
    const json = fakeIo();
    expect(await run(input('chậm nhất ngày 29/1/2025', { year: '2025', json: true }, 'en'), json)).toBe(0);
    const body = JSON.parse(json.out());
    expect(body).toMatchObject({
      lastDay: '2025-01-29',
      dayOff: { reason: 'tet', nextWorkingDay: '2025-02-03', previousWorkingDay: '2025-01-24' },
    });
    expect(body.warnings[0].message).toContain('inside the Tết break');
  });

  it('binds an event by its written title (ID:TITLE=DATE) and says how', async () => {
    const io = fakeIo();
    const code = await run(
      input('chậm nhất 2 ngày sau hội nghị CBVC', {
        'school-year': '2020-2021',
        event: ['hnc:Hội nghị cán bộ, viên chức=2020-09-25'],
      }),
      io,
    );
    expect(code).toBe(0);
    expect(io.out()).toMatch(/Sự kiện:\s+hnc \["Hội nghị cán bộ, viên chức", theo tên đã viết\]: 25\/9\/2020/);
    expect(io.out()).toContain('28/9/2020 (thứ Hai)');
  });

  it('refuses years outside 1900–2199 with exit 2 (issue 18)', async () => {
    for (const options of [{ year: '1800' }, { 'school-year': '1899-1900' }, { year: '2200' }]) {
      const io = fakeIo();
      expect(await run(input('30/6', options), io)).toBe(2);
      expect(io.err()).toContain('nằm ngoài khoảng tdkt hỗ trợ (1900–2199)');
    }
    const phrase = fakeIo();
    expect(await run(input('trước 30/6/2300', { 'school-year': '2020-2021' }), phrase)).toBe(2);
    expect(phrase.err()).toContain('time.year-out-of-range');
  });

  it('explains the seeds’ phrases (golden, vi and en)', async () => {
    const cases: [string, CommandInput['options']][] = [
      ['trước 30/6', { 'school-year': '2020-2021' }],
      ['(dự kiến trong các ngày từ 12-15)', { 'school-year': '2020-2021', within: '6/2021' }],
      ['nhân dịp 20/11/2020', { 'school-year': '2020-2021' }],
      ['Quý III năm 2024', { year: '2024' }],
      ['trước ngày 20/5/2019', { year: '2019' }],
      ['Từ ngày 1/8/2020- 20-10-2020', { 'school-year': '2020-2021' }],
      [
        'chậm nhất sau khi "hội nghị CB, VC" 2 ngày',
        { 'school-year': '2020-2021', event: ['hội nghị CB, VC=2020-09-01..2020-09-30'] },
      ],
      ['cuối học kỳ I năm học 2019-2020', { year: '2019' }],
      [
        'chậm nhất 2 ngày sau hội nghị cán bộ viên chức',
        { 'school-year': '2020-2021', event: ['hnc:Hội nghị CB, VC=2020-09-25'] },
      ],
      [
        'trong thời hạn 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
        { year: '2024', event: ['hs:ngày nhận đủ hồ sơ hợp lệ=2024-03-01'] },
      ],
      ['sau Tết 2 tuần', { 'school-year': '2024-2025' }],
      ['trước ngày khai giảng', { 'school-year': '2025-2026' }],
      ['tuần cuối tháng 5', { 'school-year': '2020-2021' }],
      ['6 tháng đầu năm', { year: '2024' }],
      ['hạn cuối 16 giờ 30 ngày 15/5/2021', { 'school-year': '2020-2021' }],
      ['hằng quý', { year: '2024' }],
      ['han cuoj 30/6', { 'school-year': '2020-2021' }],
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
