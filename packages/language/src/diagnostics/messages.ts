// Vietnamese and English messages for every language diagnostic code (time.* come from the calendar).
import type { Diagnostic, MessageCatalog, MessageTemplate } from '@tdkt/calendar';

type Data = Diagnostic['data'];
const list = (v: unknown): string => (Array.isArray(v) ? v.join('; ') : v === undefined ? '' : String(v));
const names = (v: unknown): string =>
  Array.isArray(v) ? v.map((x) => `\`${String(x)}\``).join(', ') : `\`${String(v)}\``;
const s = (v: unknown): string => (Array.isArray(v) ? v.join(' → ') : v === undefined ? '' : String(v));
const suggestion = {
  vi: (d: Data) => (d['suggestion'] === undefined ? '' : `có phải ý bạn là \`${s(d['suggestion'])}\`?`),
  en: (d: Data) => (d['suggestion'] === undefined ? '' : `did you mean \`${s(d['suggestion'])}\`?`),
};
const m = (vi: MessageTemplate['vi'], en: MessageTemplate['en'], help?: MessageTemplate['help']): MessageTemplate =>
  help ? { vi, en, help } : { vi, en };
const h = (vi: string, en: string): MessageTemplate['help'] => ({ vi: () => vi, en: () => en });

/** The days of a school-year frame, as the Ministry's decisions name them. */
const FRAME_DAYS: Record<string, [string, string]> = {
  gathering: ['tựu trường', 'gathering day'],
  opening: ['khai giảng', 'opening day'],
  semester1End: ['kết thúc học kỳ I', 'end of semester I'],
  semester2End: ['kết thúc học kỳ II', 'end of semester II'],
  teachingEnd: ['kết thúc năm học', 'end of the school year'],
};
const frameDay = (v: unknown, lang: 0 | 1): string => FRAME_DAYS[String(v)]?.[lang] ?? String(v);
const fromPlan = (yes: unknown, lang: 0 | 1): string =>
  yes === true ? (lang === 0 ? 'kế hoạch ghi' : 'the plan') : lang === 0 ? 'theo khung của Bộ' : "the Ministry's frame";

