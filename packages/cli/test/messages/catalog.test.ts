import { describe, expect, it } from 'vitest';
import { cliMessages, say } from '../../src/messages/catalog.js';

describe('the CLI message catalog', () => {
  it('renders every message in both languages', () => {
    const data = new Proxy(
      {},
      {
        get: (_t, key) =>
          key === 'check' || key === 'leap'
            ? false
            : key === 'suggestion' || key === 'hint' || key === 'plans' || key === 'file' || key === 'why'
              ? ''
              : 1,
      },
    );
    for (const [id, template] of Object.entries(cliMessages)) {
      const vi = template.vi(data);
      const en = template.en(data);
      expect(vi, id).not.toBe('');
      expect(en, id).not.toBe('');
    }
  });

  it('renders from typed data', () => {
    expect(say('en', 'wrote', { path: 'kh.ics' })).toBe('wrote kh.ics');
    expect(say('vi', 'check.summary', { errors: 1, warnings: 0, infos: 2, files: 3 })).toBe(
      '1 lỗi, 0 cảnh báo, 2 thông tin trong 3 tệp',
    );
    expect(say('en', 'check.summary', { errors: 1, warnings: 2, infos: 0, files: 1 })).toBe(
      '1 error, 2 warnings in 1 file',
    );
    expect(say('vi', 'help.usage')).toBe('Cách dùng');
  });
});
