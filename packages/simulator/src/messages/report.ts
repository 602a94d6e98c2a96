// The text report's words (vi, en): check titles, summary, section titles, table headers, population sections.
import { fixed, message, plural } from '@tdkt/calendar';

/** Titles and figures of the checks (the summary lines and the JSON `title` fields). */
export const checkMessages = {
  'check.completion': fixed('Hoàn thành (mọi đường đều đến kết thúc)', 'Completion (every path reaches an end)'),
  'check.completion.figures': message<{ procedures: number; states: number; transitions: number; paths: string }>(
    (d) =>
      `${d.procedures} quy trình, ${d.states} trạng thái, ${d.transitions} chuyển tiếp, ${d.paths} đường đi đã duyệt`,
    (d) => `${d.procedures} procedures, ${d.states} states, ${d.transitions} transitions, ${d.paths} paths explored`,
  ),
  'check.deadlines': fixed('Thời hạn (các mốc thời gian khớp nhau)', 'Deadlines (time constraints fit together)'),
  'check.population': fixed('Mô phỏng toàn ngành', 'Population run'),
  'check.file': fixed('Tệp kế hoạch (cảnh báo của tdkt check)', 'The plan file (warnings of tdkt check)'),
  'check.file.via': message<{ message: string; line: string }>(
    (d) => `${d.message} (đến đây qua dòng ${d.line} của kế hoạch)`,
    (d) => `${d.message} (reached through line ${d.line} of the plan)`,
  ),
} as const;

/** The report's headings, summary words and the deadline tables. */
export const reportMessages = {
  'report.title': fixed('tdkt simulate — kết quả kiểm tra', 'tdkt simulate — results'),
  'report.not-run': fixed('chưa chạy', 'not run'),
  'report.no-problems': fixed('không có vấn đề', 'no problems'),
  'report.errors': message<{ count: number }>(
    (d) => `${d.count} lỗi`,
    (d) => `${d.count} error${plural(d.count)}`,
  ),
  'report.warnings': message<{ count: number }>(
    (d) => `${d.count} cảnh báo`,
    (d) => `${d.count} warning${plural(d.count)}`,
  ),
  'report.problems': fixed('Vấn đề:', 'Problems:'),
  'report.severity.error': fixed('lỗi', 'error'),
  'report.severity.warning': fixed('cảnh báo', 'warning'),
  'report.chain.cycle': fixed('Vòng:', 'Cycle:'),
  'report.chain.constraints': fixed('Chuỗi ràng buộc:', 'Chain of constraints:'),
  'report.chain.path': fixed('Đường đi:', 'Path:'),
  'report.line': message<{ line: number }>(
    (d) => `dòng ${d.line}`,
    (d) => `line ${d.line}`,
  ),
  'report.schedule.more': message<{ count: string }>(
    (d) => `… và ${d.count} sự kiện khác (xem --json)`,
    (d) => `… and ${d.count} more events (see --json)`,
  ),
  'report.critical-path': fixed(
    'Đường găng (chuỗi quyết định ngày xong sớm nhất):',
    'Critical path (the chain that fixes the earliest finish):',
  ),
  'column.event': fixed('Sự kiện', 'Event'),
  'column.earliest': fixed('Sớm nhất', 'Earliest'),
  'column.latest': fixed('Muộn nhất', 'Latest'),
  'column.slack': fixed('Dự trữ', 'Slack'),
  'column.latest-because': fixed('Muộn nhất vì', 'Latest because of'),
} as const;

