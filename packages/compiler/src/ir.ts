// The compiler's input: a small, explicit intermediate representation of procedures and plans.
// The language's resolved model is lowered into it (from-model.ts); tests and hosts may build it directly.

import type { SourceRef } from '@tdkt/language';

/** Where a construct came from (the language's SourceRef), carried into machine `meta` so reports can point back at the file. */
export type { SourceRef };

export type FieldType =
  | { readonly kind: 'text' }
  | { readonly kind: 'number' }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'date' }
  | { readonly kind: 'enum'; readonly values: readonly string[] };

export interface FieldIR {
  readonly name: string;
  readonly title?: string;
  readonly type: FieldType;
  readonly required: boolean;
}

export type Value = string | number | boolean | null;

/** Guard expressions over dossier fields: interpreted, never evaluated as code. */
export type ExprIR =
  | { readonly kind: 'field'; readonly name: string }
  | { readonly kind: 'literal'; readonly value: Value }
  | {
      readonly kind: 'compare';
      readonly op: '=' | '!=' | '<' | '<=' | '>' | '>=';
      readonly left: ExprIR;
      readonly right: ExprIR;
    }
  | { readonly kind: 'and' | 'or'; readonly items: readonly ExprIR[] }
  | { readonly kind: 'not'; readonly item: ExprIR };

export interface DurationIR {
  readonly amount: number;
  readonly unit: 'day' | 'working-day' | 'week' | 'month';
  /** The phrase as written, for reports. */
  readonly text: string;
}

/**
 * When a step must be finished. Absolute deadlines were resolved by the calendar at compile time;
 * the others are resolved when the step is entered (or when the event's date becomes known).
 */
export type DeadlineIR =
  | {
      readonly kind: 'absolute';
      readonly at: number;
      readonly lastDay: string;
      readonly soft: boolean;
      readonly text: string;
    }
  | { readonly kind: 'after-entry'; readonly duration: DurationIR; readonly soft: boolean; readonly text: string }
  | {
      readonly kind: 'after-event';
      readonly event: string;
      /** `2 ngày sau E` is after; `trước E 5 ngày` is before. */
      readonly direction?: 'after' | 'before';
      readonly duration: DurationIR;
      /** Used until the event's real date is known. */
      readonly estimate?: { readonly lastDay: string; readonly at: number };
      readonly soft: boolean;
      readonly text: string;
    };

/** Dossier fields a transition (or a step's entry) writes: `ghi kết_quả = đạt`. */
export type WritesIR = Readonly<Record<string, Value>>;

export interface TransitionIR {
  /** The action's event type: `submit`, `approve`, … or a designer-defined name. */
  readonly action: string;
  readonly guard?: ExprIR;
  readonly target: string;
  readonly writes?: WritesIR;
  readonly source?: SourceRef;
}

export interface RouteIR {
  readonly guard: ExprIR;
  readonly target: string;
  readonly writes?: WritesIR;
  readonly source?: SourceRef;
}

export type RollUpPolicy =
  | { readonly kind: 'all' }
  | { readonly kind: 'quorum'; readonly count?: number; readonly percent?: number }
  | { readonly kind: 'by-deadline' };

export interface FanOutIR {
  /** The subordinate level every unit of which runs `procedure`. */
  readonly level: string;
  readonly procedure: string;
  readonly policy: RollUpPolicy;
  /** Where the roll-up goes once the policy is satisfied (or the deadline passed). */
  readonly next: string;
}

export interface ParallelIR {
  readonly branches: readonly { readonly name: string; readonly initial: string; readonly steps: readonly StepIR[] }[];
  /** Where the branches go once each (`all`) or the first (`any`) has reached its end. */
  readonly join: string;
  readonly joinPolicy?: 'all' | 'any';
}

