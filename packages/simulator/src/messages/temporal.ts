// The deadline check's words (vi, en): its problems by code, chain links, durations, where bounds come from.
import { fixed, message, plural } from '@tdkt/calendar';

/**
 * Data of the parts callers compose in the report's language: `quote` is a rendered `temporal.quote`
 * (or ''), `why` a rendered `why.*` in parentheses (or ''), dates are already written out.
 */
type Deadline = { label: string; deadline: string; quote: string; who: string; when: string; why: string };
type Missed = Deadline & { same: boolean };
type Amount = { amount: number };

const missedVi = (d: Missed, planned: boolean): string =>
  `${d.label} ${planned ? 'dự kiến ' : ''}phải xong chậm nhất ${d.deadline}${d.quote}, ${d.same ? `nhưng sớm nhất chỉ xong được ${d.when}` : `nhưng ${d.who} sớm nhất ${d.when}`}${d.why}`;
const missedEn = (d: Missed, planned: boolean): string =>
  `${d.label} ${planned ? 'is planned to' : 'must'} be done by ${d.deadline}${d.quote}, ${d.same ? `but cannot be done before ${d.when}` : `but ${d.who} happens ${d.when} at the earliest`}${d.why}`;

/** Headlines of the temporal problems, keyed by their codes. */
export const temporalProblemMessages = {
  'temporal.conflict': message<Missed>(
    (d) => missedVi(d, false),
    (d) => missedEn(d, false),
  ),
  'temporal.tentative-missed': message<Missed>(
    (d) => missedVi(d, true),
    (d) => missedEn(d, true),
  ),
  'temporal.tentative-conflict': message<Deadline>(
    (d) =>
      `${d.label} phải xong chậm nhất ${d.deadline}${d.quote}, nhưng nếu mọi việc diễn ra đúng ngày dự kiến thì ${d.who} sớm nhất ${d.when}${d.why}; khi biết ngày thật, hãy kiểm tra lại`,
    (d) =>
      `${d.label} must be done by ${d.deadline}${d.quote}, but if things happen on their estimated dates ${d.who} happens ${d.when} at the earliest${d.why}; check again once the real dates are known`,
  ),
  'temporal.beyond-period': message<{ who: string; when: string; why: string; end: string }>(
    (d) => `${d.who} sớm nhất ${d.when}${d.why}, sau khi kỳ kế hoạch kết thúc (${d.end})`,
    (d) => `${d.who} happens ${d.when} at the earliest${d.why}, after the plan's period ends (${d.end})`,
  ),
  'temporal.cycle': message<{ loop: string }>(
    (d) => `Các thứ tự „sau” tạo thành vòng tròn: ${d.loop}; không có lịch nào thoả được`,
    (d) => `Orderings form a cycle: ${d.loop}; no schedule can satisfy them`,
  ),
  'temporal.unknown-node': message<{ constraint: string; node: string }>(
    (d) => `Ràng buộc ${d.constraint} nhắc đến sự kiện không có: ${d.node}`,
    (d) => `Constraint ${d.constraint} names a missing event: ${d.node}`,
  ),
  'temporal.deadline-order': message<{
    label: string;
    deadline: string;
    quote: string;
    later: string;
    laterDay: string;
    laterQuote: string;
    latest: string;
  }>(
    (d) =>
      `${d.label} được hạn đến ${d.deadline}${d.quote}, nhưng để ${d.later} kịp hạn ${d.laterDay}${d.laterQuote} thì phải xong chậm nhất ${d.latest}`,
    (d) =>
      `${d.label} is allowed until ${d.deadline}${d.quote}, but for ${d.later} to meet ${d.laterDay}${d.laterQuote} it must be done by ${d.latest}`,
  ),
  /** `param` is '' for a step's own `hạn` in the library (no `với` sets it); `where` is `file:line` or ''. */
  'temporal.default-shortens-row': message<{
    label: string;
    end: string;
    quote: string;
    step: string;
    latest: string;
    param: string;
    phrase: string;
    where: string;
  }>(
    (d) =>
      `${d.label} được đến hết ${d.end}${d.quote}, nhưng bước „${d.step}” của hàng này phải xong chậm nhất ${d.latest} để kịp ${d.param === '' ? 'hạn của bước trong thư viện' : `mặc định của thư viện ${d.param} =`} „${d.phrase}”${d.where === '' ? '' : ` (${d.where})`}; khi chạy, bước vẫn mang hạn ${d.end} của hàng mà mặc định vẫn áp dụng: ${d.param === '' ? 'hãy dời hàng' : `hãy đặt hạn trên hàng bằng \`với ${d.param} = …\` (hoặc dời hàng)`}`,
    (d) =>
      `${d.label} is allowed until ${d.end}${d.quote}, but its step "${d.step}" must be done by ${d.latest} to meet ${d.param === '' ? "the library step's own deadline" : `the library default ${d.param} =`} "${d.phrase}"${d.where === '' ? '' : ` (${d.where})`}; at run time the step is still due at the row's ${d.end} while the default applies: ${d.param === '' ? 'move the row' : `set it on the row with \`với ${d.param} = …\` (or move the row)`}`,
  ),
  /** Why an event is so late: the link that takes time… */
  'why.takes': message<{ from: string; took: string; crossing: string }>(
    (d) => `${d.from} + mất ${d.took}${d.crossing}`,
    (d) => `${d.from} + ${d.took}${d.crossing}`,
  ),
  /** … or, when none does, the lower bound the chain starts from. */
  'why.units-due': message<{ day: string; quote: string }>(
    (d) => `do các đơn vị được nộp đến hết ${d.day}${d.quote}`,
    (d) => `because units may submit until ${d.day}${d.quote}`,
  ),
  'why.lower-bound': message<{ label: string; day: string; quote: string }>(
    (d) => `do ${d.label}: không trước ${d.day}${d.quote}`,
    (d) => `because ${d.label}: not before ${d.day}${d.quote}`,
  ),
} as const;