/** The population sections of the text report. */
export const populationReportMessages = {
  'report.population.runs': message<{ runs: number }>(
    (d) => `${d.runs} lần chạy`,
    (d) => `${d.runs} run${plural(d.runs)}`,
  ),
  'report.population.line': message<{ runs: string; dossiers: string; share: string; stuck: string }>(
    (d) => `${d.runs} × ${d.dossiers} hồ sơ: ${d.share} xong đúng hạn, ${d.stuck} tồn đọng (lần chạy trung vị)`,
    (d) => `${d.runs} × ${d.dossiers} dossiers: ${d.share} finished on time, ${d.stuck} stuck (median run)`,
  ),
  'report.population.line-running': message<{
    runs: string;
    dossiers: string;
    due: string;
    share: string;
    stuck: string;
    running: string;
  }>(
    (d) =>
      `${d.runs} × ${d.dossiers} hồ sơ: ${d.running} còn đang chạy khi hết kỳ; ${d.due} đến hạn trong kỳ: ${d.share} xong đúng hạn, ${d.stuck} tồn đọng (lần chạy trung vị)`,
    (d) =>
      `${d.runs} × ${d.dossiers} dossiers: ${d.running} still running when the period ends; ${d.due} due within it: ${d.share} finished on time, ${d.stuck} stuck (median run)`,
  ),
  'report.population.preset': message<{ name: string }>(
    (d) => `mẫu ${d.name}`,
    (d) => `preset ${d.name}`,
  ),
  'report.population.file': message<{ name: string }>(
    (d) => `tệp ${d.name}`,
    (d) => `file ${d.name}`,
  ),
  'report.population.head': message<{ runs: number; seed: number; source: string; dossiers: string }>(
    (d) => `Mô phỏng toàn ngành: ${d.runs} lần chạy (hạt giống ${d.seed}), ${d.source}, mỗi lần ${d.dossiers} hồ sơ.`,
    (d) => `Population run: ${d.runs} run${plural(d.runs)} (seed ${d.seed}), ${d.source}, ${d.dossiers} dossiers each.`,
  ),
  'report.population.organisation': fixed('Tổ chức:', 'Organisation:'),
  'report.population.median': fixed(
    'Số liệu là của lần chạy trung vị (theo số hồ sơ xong đúng hạn), nên các cột cộng lại khớp nhau;',
    'Figures are those of the median run (by dossiers finished on time), so columns add up;',
  ),
  'report.population.interval': message<{ runs: number }>(
    (d) => `[a–b] là khoảng chứa 90 % của ${d.runs} lần chạy (xem chú giải).`,
    (d) => `[a–b] is the range of 90 % of the ${d.runs} runs (see the legend).`,
  ),
  'report.population.one-run': fixed(
    'Một lần chạy: không có khoảng 90 % (--runs N để chạy N lần).',
    'One run: no 90 % interval (--runs N for N runs).',
  ),
  'report.population.depends': message<{ procedure: string; units: string }>(
    (d) => `${d.procedure} phụ thuộc vào một đơn vị: ${d.units}`,
    (d) => `${d.procedure} depends on one unit: ${d.units}`,
  ),
  'report.population.never': fixed('chưa đạt', 'never'),
  'report.population.by-procedure': fixed('Theo quy trình:', 'By procedure:'),
  'report.population.by-level': fixed('Theo cấp (đơn vị xử lý):', 'By level (acting units):'),
  'report.population.riskiest': fixed('Các bước rủi ro nhất:', 'Riskiest steps:'),
  'report.population.every-step': fixed('Mọi bước (rủi ro nhất trước):', 'Every step (riskiest first):'),
  'report.population.more-steps': message<{ count: string }>(
    (d) => `… và ${d.count} bước khác (xem --detail hoặc --json)`,
    (d) => `… and ${d.count} more steps (see --detail or --json)`,
  ),
  'column.procedure': fixed('Quy trình', 'Procedure'),
  'column.dossiers': fixed('Hồ sơ', 'Dossiers'),
  'column.finished-on-time': fixed('Xong đúng hạn', 'On time'),
  'column.late': fixed('Trễ', 'Late'),
  'column.stuck': fixed('Tồn đọng', 'Stuck'),
  'column.running': fixed('Đang chạy', 'Running'),
  'column.done-90': fixed('Xong 90 %', '90 % done'),
  'column.outcomes': fixed('Kết quả', 'Outcomes'),
  'column.level': fixed('Cấp', 'Level'),
  'column.units': fixed('Đơn vị', 'Units'),
  'column.arrived': fixed('Hồ sơ đến', 'Arrived'),
  'column.processed': fixed('Đã xử lý', 'Processed'),
  'column.on-time': fixed('Đúng hạn', 'On time'),
  'column.returned': fixed('Trả lại', 'Returned'),
  'column.overdue': fixed('Quá hạn', 'Overdue'),
  'column.step': fixed('Bước', 'Step'),
  'column.risk': fixed('Rủi ro', 'Risk'),
} as const;
