// Canonical spelling of a TimeExpr (Vietnamese, or with English keywords); parsing it gives the same tree.
import type { Lang } from '../diagnostic.js';
import { occasionById } from '../occasions.js';
import type {
  AnchorExpr,
  DateExpr,
  DurationExpr,
  EventRef,
  MonthPartExpr,
  Point,
  SchoolYearPart,
  TimeExpr,
} from '../time-expr.js';
import { keywordText, type PhraseKeywordId } from './keywords.js';

const ROMAN = ['', 'I', 'II', 'III', 'IV'];
const UNIT: Readonly<Record<DurationExpr['unit'], PhraseKeywordId>> = {
  day: 'day',
  'working-day': 'working-day',
  week: 'week',
  month: 'month',
};
const POINT: Readonly<Record<Point, PhraseKeywordId>> = { start: 'start', middle: 'middle', end: 'end' };
const REPEAT: Readonly<Record<'month' | 'quarter' | 'year', PhraseKeywordId>> = {
  month: 'every-month',
  quarter: 'every-quarter',
  year: 'every-year',
};
/** The point and semester of the semester parts (`giữa học kỳ II`). */
const SEMESTER_PART: Readonly<Partial<Record<SchoolYearPart, readonly [Point | undefined, 'I' | 'II']>>> = {
  'semester-1': [undefined, 'I'],
  'semester-2': [undefined, 'II'],
  'start-semester-1': ['start', 'I'],
  'middle-semester-1': ['middle', 'I'],
  'end-semester-1': ['end', 'I'],
  'start-semester-2': ['start', 'II'],
  'middle-semester-2': ['middle', 'II'],
  'end-semester-2': ['end', 'II'],
};

const two = (n: number): string => String(n).padStart(2, '0');

function date(d: DateExpr): string {
  return `${d.day}/${d.month}${d.year === undefined ? '' : `/${d.year}`}`;
}

function schoolYearSuffix(year: number | undefined, lang: Lang): string {
  return year === undefined ? '' : ` ${keywordText('school-year', lang)} ${year}-${year + 1}`;
}

function part(p: SchoolYearPart, year: number | undefined, lang: Lang): string {
  const kw = (id: PhraseKeywordId): string => keywordText(id, lang);
  const sy = year === undefined ? kw('school-year') : schoolYearSuffix(year, lang).trim();
  const semester = SEMESTER_PART[p];
  if (semester !== undefined) {
    const [point, n] = semester;
    return `${point === undefined ? '' : `${kw(POINT[point])} `}${kw('semester')} ${n}${schoolYearSuffix(year, lang)}`;
  }
  return p === 'whole' ? sy : `${kw(POINT[p as Point])} ${sy}`;
}

function monthPart(e: MonthPartExpr, lang: Lang): string {
  const kw = (id: PhraseKeywordId): string => keywordText(id, lang);
  const month = `${kw('month')}${e.month === undefined ? '' : ` ${e.month}`}${e.year === undefined ? '' : `/${e.year}`}`;
  if (e.unit === 'half') return `${kw('half')} ${kw(e.index === 1 ? 'start' : 'end')} ${month}`;
  const which =
    e.index === 'last' ? kw('end') : e.index === 1 ? kw('start') : lang === 'vi' ? `thứ ${e.index}` : `${e.index}`;
  return `${kw('week')} ${which} ${month}`;
}

function anchor(e: AnchorExpr, lang: Lang): string {
  const kw = (id: PhraseKeywordId): string => keywordText(id, lang);
  switch (e.kind) {
    case 'date':
      return e.time === undefined ? date(e) : `${e.time.hour}h${two(e.time.minute)} ${kw('day')} ${date(e)}`;
    case 'range':
      return `${kw('from')} ${date(e.start)} ${kw('until')} ${date(e.end)}`;
    case 'day-range': {
      if (e.month === undefined)
        return e.startDay === e.endDay
          ? `${kw('day')} ${e.startDay}`
          : `${kw('from')} ${kw('day')} ${e.startDay}-${e.endDay}`;
      return `${e.startDay}-${e.endDay}/${e.month}${e.year === undefined ? '' : `/${e.year}`}`;
    }
    case 'month':
      return `${kw('month')} ${e.month}${e.year === undefined ? '' : `/${e.year}`}`;
    case 'month-range': {
      const { start, end } = e;
      if (start.year === end.year && start.month <= end.month)
        return `${kw('month')} ${start.month}-${end.month}${end.year === undefined ? '' : `/${end.year}`}`;
      const m = (x: typeof start): string => `${kw('month')} ${x.month}${x.year === undefined ? '' : `/${x.year}`}`;
      return `${kw('from')} ${m(start)} ${kw('until')} ${m(end)}`;
    }
    case 'quarter':
      return `${kw('quarter')} ${ROMAN[e.quarter] ?? e.quarter}${e.year === undefined ? '' : ` ${kw('year')} ${e.year}`}`;
    case 'year':
      return `${kw('year')} ${e.year}`;
    case 'school-year-part':
      return part(e.part, e.schoolYear, lang);
    case 'month-point':
      return `${kw(POINT[e.point])} ${kw('month')}${e.month === undefined ? '' : ` ${e.month}`}${e.year === undefined ? '' : `/${e.year}`}`;
    case 'year-point':
      return `${kw(POINT[e.point])} ${kw('year')}${e.year === undefined ? '' : ` ${e.year}`}`;
    case 'whole-period':
      return kw(e.wording === 'ongoing' ? 'ongoing' : 'whole-year');
    case 'month-part':
      return monthPart(e, lang);
    case 'year-months': {
      const year = `${kw('year')}${e.year === undefined ? '' : ` ${e.year}`}`;
      const point = kw(e.from === 'start' ? 'start' : 'end');
      return e.wording === 'half' ? `${kw('half')} ${point} ${year}` : `${e.count} ${kw('month')} ${point} ${year}`;
    }
    case 'span':
      return `${kw('from')} ${anchor(e.start, lang)} ${kw('until')} ${anchor(e.end, lang)}`;
    case 'occasion': {
      const named = e.occasion === undefined ? undefined : occasionById(e.occasion);
      const body = e.date !== undefined ? date(e.date) : named !== undefined ? named.name.vi : '';
      if (e.wording === 'on-the-occasion') return `${kw('on-the-occasion')} ${body}`;
      if (e.wording === 'occasion') return `${kw('occasion')} ${body}`;
      return body;
    }
  }
}

