// The engine's public types: options, results, typed refusals, tasks and instance views.
import type { Lang, WorkingDays } from '@tdkt/calendar';
import type { EngineClock } from '../clock/types.js';
import type { ActiveStep, ActorInfo, AuditEntry, InstanceStatus, Store } from '../store/types.js';
import type { WorkflowSource } from './definition.js';
import type { Organisation, PermissionReason } from './organisation.js';
import type { RefusalAuditLimit } from './refusal-audit.js';
import type { RequestLimits } from './validate.js';

export interface EngineOptions {
  readonly workflows: readonly WorkflowSource[];
  readonly store: Store;
  /** Default: the real clock. Use a `VirtualClock` in tests and simulations. */
  readonly clock?: EngineClock;
  /**
   * The working calendar: deadlines of compiled workflows are counted on it (unless
   * `workflowFromCompiled` was given its own) and `tasks` counts remaining working days with it.
   * Default: `defaultWorkingCalendar()` (public holidays, Tết, decided make-up days).
   */
  readonly calendar?: WorkingDays;
  /** The organisation tree for unit scopes; default: flat (only the instance's own unit acts). */
  readonly organisation?: Organisation;
  /** Instance ids; default `crypto.randomUUID()`. */
  readonly newId?: () => string;
  /**
   * With a store several processes share (PostgreSQL): look for due timers at least this often, ms of
   * the engine clock (default 5000), so timers another process wrote fire here if that process died.
   */
  readonly timerPollMs?: number;
  /** Observes what happened after it is committed: reminders, deadlines, accepted actions. */
  readonly onEvent?: (event: EngineEvent) => void;
  /** The language of refusal messages (`refusalMessage` renders the other); default `vi`. */
  readonly lang?: Lang;
  /** Limits on requests: payload size (default 64 KB), nesting depth, id length. */
  readonly limits?: Partial<RequestLimits>;
  /** How many refusals per minute the audit records (the rest are counted in one row); see RefusalBudget. */
  readonly refusalAudit?: Partial<RefusalAuditLimit>;
}

export type RefusalCode =
  | 'not-permitted'
  | 'action-not-available'
  | 'invalid-data'
  | 'instance-closed'
  | 'instance-exists'
  | 'version-conflict'
  | 'unknown-instance'
  | 'unknown-workflow'
  | 'not-a-plan'
  | 'period-required'
  | 'period-mismatch'
  | 'invalid-id'
  | 'invalid-actor'
  | 'payload-too-large'
  | 'no-organisation';

export interface FieldIssue {
  /** Dotted path of the field (`dossier.điểm`), empty for the whole value. */
  readonly path: string;
  readonly message: string;
  readonly code: string;
}

/** Why an action was refused; every refusal is also in the audit log. */
export interface Refusal {
  readonly code: RefusalCode;
  /** In the engine's language, from the message catalog (`engineMessages`); `refusalMessage(refusal, lang)` renders another. */
  readonly message: string;
  /** What the message is rendered from. */
  readonly data?: Readonly<Record<string, string | number | boolean | readonly string[]>>;
  /** For not-permitted: which rule failed. For action-not-available: `no-step` or `guard`. */
  readonly reason?: PermissionReason | 'no-step' | 'guard';
  readonly issues?: readonly FieldIssue[];
  /** For version-conflict. */
  readonly expectedVersion?: number;
  readonly actualVersion?: number;
}

export interface Accepted {
  readonly ok: true;
  readonly id: string;
  readonly state: string;
  readonly version: number;
  readonly status: InstanceStatus;
  readonly outcome: string | null;
  readonly steps: readonly ActiveStep[];
}

export interface Refused {
  readonly ok: false;
  readonly id: string;
  readonly refusal: Refusal;
}

export type ActResult = Accepted | Refused;

