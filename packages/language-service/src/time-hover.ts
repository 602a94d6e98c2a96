// What a time phrase means, for a hover: its window, last day and weekday, the deadline instant, soft or hard.
import { formatPeriod, formatTimeExpr, formatVnDate, type Lang, type TimeExpr, weekdayName } from '@tdkt/calendar';
import type { PlanModel, ResolvedTime } from '@tdkt/language';
import { word } from './messages.js';

const day = (d: number, lang: Lang): string => `${formatVnDate(d)} (${weekdayName(d, lang)})`;

/**
 * Markdown describing a resolved (or, in a procedure on its own, unresolved) time phrase.
 *
 * @example
 * timeHover(time, plan, 'vi') // '**trước 30/6** — hạn chót\n\n- Ngày cuối: **29/6/2021 (thứ Ba)** …'
 */
export function timeHover(time: ResolvedTime, plan: PlanModel | undefined, lang: Lang): string {
  const r = time.resolution;
  const expr = time.expr;
  const canonical = expr === undefined ? undefined : formatTimeExpr(expr as TimeExpr, 'vi');
  if (r === undefined) {
    const lines = [`**${time.text}**`, ''];
    if (canonical !== undefined && canonical !== time.text)
      lines.push(`- ${word('canonical', lang)}: \`${canonical}\``);
    lines.push(`- ${word('unresolved', lang)}`);
    return lines.join('\n');
  }
  const kind =
    r.kind === 'day'
      ? word('kindDay', lang)
      : r.kind === 'window'
        ? word('kindWindow', lang)
        : word('kindDeadline', lang);
  const lines = [`**${time.text}** — ${kind}`, ''];
  if (r.window !== null) {
    const w =
      r.window.start === r.window.end
        ? day(r.window.start, lang)
        : `${day(r.window.start, lang)} – ${day(r.window.end, lang)}`;
    lines.push(`- ${word('window', lang)}: ${w}`);
  }
  lines.push(`- ${word('lastDay', lang)}: **${day(r.lastDay, lang)}**`);
  lines.push(`- ${word('deadlineAt', lang)}: ${word('endOfDay', lang)} ${formatVnDate(r.lastDay)}, 23:59:59 (UTC+7)`);
  lines.push(`- ${word('nature', lang)}: ${r.soft ? word('soft', lang) : word('hard', lang)}`);
  const rel = r.relative;
  if (rel !== undefined) {
    const when =
      rel.eventDay !== null
        ? `${day(rel.eventDay, lang)} (${word('known', lang)})`
        : rel.estimate !== null
          ? `${word('expected', lang)} ${formatVnDate(rel.estimate.start)} – ${formatVnDate(rel.estimate.end)}; ${word('lastDayBetween', lang)} ${formatVnDate(rel.lastDayRange.earliest)} – ${formatVnDate(rel.lastDayRange.latest)}`
          : '';
    lines.push(`- ${word('eventDay', lang)}: \`${rel.event}\` ${when}`.trimEnd());
  }
  if (canonical !== undefined && canonical !== time.text) lines.push(`- ${word('canonical', lang)}: \`${canonical}\``);
  if (plan?.period !== undefined)
    lines.push(
      `- ${word('context', lang)}: ${formatPeriod(plan.period, lang)}; ${word(plan.beforeReading === 'lenient' ? 'lenient' : 'strict', lang)}`,
    );
  return lines.join('\n');
}
