// The typed form of a Vietnamese time phrase: every node has a `kind` and a span into the phrase text.
import type { TextSpan } from './diagnostic.js';

/** Units a duration can be counted in. */
export type DurationUnit = 'day' | 'working-day' | 'week' | 'month';

/** `N ngày`, `N ngày làm việc`, `N tuần`, `N tháng`. */
export interface DurationExpr {
  readonly kind: 'duration';
  readonly amount: number;
  readonly unit: DurationUnit;
  readonly span: TextSpan;
}

/** `30/6`, `20/5/2019`, `ngày 03/02/2021`; `year` undefined means "take it from the period". */
export interface DateExpr {
  readonly kind: 'date';
  readonly day: number;
  readonly month: number;
  readonly year: number | undefined;
  readonly span: TextSpan;
}

/** `từ 1/8/2020 đến 20/10/2020`, `1/8/2020- 20-10-2020`: an inclusive window between two dates. */
export interface RangeExpr {
  readonly kind: 'range';
  readonly start: DateExpr;
  readonly end: DateExpr;
  readonly span: TextSpan;
}

/**
 * Days of one month: `12-15/6` (month given) or `từ ngày 12-15` / `ngày 12` (month and year from the
 * enclosing window of the context, e.g. the month row of a plan's table).
 */
export interface DayRangeExpr {
  readonly kind: 'day-range';
  readonly startDay: number;
  readonly endDay: number;
  readonly month: number | undefined;
  readonly year: number | undefined;
  readonly span: TextSpan;
}

/** `tháng 8/2020`, `8/2020`, `01/2021`, `tháng 9`. */
export interface MonthExpr {
  readonly kind: 'month';
  readonly month: number;
  readonly year: number | undefined;
  readonly span: TextSpan;
}

/** `tháng 9-10/2020`, `từ tháng 8/2020 đến tháng 10/2020`: whole months, inclusive. */
export interface MonthRangeExpr {
  readonly kind: 'month-range';
  readonly start: MonthExpr;
  readonly end: MonthExpr;
  readonly span: TextSpan;
}

/** `Quý I`, `quý III năm 2024`. */
export interface QuarterExpr {
  readonly kind: 'quarter';
  readonly quarter: number;
  readonly year: number | undefined;
  readonly span: TextSpan;
}

/** `năm 2024`. */
export interface YearExpr {
  readonly kind: 'year';
  readonly year: number;
  readonly span: TextSpan;
}

export type SchoolYearPart = 'start' | 'end' | 'semester-1' | 'semester-2' | 'end-semester-1' | 'end-semester-2' | 'whole';

/** `đầu năm học`, `cuối năm học`, `học kỳ I`, `cuối học kỳ I`, `học kỳ II`, optionally `năm học 2019-2020`. */
export interface SchoolYearPartExpr {
  readonly kind: 'school-year-part';
  readonly part: SchoolYearPart;
  /** First calendar year of an explicit `năm học Y-Y+1`, else undefined. */
  readonly schoolYear: number | undefined;
  readonly span: TextSpan;
}

export type Point = 'start' | 'middle' | 'end';

/** `đầu tháng 9` (day 1), `giữa tháng` (15), `cuối tháng 10/2020` (last day); no month: the enclosing one. */
export interface MonthPointExpr {
  readonly kind: 'month-point';
  readonly point: Point;
  readonly month: number | undefined;
  readonly year: number | undefined;
  readonly span: TextSpan;
}

/** `đầu năm` (1/1), `giữa năm` (30/6), `cuối năm 2020` (31/12). */
export interface YearPointExpr {
  readonly kind: 'year-point';
  readonly point: Point;
  readonly year: number | undefined;
  readonly span: TextSpan;
}

/** `cả năm`, `thường xuyên`: the whole period of the plan. */
export interface WholePeriodExpr {
  readonly kind: 'whole-period';
  readonly wording: 'whole-year' | 'ongoing';
  readonly span: TextSpan;
}

/** `nhân dịp 20/11`, `dịp Tết Nguyên đán`, `Ngày Nhà giáo Việt Nam`. */
export interface OccasionExpr {
  readonly kind: 'occasion';
  /** Id in the occasion table; undefined for a plain date written after `nhân dịp`. */
  readonly occasion: string | undefined;
  /** The date as written (`20/11/2020`), if any. */
  readonly date: DateExpr | undefined;
  readonly wording: 'on-the-occasion' | 'occasion' | 'bare';
  readonly span: TextSpan;
}

/** What a deadline keyword or a tentative window can point at. */
export type AnchorExpr =
  | DateExpr
  | RangeExpr
  | DayRangeExpr
  | MonthExpr
  | MonthRangeExpr
  | QuarterExpr
  | YearExpr
  | SchoolYearPartExpr
  | MonthPointExpr
  | YearPointExpr
  | WholePeriodExpr
  | OccasionExpr;

/** `trước` (strict unless the plan reads it leniently), `chậm nhất`, `hạn`, `đến` (inclusive). */
export type DeadlineKeyword = 'before' | 'no-later-than' | 'due' | 'until';

export interface DeadlineExpr {
  readonly kind: 'deadline';
  readonly keyword: DeadlineKeyword;
  readonly target: AnchorExpr;
  readonly span: TextSpan;
}

/** `dự kiến …`: a soft window; `dự kiến trong các ngày từ 12-15` sets `wording: 'within-days'`. */
export interface TentativeExpr {
  readonly kind: 'tentative';
  readonly inner: AnchorExpr | DeadlineExpr | RelativeExpr;
  readonly wording: 'plain' | 'within-days' | 'within';
  readonly span: TextSpan;
}

/** An event named in a plan, known only at run time (or estimated). */
export interface EventRef {
  readonly name: string;
  readonly quoted: boolean;
  readonly span: TextSpan;
}

/**
 * How a relative phrase was written, kept so the formatter gives the user's word order back:
 * - `n-after`: `2 ngày sau E`          - `after-n`: `sau E 3 tuần`, `sau khi E 2 ngày`
 * - `within-since`: `trong 5 ngày làm việc kể từ E`
 * - `before-n`: `trước E 5 ngày`       - `n-before`: `5 ngày trước E`
 * - `after`: `sau E`                   - `before`: `trước E`
 */
export type RelativeForm = 'n-after' | 'after-n' | 'within-since' | 'before-n' | 'n-before' | 'after' | 'before';

export interface RelativeExpr {
  readonly kind: 'relative';
  readonly direction: 'after' | 'before';
  readonly offset: DurationExpr | undefined;
  readonly event: EventRef;
  readonly form: RelativeForm;
  /** Written with `chậm nhất`: a deadline rather than a time. */
  readonly noLaterThan: boolean;
  /** `sau khi E` rather than `sau E`. */
  readonly afterWhen: boolean;
  readonly span: TextSpan;
}

/** Every parsed time phrase. */
export type TimeExpr = AnchorExpr | DeadlineExpr | TentativeExpr | RelativeExpr;
export type TimeExprKind = TimeExpr['kind'];
