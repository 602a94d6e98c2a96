// Plain-language explanations (Vietnamese, English) of temporal conflicts, cycles and chain links.
import { formatVnDate } from '@tdkt/calendar';
import type { Lang } from '@tdkt/calendar';
import type { ChainLink } from './chain.js';
import type { Crossing } from './duration.js';
import type { Duration } from '@tdkt/calendar';
import type { NodeKind, Provenance } from './network.js';
import type { TemporalConflict, TemporalCycle, TemporalProblem } from './problems.js';
import type { TemporalDeadlineOrder } from './deadline-order.js';

const date = formatVnDate;

/**
 * An event's name from its activity's label and its kind.
 *
 * @example
 * eventName('Hội đồng trường xét', 'finish', 'vi') // => 'Hội đồng trường xét xong'
 */
export function eventName(label: string, kind: NodeKind | undefined, lang: Lang): string {
  if (kind === 'start') return lang === 'vi' ? `${label} (bắt đầu)` : `${label} (start)`;
  if (kind === 'finish') return lang === 'vi' ? `${label} xong` : `${label} (finish)`;
  return label;
}

/**
 * A duration in words.
 *
 * @example
 * durationText({ amount: 10, unit: 'working-day' }, 'vi') // => '10 ngày làm việc'
 */
export function durationText(d: Duration, lang: Lang): string {
  const plural = d.amount === 1 ? '' : 's';
  switch (d.unit) {
    case 'working-day':
      return lang === 'vi' ? `${d.amount} ngày làm việc` : `${d.amount} working day${plural}`;
    case 'week':
      return lang === 'vi' ? `${d.amount} tuần` : `${d.amount} week${plural}`;
    case 'month':
      return lang === 'vi' ? `${d.amount} tháng` : `${d.amount} month${plural}`;
    case 'day':
      return lang === 'vi' ? `${d.amount} ngày` : `${d.amount} day${plural}`;
  }
}

/**
 * The public holidays a stretch of time crosses, or '' when none.
 *
 * @example
 * crossingText(daysOffBetween(cal, d5_2_2021, d19_2_2021), 'vi') // => ', qua 5 ngày nghỉ lễ (Tết Nguyên đán)'
 */
export function crossingText(c: Crossing | undefined, lang: Lang): string {
  if (!c || c.holidays.length === 0) return '';
  const names = [...new Set(c.holidays.map((h) => h.name?.[lang]).filter((n): n is string => n !== undefined))];
  const which = names.length > 0 ? ` (${names.join(', ')})` : '';
  const n = c.holidays.length;
  return lang === 'vi' ? `, qua ${n} ngày nghỉ lễ${which}` : `, across ${n} public holiday${n === 1 ? '' : 's'}${which}`;
}

const ORIGIN: Record<NonNullable<Provenance['origin']>['kind'], [string, string]> = {
  phrase: ['', ''],
  heading: ['mục của hoạt động', "the activity's section"],
  period: ['cả kỳ kế hoạch', "the plan's whole period"],
  step: ['hạn của bước', "the step's own deadline"],
  default: ['mặc định của thư viện', 'library default'],
  override: ['kế hoạch đặt bằng `với`', "set by the plan's `with`"],
  row: ['hoạt động thực hiện bước', 'the activity performing the step'],
  derived: ['suy ra từ hạn sau', 'derived from a later deadline'],
  event: ['ngày của sự kiện', "the event's date"],
};

/**
 * Where a bound comes from, in words: its section heading, a library default (with its parameter), a
 * `với`…; and, for `trước D` read strictly, that the last day is D−1.
 *
 * @example
 * originText({ kind: 'default', param: 'hạn_tổ', strictBefore: true }, 'vi') // => 'mặc định của thư viện: hạn_tổ; „trước” hiểu chặt: ngày cuối là ngày liền trước'
 */
