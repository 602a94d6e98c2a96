// The command table: every `tdkt` command, its options and its lazily loaded module, as data.
import { jsonOption } from './options.js';
import type { CommandSpec } from './spec.js';

export const commands: readonly CommandSpec[] = [
  {
    name: 'simulate',
    usage:
      'simulate FILE... [--json] [--detail] [--seed N] [--runs N] [--threads N] [--population small|district|province|hanoi|vietnam|none|FILE.json] [--html OUT.html] [--lang vi|en]',
    summary: {
      vi: 'kiểm tra trước khi ban hành: mọi quy trình kết thúc, thời hạn khớp nhau, mô phỏng toàn ngành',
      en: 'checks before publishing: every procedure ends, deadlines fit together, a population run',
    },
    options: {
      json: jsonOption,
      seed: {
        type: 'string',
        valueName: 'N',
        help: {
          vi: 'hạt giống ngẫu nhiên của mô phỏng (mặc định 1)',
          en: 'random seed of the population run (default 1)',
        },
      },
      population: {
        type: 'string',
        valueName: 'P',
        help: {
          vi: 'quy mô mô phỏng: small, district, province, hanoi, vietnam, none, hoặc tệp JSON',
          en: 'population: small, district, province, hanoi, vietnam, none, or a JSON file',
        },
      },
      runs: {
        type: 'string',
        valueName: 'N',
        help: {
          vi: 'số lần chạy mô phỏng (mặc định: 20 với tổ chức nhỏ, ít hơn với tổ chức lớn)',
          en: 'population runs (default: 20 for small organisations, fewer for big ones)',
        },
      },
      threads: {
        type: 'string',
        valueName: 'N',
        help: {
          vi: 'số luồng cho mô phỏng lớn (mặc định: số lõi)',
          en: 'threads for big population runs (default: the number of cores)',
        },
      },
      detail: {
        type: 'boolean',
        help: {
          vi: 'in mọi số liệu mô phỏng kèm khoảng 90 %, kết quả và mọi bước',
          en: 'print every population figure with its 90 % interval, the outcomes and every step',
        },
      },
      html: {
        type: 'string',
        valueName: 'OUT.html',
        help: {
          vi: 'ghi thêm báo cáo HTML một trang (biểu đồ Gantt, xung đột, sơ đồ quy trình)',
          en: 'also write a one-page HTML report (Gantt chart, conflicts, procedure diagrams)',
        },
      },
    },
    positionals: { min: 1, max: 1000 },
    load: () => import('./commands/simulate.js'),
  },
  {
    name: 'check',
    usage: 'check FILE... [--json]',
    summary: { vi: 'đọc và kiểm tra các tệp quy trình (.tdkt)', en: 'parse and validate workflow files (.tdkt)' },
    options: { json: jsonOption },
    positionals: { min: 1, max: 1000 },
    load: () => import('./commands/check.js'),
  },
  {
    name: 'compile',
    usage: 'compile FILE [--procedure NAME] [--school-year YYYY-YYYY | --year YYYY] [--out F]',
    summary: {
      vi: 'biên dịch thành cấu hình máy XState (JSON, mở được trong Stately)',
      en: 'compile to an XState machine config (JSON, opens in Stately)',
    },
    options: {
      procedure: {
        type: 'string',
        valueName: 'NAME',
        help: {
          vi: 'quy trình cần biên dịch (mặc định: kế hoạch của tệp)',
          en: 'the procedure to compile (default: the file’s plan)',
        },
      },
      'school-year': {
        type: 'string',
        valueName: 'YYYY-YYYY',
        help: {
          vi: 'năm học cho các thời hạn theo ngày của quy trình dùng riêng',
          en: 'school year for the dated deadlines of a procedure compiled on its own',
        },
      },
      year: {
        type: 'string',
        valueName: 'YYYY',
        help: {
          vi: 'năm cho các thời hạn theo ngày của quy trình dùng riêng',
          en: 'year for the dated deadlines of a procedure compiled on its own',
        },
      },
      out: {
        type: 'string',
        valueName: 'F',
        help: { vi: 'ghi ra tệp thay vì màn hình', en: 'write to a file instead of stdout' },
      },
    },
    positionals: { min: 1, max: 1 },
    load: () => import('./commands/compile.js'),
  },
  {
    name: 'holidays',
    usage: 'holidays YEAR [--json]',
    summary: {
      vi: 'ngày nghỉ lễ, Tết và ngày làm bù của một năm',
      en: 'public holidays and make-up working days of a year',
    },
    options: { json: jsonOption },
    positionals: { min: 1, max: 1 },
    load: () => import('./commands/holidays.js'),
  },
  {
    name: 'lunar',
    usage: 'lunar YYYY-MM-DD [--json] | lunar --to-solar D/M/YYYY [--leap] [--json]',
    summary: { vi: 'đổi ngày dương lịch ↔ âm lịch Việt Nam', en: 'Vietnamese lunar ↔ solar dates' },
    options: {
      'to-solar': {
        type: 'string',
        valueName: 'D/M/YYYY',
        help: { vi: 'đổi ngày âm lịch sang dương lịch', en: 'convert a lunar date to solar' },
      },
      leap: { type: 'boolean', help: { vi: 'tháng nhuận (với --to-solar)', en: 'leap month (with --to-solar)' } },
      json: jsonOption,
    },
    positionals: { min: 0, max: 1 },
    load: () => import('./commands/lunar.js'),
  },
  {
    name: 'date',
    usage:
      'date "PHRASE" [--school-year 2020-2021 | --year 2024] [--event NAME=YYYY-MM-DD] [--within "tháng 6/2021"] [--lenient] [--json]',
    summary: { vi: 'cách một cụm từ thời gian được hiểu và quy ra ngày', en: 'how a time phrase parses and resolves' },
    options: {
      'school-year': {
        type: 'string',
        valueName: 'YYYY-YYYY',
        help: { vi: 'năm học làm ngữ cảnh', en: 'school year as context' },
      },
      year: {
        type: 'string',
        valueName: 'YYYY',
        help: { vi: 'năm (kế hoạch theo năm dương lịch)', en: 'calendar year as context' },
      },
      event: {
        type: 'string',
        multiple: true,
        valueName: 'NAME=YYYY-MM-DD',
        help: {
          vi: 'ngày đã biết của một sự kiện (lặp lại được; ID:TÊN=… cho cả tên đã viết)',
          en: 'the known date of an event (repeatable; ID:TITLE=… also gives its written title)',
        },
      },
      within: {
        type: 'string',
        valueName: 'PHRASE',
        help: {
          vi: 'khoảng bao quanh (vd. tháng của dòng kế hoạch) cho "từ ngày 12-15"',
          en: 'enclosing window (e.g. the plan row\'s month) for "từ ngày 12-15"',
        },
      },
      lenient: {
        type: 'boolean',
        help: { vi: 'hiểu "trước D" là tính cả ngày D', en: 'read "trước D" as including D' },
      },
      json: jsonOption,
    },
    positionals: { min: 1, max: 1 },
    load: () => import('./commands/date.js'),
  },
  {
    name: 'fmt',
    usage: 'fmt FILE|DIR... [--check] [--indent N|tab]',
    summary: {
      vi: 'định dạng chuẩn các tệp quy trình (ghi đè tại chỗ)',
      en: 'canonical formatting of workflow files (in place)',
    },
    options: {
      check: {
        type: 'boolean',
        help: {
          vi: 'không ghi gì, chỉ liệt kê tệp cần định dạng lại (mã thoát 1 nếu có)',
          en: 'write nothing; list files that would change (exit 1 if any)',
        },
      },
      indent: {
        type: 'string',
        valueName: 'N|tab',
        help: {
          vi: 'thụt lề N dấu cách hoặc tab (mặc định: giữ tab nếu tệp dùng tab, không thì 2 dấu cách)',
          en: 'indent with N spaces or tabs (default: tabs if the file uses tabs, else 2 spaces)',
        },
      },
    },
    positionals: { min: 1, max: 1000 },
    load: () => import('./commands/fmt.js'),
  },
  {
    name: 'graph',
    usage: 'graph FILE [--procedure NAME] [--format mermaid|dot] [--out F]',
    summary: {
      vi: 'sơ đồ trạng thái của kế hoạch hoặc một quy trình (Mermaid hoặc DOT)',
      en: 'a state diagram of the plan or of a procedure (Mermaid or DOT)',
    },
    options: {
      procedure: {
        type: 'string',
        valueName: 'NAME',
        help: {
          vi: 'quy trình cần vẽ (mặc định: kế hoạch của tệp)',
          en: 'the procedure to draw (default: the file’s plan)',
        },
      },
      format: {
        type: 'string',
        valueName: 'mermaid|dot',
        choices: ['mermaid', 'dot'],
        help: {
          vi: 'định dạng: mermaid (mặc định) hoặc dot (Graphviz)',
          en: 'format: mermaid (default) or dot (Graphviz)',
        },
      },
      out: {
        type: 'string',
        valueName: 'F',
        help: { vi: 'ghi ra tệp thay vì màn hình', en: 'write to a file instead of stdout' },
      },
    },
    positionals: { min: 1, max: 1 },
    load: () => import('./commands/graph.js'),
  },
  {
    name: 'calendar',
    usage: 'calendar FILE... --ics OUT.ics',
    summary: {
      vi: 'mọi thời hạn và khoảng thời gian của kế hoạch thành tệp lịch iCalendar',
      en: 'every deadline and window of the plans as an iCalendar file',
    },
    options: {
      ics: {
        type: 'string',
        valueName: 'OUT.ics',
        help: { vi: 'tệp .ics cần ghi (bắt buộc)', en: 'the .ics file to write (required)' },
      },
    },
    positionals: { min: 1, max: 1000 },
    load: () => import('./commands/calendar.js'),
  },
  {
    name: 'lsp',
    usage: 'lsp [--stdio] [--lang vi|en]',
    summary: {
      vi: 'máy chủ ngôn ngữ (LSP) cho trình soạn thảo, qua stdin/stdout',
      en: 'the language server (LSP) for editors, over stdin/stdout',
    },
    options: {
      stdio: {
        type: 'boolean',
        help: {
          vi: 'giao tiếp qua stdin/stdout (mặc định; trình soạn thảo thường thêm cờ này)',
          en: 'talk over stdin/stdout (the default; editors usually add this flag)',
        },
      },
    },
    positionals: { min: 0, max: 0 },
    load: () => import('./commands/lsp.js'),
  },
  {
    name: 'play',
    usage: 'play [FILE] [--port N]',
    summary: {
      vi: 'mở sân thử trên trình duyệt (localhost): soạn tệp, xem lỗi, biểu đồ Gantt và sơ đồ ngay khi gõ',
      en: 'open the browser playground (localhost): edit a file, see problems, the Gantt chart and diagrams as you type',
    },
    options: {
      port: {
        type: 'string',
        valueName: 'N',
        help: { vi: 'cổng (mặc định: một cổng còn trống)', en: 'port (default: any free port)' },
      },
    },
    positionals: { min: 0, max: 1 },
    load: () => import('./commands/play.js'),
  },
];
