// The resolved model: plain data for the compiler and simulator, every element with its source position.
import type { DayWindow, Duration, EpochDay, Period, Resolution, TimeExpr } from '@tdkt/calendar';
import type { ActionName, Expr, RollUpPolicy } from '../ast/index.js';

/** Where an element was written: file, 1-based line/col, and the span's offsets. */
export interface SourceRef {
  readonly file: string;
  /** 1-based line and column (UTF-16 units) of the element's start. */
  readonly line: number;
  readonly col: number;
  /** UTF-16 offsets of the element in the file's NFC text; `end` exclusive. */
  readonly start: number;
  readonly end: number;
}

/** A time phrase as written, the calendar's reading, and (in a plan's context) its resolution. */
export interface ResolvedTime {
  readonly text: string;
  readonly expr: TimeExpr | undefined;
  readonly resolution: Resolution | undefined;
  readonly source: SourceRef;
}

/**
 * Where a time bound comes from, so that every report can say why a date is what it is: the activity's
 * own phrase, its section heading, the plan's period, a step's own `hạn`, a parameter's default or a
 * plan's `với`, a plan row performing the step, or a deadline derived backwards from later ones.
 */
export interface TimeOrigin {
  readonly kind: 'phrase' | 'heading' | 'period' | 'step' | 'default' | 'override' | 'row' | 'derived';
  /** The words as written (`trước 30/6`, `tháng 5/2021`, `đợt 1`); for `derived`, the bound it comes from. */
  readonly text: string;
  readonly source: SourceRef;
  /** The parameter, for `default` and `override`. */
  readonly param?: string;
  /** The activity, for `row` (the row performing the step) and `derived` (the row whose bound it comes from). */
  readonly activity?: string;
  /** `trước D` read strictly: the last allowed day is D−1. */
  readonly strictBefore?: boolean;
}

/**
 * One bound on when an activity may start (`start`: not before `day`) or must be done (`end`: by `day`).
 * `deadline`: written as a deadline (`trước`, `chậm nhất`, `hạn`, a single day); `window`: the edge of a
 * window (a month, a quarter, a phase, a range). Soft bounds (`dự kiến`, estimated events) only warn.
 */
export interface ModelBound {
  readonly edge: 'start' | 'end';
  readonly day: EpochDay;
  readonly soft: boolean;
  readonly kind: 'deadline' | 'window';
  readonly origin: TimeOrigin;
}

export interface ResolvedDuration {
  readonly text: string;
  readonly duration: Duration | undefined;
  /** Set when the clause named a procedure parameter. */
  readonly param?: string;
  readonly source: SourceRef;
}

export interface ModelLevel {
  readonly id: string;
  readonly name?: string;
  /** 0 for the lowest declared level. */
  readonly rank: number;
  readonly source: SourceRef;
}

export interface ModelUnit {
  readonly id: string;
  readonly name?: string;
  readonly level?: string;
  /** A declared unit id, or the parent's name as text. */
  readonly parent?: { readonly unit: string } | { readonly name: string };
  readonly source: SourceRef;
}

export interface ModelMember {
  readonly name: string;
  readonly position?: string;
  readonly scope?: string;
  readonly source: SourceRef;
}

/** Roles and councils share one namespace of actors. */
export interface ModelRole {
  readonly id: string;
  readonly kind: 'role' | 'council';
  readonly name?: string;
  readonly level?: string;
  readonly members: readonly ModelMember[];
  readonly source: SourceRef;
}

/** Who acts: a resolved reference to a role, council, level or unit. */
export interface ModelActor {
  readonly kind: 'role' | 'council' | 'level' | 'unit' | 'unresolved';
  readonly id: string;
  /** The level the actor works at, when known. */
  readonly level?: string;
}

export interface ModelEvent {
  readonly id: string;
  readonly name?: string;
  readonly time?: ResolvedTime;
  /**
   * known: a date or window written without `dự kiến` (binding); estimated: `dự kiến …` (missing it only
   * warns); runtime: no date in the plan (known when the plan runs; conclusions that need it are conditional).
   */
  readonly certainty: 'known' | 'estimated' | 'runtime';
  readonly source: SourceRef;
}

export interface ModelPhase {
  readonly id: string;
  readonly theme?: string;
  readonly time?: ResolvedTime;
  readonly notes: readonly string[];
  readonly source: SourceRef;
}

export type ModelSectionHeading =
  | { readonly kind: 'time'; readonly time: ResolvedTime }
  | { readonly kind: 'phase'; readonly phase: string }
  | { readonly kind: 'year-round'; readonly form: 'all-year' | 'regular' };