export function originText(origin: Provenance['origin'], lang: Lang): string {
  if (origin === undefined) return '';
  const vi = lang === 'vi';
  const parts: string[] = [];
  const what = ORIGIN[origin.kind][vi ? 0 : 1];
  if (what !== '') parts.push(origin.param !== undefined ? `${what}: ${origin.param}` : what);
  if (origin.strictBefore) parts.push(vi ? '„trước” hiểu chặt: ngày cuối là ngày liền trước' : '"before" read strictly: the last day is the day before');
  return parts.join('; ');
}

function quoted(phrase: string | undefined, lang: Lang, origin?: Provenance['origin']): string {
  if (phrase === undefined) return '';
  const from = originText(origin, lang);
  const extra = from === '' ? '' : `, ${from}`;
  return lang === 'vi' ? ` („${phrase}”${extra})` : ` ("${phrase}"${extra})`;
}

/**
 * One line explaining one link of a chain.
 *
 * @example
 * explainLink(link, 'vi') // "Hội đồng trường xét: mất 10 ngày làm việc, 20/5/2019 → 3/6/2019, qua 2 ngày nghỉ lễ"
 */
export function explainLink(link: ChainLink, lang: Lang): string {
  const vi = lang === 'vi';
  const to = eventName(link.toLabel, link.toKind, lang);
  const from = link.fromLabel === undefined ? '' : eventName(link.fromLabel, link.fromKind, lang);
  const p = link.provenance;
  switch (link.kind) {
    case 'origin':
      return vi ? `${to}: sớm nhất từ đầu kỳ kế hoạch, ${date(link.day)}` : `${to}: earliest at the start of the plan's period, ${date(link.day)}`;
    case 'lower-bound': {
      const tentative = link.soft ? (vi ? ' (dự kiến)' : ' (tentative)') : '';
      return vi
        ? `${p.label}: không trước ${date(link.day)}${quoted(p.phrase, lang, p.origin)}${tentative}`
        : `${p.label}: not before ${date(link.day)}${quoted(p.phrase, lang, p.origin)}${tentative}`;
    }
    case 'units-due':
      return vi
        ? `${p.label}: các đơn vị được làm đến hết ${date(link.day)}${quoted(p.phrase, lang, p.origin)}`
        : `${p.label}: the units may take until ${date(link.day)}${quoted(p.phrase, lang, p.origin)}`;
    case 'rollup':
      return vi
        ? `${to} chờ ${from} của mọi đơn vị${quoted(p.phrase, lang, p.origin)}: sớm nhất ${date(link.day)}`
        : `${to} waits for ${from} in every unit${quoted(p.phrase, lang, p.origin)}: at the earliest ${date(link.day)}`;
    case 'precedence': {
      const fromDay = date(link.fromDay ?? link.day);
      if (link.duration && link.duration.amount > 0) {
        const took = durationText(link.duration, lang);
        return vi
          ? `${p.label}: mất ${took}${quoted(p.phrase, lang)}, ${fromDay} → ${date(link.day)}${crossingText(link.crossing, lang)}`
          : `${p.label}: takes ${took}${quoted(p.phrase, lang)}, ${fromDay} → ${date(link.day)}${crossingText(link.crossing, lang)}`;
      }
      return vi ? `${to} sau ${from}${quoted(p.phrase, lang)}: sớm nhất ${date(link.day)}` : `${to} after ${from}${quoted(p.phrase, lang)}: at the earliest ${date(link.day)}`;
    }
    case 'period-end':
      return vi ? `kỳ kế hoạch kết thúc ngày ${date(link.day)}` : `the plan's period ends on ${date(link.day)}`;
    case 'upper-bound':
      return vi
        ? `${p.label}: chậm nhất ${date(link.day)}${quoted(p.phrase, lang, p.origin)}${link.soft ? ' (dự kiến)' : ''}`
        : `${p.label}: by ${date(link.day)} at the latest${quoted(p.phrase, lang, p.origin)}${link.soft ? ' (tentative)' : ''}`;
  }
}

