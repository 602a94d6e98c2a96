// `tdkt lunar`: both directions, the JSON contract and bad input.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/lunar.js';
import type { Lang } from '../../src/io.js';
import { fakeIo } from '../fake-io.js';

const call = async (positionals: string[], options: Record<string, string | boolean> = {}, lang: Lang = 'vi') => {
  const io = fakeIo();
  const code = await run({ command: 'lunar', positionals, options, lang }, io);
  return { code, out: io.out(), err: io.err() };
};

describe('tdkt lunar', () => {
  it('solar → lunar as JSON', async () => {
    const { code, out } = await call(['2030-02-02'], { json: true });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual({ solar: '2030-02-02', lunar: { day: 1, month: 1, year: 2030, leap: false } });
  });

  it('lunar → solar as JSON, leap months included', async () => {
    expect(JSON.parse((await call([], { 'to-solar': '10/3/2026', json: true })).out)).toEqual({
      solar: '2026-04-26',
      lunar: { day: 10, month: 3, year: 2026, leap: false },
    });
    expect(JSON.parse((await call([], { 'to-solar': '1/2/2023', leap: true, json: true })).out)).toEqual({
      solar: '2023-03-22',
      lunar: { day: 1, month: 2, year: 2023, leap: true },
    });
  });

  it('text in Vietnamese names the weekday, the can chi year and a holiday', async () => {
    const { out } = await call(['2024-02-10']);
    expect(out).toBe(
      'Dương lịch: Thứ Bảy, 10/02/2024\nÂm lịch:    ngày 1 tháng Giêng năm Giáp Thìn (1/1/2024)\nNgày nghỉ: Tết Nguyên đán\n',
    );
  });

  it('text in English', async () => {
    const { out } = await call(['2024-04-18'], {}, 'en');
    expect(out).toContain('Solar: Thu 2024-04-18');
    expect(out).toContain('Lunar: day 10 of month 3, year 2024 (Giáp Thìn)');
  });

  it.each([
    [['2024-02-30'], {}, /ngày dương lịch không hợp lệ/],
    [['10/02/2024'], {}, /YYYY-MM-DD/],
    [['2101-01-01'], {}, /1900–2100/],
    [[], { 'to-solar': '30/12/2024' }, /không tồn tại/],
    [[], { 'to-solar': '30/2/2025' }, /không tồn tại/],
    [[], { 'to-solar': '1/13/2024' }, /từ 1 đến 12/],
    [[], { 'to-solar': '1/1/1899' }, /1900–2100/],
    [[], { 'to-solar': '1/4/2024', leap: true }, /không có tháng 4 nhuận/],
    [[], { 'to-solar': 'mùng 1 Tết' }, /D\/M\/YYYY/],
    [[], {}, /cần một ngày/],
    [['2024-02-10'], { 'to-solar': '1/1/2024' }, /một trong hai/],
    [['2024-02-10'], { leap: true }, /--leap/],
  ] as const)('bad input %j %j exits 2', async (positionals, options, message) => {
    const { code, out, err } = await call([...positionals], { ...options });
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(message);
    expect(err).not.toMatch(/\bat .*\.js:\d+/);
  });
});
