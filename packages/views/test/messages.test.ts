// The views' message catalog: every text in both languages, and no language ternaries left in the views' code.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type ViewMessageId, viewMessages, viewText } from '@tdkt/views';
import { describe, expect, it } from 'vitest';

const src = new URL('../src/', import.meta.url).pathname;
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? sources(join(dir, name)) : name.endsWith('.ts') ? [join(dir, name)] : [],
  );
const data = {
  who: ['a', 'b'],
  text: 't',
  phase: 'I',
  level: 'school',
  procedure: 'p',
  to: 'dept',
  window: 'w',
  month: 3,
  yy: '21',
  deadline: 'd',
  earliest: 'e',
  name: 'n',
  what: 'w',
  count: 2,
  units: ['u'],
};

describe('viewMessages', () => {
  it('renders every id in Vietnamese and in English (no Vietnamese letters in English but the name Tết)', () => {
    for (const id of Object.keys(viewMessages) as ViewMessageId[]) {
      const vi = viewText(id, 'vi', data);
      const en = viewText(id, 'en', data);
      expect(vi.trim(), id).not.toBe('');
      expect(en.trim(), id).not.toBe('');
      expect(en.replaceAll('Tết', ''), id).not.toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/u);
    }
    expect(viewText('html.errors', 'en', { count: 1 })).toBe('1 error');
    expect(viewText('html.errors', 'en', { count: 2 })).toBe('2 errors');
    expect(viewText('gantt.month', 'en', { month: 12, yy: '20' })).toBe('Dec 20');
    expect(viewText('gantt.month', 'vi', { month: 12, yy: '20' })).toBe('T12/20');
  });

  it('is the one place the views choose a language: no `lang === "vi" ? … : …` in their code', () => {
    const found = sources(src)
      .filter((path) => !path.endsWith('messages.ts'))
      .flatMap((path) =>
        /\b(?:lang\s*===\s*'vi'|vi)\s*\?/.test(readFileSync(path, 'utf8')) ? [path.slice(src.length)] : [],
      );
    expect(found).toEqual([]);
  });
});