function event(e: EventRef): string {
  return e.quoted ? `"${e.name}"` : e.name;
}

function duration(d: DurationExpr | undefined, lang: Lang): string {
  return d === undefined ? '' : `${d.amount} ${keywordText(UNIT[d.unit], lang)}`;
}

function relative(expr: Extract<TimeExpr, { kind: 'relative' }>, lang: Lang): string {
  const kw = (id: PhraseKeywordId): string => keywordText(id, lang);
  const lead = expr.noLaterThan ? `${kw('no-later-than')} ` : '';
  const dir = (d: 'after' | 'before'): string => (expr.afterWhen ? `${kw(d)} ${kw('when')}` : kw(d));
  const since = (): string => `${kw('since')}${expr.afterWhen ? ` ${kw('when')}` : ''}`;
  const d = duration(expr.offset, lang);
  const e = event(expr.event);
  switch (expr.form) {
    case 'n-after':
      return `${lead}${d} ${dir('after')} ${e}`;
    case 'n-before':
      return `${lead}${d} ${dir('before')} ${e}`;
    case 'after-n':
      return `${lead}${dir('after')} ${e} ${d}`;
    case 'after':
      return `${lead}${dir('after')} ${e}`;
    case 'before-n':
      return `${dir('before')} ${e} ${d}`;
    case 'before':
      return `${dir('before')} ${e}`;
    case 'within-since':
      return `${lead}${kw('within')} ${d} ${since()} ${e}`;
    case 'n-since':
      return `${lead}${d} ${since()} ${e}`;
    case 'after-n-since':
      return `${lead}${kw('after')} ${d} ${since()} ${e}`;
  }
}

/**
 * The canonical spelling of a time expression: Vietnamese keywords by default, English ones with
 * `lang: 'en'`. Dates print as D/M or D/M/YYYY, times of day as `17h00`; the user's word order is kept.
 *
 * @example
 * formatTimeExpr(parseTimePhrase('truoc ngay 20-05-2019').expr!) // => 'trước 20/5/2019'
 * formatTimeExpr(parseTimePhrase('hàng tháng, trước ngày 25').expr!) // => 'hằng tháng trước ngày 25'
 */
export function formatTimeExpr(expr: TimeExpr, lang: Lang = 'vi'): string {
  const kw = (id: PhraseKeywordId): string => keywordText(id, lang);
  switch (expr.kind) {
    case 'deadline':
      return `${kw(expr.keyword)} ${anchor(expr.target, lang)}`;
    case 'tentative': {
      const lead =
        expr.wording === 'within-days'
          ? `${kw('tentative')} ${kw('within')} ${kw('the-days')}`
          : expr.wording === 'within'
            ? `${kw('tentative')} ${kw('within')}`
            : kw('tentative');
      let inner = formatTimeExpr(expr.inner, lang);
      // "dự kiến trong các ngày từ 12-15": the days already say "các ngày".
      if (expr.wording === 'within-days' && expr.inner.kind === 'day-range' && expr.inner.month === undefined) {
        inner =
          expr.inner.startDay === expr.inner.endDay
            ? `${expr.inner.startDay}`
            : `${kw('from')} ${expr.inner.startDay}-${expr.inner.endDay}`;
      }
      return `${lead} ${inner}`;
    }
    case 'relative':
      return relative(expr, lang);
    case 'repeat': {
      const every = kw(REPEAT[expr.every]);
      if (expr.inner === undefined) return every;
      const inner = formatTimeExpr(expr.inner, lang);
      return expr.position === 'prefix' ? `${every} ${inner}` : `${inner} ${every}`;
    }
    default:
      return anchor(expr, lang);
  }
}