export interface ModelSection {
  readonly heading: ModelSectionHeading;
  readonly label?: string;
  /** The section's window (a month, a quarter, a phase, the whole period). */
  readonly window?: DayWindow;
  readonly activities: readonly string[];
  readonly source: SourceRef;
}

/** A parameter value: defaults, with a plan's overrides applied where the model says so. */
export type ModelValue =
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'number'; readonly value: number }
  | { readonly type: 'bool'; readonly value: boolean }
  | { readonly type: 'ref'; readonly value: string }
  | { readonly type: 'phrase'; readonly value: string };

export interface ModelParam {
  readonly id: string;
  readonly value: ModelValue;
  /** Whether a plan's `với` set it. */
  readonly overridden: boolean;
  readonly source: SourceRef;
}

export interface ModelProcedureLink {
  readonly procedure: string;
  /** The file declaring the procedure. */
  readonly file: string;
  /** `với` values of this row and of the rows that perform the procedure's steps. */
  readonly overrides: readonly ModelParam[];
  /** The steps this row performs itself (`bước …`); absent when the row runs the whole procedure. */
  readonly performs?: readonly string[];
  /**
   * Whether dossiers of this run start in this row's window (it runs the whole procedure or performs its
   * first step); false: the steps before it belong to no row, so dossiers start with the plan's period.
   */
  readonly startsAtRow: boolean;
  /** Whether the plan changed any deadline of the procedure (overrides, rows bound to steps, derived deadlines). */
  readonly customised: boolean;
  /** The procedure's default values (parameters, steps' own deadlines of a library file) this use relies on. */
  readonly inherited: readonly TimeOrigin[];
  /**
   * The procedure with these overrides applied and its deadlines resolved in the plan's context: each step's
   * deadline says where it comes from (`deadline.origin`).
   */
  readonly instance?: ProcedureModel;
  readonly source: SourceRef;
}

/** A row that performs steps of a procedure another row started (`theo quy trình P bước S`). */
export interface ModelProcedureStep {
  readonly procedure: string;
  /** The activity whose `procedure` link holds the instance. */
  readonly startedBy: string;
  readonly steps: readonly string[];
  readonly source: SourceRef;
}

export interface ModelActivity {
  /** The written id, or `#<line>` for an anonymous activity. */
  readonly id: string;
  readonly anonymous: boolean;
  readonly text: string;
  readonly by: readonly ModelActor[];
  /** Index into `sections`, if the activity sits in one. */
  readonly section?: number;
  /** The first of `times` (the activity's main phrase, for views). */
  readonly time?: ResolvedTime;
  /** Every time phrase the activity writes, each resolved inside its section's window. */
  readonly times: readonly ResolvedTime[];
  /** Every bound on the activity: its section's window, the period, each of its phrases, with their origins. */
  readonly bounds: readonly ModelBound[];
  /** The intersection of its hard bounds (the window the activity must happen in). */
  readonly window?: DayWindow;
  readonly after: readonly string[];
  /** The row that starts a procedure (the whole procedure, or the steps in `performs`). */
  readonly procedure?: ModelProcedureLink;
  /** The row performs steps of a procedure that another row starts. */
  readonly procedureStep?: ModelProcedureStep;
  /** `cho mỗi LEVEL`: the activity runs in every unit of that level; `rollUp`: how later rows wait for them. */
  readonly fanOut?: { readonly level: string; readonly source: SourceRef };
  readonly rollUp?: RollUpPolicy;
  readonly notes: readonly string[];
  readonly source: SourceRef;
}

export interface PlanModel {
  readonly file: string;
  readonly title: string;
  readonly issuer?: {
    readonly name: string;
    readonly level?: string;
    readonly parent?: string;
    readonly source: SourceRef;
  };
  readonly docNumber?: string;
  readonly issued?: ResolvedTime;
  readonly period?: Period;
  readonly periodWindow?: DayWindow;
  readonly beforeReading: 'strict' | 'lenient';
  readonly bases: readonly string[];
  readonly notes: readonly string[];
  /** Lowest first. */
  readonly levels: readonly ModelLevel[];
  readonly units: readonly ModelUnit[];
  readonly roles: readonly ModelRole[];
  readonly events: readonly ModelEvent[];
  readonly phases: readonly ModelPhase[];
  readonly sections: readonly ModelSection[];
  readonly activities: readonly ModelActivity[];
  readonly source: SourceRef;
}

