import { analyze, diagnosticMessage, languageMessages } from '@tdkt/language';
import { dedent } from '@tdkt/language/test';
import { describe, expect, it } from 'vitest';

const ORG = dedent(`
  tổ chức
    cấp cá_nhân < tổ < trường < phòng
    vai trò cá_nhân cấp cá_nhân
    vai trò tổ_trưởng cấp tổ
    vai trò hiệu_trưởng cấp trường
    vai trò chuyên_viên cấp phòng
`);
const plan = (body: string): string => `${ORG}kế hoạch "KH"\n  năm học 2020-2021\n${body}`;
const proc = (body: string, dossier = '    x: có/không\n    n: số\n    loại: một trong a, b\n'): string =>
  `${ORG}quy trình q\n  hồ sơ\n${dossier}${body}  kết thúc đạt, trượt\n`;

/** One small file per code: the gallery's raw material, and proof every code can be produced. */
const cases: Array<[string, string]> = [
  ['layout.mixed-indent', 'kế hoạch "KH"\n  năm 2024\n\tsố hiệu "1"\n'],
  ['layout.bad-dedent', 'kế hoạch "KH"\n    năm 2024\n  số hiệu "1"\n'],
  ['layout.unexpected-child', 'kế hoạch "KH"\n  năm 2024\n    căn cứ "x"\n'],
  ['syntax.unexpected', plan('  căn cứ 12\n')],
  ['syntax.unexpected-end', plan('  căn cứ\n')],
  ['syntax.unknown-line', 'ke hoac "KH"\n'],
  ['syntax.unclosed-string', plan('  căn cứ "Thông tư 21\n')],
  ['syntax.lone-surrogate', plan('  căn cứ "Thông tư \uD800"\n')],
  ['syntax.smart-quote', plan('  căn cứ “Thông tư 21”\n')],
  ['syntax.misplaced-keyword', plan('  bước a\n')],
  ['syntax.duplicate-clause', plan('  năm học 2020-2021\n')],
  ['syntax.with-without-procedure', plan('  tiến độ\n    cả năm\n      a: "A"\n        với h = 1\n')],
  ['syntax.second-plan', 'kế hoạch "A"\n  năm 2024\nkế hoạch "B"\n  năm 2024\n'],
  ['syntax.expected-activity', plan('  tiến độ\n    cả năm\n      tháng 9/2020\n')],
  ['link.unknown-name', plan('  tiến độ\n    cả năm\n      a: "A" do hiệu_trưởg\n')],
  ['link.duplicate-name', plan('  sự kiện e\n  sự kiện e\n')],
  ['link.import-not-found', 'dùng "không-có.tdkt"\n'],
  ['validate.after-cycle', plan('  tiến độ\n    cả năm\n      a: "A" sau b\n      b: "B" sau a\n')],
  ['validate.unreachable-step', proc('  bước a do cá_nhân\n    nộp -> đạt\n  bước b do tổ_trưởng\n    duyệt -> đạt\n')],
  ['validate.no-way-out', proc('  bước a do cá_nhân\n')],
  [
    'validate.deadline-anchor-skipped',
    proc(
      '  bước a do cá_nhân\n    nộp -> b\n    trả lại -> c\n  bước b do tổ_trưởng\n    duyệt -> c\n  bước c do tổ_trưởng hạn trong 30 ngày kể từ b\n    quá hạn -> đạt\n',
    ),
  ],
  ['validate.no-final-reachable', proc('  bước a do cá_nhân\n    nộp -> b\n  bước b do tổ_trưởng\n    trả lại -> a\n')],
  [
    'validate.level-backwards',
    proc('  bước a do hiệu_trưởng\n    duyệt -> b\n  bước b do tổ_trưởng\n    duyệt -> đạt\n'),
  ],
  ['validate.guard-unknown-field', proc('  bước a do cá_nhân\n    duyệt nếu y -> đạt\n')],
  ['validate.no-finals', `${ORG}quy trình q\n  bước a do cá_nhân\n    nộp -> a\n`],
  ['validate.rollup-without-fanout', proc('  bước a do cá_nhân\n    gộp tất cả\n    nộp -> đạt\n')],
  ['validate.custom-action', proc('  bước a do cá_nhân\n    duyêt -> đạt\n')],
  ['validate.guard-type', proc('  bước a do cá_nhân\n    duyệt nếu n = "nhiều" -> đạt\n')],
  ['validate.enum-value', proc('  bước a do cá_nhân\n    duyệt nếu loại = c -> đạt\n')],
  ['validate.no-period', 'kế hoạch "KH"\n'],
  ['validate.no-steps', `${ORG}quy trình q\n  kết thúc đạt\n`],
  [
    'validate.branch-no-done',
    proc('  song song p\n    nhánh b1\n      bước a do cá_nhân\n        nộp -> đạt\n    hợp nhất -> đạt\n'),
  ],
  ['validate.done-outside-branch', proc('  bước a do cá_nhân\n    nộp -> xong\n')],
  [
    'validate.override-unknown',
    `${ORG}quy trình q\n  tham số\n    h = trước 1/6\n  bước a do cá_nhân\n    nộp -> đạt\n  kết thúc đạt\nkế hoạch "KH"\n  năm học 2020-2021\n  tiến độ\n    cả năm\n      a: "A" theo quy trình q với hh = 2\n`,
  ],
  ['validate.escalation-not-higher', proc('  bước a do hiệu_trưởng\n    duyệt -> đạt\n    quá hạn chuyển lên tổ\n')],
  ['validate.fanout-not-lower', proc('  bước a do tổ_trưởng\n    cho mỗi phòng\n    nộp -> đạt\n')],
  [
    'validate.deadline-backwards',
    `${ORG}quy trình q\n  bước a do cá_nhân hạn trước 20/5\n    nộp -> b\n  bước b do tổ_trưởng hạn trước 10/5\n    duyệt -> đạt\n  kết thúc đạt\nkế hoạch "KH"\n  năm học 2020-2021\n  tiến độ\n    cả năm\n      a: "A" theo quy trình q\n`,
  ],
  ['time.outside-period', plan('  tiến độ\n    tháng 9/2019\n      - "A"\n')],
  [
    'validate.override-type',
    `${ORG}quy trình q\n  tham số\n    h = trước 1/6\n  bước a do cá_nhân hạn h\n    nộp -> đạt\n  kết thúc đạt\nkế hoạch "KH"\n  năm học 2020-2021\n  tiến độ\n    cả năm\n      a: "A" theo quy trình q với h = 5\n`,
  ],
  ['validate.frame-needs-school-year', 'kế hoạch "KH"\n  năm 2024\n  khung năm học từ 5/9/2024 đến 31/5/2025\n'],
  ['plan.outside-heading', plan('  tiến độ\n    tháng 5/2021\n      a: "A" ngày 20/9/2020\n')],
  ['plan.beyond-heading', plan('  tiến độ\n    tháng 5/2021\n      a: "A" chậm nhất 5/6/2021\n')],
  ['plan.conflicting-times', plan('  tiến độ\n    cả năm\n      a: "A" tháng 5/2021\n        tháng 6/2021\n')],
  [
    'plan.step-row-ambiguous',
    `${ORG}quy trình q\n  bước a do cá_nhân\n    nộp -> b\n  bước b do tổ_trưởng\n    duyệt -> đạt\n  kết thúc đạt\nkế hoạch "KH"\n  năm học 2020-2021\n  tiến độ\n    cả năm\n      x: "X" theo quy trình q\n      y: "Y" theo quy trình q\n      z: "Z" theo quy trình q bước b\n`,
  ],
  [
    'plan.override-twice',
    `${ORG}quy trình q\n  tham số\n    h = trước 1/6\n  bước a do cá_nhân hạn h\n    nộp -> b\n  bước b do tổ_trưởng\n    duyệt -> đạt\n  kết thúc đạt\nkế hoạch "KH"\n  năm học 2020-2021\n  tiến độ\n    cả năm\n      x: "X" theo quy trình q bước a với h = trước 1/5\n      y: "Y" theo quy trình q bước b với h = trước 2/5\n`,
  ],
  [
    'plan.step-performed-twice',
    `${ORG}quy trình q\n  bước a do cá_nhân\n    nộp -> đạt\n  kết thúc đạt\nkế hoạch "KH"\n  năm học 2020-2021\n  tiến độ\n    cả năm\n      x: "X" theo quy trình q bước a\n      y: "Y" theo quy trình q bước a\n`,
  ],
  [
    'plan.inherited-defaults',
    `${ORG}kế hoạch "KH"\n  năm học 2020-2021\n  tiến độ\n    cả năm\n      x: "X" theo quy trình q\n`,
  ],
  ['plan.issued-after-period', plan('  ban hành 5/9/2021\n')],
  ['syntax.unknown-frame-day', plan('  khung năm học\n    khai giảng 5/9/2020\n    nghỉ hè 1/6/2021\n')],
  ['syntax.empty-frame', plan('  khung năm học\n')],
  ['plan.frame-day-not-a-day', plan('  khung năm học\n    khai giảng tháng 9/2020\n')],
  ['plan.frame-order', plan('  khung năm học\n    khai giảng 20/1/2021\n    kết thúc học kỳ I trước 16/1/2021\n')],
  ['validate.record-type', proc('  bước a do cá_nhân\n    nộp -> đạt ghi loại = c\n')],
];

