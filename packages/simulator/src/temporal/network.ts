// The constraint network's data: events (nodes), constraints between them, and where each came from.
import type { Duration, EpochDay } from '@tdkt/calendar';

/** A place in a workflow file: 1-based line and column (UTF-16 units), optional length for carets. */
export interface SourceSpan {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly length?: number;
}

/** Why a constraint exists: the file position, the phrase as written, its resolved day, a human label. */
export interface Provenance {
  /** Who or what the constraint is about, as the plan names it ("Hội đồng trường xét"). */
  readonly label: string;
  readonly span?: SourceSpan;
  /** The phrase exactly as written ("trước ngày 30/5/2019", "10 ngày làm việc"). */
  readonly phrase?: string;
  /** The day the phrase resolved to (for deadlines: the last allowed day). */
  readonly resolved?: EpochDay;
  /**
   * Where the bound comes from: the row's own phrase, its section heading, the plan's period, a step's own
   * `hạn`, a library default, a plan's `với`, an event, or a `sau`; `param` names the parameter.
   */
  readonly origin?: {
    readonly kind: 'phrase' | 'heading' | 'period' | 'step' | 'default' | 'override' | 'row' | 'derived' | 'event';
    readonly param?: string;
    /** `trước D` read strictly: the last allowed day is D−1. */
    readonly strictBefore?: boolean;
  };
}

export type NodeKind = 'start' | 'finish' | 'event' | 'milestone';

/** One event of the network: an activity's or step's start or finish, an event, a milestone. */
export interface TemporalNode {
  readonly id: string;
  /** "Hội đồng trường xét" — what happens; the report adds "bắt đầu"/"xong" from `kind`. */
  readonly label: string;
  readonly kind: NodeKind;
  readonly span?: SourceSpan;
}

/** How a fan-out's parent waits for its units. */
export type RollupPolicy =
  | { readonly kind: 'all' }
  | { readonly kind: 'quorum'; readonly count: number }
  | { readonly kind: 'by-deadline' };

export type Constraint =
  | {
      /** The node happens on or after `day` (a window's start). Soft: a tentative ("dự kiến") window. */
      readonly kind: 'not-before';
      readonly id: string;
      readonly node: string;
      readonly day: EpochDay;
      readonly soft: boolean;
      readonly provenance: Provenance;
    }
  | {
      /** The node happens on or before `day` (a deadline, a window's end). Soft: tentative → warning. */
      readonly kind: 'not-after';
      readonly id: string;
      readonly node: string;
      readonly day: EpochDay;
      readonly soft: boolean;
      /**
       * Written as a deadline (`trước`, `chậm nhất`, `hạn`, a day) rather than as the end of a window (a
       * month, a quarter, a phase). Only a deadline that is too late to be used earns a warning: finishing
       * early inside a window is what windows are for.
       */
      readonly written?: 'deadline' | 'window';
      readonly provenance: Provenance;
    }
  | {
      /** `to` happens no earlier than `duration` after `from`. */
      readonly kind: 'precedence';
      readonly id: string;
      readonly from: string;
      readonly to: string;
      readonly duration: Duration;
      /** duration: processing/posting time; sau: an ordering; step-order: inside a procedure. */
      readonly reason: 'duration' | 'sau' | 'step-order' | 'link';
      readonly provenance: Provenance;
    }
  | {
      /**
       * A fan-out roll-up: `parent` happens no earlier than its units allow (all: the last unit;
       * quorum: the count-th unit; by-deadline: none), and no earlier than `unitsDue` when given —
       * units are entitled to use their time up to their own deadline.
       */
      readonly kind: 'rollup';
      readonly id: string;
      readonly parent: string;
      readonly units: readonly string[];
      readonly policy: RollupPolicy;
      readonly unitsDue?: { readonly day: EpochDay; readonly provenance: Provenance };
      readonly provenance: Provenance;
    };

/** A whole network: plain data, built by the compiler's front end (or by hand in tests). */
export interface TemporalNetwork {
  readonly nodes: readonly TemporalNode[];
  readonly constraints: readonly Constraint[];
  /** The first day anything may happen (the plan's period start). */
  readonly origin: EpochDay;
  /** The last day of the period: the latest date of nodes no deadline reaches. */
  readonly horizon: EpochDay;
  /** The plan's file: a step's own deadline written in another file is a library default. */
  readonly file?: string;
}
