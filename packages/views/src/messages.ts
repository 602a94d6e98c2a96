// Every word the views print (diagrams, Gantt chart, calendar entries, curves, the HTML report), in vi and en, keyed by id.
import type { Diagnostic, Lang, MessageCatalog, MessageTemplate } from '@tdkt/calendar';

type Data = Diagnostic['data'];
const s = (d: Data, key: string): string => {
  const v = d[key];
  return Array.isArray(v) ? v.join(', ') : v === undefined ? '' : String(v);
};
/** A fixed label in both languages. */
const t = (vi: string, en: string): MessageTemplate => ({ vi: () => vi, en: () => en });
/** A label built from data. */
const m = (vi: MessageTemplate['vi'], en: MessageTemplate['en']): MessageTemplate => ({ vi, en });
const n = (d: Data): number => Number(d['count'] ?? 0);

/**
 * The views' catalog, the same mechanism as the diagnostics' catalogs (`MessageCatalog`): an id, a
 * Vietnamese and an English rendering of its data.
 *
 * @example
 * viewMessages['gantt.late'].en({ deadline: '30/5/2019', earliest: '3/6/2019' }) // => 'due 30/5/2019, earliest 3/6/2019'
 */
export const viewMessages = {
  // Shared words.
  tentative: t('dự kiến', 'tentative'),
  by: m(
    (d) => `do ${s(d, 'who')}`,
    (d) => `by ${s(d, 'who')}`,
  ),
  due: m(
    (d) => `hạn: ${s(d, 'text')}`,
    (d) => `due: ${s(d, 'text')}`,
  ),
  phase: m(
    (d) => `Đợt ${s(d, 'phase')}`,
    (d) => `Phase ${s(d, 'phase')}`,
  ),

  // Diagrams of procedures and plans.
  'diagram.start': t('bắt đầu', 'start'),
  'diagram.level': m(
    (d) => `cấp ${s(d, 'level')}`,
    (d) => `level ${s(d, 'level')}`,
  ),
  'diagram.posting': m(
    (d) => `công khai ${s(d, 'text')}`,
    (d) => `posting ${s(d, 'text')}`,
  ),
  'diagram.fan-out': m(
    (d) => `mỗi đơn vị cấp ${s(d, 'level')}: ${s(d, 'procedure')}`,
    (d) => `each unit of level ${s(d, 'level')}: ${s(d, 'procedure')}`,
  ),
  'diagram.route': t('nếu …', 'if …'),
  'diagram.guarded': t('(nếu …)', '(if …)'),
  'diagram.timeout': t('quá hạn', 'overdue'),
  'diagram.escalation': m(
    (d) => `quá hạn chuyển lên ${s(d, 'to')}`,
    (d) => `overdue, escalate to ${s(d, 'to')}`,
  ),
  'diagram.roll-up': t('gộp kết quả', 'roll-up'),
  'diagram.join-any': t('nhánh đầu xong', 'first branch done'),
  'diagram.join-all': t('mọi nhánh xong', 'all branches done'),
  'diagram.section-phase': m(
    (d) => `đợt ${s(d, 'phase')}`,
    (d) => `phase ${s(d, 'phase')}`,
  ),
  'diagram.all-year': t('cả năm', 'all year'),
  'diagram.expected': m(
    (d) => `dự kiến ${s(d, 'window')}`,
    (d) => `expected ${s(d, 'window')}`,
  ),
  'diagram.procedure': m(
    (d) => `quy trình ${s(d, 'procedure')}`,
    (d) => `procedure ${s(d, 'procedure')}`,
  ),

  // The Gantt chart.
  'gantt.other': t('Khác', 'Other'),
  'gantt.month': m(
    (d) => `T${s(d, 'month')}/${s(d, 'yy')}`,
    (d) =>
      `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(d['month']) - 1] ?? s(d, 'month')} ${s(d, 'yy')}`,
  ),
  'gantt.no-time': t('(không có mốc thời gian)', '(no time given)'),
  'gantt.late': m(
    (d) => `hạn ${s(d, 'deadline')}, sớm nhất ${s(d, 'earliest')}`,
    (d) => `due ${s(d, 'deadline')}, earliest ${s(d, 'earliest')}`,
  ),

  // Calendar entries (ICS).
  'calendar.phase': m(
    (d) => `Đợt thi đua ${s(d, 'phase')}`,
    (d) => `Emulation phase ${s(d, 'phase')}`,
  ),
  'calendar.event': m(
    (d) => `Sự kiện: ${s(d, 'name')}`,
    (d) => `Event: ${s(d, 'name')}`,
  ),
  'calendar.due': m(
    (d) => `Hạn: ${s(d, 'what')}`,
    (d) => `Due: ${s(d, 'what')}`,
  ),
  'calendar.by': m(
    (d) => `Thực hiện: ${s(d, 'who')}`,
    (d) => `By: ${s(d, 'who')}`,
  ),

  // Completion curves.
  'curves.by-level': t('Tỉ lệ hồ sơ đã được xử lý theo cấp', 'Share of dossiers processed, by level'),
  'curves.by-day': t('Tỉ lệ hồ sơ đã xong theo ngày', 'Share of dossiers finished, by day'),

  // The HTML report.
  'html.year': t('Cả năm trên một trang', 'The year at a glance'),
  'html.checks': t('Kết quả kiểm tra', 'Checks'),
  'html.problems': t('Xung đột và cảnh báo', 'Conflicts and warnings'),
  'html.none': t('Không có xung đột nào về thời hạn.', 'No deadline conflicts.'),
  'html.critical': t(
    'Đường găng (chuỗi quyết định ngày xong sớm nhất)',
    'Critical path (the chain that fixes the earliest finish)',
  ),
  'html.procedures': t('Các quy trình', 'Procedures'),
  'html.legend': t(
    'Chú giải: thanh xanh — khoảng thời gian của hoạt động; nét đứt — dự kiến; vàng cam — đường găng; đỏ — xung đột; ◆ — hạn; cột hồng — ngày nghỉ lễ (đậm: Tết); dải tím — đợt thi đua.',
    'Legend: blue bar — the activity’s window; dashed — tentative; amber — critical path; red — conflict; ◆ — deadline; pink columns — public holidays (darker: Tết); purple bands — emulation phases.',
  ),
  'html.edges': t(
    'Mũi tên liền — hành động; xanh nét đứt — trả lại; cam nét đứt — quá hạn; đỏ nét đứt — chuyển lên cấp trên; xanh lá đậm — gộp kết quả.',
    'Solid — action; blue dashed — return; orange dashed — overdue; red dashed — escalation; bold green — roll-up.',
  ),
  'html.period': t('Thời kỳ', 'Period'),
  'html.generated': t(
    'Tạo bởi tdkt simulate --html. Trang này không cần mạng.',
    'Made by tdkt simulate --html. This page needs no network.',
  ),
  'html.not-run': t('chưa chạy', 'not run'),
  'html.errors': m(
    (d) => `${n(d)} lỗi`,
    (d) => `${n(d)} error${n(d) === 1 ? '' : 's'}`,
  ),
  'html.warnings': m(
    (d) => `${n(d)} cảnh báo`,
    (d) => `${n(d)} warning${n(d) === 1 ? '' : 's'}`,
  ),

  // The population section of the HTML report.
  'population.title': t('Mô phỏng toàn ngành', 'Population run'),
  'population.by-level': t(
    'Tỉ lệ lượt hồ sơ đến mỗi cấp đã được xử lý, theo ngày',
    'Share of the visits arriving at each level processed, by day',
  ),
  'population.by-procedure': t('Tỉ lệ hồ sơ đã xong, theo quy trình', 'Share of dossiers finished, by procedure'),
  'population.bands': t(
    'Mỗi đường là trung vị của các lần chạy, ngày theo ngày; dải mờ cùng màu là khoảng chứa 90 % số lần chạy. Bảng in số liệu của lần chạy trung vị, [a–b] là khoảng 90 %.',
    'Each line is the median over the runs, day by day; the pale band of the same colour holds 90 % of the runs. Tables show the median run, [a–b] the 90 % interval.',
  ),
  'population.running': t(
    'Xong đúng hạn là tỉ lệ trong số hồ sơ đến hạn trong kỳ (đã xong hoặc tồn đọng). Tồn đọng: còn chờ khi hết kỳ mà hạn của bước đã qua; đang chạy: chưa xong khi hết kỳ nhưng còn trong hạn (hạn của bước, hay hẹn giờ kế tiếp, rơi sau ngày cuối kỳ), không tính vào tỉ lệ.',
    'On time is the share of the dossiers due within the period (finished or stuck). Stuck: still waiting when the period ends, past the step’s deadline; running: unfinished when it ends but within the deadline (the step’s, or the next timer’s, falls after the period), not counted in the share.',
  ),
  'population.riskiest': t('Các bước rủi ro nhất', 'Riskiest steps'),
  'population.none': t('Không chạy mô phỏng toàn ngành (--population none).', 'No population run (--population none).'),
  'population.depends': m(
    (d) => `phụ thuộc vào một đơn vị: ${s(d, 'units')}`,
    (d) => `depends on one unit: ${s(d, 'units')}`,
  ),

  // Column headings of the population tables.
  'column.procedure': t('Quy trình', 'Procedure'),
  'column.dossiers': t('Hồ sơ', 'Dossiers'),
  'column.on-time-share': t('Xong đúng hạn', 'Finished on time'),
  'column.late': t('Trễ', 'Late'),
  'column.stuck': t('Tồn đọng', 'Stuck'),
  'column.running': t('Đang chạy', 'Running'),
  'column.p90': t('Xong 90 %', '90 % done'),
  'column.level': t('Cấp', 'Level'),
  'column.units': t('Đơn vị', 'Units'),
  'column.arrived': t('Hồ sơ đến', 'Arrived'),
  'column.processed': t('Đã xử lý', 'Processed'),
  'column.on-time': t('Đúng hạn', 'On time'),
  'column.returned': t('Trả lại', 'Returned'),
  'column.overdue': t('Quá hạn', 'Overdue'),
  'column.step': t('Bước', 'Step'),
  'column.risk': t('Rủi ro', 'Risk'),
} satisfies MessageCatalog;

export type ViewMessageId = keyof typeof viewMessages;

/**
 * One view text in `lang`, rendered from its data.
 *
 * @example
 * viewText('diagram.escalation', 'vi', { to: 'phòng' }) // => 'quá hạn chuyển lên phòng'
 */
export function viewText(id: ViewMessageId, lang: Lang, data: Data = {}): string {
  return viewMessages[id][lang](data);
}

/**
 * ` (dự kiến)` / ` (tentative)` after a soft time, '' after a firm one.
 *
 * @example
 * tentativeSuffix(true, 'en') // => ' (tentative)'
 */
export function tentativeSuffix(soft: boolean, lang: Lang): string {
  return soft ? ` (${viewText('tentative', lang)})` : '';
}