/** A library file the plan imports, so that its defaults are a library's (another file's) defaults. */
const LIBRARY = `quy trình q\n  tham số\n    h = trước 1/6\n  bước a do cá_nhân hạn h\n    nộp -> đạt\n  kết thúc đạt\n`;
const withLibrary = (code: string, text: string): [string, (p: string) => string | undefined] =>
  code === 'plan.inherited-defaults'
    ? [`dùng "lib.tdkt"\n${text}`, (p) => (p === 'lib.tdkt' ? LIBRARY : undefined)]
    : [text, () => undefined];

describe('diagnostic codes', () => {
  it.each(cases)('%s', (code, raw) => {
    const [text, read] = withLibrary(code, raw);
    const r = analyze(text, 't.tdkt', read);
    const codes = r.diagnostics.map((d) => d.code);
    expect(codes, JSON.stringify(r.diagnostics.map((d) => [d.code, d.data]))).toContain(code);
    for (const d of r.diagnostics) {
      expect(diagnosticMessage(d, 'vi')).not.toBe(d.code);
      expect(diagnosticMessage(d, 'en')).not.toBe(d.code);
    }
  });

  it('every language code has a case here', () => {
    const tested = new Set(cases.map(([c]) => c));
    // Both need a second file: the gallery (test/diagnostics/cases) and imports.test.ts cover them.
    const missing = Object.keys(languageMessages).filter(
      (c) => !tested.has(c) && c !== 'link.import-cycle' && c !== 'link.import-clash',
    );
    expect(missing).toEqual([]);
  });
});