/**
 * The headline of a conflict, e.g. "Phòng GD&ĐT trình Sở phải xong chậm nhất 29/5/2019 („trước ngày
 * 30/5/2019”), nhưng Hội đồng trường xét xong sớm nhất 3/6/2019 (20/5/2019 + mất 10 ngày làm việc, qua 2
 * ngày nghỉ lễ)".
 *
 * @example
 * explainConflict(result.conflicts[0], 'vi')
 */
export function explainConflict(conflict: TemporalConflict, lang: Lang): string {
  const vi = lang === 'vi';
  const upper = conflict.chain[conflict.chain.length - 1];
  const ub = upper?.provenance;
  const body = conflict.chain.slice(0, -1);
  // The last link that takes time explains "why so late" best; else the last link at all.
  const key = [...body].reverse().find((l) => l.kind === 'precedence' && (l.duration?.amount ?? 0) > 0) ?? body[body.length - 1];
  const who = key ? eventName(key.toLabel, key.toKind, lang) : conflict.node;
  const when = key ? date(key.day) : date(conflict.earliest);
  let why = '';
  if (key?.kind === 'precedence' && key.duration && key.duration.amount > 0) {
    why = ` (${date(key.fromDay ?? key.day)} + ${vi ? 'mất ' : ''}${durationText(key.duration, lang)}${crossingText(key.crossing, lang)})`;
  } else {
    // No link takes time: the lower bound at the start of the chain is the whole reason.
    const first = body[0];
    if (first?.kind === 'units-due') {
      why = vi
        ? ` (do các đơn vị được nộp đến hết ${date(first.day)}${quoted(first.provenance.phrase, lang, first.provenance.origin)})`
        : ` (because units may submit until ${date(first.day)}${quoted(first.provenance.phrase, lang, first.provenance.origin)})`;
    } else if (first?.kind === 'lower-bound') {
      why = vi
        ? ` (do ${first.provenance.label}: không trước ${date(first.day)}${quoted(first.provenance.phrase, lang, first.provenance.origin)})`
        : ` (because ${first.provenance.label}: not before ${date(first.day)}${quoted(first.provenance.phrase, lang, first.provenance.origin)})`;
    }
  }
  if (conflict.code === 'temporal.beyond-period') {
    return vi
      ? `${who} sớm nhất ${when}${why}, sau khi kỳ kế hoạch kết thúc (${date(conflict.deadline)})`
      : `${who} happens ${when} at the earliest${why}, after the plan's period ends (${date(conflict.deadline)})`;
  }
  const label = ub?.label ?? conflict.node;
  if (conflict.code === 'temporal.tentative-conflict') {
    return vi
      ? `${label} phải xong chậm nhất ${date(conflict.deadline)}${quoted(ub?.phrase, lang, ub?.origin)}, nhưng nếu mọi việc diễn ra đúng ngày dự kiến thì ${who} sớm nhất ${when}${why}; khi biết ngày thật, hãy kiểm tra lại`
      : `${label} must be done by ${date(conflict.deadline)}${quoted(ub?.phrase, lang, ub?.origin)}, but if things happen on their estimated dates ${who} happens ${when} at the earliest${why}; check again once the real dates are known`;
  }
  const tentative = conflict.severity === 'warning' ? (vi ? 'dự kiến ' : 'is planned to ') : '';
  // When the late event is the deadline's own subject, do not name it twice.
  const same = key !== undefined && key.to === upper?.to;
  if (vi) {
    const but = same ? `nhưng sớm nhất chỉ xong được ${when}` : `nhưng ${who} sớm nhất ${when}`;
    return `${label} ${tentative}phải xong chậm nhất ${date(conflict.deadline)}${quoted(ub?.phrase, lang, ub?.origin)}, ${but}${why}`;
  }
  const but = same ? `but cannot be done before ${when}` : `but ${who} happens ${when} at the earliest`;
  return `${label} ${tentative === '' ? 'must' : 'is planned to'} be done by ${date(conflict.deadline)}${quoted(ub?.phrase, lang, ub?.origin)}, ${but}${why}`;
}