export interface StartOptions {
  readonly dossier?: Readonly<Record<string, unknown>>;
  readonly unit: string;
  readonly owner?: string;
  /** Host-chosen instance id (e.g. the dossier number); default generated. */
  readonly id?: string;
  /** Who started it, for the audit log; default the owner in role `owner`. */
  readonly actor?: ActorInfo;
  /** A stored version to start; default the newest loaded one. */
  readonly version?: number;
  /** Further machine input, e.g. `{ subunits: [...] }` for a fan-out step, `{ events: { name: 'YYYY-MM-DD' } }`. */
  readonly input?: Readonly<Record<string, unknown>>;
  /**
   * The period (`2020-2021`, `2024`) the workflow's dates were resolved in: the newest loaded version for
   * that period starts. Required when its dates need one (`period-required` otherwise).
   */
  readonly period?: string;
}

/** How a plan starts (`engine.startPlan`). */
export interface StartPlanOptions {
  /** The unit the plan is for (a Phòng, a school): its runs are for it and the units below it. */
  readonly unit: string;
  /** The plan's period (`2020-2021`, `2024`); when given it must be the plan's own. */
  readonly period?: string;
  /** Host-chosen id of the plan's instance; default generated. */
  readonly id?: string;
  /** Who started it, for the audit log. */
  readonly actor?: ActorInfo;
  readonly version?: number;
  /** The first dossier of each run's instances, by procedure (`xét_cuối_năm`) or by activity; default empty. */
  readonly dossiers?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export interface ActOptions {
  readonly actor: ActorInfo;
  readonly data?: Readonly<Record<string, unknown>>;
  /** Refuse with version-conflict unless the instance is still at this version. */
  readonly expectedVersion?: number;
}

/** A host event: its type plus its fields (`{ type: 'tdkt.event-occurred', name, date }`). */
export interface SignalEvent {
  readonly type: string;
  readonly [field: string]: unknown;
}

export interface SignalOptions {
  /** Who delivers it, for the audit log (a host service account). */
  readonly actor: ActorInfo;
  readonly expectedVersion?: number;
}

/** Pending work for a role in a unit. */
export interface Task {
  readonly instance: string;
  readonly workflow: string;
  readonly workflowVersion: number;
  readonly step: string;
  readonly title: string | null;
  readonly unit: string;
  readonly owner: string | null;
  readonly enteredAt: number;
  readonly deadline: number | null;
  /** The deadline's last day, `YYYY-MM-DD` (Vietnam), or null. */
  readonly deadlineDay: string | null;
  /** Working days left after today up to the deadline's last day (negative once overdue). */
  readonly remainingWorkingDays: number | null;
  readonly overdue: boolean;
  /** Actions the step offers now (empty during a posting period). */
  readonly actions: readonly string[];
  readonly version: number;
}

export interface OverdueStep {
  readonly instance: string;
  readonly workflow: string;
  readonly step: string;
  readonly unit: string;
  readonly deadline: number;
}

/** One page of a list query; pass `next` as `after` for the following page (null: this was the last). */
export interface Page<T> {
  readonly items: readonly T[];
  readonly next: string | null;
}

export interface TaskQuery {
  readonly role: string;
  /** The unit the actor acts from: only work this role does from exactly this unit is listed. */
  readonly unit: string;
  /** The actor: owner-only steps (self-assessment) of other owners are left out. Without it, all are listed. */
  readonly actorId?: string;
  /** Page size, 1–1000; default 100. */
  readonly limit?: number;
  /** The `next` cursor of the previous page. */
  readonly after?: string;
}

export interface OverdueQuery {
  /** Default: now. */
  readonly at?: number;
  /** Page size, 1–1000; default 100. */
  readonly limit?: number;
  readonly after?: string;
}

export interface InstanceView {
  readonly id: string;
  readonly workflow: string;
  readonly workflowVersion: number;
  readonly unit: string;
  readonly owner: string | null;
  readonly state: string;
  readonly status: InstanceStatus;
  readonly outcome: string | null;
  readonly version: number;
  readonly steps: readonly ActiveStep[];
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly history: readonly AuditEntry[];
  /** The instance that started this one (a plan, a fan-out step), or null. */
  readonly parent: string | null;
  /** What the workflow says about the instance beyond its steps: for a plan, a `PlanSummary`. */
  readonly summary?: unknown;
}

/** One activity of a plan as `instance()` shows it. */
export interface ActivitySummary {
  readonly id: string;
  readonly text: string;
  /** The window's first and last day (`YYYY-MM-DD`), when the row has one. */
  readonly startDay: string | null;
  readonly lastDay: string | null;
  /** waiting: before its `sau` or its window; open; done. */
  readonly status: 'waiting' | 'open' | 'done';
  /** Its window ended before it was done (recorded when the deadline passed). */
  readonly late: boolean;
  /** The procedure it runs, the run whose steps it performs, the level it fans out to. */
  readonly procedure: string | null;
  readonly fanOut: string | null;
}

/** What `instance()` shows of a plan: its activities in the plan's order, and its phases. */
export interface PlanSummary {
  readonly kind: 'plan';
  readonly activities: readonly ActivitySummary[];
  readonly phases: readonly {
    readonly id: string;
    readonly title: string;
    readonly startDay: string;
    readonly lastDay: string;
    readonly status: 'waiting' | 'open' | 'done';
  }[];
}

/** Announced after commit. Delivery is at most once: the audit log is the record. */
export type EngineEvent =
  | {
      readonly type: 'accepted';
      readonly instance: string;
      readonly action: string;
      readonly from: string | null;
      readonly to: string;
      readonly at: number;
    }
  | {
      readonly type: 'refused';
      readonly instance: string;
      readonly action: string;
      readonly refusal: Refusal;
      readonly at: number;
    }
  | {
      readonly type: 'reminder';
      readonly instance: string;
      readonly step: string;
      readonly at: number;
      readonly deadline: number | null;
    }
  | {
      readonly type: 'deadline';
      readonly instance: string;
      readonly step: string;
      readonly at: number;
      readonly handled: boolean;
    }
  | { readonly type: 'posting-ended'; readonly instance: string; readonly step: string; readonly at: number }
  | { readonly type: 'closed'; readonly instance: string; readonly outcome: string | null; readonly at: number }
  /** A background timer run failed (e.g. the store is unreachable); it is retried on the next wake-up or start. */
  | { readonly type: 'error'; readonly error: unknown };

/** The outcome of a child instance its parent moved on without (a fan-out unit left behind by the deadline). */
export const LEFT_BEHIND = 'left-behind';

/** The actor timers act as in the audit log. */
export const SYSTEM_ACTOR: ActorInfo = { id: 'tdkt', role: 'system', unit: '' };

/** The engine a host embeds; create it with `createEngine`. */
export interface Engine {
  start(workflow: string, options: StartOptions): Promise<ActResult>;
  /**
   * Starts a plan: its activities open at their windows' starts (after their `sau`), each starts its
   * procedure's dossiers for the plan's unit or the units below it, and completes when they are past its
   * steps (or by its roll-up); durable timers close windows. The plan is an instance like any other.
   */
  startPlan(plan: string, options: StartPlanOptions): Promise<ActResult>;
  act(instance: string, action: string, options: ActOptions): Promise<ActResult>;
  /**
   * Delivers a host event that is no person's action in a step (`tdkt.event-occurred` with a run-time
   * event's real date, `tdkt.unit-submitted` from a subordinate unit's instance). No role check: the
   * host vouches for it; it is audited like an action.
   */
  signal(instance: string, event: SignalEvent, options: SignalOptions): Promise<ActResult>;
  /**
   * A role's pending work in a unit, deadline first (no deadline last), one page at a time. Reads the
   * work queue's index for exactly (role, unit): the time does not grow with the number of dossiers.
   */
  tasks(query: TaskQuery): Promise<Page<Task>>;
  /** Active steps whose deadline has passed, earliest first, one page at a time (the deadline index). */
  overdue(query?: OverdueQuery): Promise<Page<OverdueStep>>;
  /**
   * Rewrites the work queue of every active instance from its snapshot and the current organisation
   * (after the unit tree changed; run by itself after a store migration). Returns how many instances.
   */
  rebuildWorkQueue(): Promise<number>;
  instance(id: string): Promise<InstanceView | undefined>;
  /** Fires every durable timer due now, in order; returns how many fired. Runs by itself on the clock. */
  runDue(): Promise<number>;
  /** Resolves once no operation or timer run is in flight (tests with a virtual clock await it). */
  idle(): Promise<void>;
  /** Stops the clock alarm and waits for work in flight; the store stays open (the host owns it). */
  close(): Promise<void>;
  readonly clock: EngineClock;
}
