// Plain-language explanations (Vietnamese, English) of temporal conflicts, cycles and chain links.

import type { Duration, Lang } from '@tdkt/calendar';
import { formatVnDate } from '@tdkt/calendar';
import { say } from '../messages/catalog.js';
import type { ChainLink } from './chain.js';
import type { TemporalDeadlineOrder } from './deadline-order.js';
import type { TemporalDefaultShortens } from './default-shortens.js';
import type { Crossing } from './duration.js';
import type { NodeKind, Provenance } from './network.js';
import type { TemporalConflict, TemporalCycle, TemporalProblem } from './problems.js';

const date = formatVnDate;

/**
 * An event's name from its activity's label and its kind.
 *
 * @example
 * eventName('Hội đồng trường xét', 'finish', 'vi') // => 'Hội đồng trường xét xong'
 */
export function eventName(label: string, kind: NodeKind | undefined, lang: Lang): string {
  if (kind === 'start') return say(lang, 'event.start', { label });
  if (kind === 'finish') return say(lang, 'event.finish', { label });
  return label;
}

/**
 * A duration in words.
 *
 * @example
 * durationText({ amount: 10, unit: 'working-day' }, 'vi') // => '10 ngày làm việc'
 */
function durationText(d: Duration, lang: Lang): string {
  return say(lang, `duration.${d.unit}`, { amount: d.amount });
}

/**
 * The public holidays a stretch of time crosses, or '' when none.
 *
 * @example
 * crossingText(daysOffBetween(cal, d5_2_2021, d19_2_2021), 'vi') // => ', qua 5 ngày nghỉ lễ (Tết Nguyên đán)'
 */
function crossingText(c: Crossing | undefined, lang: Lang): string {
  if (!c || c.holidays.length === 0) return '';
  const names = [...new Set(c.holidays.map((h) => h.name?.[lang]).filter((n): n is string => n !== undefined))];
  return say(lang, 'temporal.crossing', { count: c.holidays.length, names: names.join(', ') });
}

/**
 * Where a bound comes from, in words: its section heading, a library default (with its parameter), a
 * `với`…; and, for `trước D` read strictly, that the last day is D−1.
 *
 * @example
 * originText({ kind: 'default', param: 'hạn_tổ', strictBefore: true }, 'vi') // => 'mặc định của thư viện: hạn_tổ; „trước” hiểu chặt: ngày cuối là ngày liền trước'
 */
function originText(origin: Provenance['origin'], lang: Lang): string {
  if (origin === undefined) return '';
  const parts: string[] = [];
  // A row's own phrase needs no words.
  if (origin.kind !== 'phrase') {
    const what = say(lang, `origin.${origin.kind}`);
    parts.push(origin.param !== undefined ? `${what}: ${origin.param}` : what);
  }
  if (origin.strictBefore) parts.push(say(lang, 'origin.strict-before'));
  return parts.join('; ');
}

function quoted(phrase: string | undefined, lang: Lang, origin?: Provenance['origin']): string {
  return phrase === undefined ? '' : say(lang, 'temporal.quote', { phrase, origin: originText(origin, lang) });
}

/**
 * One line explaining one link of a chain.
 *
 * @example
 * explainLink(link, 'vi') // "Hội đồng trường xét: mất 10 ngày làm việc, 20/5/2019 → 3/6/2019, qua 2 ngày nghỉ lễ"
 */
export function explainLink(link: ChainLink, lang: Lang): string {
  const event = eventName(link.toLabel, link.toKind, lang);
  const from = link.fromLabel === undefined ? '' : eventName(link.fromLabel, link.fromKind, lang);
  const p = link.provenance;
  const day = date(link.day);
  const quote = quoted(p.phrase, lang, p.origin);
  switch (link.kind) {
    case 'origin':
      return say(lang, 'link.origin', { event, day });
    case 'lower-bound':
      return say(lang, 'link.lower-bound', { label: p.label, day, quote, tentative: link.soft === true });
    case 'units-due':
      return say(lang, 'link.units-due', { label: p.label, day, quote });
    case 'rollup':
      return say(lang, 'link.rollup', { event, from, quote, day });
    case 'precedence': {
      // The origin of an ordering's phrase says nothing more than the phrase.
      const phrase = quoted(p.phrase, lang);
      if (link.duration && link.duration.amount > 0) {
        const took = durationText(link.duration, lang);
        return say(lang, 'link.takes', {
          label: p.label,
          took,
          quote: phrase,
          from: date(link.fromDay ?? link.day),
          day,
          crossing: crossingText(link.crossing, lang),
        });
      }
      return say(lang, 'link.after', { event, from, quote: phrase, day });
    }
    case 'period-end':
      return say(lang, 'link.period-end', { day });
    case 'upper-bound':
      return say(lang, 'link.upper-bound', { label: p.label, day, quote, tentative: link.soft === true });
  }
}

/** Why the late event is so late, in parentheses after it, or ''. */
function whyLate(key: ChainLink | undefined, first: ChainLink | undefined, lang: Lang): string {
  if (key?.kind === 'precedence' && key.duration && key.duration.amount > 0) {
    return ` (${say(lang, 'why.takes', { from: date(key.fromDay ?? key.day), took: durationText(key.duration, lang), crossing: crossingText(key.crossing, lang) })})`;
  }
  // No link takes time: the lower bound at the start of the chain is the whole reason.
  const quote = first === undefined ? '' : quoted(first.provenance.phrase, lang, first.provenance.origin);
  if (first?.kind === 'units-due') return ` (${say(lang, 'why.units-due', { day: date(first.day), quote })})`;
  if (first?.kind === 'lower-bound')
    return ` (${say(lang, 'why.lower-bound', { label: first.provenance.label, day: date(first.day), quote })})`;
  return '';
}