/**
 * One link of a cycle, without dates (a cycle has none): "Khen thưởng sau Đăng ký thi đua („sau đăng_ký”)".
 *
 * @example
 * explainOrdering(cycle.links[0], 'vi')
 */
export function explainOrdering(link: ChainLink, lang: Lang): string {
  const to = eventName(link.toLabel, link.toKind, lang);
  const from = eventName(link.fromLabel ?? link.from ?? '', link.fromKind, lang);
  const took = link.duration && link.duration.amount > 0 ? (lang === 'vi' ? `, cách ${durationText(link.duration, lang)}` : `, ${durationText(link.duration, lang)} later`) : '';
  return lang === 'vi' ? `${to} sau ${from}${took}${quoted(link.provenance.phrase, lang)}` : `${to} after ${from}${took}${quoted(link.provenance.phrase, lang)}`;
}

/**
 * The headline of a cycle: "Thứ tự vòng tròn: A → B → A, không có lịch nào thoả được".
 *
 * @example
 * explainCycle(cycle, 'en') // "Orderings form a cycle: …"
 */
export function explainCycle(cycle: TemporalCycle, lang: Lang): string {
  const names = cycle.links.map((l) => eventName(l.fromLabel ?? l.from ?? '', l.fromKind, lang));
  const first = names[0];
  const loop = first === undefined ? cycle.nodes.join(' → ') : [...names, first].join(' → ');
  return lang === 'vi' ? `Các thứ tự „sau” tạo thành vòng tròn: ${loop}; không có lịch nào thoả được` : `Orderings form a cycle: ${loop}; no schedule can satisfy them`;
}

/**
 * The headline of any temporal problem.
 *
 * @example
 * analyseTemporal(net, cal).conflicts.map((c) => explainProblem(c, 'en'))
 */
export function explainProblem(problem: TemporalProblem, lang: Lang): string {
  switch (problem.code) {
    case 'temporal.conflict':
    case 'temporal.tentative-missed':
    case 'temporal.tentative-conflict':
    case 'temporal.beyond-period':
      return explainConflict(problem, lang);
    case 'temporal.cycle':
      return explainCycle(problem, lang);
    case 'temporal.deadline-order':
      return explainDeadlineOrder(problem, lang);
    case 'temporal.unknown-node':
      return lang === 'vi'
        ? `Ràng buộc ${problem.constraintId} nhắc đến sự kiện không có: ${problem.node}`
        : `Constraint ${problem.constraintId} names a missing event: ${problem.node}`;
  }
}

/**
 * The headline of a deadline given too late: "Các trường nộp được hạn đến 25/5/2019 („…”), nhưng để
 * Phòng GD&ĐT tổng hợp kịp chậm nhất 20/5/2019 thì phải xong chậm nhất 20/5/2019".
 *
 * @example
 * explainDeadlineOrder(problem, 'vi')
 */
export function explainDeadlineOrder(problem: TemporalDeadlineOrder, lang: Lang): string {
  const first = problem.chain[0];
  const last = problem.chain[problem.chain.length - 1];
  const label = first?.provenance.label ?? problem.node;
  const later = last?.provenance.label ?? '';
  const laterDay = date(last?.day ?? problem.latest);
  if (lang === 'vi') {
    return `${label} được hạn đến ${date(problem.deadline)}${quoted(first?.provenance.phrase, lang, first?.provenance.origin)}, nhưng để ${later} kịp hạn ${laterDay}${quoted(last?.provenance.phrase, lang, last?.provenance.origin)} thì phải xong chậm nhất ${date(problem.latest)}`;
  }
  return `${label} is allowed until ${date(problem.deadline)}${quoted(first?.provenance.phrase, lang, first?.provenance.origin)}, but for ${later} to meet ${laterDay}${quoted(last?.provenance.phrase, lang, last?.provenance.origin)} it must be done by ${date(problem.latest)}`;
}