export interface StepIR {
  readonly id: string;
  readonly title: string;
  /** Who acts. `roles` lists several when the DSL names several (`do A, B`); `role` is the first. */
  readonly role?: string;
  readonly roles?: readonly string[];
  readonly level?: string;
  /**
   * The outcome is settled when the step is entered: it waits out a period (an announcement open to
   * complaints) and its actions are exceptions (`khiếu_nại`), not the way on.
   */
  readonly waiting?: true;
  readonly deadline?: DeadlineIR;
  /** Processing time (`mất 10 ngày làm việc`): the step's expected duration, and its deadline if none is given. */
  readonly processing?: DurationIR;
  /** Public posting (`công khai 5 ngày làm việc`): no action may leave the step before it ends. */
  readonly posting?: DurationIR;
  /** Reminders before the deadline (`nhắc trước 3 ngày làm việc`). */
  readonly reminders: readonly DurationIR[];
  /** Conditional routes taken on entry (`nếu … -> X`). */
  readonly routes: readonly RouteIR[];
  readonly transitions: readonly TransitionIR[];
  /**
   * `quá hạn [nếu C] -> X`, tried in order when the deadline passes. Without any, a missed deadline is
   * recorded and announced, not a state change.
   */
  readonly timeouts?: readonly {
    readonly guard?: ExprIR;
    readonly target: string;
    readonly writes?: WritesIR;
    readonly source?: SourceRef;
  }[];
  /** Fields written when a dossier enters the step (not again when a timer re-arms it). */
  readonly writes?: WritesIR;
  /**
   * `quá hạn chuyển lên R [-> X]`: when the deadline passes the dossier goes to X, or, without X, to an
   * escalation state where `to` (a higher level's role) may take the step's actions.
   */
  readonly escalation?: { readonly to: string; readonly target?: string; readonly source?: SourceRef };
  readonly parallel?: ParallelIR;
  readonly fanOut?: FanOutIR;
  readonly source?: SourceRef;
}

export interface FinalIR {
  readonly id: string;
  /** The outcome the machine outputs: `đạt`, `không đạt`, `không xét`, … */
  readonly outcome: string;
  readonly source?: SourceRef;
}

export interface ProcedureIR {
  readonly name: string;
  readonly title: string;
  readonly fields: readonly FieldIR[];
  readonly initial: string;
  readonly steps: readonly StepIR[];
  readonly finals: readonly FinalIR[];
  /**
   * Deadlines written as dates that no period resolved (a library procedure compiled outside any plan,
   * without `--school-year`/`--year`): those steps have no deadline here, so a host must not run it.
   */
  readonly needsPeriod?: readonly { readonly step: string; readonly text: string; readonly source?: SourceRef }[];
  readonly source?: SourceRef;
}

export interface WindowIR {
  readonly start: number;
  readonly end: number;
  readonly startDay: string;
  readonly lastDay: string;
  readonly soft: boolean;
  readonly text: string;
}

/** Who a plan row names as responsible (`do REF`): a role or council, a level, or a unit. */
export interface ResponsibleIR {
  readonly kind: 'role' | 'council' | 'level' | 'unit';
  readonly id: string;
  /** The level the actor works at, when known. */
  readonly level?: string;
}

export interface ActivityIR {
  readonly id: string;
  readonly text: string;
  /** The first responsible's id (`do REF`). */
  readonly responsible?: string;
  /** Every responsible the row names, resolved (roles, councils, levels, units). */
  readonly responsibles?: readonly ResponsibleIR[];
  readonly window?: WindowIR;
  readonly after: readonly string[];
  /** The compiled procedure the activity starts when it opens (a run of it: its dossiers). */
  readonly procedure?: string;
  /**
   * The steps of its own run this row performs (`theo quy trình P bước S`, the row that starts the run):
   * the row is done when its dossiers have moved past them; absent: when they end.
   */
  readonly runSteps?: readonly string[];
  /**
   * Whether the run starts when this row opens (it runs the whole procedure or performs its first step);
   * false: the steps before the row's belong to no row, so the run starts with the plan. Default true.
   */
  readonly startsAtRow?: boolean;
  /**
   * Steps of a procedure another activity started that this one performs (`theo quy trình P bước S`):
   * the row is done when the run's dossiers have moved past those steps; no second instance is started.
   */
  readonly performs?: { readonly activity: string; readonly procedure: string; readonly steps: readonly string[] };
  /** `cho mỗi LEVEL`: the activity runs in each unit of that level; later activities wait for the roll-up. */
  readonly fanOut?: { readonly level: string; readonly rollUp: RollUpPolicy };
  readonly source?: SourceRef;
}

export interface PhaseIR {
  readonly id: string;
  readonly title: string;
  readonly window: WindowIR;
  readonly source?: SourceRef;
}

export interface PlanIR {
  readonly name: string;
  readonly title: string;
  readonly activities: readonly ActivityIR[];
  readonly phases: readonly PhaseIR[];
  readonly source?: SourceRef;
}
