// The words of the CLI's commands (vi, en), keyed by id: what they print besides reports and diagnostics.
import { fixed, message, plural } from '@tdkt/calendar/text';

type Path = { path: string };
type Value = { value: string };

export const commandMessages = {
  wrote: message<Path>(
    (d) => `đã ghi ${d.path}`,
    (d) => `wrote ${d.path}`,
  ),
  'wrote-events': message<Path & { count: number }>(
    (d) => `đã ghi ${d.path}: ${d.count} sự kiện`,
    (d) => `wrote ${d.path}: ${d.count} events`,
  ),
  'calendar.needs-ics': fixed(
    'cần --ics OUT.ics (tệp lịch cần ghi)',
    '--ics OUT.ics is required (the calendar file to write)',
  ),
  'calendar.no-plan': fixed(
    'các tệp không có kế hoạch nào để đưa vào lịch',
    'the files hold no plan to put in a calendar',
  ),
  'check.summary': message<{ errors: number; warnings: number; infos: number; files: number }>(
    (d) =>
      `${d.errors} lỗi, ${d.warnings} cảnh báo${d.infos === 0 ? '' : `, ${d.infos} thông tin`} trong ${d.files} tệp`,
    (d) =>
      `${d.errors} error${plural(d.errors)}, ${d.warnings} warning${plural(d.warnings)}${d.infos === 0 ? '' : `, ${d.infos} note${plural(d.infos)}`} in ${d.files} file${plural(d.files)}`,
  ),
  'compile.needs-period': message<{ procedure: string; where: string; plans: string }>(
    (d) =>
      `quy trình \`${d.procedure}\` có thời hạn viết theo ngày mà không có kế hoạch nào cho biết năm:\n${d.where}${d.plans === '' ? '' : `\n  kế hoạch chạy nó dưới tên: ${d.plans}`}\n= gợi ý: thêm --school-year 2020-2021 hoặc --year 2024 (hoặc biên dịch kế hoạch dùng quy trình này)`,
    (d) =>
      `procedure \`${d.procedure}\` has deadlines written as dates and no plan to give them a year:\n${d.where}${d.plans === '' ? '' : `\n  the plan runs it as: ${d.plans}`}\n= help: add --school-year 2020-2021 or --year 2024 (or compile the plan that uses it)`,
  ),
  'compile.dated-step': message<{ where: string; step: string; text: string }>(
    (d) => `  ${d.where}: bước ${d.step}: ${d.text}`,
    (d) => `  ${d.where}: step ${d.step}: ${d.text}`,
  ),
  'graph.bad-format': message<Value>(
    (d) => `--format phải là mermaid hoặc dot, không phải \`${d.value}\``,
    (d) => `--format must be mermaid or dot, not \`${d.value}\``,
  ),
  'play.bad-port': message<Value>(
    (d) => `cổng \`${d.value}\` không hợp lệ (0–65535)`,
    (d) => `invalid port \`${d.value}\` (0–65535)`,
  ),
  'play.no-file': message<Path>(
    (d) => `không có tệp \`${d.path}\``,
    (d) => `no such file \`${d.path}\``,
  ),
  'play.not-built': fixed(
    'sân thử chưa được dựng (chạy `npx --yes pnpm@10.34.9 build`)',
    'the playground is not built (run `npx --yes pnpm@10.34.9 build`)',
  ),
  'play.cannot-listen': message<{ port: number; reason: string }>(
    (d) => `không mở được cổng ${d.port}: ${d.reason}`,
    (d) => `cannot listen on port ${d.port}: ${d.reason}`,
  ),
  'play.serving': message<{ url: string; file: string }>(
    (d) => `Sân thử tdkt: ${d.url}${d.file === '' ? '' : ` (đang sửa ${d.file}; Ctrl+S để lưu)`}\nNhấn Ctrl+C để dừng.`,
    (d) =>
      `tdkt playground: ${d.url}${d.file === '' ? '' : ` (editing ${d.file}; Ctrl+S saves)`}\nPress Ctrl+C to stop.`,
  ),
  'simulate.fix-errors': fixed(
    'sửa các lỗi trên rồi chạy lại simulate',
    'fix the errors above, then run simulate again',
  ),
  'simulate.plan-progress': message<{ index: number; total: number; path: string }>(
    (d) => `kế hoạch ${d.index}/${d.total}: ${d.path}`,
    (d) => `plan ${d.index}/${d.total}: ${d.path}`,
  ),
  'simulate.nothing': fixed('Không có kế hoạch hay quy trình nào để kiểm tra.', 'No plan or procedure to check.'),
  'simulate.population-progress': message<Path & { events: number }>(
    (d) => `mô phỏng ${d.path}: ${d.events} sự kiện`,
    (d) => `population ${d.path}: ${d.events} events`,
  ),
  'html.no-plan': fixed('không có kế hoạch nào để vẽ báo cáo HTML', 'no plan to draw an HTML report of'),
  'progress.seconds': message<{ seconds: string }>(
    (d) => `${d.seconds} giây`,
    (d) => `${d.seconds} s`,
  ),
  'population.bad-seed': message<Value>(
    (d) => `hạt giống phải là số nguyên không âm, không phải \`${d.value}\``,
    (d) => `the seed must be a non-negative integer, not \`${d.value}\``,
  ),
  'population.bad-runs': message<Value>(
    (d) => `--runs phải là số lần chạy từ 1 đến 1000, không phải \`${d.value}\``,
    (d) => `--runs must be a number of runs from 1 to 1000, not \`${d.value}\``,
  ),
  'population.bad-threads': message<Value>(
    (d) => `--threads phải là số luồng từ 1 đến 64, không phải \`${d.value}\``,
    (d) => `--threads must be a number of threads from 1 to 64, not \`${d.value}\``,
  ),
  'population.file-problem': message<{ problem: string; names: string }>(
    (d) => `--population: ${d.problem} (cũng không phải tên một mẫu: ${d.names})`,
    (d) => `--population: ${d.problem} (nor the name of a preset: ${d.names})`,
  ),
  'population.unknown': message<Value & { names: string }>(
    (d) => `--population: \`${d.value}\` không phải ${d.names}, và không có tệp nào tên như vậy`,
    (d) => `--population: \`${d.value}\` is not ${d.names}, and no file has that name`,
  ),
  'population.not-json': message<Value & { names: string }>(
    (d) => `--population: \`${d.value}\` không phải ${d.names}, và tệp không phải JSON hợp lệ`,
    (d) => `--population: \`${d.value}\` is not ${d.names}, and the file is not valid JSON`,
  ),
  'population.file-errors': message<{ name: string; lines: string }>(
    (d) => `tệp tổ chức ${d.name} có lỗi (xem docs/simulate.md):\n${d.lines}`,
    (d) => `population file ${d.name} has errors (see docs/simulate.md):\n${d.lines}`,
  ),
  'target.no-procedure': message<{ name: string; hint: string; names: string }>(
    (d) =>
      `không có quy trình \`${d.name}\`${d.hint === '' ? '' : `; có phải ý bạn là \`${d.hint}\`?`}\nCác quy trình: ${d.names}`,
    (d) => `no procedure \`${d.name}\`${d.hint === '' ? '' : `; did you mean \`${d.hint}\`?`}\nProcedures: ${d.names}`,
  ),
  'fmt.bad-indent': fixed(
    '`--indent` cần một số từ 1 đến 8 hoặc `tab`',
    '`--indent` takes a number from 1 to 8 or `tab`',
  ),
  'fmt.missing': message<Path>(
    (d) => `${d.path}: không đọc được tệp`,
    (d) => `${d.path}: cannot read the file`,
  ),
  'fmt.unwritable': message<Path>(
    (d) => `${d.path}: không ghi được tệp (tệp cũ vẫn giữ nguyên)`,
    (d) => `${d.path}: cannot write the file (the old file is kept)`,
  ),
  'fmt.broken': message<Path>(
    (d) => `${d.path}: có lỗi cú pháp, không định dạng (tệp giữ nguyên)`,
    (d) => `${d.path}: syntax errors, not formatted (file left untouched)`,
  ),
  'fmt.would-change': message<Path>(
    (d) => `${d.path}: cần định dạng lại`,
    (d) => `${d.path}: would be reformatted`,
  ),
  'fmt.changed': message<Path>(
    (d) => `${d.path}: đã định dạng`,
    (d) => `${d.path}: formatted`,
  ),
  'fmt.summary': message<{ check: boolean; changed: number; total: number; bad: number }>(
    (d) =>
      `${d.check ? `${d.changed} trên ${d.total} tệp cần định dạng lại` : `đã định dạng ${d.changed} trên ${d.total} tệp`}${d.bad > 0 ? `; ${d.bad} tệp lỗi` : ''}`,
    (d) =>
      `${d.check ? `${d.changed} of ${d.total} file${plural(d.total)} would be reformatted` : `formatted ${d.changed} of ${d.total} file${plural(d.total)}`}${d.bad > 0 ? `; ${d.bad} file${plural(d.bad)} with errors` : ''}`,
  ),
  'target.choose-procedure': message<{ count: number; names: string }>(
    (d) => `tệp có ${d.count} quy trình và không có kế hoạch; chọn một bằng --procedure (${d.names})`,
    (d) => `the file has ${d.count} procedures and no plan; choose one with --procedure (${d.names})`,
  ),
} as const;
