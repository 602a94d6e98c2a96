// Options every command accepts.
import type { OptionSpec } from './spec.js';

export const globalOptions: Readonly<Record<string, OptionSpec>> = {
  lang: {
    type: 'string',
    choices: ['vi', 'en'],
    valueName: 'vi|en',
    help: { vi: 'ngôn ngữ của thông báo (mặc định: vi)', en: 'language of messages (default: vi)' },
  },
  help: { type: 'boolean', short: 'h', help: { vi: 'in hướng dẫn', en: 'print help' } },
  version: { type: 'boolean', short: 'v', help: { vi: 'in phiên bản', en: 'print the version' } },
};

export const jsonOption: OptionSpec = {
  type: 'boolean',
  help: {
    vi: 'in kết quả dạng JSON (cấu trúc ổn định, xem docs/cli.md)',
    en: 'print JSON (stable shape, see docs/cli.md)',
  },
};