export interface ModelField {
  readonly id: string;
  readonly type: 'text' | 'number' | 'bool' | 'date' | 'enum';
  readonly values?: readonly string[];
  readonly label?: string;
  readonly source: SourceRef;
}

export type ModelTarget =
  | { readonly kind: 'step'; readonly id: string }
  | { readonly kind: 'final'; readonly id: string }
  | { readonly kind: 'parallel'; readonly id: string }
  | { readonly kind: 'done' }
  | { readonly kind: 'unresolved'; readonly id: string };

/** A value a step or transition writes into a dossier field (`ghi kết_quả = đạt`). */
export interface ModelWrite {
  readonly field: string;
  readonly value: string | number | boolean;
  readonly source: SourceRef;
}

export interface ModelTransition {
  readonly trigger: 'action' | 'auto' | 'timeout';
  /** Built-in action id (`submit`, `approve`, …) or `custom`. */
  readonly action?: ActionName;
  /** The action's name: the built-in id, or the designer's own word. */
  readonly actionName?: string;
  /** The condition, resolved: fields by their declared names, parameters replaced by their values. */
  readonly guard?: Expr;
  readonly target: ModelTarget;
  /** Fields written as the transition is taken. */
  readonly writes?: readonly ModelWrite[];
  readonly source: SourceRef;
}

export interface ModelEscalation {
  readonly to: ModelActor;
  readonly target?: ModelTarget;
  readonly source: SourceRef;
}

export interface ModelDeadline {
  /** The parameter the clause named, if any. */
  readonly param?: string;
  readonly time: ResolvedTime;
  /** Where the deadline comes from (`row` and `derived` only in a plan's instance of a procedure). */
  readonly origin: TimeOrigin;
}

export interface ModelStep {
  readonly id: string;
  readonly title?: string;
  readonly by: readonly ModelActor[];
  readonly level?: string;
  readonly levelRank?: number;
  readonly deadline?: ModelDeadline;
  readonly takes?: ResolvedDuration;
  readonly posting?: ResolvedDuration;
  readonly remind?: ResolvedDuration;
  readonly fanOut?: { readonly level: string; readonly source: SourceRef };
  readonly rollUp?: RollUpPolicy;
  readonly transitions: readonly ModelTransition[];
  readonly escalations: readonly ModelEscalation[];
  /** Fields written when a dossier enters the step. */
  readonly writes?: readonly ModelWrite[];
  /**
   * Where the procedure's outcome is settled on this step: `finish` (an action or condition leads from it to
   * an end) or `entry` (a waiting step: only `quá hạn` leads from it to an end, e.g. the complaint period
   * after an announcement). Absent for other steps.
   */
  readonly outcome?: 'finish' | 'entry';
  /** Reached only after the outcome is settled (complaint handling): a row's deadline does not bound it. */
  readonly afterOutcome?: boolean;
  /** Set for steps inside a parallel block's branch. */
  readonly parallel?: string;
  readonly branch?: string;
  readonly notes: readonly string[];
  readonly source: SourceRef;
}

export interface ModelParallel {
  readonly id: string;
  readonly title?: string;
  readonly branches: readonly {
    readonly id: string;
    readonly initial: string | undefined;
    readonly steps: readonly string[];
    readonly source: SourceRef;
  }[];
  readonly join?: { readonly policy: 'all' | 'any'; readonly target: ModelTarget; readonly source: SourceRef };
  readonly source: SourceRef;
}

export interface ProcedureModel {
  readonly id: string;
  readonly file: string;
  readonly title?: string;
  readonly bases: readonly string[];
  readonly params: readonly ModelParam[];
  readonly fields: readonly ModelField[];
  /** The initial step (or parallel block) id. */
  readonly initial: string | undefined;
  /** Every step, including those inside parallel branches. */
  readonly steps: readonly ModelStep[];
  readonly parallels: readonly ModelParallel[];
  readonly finals: readonly { readonly id: string; readonly label?: string; readonly source: SourceRef }[];
  readonly notes: readonly string[];
  /**
   * Deadlines written as dates (`hạn trước 30/6`) that no period resolved: the procedure was analysed on its
   * own, outside any plan and without a period. Running it needs one (a plan, `--school-year`, a host's period).
   */
  readonly needsPeriod?: readonly { readonly step: string; readonly text: string; readonly source: SourceRef }[];
  readonly source: SourceRef;
}

/** Everything analysis found in a set of files. */
export interface WorkspaceModel {
  readonly plans: readonly PlanModel[];
  /** Every procedure of every loaded file, parameters at their defaults, deadlines unresolved. */
  readonly procedures: readonly ProcedureModel[];
}