/** What a line grammar expected, by the label passed to `runLine` / `err`. */
const EXPECTED: Record<string, [string, string]> = {
  string: ['một chuỗi trong ngoặc kép "…"', 'a quoted text "…"'],
  time: ['một cụm từ thời gian', 'a time phrase'],
  end: ['hết dòng', 'the end of the line'],
  levels: ['danh sách cấp: cấp a < b < c', 'a level chain: level a < b < c'],
  unit: ['đơn vị ID "tên" [cấp …] [thuộc …]', 'unit ID "name" [level …] [under …]'],
  issuer: ['đơn vị "tên" [cấp …] [thuộc …]', 'unit "name" [level …] [under …]'],
  role: ['vai trò ID "tên" [cấp …]', 'role ID "name" [level …]'],
  council: ['hội đồng ID "tên" [cấp …]', 'council ID "name" [level …]'],
  member: ['thành viên "tên" [chức vụ "…"] [phụ trách "…"]', 'member "name" [position "…"] [in charge of "…"]'],
  period: ['năm học YYYY-YYYY hoặc năm YYYY', 'school year YYYY-YYYY or year YYYY'],
  event: ['sự kiện ID ["tên"] [thời gian]', 'event ID ["name"] [time]'],
  phase: ['đợt SỐ [thời gian] ["chủ đề"]', 'phase N [time] ["theme"]'],
  section: [
    'một tiêu đề mục (tháng …, quý …, đợt …, cả năm)',
    'a section heading (month …, quarter …, phase …, all year)',
  ],
  activity: [
    'một hoạt động: [ID:] "nội dung" [do …] [thời gian] [sau …] [theo quy trình …]',
    'an activity: [ID:] "text" [by …] [time] [after …] [per procedure …]',
  ],
  'activity-clause': [
    'một mệnh đề của hoạt động (do, thời gian, sau, theo quy trình, với, ghi chú)',
    'an activity clause (by, time, after, per procedure, with, note)',
  ],
  procedure: ['quy trình ID ["tên"]', 'procedure ID ["title"]'],
  plan: ['kế hoạch "tên"', 'plan "title"'],
  param: ['TÊN = giá trị', 'NAME = value'],
  field: ['TÊN: kiểu (văn bản, số, có/không, ngày, một trong …)', 'NAME: type (text, number, yes/no, date, one of …)'],
  step: ['bước ID ["tên"] [do …] [hạn …]', 'step ID ["title"] [by …] [deadline …]'],
  'step-clause': [
    'một mệnh đề của bước (do, hạn, mất, công khai, nhắc trước, HÀNH ĐỘNG -> ĐÍCH, nếu …, quá hạn …)',
    'a step clause (by, deadline, takes, posting, remind, ACTION -> TARGET, if …, overdue …)',
  ],
  parallel: ['song song ID ["tên"]', 'parallel ID ["title"]'],
  branch: ['nhánh ID', 'branch ID'],
  join: ['hợp nhất [tất cả|bất kỳ] -> ĐÍCH', 'join [all|any] -> TARGET'],
  final: ['kết thúc a, b, c', 'final a, b, c'],
  start: ['bắt đầu BƯỚC', 'start STEP'],
  'expected.name': ['một tên', 'a name'],
  'expected.time': ['một cụm từ thời gian', 'a time phrase'],
  'expected.duration': ['một thời hạn (5 ngày làm việc)', 'a duration (5 working days)'],
  'expected.value': ['một giá trị', 'a value'],
  'expected.arrow': ['mũi tên ->', 'an arrow ->'],
  'expected.action': ['một hành động (nộp, duyệt, trả lại, …)', 'an action (submit, approve, return, …)'],
  'expected.operator': ['một phép so sánh (=, !=, <, <=, >, >=)', 'a comparison (=, !=, <, <=, >, >=)'],
  'expected.punct': ['một dấu câu', 'a punctuation mark'],
  'expected.dash': ['dấu gạch ngang -', 'a dash -'],
};
const expected = (d: Data, lang: 0 | 1): string => EXPECTED[s(d['expected'])]?.[lang] ?? s(d['expected']);

const CONTEXT: Record<string, [string, string]> = {
  file: ['ở đầu tệp', 'at the top level'],
  plan: ['trong kế hoạch', 'in a plan'],
  organisation: ['trong tổ chức', 'in an organisation block'],
  procedure: ['trong quy trình', 'in a procedure'],
  council: ['trong hội đồng', 'in a council'],
  phase: ['trong đợt', 'in a phase'],
  parallel: ['trong khối song song', 'in a parallel block'],
  branch: ['trong nhánh', 'in a branch'],
};
const ctx = (d: Data, lang: 0 | 1): string => CONTEXT[s(d['context'])]?.[lang] ?? s(d['context']);

const WHAT: Record<string, [string, string]> = {
  level: ['cấp', 'level'],
  unit: ['đơn vị', 'unit'],
  role: ['vai trò', 'role'],
  actor: ['vai trò/cấp/hội đồng', 'role/level/council'],
  event: ['sự kiện', 'event'],
  phase: ['đợt', 'phase'],
  activity: ['hoạt động', 'activity'],
  procedure: ['quy trình', 'procedure'],
  step: ['bước', 'step'],
  target: ['bước hoặc kết thúc', 'step or final'],
  param: ['tham số', 'parameter'],
  field: ['trường hồ sơ', 'dossier field'],
  'event-or-activity': ['sự kiện hoặc hoạt động', 'event or activity'],
  council: ['hội đồng', 'council'],
  name: ['tên', 'name'],
};
const what = (d: Data, lang: 0 | 1): string => WHAT[s(d['what'])]?.[lang] ?? s(d['what']);