/**
 * The headline of a conflict, e.g. "Phòng GD&ĐT trình Sở phải xong chậm nhất 29/5/2019 („trước ngày
 * 30/5/2019”), nhưng Hội đồng trường xét xong sớm nhất 3/6/2019 (20/5/2019 + mất 10 ngày làm việc, qua 2
 * ngày nghỉ lễ)".
 *
 * @example
 * explainConflict(result.conflicts[0], 'vi')
 */
function explainConflict(conflict: TemporalConflict, lang: Lang): string {
  const upper = conflict.chain[conflict.chain.length - 1];
  const ub = upper?.provenance;
  const body = conflict.chain.slice(0, -1);
  // The last link that takes time explains "why so late" best; else the last link at all.
  const key =
    [...body].reverse().find((l) => l.kind === 'precedence' && (l.duration?.amount ?? 0) > 0) ?? body[body.length - 1];
  const who = key ? eventName(key.toLabel, key.toKind, lang) : conflict.node;
  const when = key ? date(key.day) : date(conflict.earliest);
  const why = whyLate(key, body[0], lang);
  if (conflict.code === 'temporal.beyond-period')
    return say(lang, 'temporal.beyond-period', { who, when, why, end: date(conflict.deadline) });
  const deadline = {
    label: ub?.label ?? conflict.node,
    deadline: date(conflict.deadline),
    quote: quoted(ub?.phrase, lang, ub?.origin),
    who,
    when,
    why,
  };
  if (conflict.code === 'temporal.tentative-conflict') return say(lang, 'temporal.tentative-conflict', deadline);
  // When the late event is the deadline's own subject, do not name it twice.
  return say(lang, conflict.code, { ...deadline, same: key !== undefined && key.to === upper?.to });
}

/**
 * One link of a cycle, without dates (a cycle has none): "Khen thưởng sau Đăng ký thi đua („sau đăng_ký”)".
 *
 * @example
 * explainOrdering(cycle.links[0], 'vi')
 */
export function explainOrdering(link: ChainLink, lang: Lang): string {
  const event = eventName(link.toLabel, link.toKind, lang);
  const from = eventName(link.fromLabel ?? link.from ?? '', link.fromKind, lang);
  const gap =
    link.duration && link.duration.amount > 0
      ? `, ${say(lang, 'link.gap', { duration: durationText(link.duration, lang) })}`
      : '';
  return say(lang, 'link.ordering', { event, from, gap, quote: quoted(link.provenance.phrase, lang) });
}

/**
 * The headline of a cycle: "Thứ tự vòng tròn: A → B → A, không có lịch nào thoả được".
 *
 * @example
 * explainCycle(cycle, 'en') // "Orderings form a cycle: …"
 */
function explainCycle(cycle: TemporalCycle, lang: Lang): string {
  const names = cycle.links.map((l) => eventName(l.fromLabel ?? l.from ?? '', l.fromKind, lang));
  const first = names[0];
  const loop = first === undefined ? cycle.nodes.join(' → ') : [...names, first].join(' → ');
  return say(lang, 'temporal.cycle', { loop });
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
    case 'temporal.default-shortens-row':
      return explainDefaultShortens(problem, lang);
    case 'temporal.unknown-node':
      return say(lang, 'temporal.unknown-node', { constraint: problem.constraintId, node: problem.node });
  }
}

/**
 * The headline of a deadline given too late: "Các trường nộp được hạn đến 25/5/2019 („…”), nhưng để
 * Phòng GD&ĐT tổng hợp kịp chậm nhất 20/5/2019 thì phải xong chậm nhất 20/5/2019".
 *
 * @example
 * explainDeadlineOrder(problem, 'vi')
 */
function explainDeadlineOrder(problem: TemporalDeadlineOrder, lang: Lang): string {
  const first = problem.chain[0];
  const last = problem.chain[problem.chain.length - 1];
  return say(lang, 'temporal.deadline-order', {
    label: first?.provenance.label ?? problem.node,
    deadline: date(problem.deadline),
    quote: quoted(first?.provenance.phrase, lang, first?.provenance.origin),
    later: last?.provenance.label ?? '',
    laterDay: date(last?.day ?? problem.latest),
    laterQuote: quoted(last?.provenance.phrase, lang, last?.provenance.origin),
    latest: date(problem.latest),
  });
}

/**
 * The headline of a row a library default shortens: "Hội đồng ngành bình xét được đến hết 30/9/2024
 * („quý III năm 2024”, mục của hoạt động), nhưng bước … phải xong chậm nhất 17/7/2024 để kịp mặc định của
 * thư viện hạn_quyết_định = „chậm nhất 31/7” (dsl/lib/xet-cuoi-nam.tdkt:22); …: đặt `với hạn_quyết_định = …`".
 *
 * @example
 * explainDefaultShortens(problem, 'en')
 */
function explainDefaultShortens(problem: TemporalDefaultShortens, lang: Lang): string {
  const row = problem.chain[0]?.provenance;
  const def = problem.chain[problem.chain.length - 1]?.provenance;
  const span = def?.span;
  return say(lang, 'temporal.default-shortens-row', {
    label: row?.label ?? problem.node,
    end: date(problem.rowEnd),
    quote: quoted(row?.phrase, lang, row?.origin),
    step: problem.stepLabel,
    latest: date(problem.latest),
    param: def?.origin?.param ?? '',
    phrase: def?.phrase ?? '',
    where: span === undefined ? '' : `${span.file}:${span.line}`,
  });
}
