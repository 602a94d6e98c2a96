// Canonical spelling of a TimeExpr (Vietnamese, or with English keywords); parsing it gives the same tree.
import { occasionById } from '../occasions.js';
import type { AnchorExpr, DateExpr, DurationExpr, EventRef, Point, SchoolYearPart, TimeExpr } from '../time-expr.js';
import { keywordText, type PhraseKeywordId } from './keywords.js';

type Lang = 'vi' | 'en';
const ROMAN = ['', 'I', 'II', 'III', 'IV'];
const UNIT: Readonly<Record<DurationExpr['unit'], PhraseKeywordId>> = { day: 'day', 'working-day': 'working-day', week: 'week', month: 'month' };
const POINT: Readonly<Record<Point, PhraseKeywordId>> = { start: 'start', middle: 'middle', end: 'end' };

function date(d: DateExpr): string {
  return `${d.day}/${d.month}${d.year === undefined ? '' : `/${d.year}`}`;
}

function schoolYearSuffix(year: number | undefined, lang: Lang): string {
  return year === undefined ? '' : ` ${keywordText('school-year', lang)} ${year}-${year + 1}`;
}

function part(p: SchoolYearPart, year: number | undefined, lang: Lang): string {
  const kw = (id: PhraseKeywordId): string => keywordText(id, lang);
  const sy = year === undefined ? kw('school-year') : schoolYearSuffix(year, lang).trim();
  switch (p) {
    case 'start':
      return `${kw('start')} ${sy}`;
    case 'end':
      return `${kw('end')} ${sy}`;
    case 'semester-1':
      return `${kw('semester')} I${schoolYearSuffix(year, lang)}`;
    case 'semester-2':
      return `${kw('semester')} II${schoolYearSuffix(year, lang)}`;
    case 'end-semester-1':
      return `${kw('end')} ${kw('semester')} I${schoolYearSuffix(year, lang)}`;
    case 'end-semester-2':
      return `${kw('end')} ${kw('semester')} II${schoolYearSuffix(year, lang)}`;
    case 'whole':
      return sy;
  }
}

function anchor(e: AnchorExpr, lang: Lang): string {
  const kw = (id: PhraseKeywordId): string => keywordText(id, lang);
  switch (e.kind) {
    case 'date':
      return date(e);
    case 'range':
      return `${kw('from')} ${date(e.start)} ${kw('until')} ${date(e.end)}`;
    case 'day-range': {
      if (e.month === undefined) return e.startDay === e.endDay ? `${kw('day')} ${e.startDay}` : `${kw('from')} ${kw('day')} ${e.startDay}-${e.endDay}`;
      return `${e.startDay}-${e.endDay}/${e.month}${e.year === undefined ? '' : `/${e.year}`}`;
    }
    case 'month':
      return `${kw('month')} ${e.month}${e.year === undefined ? '' : `/${e.year}`}`;
    case 'month-range': {
      const { start, end } = e;
      if (start.year === end.year && start.month <= end.month) return `${kw('month')} ${start.month}-${end.month}${end.year === undefined ? '' : `/${end.year}`}`;
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

/**
 * The canonical spelling of a time expression: Vietnamese keywords by default, English ones with
 * `lang: 'en'`. Dates print as D/M or D/M/YYYY; the user's choice of keyword and word order is kept.
 *
 * @example
 * formatTimeExpr(parseTimePhrase('truoc ngay 20-05-2019').expr!) // => 'trước 20/5/2019'
 */
export function formatTimeExpr(expr: TimeExpr, lang: Lang = 'vi'): string {
  const kw = (id: PhraseKeywordId): string => keywordText(id, lang);
  switch (expr.kind) {
    case 'deadline':
      return `${kw(expr.keyword)} ${anchor(expr.target, lang)}`;
    case 'tentative': {
      const lead = expr.wording === 'within-days' ? `${kw('tentative')} ${kw('within')} ${kw('the-days')}` : expr.wording === 'within' ? `${kw('tentative')} ${kw('within')}` : kw('tentative');
      let inner = formatTimeExpr(expr.inner, lang);
      // "dự kiến trong các ngày từ 12-15": the days already say "các ngày".
      if (expr.wording === 'within-days' && expr.inner.kind === 'day-range' && expr.inner.month === undefined) {
        inner = expr.inner.startDay === expr.inner.endDay ? `${expr.inner.startDay}` : `${kw('from')} ${expr.inner.startDay}-${expr.inner.endDay}`;
      }
      return `${lead} ${inner}`;
    }
    case 'relative': {
      const lead = expr.noLaterThan ? `${kw('no-later-than')} ` : '';
      const dir = (d: 'after' | 'before'): string => (expr.afterWhen ? `${kw(d)} ${kw('when')}` : kw(d));
      const d = duration(expr.offset, lang);
      switch (expr.form) {
        case 'n-after':
          return `${lead}${d} ${dir('after')} ${event(expr.event)}`;
        case 'n-before':
          return `${lead}${d} ${dir('before')} ${event(expr.event)}`;
        case 'after-n':
          return `${lead}${dir('after')} ${event(expr.event)} ${d}`;
        case 'after':
          return `${lead}${dir('after')} ${event(expr.event)}`;
        case 'before-n':
          return `${dir('before')} ${event(expr.event)} ${d}`;
        case 'before':
          return `${dir('before')} ${event(expr.event)}`;
        case 'within-since':
          return `${lead}${kw('within')} ${d} ${kw('since')}${expr.afterWhen ? ` ${kw('when')}` : ''} ${event(expr.event)}`;
      }
      break;
    }
    default:
      return anchor(expr, lang);
  }
  return '';
}
