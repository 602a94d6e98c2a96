// The playground's interface words, Vietnamese first, English on the switch.
import type { Lang } from './protocol.js';

const WORDS = {
  open: ['Mở tệp…', 'Open…'],
  save: ['Lưu', 'Save'],
  saveAs: ['Tải về', 'Download'],
  format: ['Định dạng', 'Format'],
  gantt: ['Tiến độ cả năm', 'The year'],
  diagrams: ['Sơ đồ quy trình', 'Procedure diagrams'],
  checking: ['đang kiểm tra…', 'checking…'],
  checked: ['đã kiểm tra trong', 'checked in'],
  saved: ['đã lưu', 'saved'],
  saveFailed: ['không lưu được', 'could not save'],
  errors: ['lỗi', 'errors'],
  fixFirst: [
    'Sửa các lỗi trong tệp để xem kiểm tra thời hạn và sơ đồ (đang hiện kết quả lần trước).',
    'Fix the errors in the file to see the deadline checks and diagrams (showing the last results).',
  ],
  noPlan: ['Tệp này không có kế hoạch: chỉ có sơ đồ quy trình.', 'This file has no plan: procedure diagrams only.'],
  noProblems: ['Không có xung đột nào về thời hạn.', 'No deadline conflicts.'],
  line: ['dòng', 'line'],
  examples: ['Ví dụ', 'Examples'],
  otherLang: ['English', 'Tiếng Việt'],
} as const satisfies Record<string, readonly [string, string]>;

export type WordKey = keyof typeof WORDS;

/** One interface word in a language. */
export function t(key: WordKey, lang: Lang): string {
  return WORDS[key][lang === 'vi' ? 0 : 1];
}