/**
 * Every language diagnostic code in Vietnamese and English, with help lines.
 *
 * @example
 * languageMessages['link.unknown-name']?.en({ name: 'tổ_xet', what: 'step' }) // => 'unknown step `tổ_xet`'
 */
export const languageMessages: MessageCatalog = {
  'layout.mixed-indent': m(
    () => 'thụt lề trộn tab và dấu cách',
    () => 'indentation mixes tabs and spaces',
    h('trong một tệp chỉ dùng tab hoặc chỉ dùng dấu cách', 'use only tabs or only spaces in one file'),
  ),
  'layout.bad-dedent': m(
    () => 'thụt lề không khớp với dòng nào ở trên',
    () => 'this indentation matches no enclosing line',
    h('lùi về đúng cột của một dòng bên trên', 'dedent to the column of an enclosing line'),
  ),
  'layout.unexpected-child': m(
    (d) => `dòng này không thể nằm bên trong (${s(d['context'])})`,
    (d) => `this line cannot be nested here (${s(d['context'])})`,
    h('bỏ thụt lề hoặc chuyển dòng lên đúng khối', 'remove the indentation or move the line to the right block'),
  ),
  'syntax.unexpected': m(
    (d) =>
      d['keywordHere'] === true
        ? `\`${s(d['found'])}\` là từ khoá ở chỗ này, không dùng làm tên được`
        : `không hiểu \`${s(d['found'])}\`: cần ${expected(d, 0)}`,
    (d) =>
      d['keywordHere'] === true
        ? `\`${s(d['found'])}\` is a keyword here and cannot be a name`
        : `unexpected \`${s(d['found'])}\`: expected ${expected(d, 1)}`,
    {
      vi: (d) =>
        d['keywordHere'] === true ? `đổi tên, ví dụ \`${s(d['rename'])}\` (nối các từ bằng _)` : suggestion.vi(d),
      en: (d) =>
        d['keywordHere'] === true ? `rename it, e.g. \`${s(d['rename'])}\` (join words with _)` : suggestion.en(d),
    },
  ),
  'syntax.lone-surrogate': m(
    (d) => `ký tự UTF-16 lẻ ${s(d['unit'])} (nửa cặp thay thế): văn bản này không ghi được thành UTF-8`,
    (d) => `lone UTF-16 surrogate ${s(d['unit'])}: this text cannot be written as UTF-8`,
    h('xoá ký tự này hoặc gõ lại ký tự đầy đủ', 'delete the character or type the whole character again'),
  ),
  'syntax.unexpected-end': m(
    (d) => `dòng kết thúc quá sớm: cần ${expected(d, 0)}`,
    (d) => `the line ends too early: expected ${expected(d, 1)}`,
  ),
  'syntax.unclosed-string': m(
    () => 'thiếu dấu ngoặc kép đóng "',
    () => 'missing closing quote "',
    h('chuỗi phải nằm trên một dòng: "…"', 'a string must end on the same line: "…"'),
  ),
  'syntax.smart-quote': m(
    (d) => `dấu ngoặc kép kiểu Word \`${s(d['found'])}\` không mở/đóng chuỗi`,
    (d) => `Word's curly quote \`${s(d['found'])}\` does not delimit a string`,
    h(
      'dùng dấu ngoặc kép thẳng "…" (dấu “ ” chỉ được phép bên trong chuỗi)',
      'use straight quotes "…" (curly quotes are fine inside a string)',
    ),
  ),
  'syntax.unknown-line': m(
    (d) => `không hiểu dòng bắt đầu bằng \`${s(d['found'])}\` ${ctx(d, 0)}`,
    (d) => `cannot read a line starting with \`${s(d['found'])}\` ${ctx(d, 1)}`,
    suggestion,
  ),
  'syntax.unknown-frame-day': m(
    (d) =>
      `dòng \`${s(d['found'])}\` trong \`khung năm học\` không phải một mốc của khung: ${s(d['allowed'])}, mỗi mốc kèm một ngày`,
    (d) =>
      `line \`${s(d['found'])}\` under \`school year frame\` names no day of the frame: ${s(d['allowed'])}, each with its date`,
    h(
      'ví dụ: khai giảng 5/9/2020, kết thúc học kỳ I trước 16/1/2021',
      'for example: khai giảng 5/9/2020, kết thúc học kỳ I trước 16/1/2021',
    ),
  ),
  'syntax.empty-frame': m(
    () => '`khung năm học` không ghi gì: thêm thời gian, trích dẫn "…" hoặc các mốc trên dòng con',
    () => '`school year frame` says nothing: add a time, a citation "…" or its days on child lines',
  ),
  'syntax.duplicate-clause': m(
    (d) => `mệnh đề \`${s(d['clause'])}\` đã có rồi`,
    (d) => `the \`${s(d['clause'])}\` clause is given twice`,
  ),
  'syntax.with-without-procedure': m(
    () => '`với` chỉ dùng cho hoạt động có `theo quy trình`',
    () => '`with` needs a `per procedure` on the same activity',
  ),
  'syntax.second-plan': m(
    () => 'mỗi tệp chỉ có một kế hoạch',
    () => 'a file holds one plan only',
  ),
  'syntax.expected-activity': m(
    () => 'trong một mục tiến độ chỉ có hoạt động: [ID:] "nội dung" …',
    () => 'a schedule section holds activities only: [ID:] "text" …',
  ),
  'link.unknown-name': m(
    (d) => `không có ${what(d, 0)} \`${s(d['name'])}\``,
    (d) => `unknown ${what(d, 1)} \`${s(d['name'])}\``,
    {
      vi: (d) =>
        d['keyword'] !== undefined
          ? `tên này nuốt cả một từ khoá viết sai? có phải ý bạn là \`${s(d['keyword'])}\`?`
          : d['knownHead'] !== undefined
            ? `\`${s(d['knownHead'])}\` là tên đã khai báo: \`${s(d['rest'])}\` phía sau có phải một từ khoá viết sai? Nếu là tên mới, khai báo nó: vai trò ${s(d['name'])} "…" cấp …`
            : d['suggestion'] === undefined && d['what'] === 'actor'
              ? `khai báo nó trong kế hoạch hoặc tổ chức, ví dụ: vai trò ${s(d['name'])} "…" cấp …`
              : suggestion.vi(d),
      en: (d) =>
        d['keyword'] !== undefined
          ? `a misspelt keyword swallowed into the name? did you mean \`${s(d['keyword'])}\`?`
          : d['knownHead'] !== undefined
            ? `\`${s(d['knownHead'])}\` is a declared name: is \`${s(d['rest'])}\` after it a misspelt keyword? If this is a new name, declare it: vai trò ${s(d['name'])} "…" cấp …`
            : d['suggestion'] === undefined && d['what'] === 'actor'
              ? `declare it in the plan or the organisation, e.g. vai trò ${s(d['name'])} "…" cấp …`
              : suggestion.en(d),
    },
  ),
  'syntax.misplaced-keyword': m(
    (d) => `không dùng được \`${s(d['found'])}\` ${ctx(d, 0)}`,
    (d) => `\`${s(d['found'])}\` cannot be used ${ctx(d, 1)}`,
    h(
      'kiểm tra thụt lề: khối này có thể phải nằm ở cấp khác',
      'check the indentation: this block probably belongs at another level',
    ),
  ),
  'link.duplicate-name': m(
    (d) =>
      `${what(d, 0)} \`${s(d['name'])}\` đã được khai báo${d['first'] !== undefined ? ` (viết là \`${s(d['first'])}\`: cùng một tên khi bỏ dấu, hoa thường)` : ''} ở ${d['file'] !== undefined ? `${s(d['file'])}:` : 'dòng '}${s(d['line'])}`,
    (d) =>
      `${what(d, 1)} \`${s(d['name'])}\` is already declared${d['first'] !== undefined ? ` (as \`${s(d['first'])}\`: the same name without diacritics or case)` : ''} ${d['file'] !== undefined ? `at ${s(d['file'])}:` : 'on line '}${s(d['line'])}`,
  ),
  'link.import-not-found': m(
    (d) => `không đọc được tệp \`${s(d['path'])}\``,
    (d) => `cannot read file \`${s(d['path'])}\``,
  ),
  'link.import-clash': m(
    (d) => `${what(d, 0)} \`${s(d['name'])}\` được khai báo hai lần khác nhau: ${s(d['first'])} và ${s(d['second'])}`,
    (d) => `${what(d, 1)} \`${s(d['name'])}\` is declared twice, differently: ${s(d['first'])} and ${s(d['second'])}`,
    h(
      'chỉ nhập những tên cần bằng `dùng "…" chỉ a, b`, hoặc đổi tên một trong hai',
      'import only the names you need with `use "…" only a, b`, or rename one of them',
    ),
  ),
  'link.import-cycle': m(
    (d) => `các tệp dùng lẫn nhau thành vòng: ${s(d['chain'])}`,
    (d) => `import cycle: ${s(d['chain'])}`,
  ),
  'validate.after-cycle': m(
    (d) => `thứ tự "sau" tạo thành vòng: ${s(d['chain'])}`,
    (d) => `"after" dependencies form a cycle: ${s(d['chain'])}`,
    {
      vi: (d) => `các mệnh đề sau tạo vòng: ${list(d['links'])}; bỏ một trong chúng`,
      en: (d) => `the clauses on the loop: ${list(d['links'])}; remove one of them`,
    },
  ),
  'validate.deadline-anchor-skipped': m(
    (d) =>
      `hạn của bước \`${s(d['step'])}\` tính từ bước \`${s(d['anchor'])}\`, nhưng hồ sơ đến được \`${s(d['step'])}\` mà không qua \`${s(d['anchor'])}\` (từ ${s(d['from'])}): trên những đường đó hạn tính từ ngày hồ sơ đến bước này`,
    (d) =>
      `step \`${s(d['step'])}\`'s deadline counts from step \`${s(d['anchor'])}\`, but a dossier can reach \`${s(d['step'])}\` without passing \`${s(d['anchor'])}\` (from ${s(d['from'])}): on those paths it counts from the day the dossier reaches this step`,
    h(
      'nếu cần một mốc khác trên những đường đó, tách bước hoặc đặt hạn riêng',
      'if those paths need another starting day, split the step or give it its own deadline',
    ),
  ),
  'validate.unreachable-step': m(
    (d) => `không có đường nào đi tới bước \`${s(d['step'])}\``,
    (d) => `step \`${s(d['step'])}\` can never be reached`,
  ),
  'validate.no-way-out': m(
    (d) => `bước \`${s(d['step'])}\` không có lối ra (không chuyển tiếp nào)`,
    (d) => `step \`${s(d['step'])}\` has no way out (no transition)`,
    h('thêm một chuyển tiếp, ví dụ: duyệt -> kết_quả', 'add a transition, e.g. approve -> result'),
  ),
  'validate.no-final-reachable': m(
    (d) => `từ bước \`${s(d['step'])}\` không thể tới kết thúc nào`,
    (d) => `no final state can be reached from step \`${s(d['step'])}\``,
  ),
  'validate.level-backwards': m(
    (d) =>
      `thứ tự cấp đi ngược: bước \`${s(d['from'])}\` (cấp ${s(d['fromLevel'])}) chuyển lên bước \`${s(d['to'])}\` (cấp ${s(d['toLevel'])}) thấp hơn`,
    (d) =>
      `level order runs backwards: step \`${s(d['from'])}\` (level ${s(d['fromLevel'])}) moves on to step \`${s(d['to'])}\` (level ${s(d['toLevel'])}), a lower level`,
  ),
  'validate.deadline-backwards': m(
    (d) =>
      `hạn của bước \`${s(d['to'])}\` (${s(d['toDate'])}) sớm hơn hạn của bước trước nó \`${s(d['from'])}\` (${s(d['fromDate'])})`,
    (d) =>
      `step \`${s(d['to'])}\` is due (${s(d['toDate'])}) before the step leading to it, \`${s(d['from'])}\` (${s(d['fromDate'])})`,
  ),
  'validate.guard-unknown-field': m(
    (d) => `hồ sơ không có trường \`${s(d['field'])}\``,
    (d) => `the dossier has no field \`${s(d['field'])}\``,
    suggestion,
  ),
  'validate.guard-type': m(
    (d) => `trường \`${s(d['field'])}\` kiểu ${s(d['type'])} không so sánh được với \`${s(d['value'])}\``,
    (d) => `field \`${s(d['field'])}\` of type ${s(d['type'])} cannot be compared with \`${s(d['value'])}\``,
  ),
  'validate.no-period': m(
    () => 'kế hoạch chưa có thời kỳ (năm học YYYY-YYYY hoặc năm YYYY)',
    () => 'the plan has no period (school year YYYY-YYYY or year YYYY)',
  ),
  'validate.no-steps': m(
    (d) => `quy trình \`${s(d['procedure'])}\` chưa có bước nào`,
    (d) => `procedure \`${s(d['procedure'])}\` has no steps`,
  ),
  'validate.no-finals': m(
    (d) => `quy trình \`${s(d['procedure'])}\` không có trạng thái kết thúc`,
    (d) => `procedure \`${s(d['procedure'])}\` has no final state`,
    h('thêm một dòng: kết thúc đạt, không_đạt', 'add a line: final passed, failed'),
  ),
  'validate.rollup-without-fanout': m(
    (d) => `bước \`${s(d['step'])}\` có \`gộp\` nhưng không gửi xuống (\`cho mỗi …\`)`,
    (d) => `step \`${s(d['step'])}\` rolls up but does not fan out (\`for each …\`)`,
  ),
  'validate.branch-no-done': m(
    (d) => `nhánh \`${s(d['branch'])}\` không bao giờ tới \`xong\``,
    (d) => `branch \`${s(d['branch'])}\` never reaches \`done\``,
  ),
  'validate.done-outside-branch': m(
    () => '`xong` chỉ dùng trong một nhánh song song',
    () => '`done` is only meaningful inside a parallel branch',
  ),
  'validate.override-unknown': m(
    (d) => `quy trình \`${s(d['procedure'])}\` không có tham số \`${s(d['name'])}\``,
    (d) => `procedure \`${s(d['procedure'])}\` has no parameter \`${s(d['name'])}\``,
    suggestion,
  ),
  'validate.escalation-not-higher': m(
    (d) => `bước \`${s(d['step'])}\` (cấp ${s(d['level'])}) chuyển lên \`${s(d['to'])}\`, không phải một cấp cao hơn`,
    (d) =>
      `step \`${s(d['step'])}\` (level ${s(d['level'])}) escalates to \`${s(d['to'])}\`, which is not a higher level`,
  ),
  'validate.fanout-not-lower': m(
    (d) => `bước \`${s(d['step'])}\` (cấp ${s(d['level'])}) gửi xuống \`${s(d['to'])}\`, không phải một cấp thấp hơn`,
    (d) =>
      `step \`${s(d['step'])}\` (level ${s(d['level'])}) fans out to \`${s(d['to'])}\`, which is not a lower level`,
  ),
  'validate.custom-action': m(
    (d) => `\`${s(d['name'])}\` được hiểu là một hành động tự đặt`,
    (d) => `\`${s(d['name'])}\` is read as a designer-defined action`,
    suggestion,
  ),
  'validate.enum-value': m(
    (d) => `\`${s(d['value'])}\` không phải một giá trị của \`${s(d['field'])}\` (${s(d['values'])})`,
    (d) => `\`${s(d['value'])}\` is not a value of \`${s(d['field'])}\` (${s(d['values'])})`,
    suggestion,
  ),
  'validate.override-type': m(
    (d) =>
      `tham số \`${s(d['name'])}\` của quy trình \`${s(d['procedure'])}\` là ${d['use'] === 'deadline' ? 'một thời hạn' : 'một khoảng thời gian'}, không nhận \`${s(d['value'])}\``,
    (d) =>
      `parameter \`${s(d['name'])}\` of procedure \`${s(d['procedure'])}\` is ${d['use'] === 'deadline' ? 'a deadline' : 'a duration'}; \`${s(d['value'])}\` does not fit`,
    {
      vi: (d) =>
        d['use'] === 'deadline'
          ? 'viết một cụm từ thời gian, ví dụ: với hạn_tổ = trước 15/5'
          : 'viết số ngày làm việc hoặc một khoảng, ví dụ: 5 ngày làm việc',
      en: (d) =>
        d['use'] === 'deadline'
          ? 'write a time phrase, e.g. with group_deadline = before 15/5'
          : 'write a number of working days or a duration, e.g. 5 working days',
    },
  ),
  'validate.frame-needs-school-year': m(
    () => '`khung năm học` chỉ dùng cho kế hoạch theo năm học',
    () => '`school year frame` only applies to a school-year plan',
    h(
      'bỏ dòng này, hoặc đổi thời kỳ thành năm học YYYY-YYYY',
      'remove the line, or make the period a school year YYYY-YYYY',
    ),
  ),
  'plan.outside-heading': m(
    (d) =>
      `\`${s(d['phrase'])}\` (${d['start'] === undefined ? `hạn ${s(d['end'])}` : `${s(d['start'])}–${s(d['end'])}`}) nằm ngoài mục \`${s(d['heading'])}\` (${s(d['headingStart'])}–${s(d['headingEnd'])}) chứa hoạt động này`,
    (d) =>
      `\`${s(d['phrase'])}\` (${d['start'] === undefined ? `due ${s(d['end'])}` : `${s(d['start'])}–${s(d['end'])}`}) lies outside its section \`${s(d['heading'])}\` (${s(d['headingStart'])}–${s(d['headingEnd'])})`,
    h(
      'chuyển hoạt động sang đúng mục, hoặc sửa ngày cho khớp',
      'move the activity to the right section, or correct the date',
    ),
  ),
  'plan.frame-day-not-a-day': m(
    (d) =>
      `mốc \`${frameDay(d['milestone'], 0)}\` của khung năm học phải là một ngày cố định, không phải \`${s(d['phrase'])}\``,
    (d) => `the frame's \`${frameDay(d['milestone'], 1)}\` must be one fixed day, not \`${s(d['phrase'])}\``,
    h(
      'viết một ngày (5/9/2020) hoặc một hạn (trước 16/1/2021)',
      'write a day (5/9/2020) or a deadline (trước 16/1/2021)',
    ),
  ),
  'plan.frame-order': m(
    (d) =>
      `khung năm học sai thứ tự: ${frameDay(d['before'], 0)} ${s(d['beforeDay'])} (${fromPlan(d['beforeFromPlan'], 0)}) phải trước ${frameDay(d['after'], 0)} ${s(d['afterDay'])} (${fromPlan(d['afterFromPlan'], 0)}); các mốc của kế hoạch không được dùng`,
    (d) =>
      `the school-year frame is out of order: ${frameDay(d['before'], 1)} ${s(d['beforeDay'])} (${fromPlan(d['beforeFromPlan'], 1)}) must come before ${frameDay(d['after'], 1)} ${s(d['afterDay'])} (${fromPlan(d['afterFromPlan'], 1)}); the plan's days are not used`,
    h(
      'sửa ngày cho đúng thứ tự: tựu trường ≤ khai giảng < kết thúc học kỳ I < kết thúc học kỳ II ≤ kết thúc năm học',
      'fix the dates: gathering ≤ opening < end of semester I < end of semester II ≤ end of the year',
    ),
  ),
  'plan.beyond-heading': m(
    (d) =>
      `\`${s(d['phrase'])}\` vượt ra ngoài mục \`${s(d['heading'])}\` (${s(d['headingStart'])}–${s(d['headingEnd'])}): hoạt động phải nằm trong mục, nên hạn thật là ${s(d['used'])}`,
    (d) =>
      `\`${s(d['phrase'])}\` runs past its section \`${s(d['heading'])}\` (${s(d['headingStart'])}–${s(d['headingEnd'])}): the activity must stay inside it, so it is really due ${s(d['used'])}`,
    h(
      'sửa ngày cho nằm trong mục, hoặc chuyển hoạt động sang mục chứa được ngày đó',
      'bring the date inside the section, or move the activity to a section that holds it',
    ),
  ),
  'plan.conflicting-times': m(
    (d) => `\`${s(d['phrase'])}\` và \`${s(d['other'])}\` không có ngày nào chung`,
    (d) => `\`${s(d['phrase'])}\` and \`${s(d['other'])}\` leave no day in common`,
  ),
  'plan.step-row-ambiguous': m(
    (d) =>
      `không rõ bước này thuộc lần chạy nào của quy trình \`${s(d['procedure'])}\`: ${names(d['rows'])} đều chạy quy trình này`,
    (d) => `which run of procedure \`${s(d['procedure'])}\` does this step belong to? ${names(d['rows'])} all run it`,
    h(
      'thêm `sau` hoạt động chạy quy trình mà bước này tiếp nối',
      'add `after` naming the activity whose run of the procedure this step continues',
    ),
  ),
  'plan.override-twice': m(
    (d) => `tham số \`${s(d['name'])}\` của quy trình \`${s(d['procedure'])}\` đã được đặt ở một hoạt động khác`,
    (d) => `parameter \`${s(d['name'])}\` of procedure \`${s(d['procedure'])}\` is already set by another activity`,
  ),
  'plan.step-performed-twice': m(
    (d) =>
      `bước \`${s(d['step'])}\` của quy trình \`${s(d['procedure'])}\` đã do hoạt động \`${s(d['other'])}\` thực hiện`,
    (d) =>
      `step \`${s(d['step'])}\` of procedure \`${s(d['procedure'])}\` is already performed by activity \`${s(d['other'])}\``,
  ),
  'plan.inherited-defaults': m(
    (d) =>
      `quy trình \`${s(d['procedure'])}\` dùng ${s(d['count'])} giá trị mặc định của thư viện: ${list(d['defaults'])}`,
    (d) => `procedure \`${s(d['procedure'])}\` relies on ${s(d['count'])} library defaults: ${list(d['defaults'])}`,
    h(
      'đặt giá trị riêng bằng `với TÊN = …`, hoặc gắn bước vào hoạt động thực hiện nó (`theo quy trình P bước S`)',
      'set your own with `with NAME = …`, or bind the step to the activity that performs it (`per procedure P step S`)',
    ),
  ),
  'plan.issued-after-period': m(
    (d) => `ngày ban hành ${s(d['issued'])} sau khi thời kỳ của kế hoạch đã hết (${s(d['end'])})`,
    (d) => `issued on ${s(d['issued'])}, after the plan's period has ended (${s(d['end'])})`,
  ),
  'validate.record-type': m(
    (d) => `trường \`${s(d['field'])}\` (${s(d['values'])}) không nhận giá trị \`${s(d['value'])}\``,
    (d) => `field \`${s(d['field'])}\` (${s(d['values'])}) cannot hold \`${s(d['value'])}\``,
  ),
};