type Bound = { label: string; day: string; quote: string };

/** One line per link of a chain, and the words they are made of. */
export const temporalLinkMessages = {
  'link.origin': message<{ event: string; day: string }>(
    (d) => `${d.event}: sớm nhất từ đầu kỳ kế hoạch, ${d.day}`,
    (d) => `${d.event}: earliest at the start of the plan's period, ${d.day}`,
  ),
  'link.lower-bound': message<Bound & { tentative: boolean }>(
    (d) => `${d.label}: không trước ${d.day}${d.quote}${d.tentative ? ' (dự kiến)' : ''}`,
    (d) => `${d.label}: not before ${d.day}${d.quote}${d.tentative ? ' (tentative)' : ''}`,
  ),
  'link.units-due': message<Bound>(
    (d) => `${d.label}: các đơn vị được làm đến hết ${d.day}${d.quote}`,
    (d) => `${d.label}: the units may take until ${d.day}${d.quote}`,
  ),
  'link.rollup': message<{ event: string; from: string; quote: string; day: string }>(
    (d) => `${d.event} chờ ${d.from} của mọi đơn vị${d.quote}: sớm nhất ${d.day}`,
    (d) => `${d.event} waits for ${d.from} in every unit${d.quote}: at the earliest ${d.day}`,
  ),
  'link.takes': message<{ label: string; took: string; quote: string; from: string; day: string; crossing: string }>(
    (d) => `${d.label}: mất ${d.took}${d.quote}, ${d.from} → ${d.day}${d.crossing}`,
    (d) => `${d.label}: takes ${d.took}${d.quote}, ${d.from} → ${d.day}${d.crossing}`,
  ),
  'link.after': message<{ event: string; from: string; quote: string; day: string }>(
    (d) => `${d.event} sau ${d.from}${d.quote}: sớm nhất ${d.day}`,
    (d) => `${d.event} after ${d.from}${d.quote}: at the earliest ${d.day}`,
  ),
  'link.period-end': message<{ day: string }>(
    (d) => `kỳ kế hoạch kết thúc ngày ${d.day}`,
    (d) => `the plan's period ends on ${d.day}`,
  ),
  'link.upper-bound': message<Bound & { tentative: boolean }>(
    (d) => `${d.label}: chậm nhất ${d.day}${d.quote}${d.tentative ? ' (dự kiến)' : ''}`,
    (d) => `${d.label}: by ${d.day} at the latest${d.quote}${d.tentative ? ' (tentative)' : ''}`,
  ),
  /** A cycle's link (no dates); `gap` is a rendered `link.gap` after a comma, or ''. */
  'link.ordering': message<{ event: string; from: string; gap: string; quote: string }>(
    (d) => `${d.event} sau ${d.from}${d.gap}${d.quote}`,
    (d) => `${d.event} after ${d.from}${d.gap}${d.quote}`,
  ),
  'link.gap': message<{ duration: string }>(
    (d) => `cách ${d.duration}`,
    (d) => `${d.duration} later`,
  ),
  /** A phrase as written, with where its bound comes from (`origin`, rendered, or ''). */
  'temporal.quote': message<{ phrase: string; origin: string }>(
    (d) => ` („${d.phrase}”${d.origin === '' ? '' : `, ${d.origin}`})`,
    (d) => ` ("${d.phrase}"${d.origin === '' ? '' : `, ${d.origin}`})`,
  ),
  /** `names`: the holidays' names in the report's language, or ''. */
  'temporal.crossing': message<{ count: number; names: string }>(
    (d) => `, qua ${d.count} ngày nghỉ lễ${d.names === '' ? '' : ` (${d.names})`}`,
    (d) => `, across ${d.count} public holiday${plural(d.count)}${d.names === '' ? '' : ` (${d.names})`}`,
  ),
  'event.start': message<{ label: string }>(
    (d) => `${d.label} (bắt đầu)`,
    (d) => `${d.label} (start)`,
  ),
  'event.finish': message<{ label: string }>(
    (d) => `${d.label} xong`,
    (d) => `${d.label} (finish)`,
  ),
  'duration.working-day': message<Amount>(
    (d) => `${d.amount} ngày làm việc`,
    (d) => `${d.amount} working day${plural(d.amount)}`,
  ),
  'duration.week': message<Amount>(
    (d) => `${d.amount} tuần`,
    (d) => `${d.amount} week${plural(d.amount)}`,
  ),
  'duration.month': message<Amount>(
    (d) => `${d.amount} tháng`,
    (d) => `${d.amount} month${plural(d.amount)}`,
  ),
  'duration.day': message<Amount>(
    (d) => `${d.amount} ngày`,
    (d) => `${d.amount} day${plural(d.amount)}`,
  ),
  /** Where a bound comes from (a row's own phrase needs no words). */
  'origin.heading': fixed('mục của hoạt động', "the activity's section"),
  'origin.period': fixed('cả kỳ kế hoạch', "the plan's whole period"),
  'origin.step': fixed('hạn của bước', "the step's own deadline"),
  'origin.default': fixed('mặc định của thư viện', 'library default'),
  'origin.override': fixed('kế hoạch đặt bằng `với`', "set by the plan's `with`"),
  'origin.row': fixed('hoạt động thực hiện bước', 'the activity performing the step'),
  'origin.derived': fixed('suy ra từ hạn sau', 'derived from a later deadline'),
  'origin.event': fixed('ngày của sự kiện', "the event's date"),
  'origin.strict-before': fixed(
    '„trước” hiểu chặt: ngày cuối là ngày liền trước',
    '"before" read strictly: the last day is the day before',
  ),
} as const;
