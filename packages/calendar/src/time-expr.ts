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

/** `17h`, `17h00`, `16 giờ 30`, `16:30`, `4 giờ chiều`: a time of day (Vietnamese civil time). */
export interface TimeOfDay {
  readonly hour: number;
  readonly minute: number;
  readonly span: TextSpan;
}

/**
 * `30/6`, `20/5/2019`, `ngày 03/02/2021`, `trước 17h ngày 1/12/2022`; `year` undefined means "take it from
 * the period"; `time` is the hour the deadline falls at (absent: the end of the day).
 */
export interface DateExpr {
  readonly kind: 'date';
  readonly day: number;
  readonly month: number;
  readonly year: number | undefined;
  readonly time?: TimeOfDay;
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

export type SchoolYearPart =
  | 'start'
  | 'middle'
  | 'end'
  | 'semester-1'
  | 'semester-2'
  | 'start-semester-1'
  | 'middle-semester-1'
  | 'end-semester-1'
  | 'start-semester-2'
  | 'middle-semester-2'
  | 'end-semester-2'
  | 'whole';

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

/**
 * A part of a month: `tuần đầu tháng 9` (days 1–7), `tuần cuối tháng 5` (its last 7 days), `tuần thứ 2 tháng 9`
 * (8–14), `nửa đầu tháng 9` (1–15), `nửa cuối tháng` (16 – end). No month: the enclosing one.
 */
export interface MonthPartExpr {
  readonly kind: 'month-part';
  readonly unit: 'week' | 'half';
  /** 1-based week (1–5) or half (1–2); `last` for the last week. */
  readonly index: number | 'last';
  readonly month: number | undefined;
  readonly year: number | undefined;
  readonly span: TextSpan;
}

/** `6 tháng đầu năm` (1/1–30/6), `6 tháng cuối năm 2024` (1/7–31/12), `9 tháng đầu năm`, `nửa đầu năm`. */
export interface YearMonthsExpr {
  readonly kind: 'year-months';
  readonly count: number;
  readonly from: 'start' | 'end';
  readonly year: number | undefined;
  /** `nửa đầu năm` rather than `6 tháng đầu năm`. */
  readonly wording: 'months' | 'half';
  readonly span: TextSpan;
}

/** `từ tháng 01/2020 đến 30/6/2020`, `từ đầu tháng 9 đến 15/10`: two anchors of different units. */
export interface SpanExpr {
  readonly kind: 'span';
  readonly start: AnchorExpr;
  readonly end: AnchorExpr;
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
  | OccasionExpr
  | MonthPartExpr
  | YearMonthsExpr
  | SpanExpr;

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

/**
 * What a relative phrase counts from: an event named in a plan (known at run time or estimated; bound to a
 * declared event by its id or written title, or to a school event such as `khai giảng`), an occasion
 * (`sau Tết`: counted from the end of the Tết break), or a date (`kể từ ngày 1/9/2021`).
 */
export interface EventRef {
  /** As written (words joined by single spaces, `ngày` kept); an occasion's Vietnamese name; a date's text. */
  readonly name: string;
  readonly quoted: boolean;
  readonly span: TextSpan;
  /** Set when the phrase counts from an occasion or a date rather than a named event. */
  readonly ref?:
    | { readonly kind: 'occasion'; readonly occasion: string }
    | { readonly kind: 'date'; readonly date: DateExpr };
}

/**
 * How a relative phrase was written, kept so the formatter gives the user's word order back:
 * - `n-after`: `2 ngày sau E`          - `after-n`: `sau E 3 tuần`, `sau khi E 2 ngày`
 * - `within-since`: `trong 5 ngày làm việc kể từ E` - `n-since`: `5 ngày làm việc kể từ E`
 * - `after-n-since`: `sau 30 ngày kể từ E`
 * - `before-n`: `trước E 5 ngày`       - `n-before`: `5 ngày trước E`
 * - `after`: `sau E`                   - `before`: `trước E`
 */
export type RelativeForm =
  | 'n-after'
  | 'after-n'
  | 'within-since'
  | 'n-since'
  | 'after-n-since'
  | 'before-n'
  | 'n-before'
  | 'after'
  | 'before';

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

/**
 * `hằng tháng`, `ngày 25 hằng tháng`, `trước ngày 25 hằng tháng`, `hằng quý`, `15/12 hằng năm`: a rule that
 * yields one occurrence per month, quarter or year of the plan's period.
 */
export interface RepeatExpr {
  readonly kind: 'repeat';
  readonly every: 'month' | 'quarter' | 'year';
  /** What recurs; undefined for the bare unit (each whole month, quarter, year). */
  readonly inner: AnchorExpr | DeadlineExpr | undefined;
  /** `hằng tháng, trước ngày 25` (prefix) or `trước ngày 25 hằng tháng` (suffix). */
  readonly position: 'prefix' | 'suffix';
  readonly span: TextSpan;
}

/** Every parsed time phrase. */
export type TimeExpr = AnchorExpr | DeadlineExpr | TentativeExpr | RelativeExpr | RepeatExpr;
export type TimeExprKind = TimeExpr['kind'];
