// The service's own words (vi, en): diagnostic codes it adds, hover labels, completion details, rename refusals.
import type { Diagnostic, Lang, MessageCatalog } from '@tdkt/calendar';

type Data = Diagnostic['data'];
const s = (v: unknown): string => (Array.isArray(v) ? v.join(', ') : v === undefined ? '' : String(v));

/**
 * Diagnostic codes the service adds to the language's (keyed like every catalog of the project).
 *
 * @example
 * serviceMessages['editor.import-has-errors']?.en({ path: 'lib.tdkt', errors: 2 }) // => '`lib.tdkt` has 2 errors'
 */
export const serviceMessages: MessageCatalog = {
  'editor.import-has-errors': {
    vi: (d: Data) => `tệp được dùng \`${s(d['path'])}\` có ${s(d['errors'])} lỗi`,
    en: (d: Data) => `\`${s(d['path'])}\` has ${s(d['errors'])} error${d['errors'] === 1 ? '' : 's'}`,
  },
};

/** Labels and sentences of hovers, completion and rename, by key. */
const WORDS = {
  level: ['cấp', 'level'],
  unit: ['đơn vị', 'unit'],
  role: ['vai trò', 'role'],
  council: ['hội đồng', 'council'],
  procedure: ['quy trình', 'procedure'],
  event: ['sự kiện', 'event'],
  phase: ['đợt', 'phase'],
  activity: ['hoạt động', 'activity'],
  param: ['tham số', 'parameter'],
  field: ['trường hồ sơ', 'dossier field'],
  step: ['bước', 'step'],
  final: ['kết thúc', 'final outcome'],
  parallel: ['khối song song', 'parallel block'],
  branch: ['nhánh', 'branch'],
  declaredAt: ['khai báo ở', 'declared at'],
  steps: ['Các bước', 'Steps'],
  finals: ['Kết thúc', 'Ends'],
  by: ['do', 'by'],
  deadline: ['hạn', 'due'],
  after: ['sau', 'after'],
  runs: ['theo quy trình', 'runs procedure'],
  value: ['giá trị', 'value'],
  type: ['kiểu', 'type'],
  members: ['thành viên', 'members'],
  rank: ['bậc', 'rank'],
  under: ['thuộc', 'under'],
  window: ['Khoảng', 'Window'],
  lastDay: ['Ngày cuối', 'Last day'],
  deadlineAt: ['Hạn chót', 'Deadline'],
  endOfDay: ['hết ngày', 'end of'],
  nature: ['Tính chất', 'Nature'],
  soft: [
    'mềm — dự kiến hoặc ước lượng: lỡ hạn chỉ là cảnh báo',
    'soft — tentative or estimated: missing it is a warning',
  ],
  hard: ['cứng — lỡ hạn là xung đột', 'hard — missing it is a conflict'],
  canonical: ['Dạng chuẩn', 'Canonical'],
  context: ['Ngữ cảnh', 'Context'],
  strict: ['"trước" hiểu chặt: ngày cuối là hôm trước', '"trước" read strictly: the last day is the day before'],
  lenient: ['"trước" hiểu rộng: tính cả ngày đó', '"trước" read leniently: the day itself included'],
  eventDay: ['Sự kiện', 'Event'],
  known: ['đã biết', 'known'],
  expected: ['dự kiến', 'expected'],
  lastDayBetween: ['ngày cuối trong khoảng', 'last day between'],
  kindDay: ['một ngày', 'a day'],
  kindWindow: ['khoảng thời gian', 'a window'],
  kindDeadline: ['hạn chót', 'a deadline'],
  unresolved: [
    'chưa quy ra ngày: quy trình này nhận ngày từ kế hoạch dùng nó',
    'not resolved here: this procedure gets its dates from the plan that uses it',
  ],
  inPlan: ['trong kế hoạch', 'in the plan'],
  timeTemplate: ['mẫu thời hạn', 'time phrase template'],
  keyword: ['từ khoá', 'keyword'],
  fixTo: ['Sửa thành', 'Change to'],
  renameInvalid: [
    'tên mới không hợp lệ: chỉ gồm chữ, số và dấu gạch dưới, không bắt đầu bằng số',
    'invalid new name: letters, digits and underscores only, not starting with a digit',
  ],
  renameNothing: ['không có tên nào ở đây để đổi', 'there is no name here to rename'],
  renameTaken: ['tên này đã được dùng trong cùng phạm vi', 'that name is already taken in the same scope'],
  done: ['kết thúc nhánh song song', 'end of the parallel branch'],
} as const satisfies Record<string, readonly [string, string]>;

export type WordKey = keyof typeof WORDS;

/**
 * One label or sentence in a language.
 *
 * @example
 * word('lastDay', 'en') // => 'Last day'
 */
export function word(key: WordKey, lang: Lang): string {
  return WORDS[key][lang === 'vi' ? 0 : 1];
}
