// What the engine runs: an XState machine plus per-step metadata (roles, levels, deadlines, reminders, posting).

import type { Clock, WorkingDays } from '@tdkt/calendar';
import type { AnyMachineSnapshot, AnyStateMachine, EventObject } from 'xstate';
import type { ZodType } from 'zod';
import type { ActorInfo, TimerKind } from '../store/types.js';

/** A step being entered: when, and the machine context after entry. */
export interface StepEntry {
  readonly step: string;
  readonly enteredAt: number;
  readonly context: unknown;
}

/** Metadata of one step (an XState state node, keyed by its id in `WorkflowDefinition.steps`). */
export interface StepSpec {
  readonly title?: string;
  /** The role (or roles) that act in this step; `null` when no person acts (automatic steps). */
  readonly role: string | readonly string[] | null;
  /**
   * The organisation level whose unit acts (`tổ`, `trường`, `phòng`, `sở`…). The actor's unit must
   * always be the instance's unit or one of its ancestors; with a level, exactly at that level.
   */
  readonly level?: string | null;
  /** Only the instance's owner may act (self-assessment). */
  readonly ownerOnly?: boolean;
  /** The instant the step's deadline passes, resolved at entry; undefined or null: no deadline. */
  deadline?(entry: StepEntry): number | null | undefined;
  /** Instants at which to remind the acting role, resolved at entry. */
  reminders?(entry: StepEntry, deadline: number | null): readonly number[];
  /** When a public posting period that starts at entry ends (no action may leave the step before). */
  postingEnd?(entry: StepEntry): number | null | undefined;
  /**
   * When the step moves on by itself at a window's edge (a plan's activity opens, a phase starts or
   * ends): a durable timer of kind `window`.
   */
  windowEdge?(entry: StepEntry): number | null | undefined;
}

/** What `start` received, for building the machine's input. */
export interface StartInput {
  readonly dossier: Readonly<Record<string, unknown>>;
  readonly unit: string;
  readonly owner: string | null;
}

/** An instance a parent starts (a fan-out unit's instance, a plan's dossier), in the parent's transaction. */
export interface ChildStart {
  /** A stable id (the parent's id, the step or activity, the unit): starting twice is impossible. */
  readonly id: string;
  readonly workflow: string;
  readonly unit: string;
  readonly owner: string | null;
  readonly dossier: Readonly<Record<string, unknown>>;
  /** Further machine input (`events`, `subunits`). */
  readonly input?: Readonly<Record<string, unknown>>;
}

/** What a parent's definition sees of itself when steps are entered. */
export interface ParentScope {
  readonly id: string;
  readonly unit: string;
  readonly owner: string | null;
  readonly snapshot: AnyMachineSnapshot;
  /** The units below a unit at a level, from the host's organisation tree. */
  unitsAt(under: string, level: string): readonly string[];
  /** The level of a unit, when the organisation knows it. */
  levelOf(unit: string): string | null | undefined;
  /** The parent of a unit, when the organisation knows it. */
  parentOf(unit: string): string | null | undefined;
}

/** A child's change, as its parent's definition sees it (after the child's transaction step). */
export interface ChildChange {
  readonly id: string;
  readonly workflow: string;
  readonly unit: string;
  readonly owner: string | null;
  /** The child's active steps now (none once it ended). */
  readonly steps: readonly string[];
  readonly status: 'active' | 'done';
  readonly outcome: string | null;
}

/**
 * How a definition runs other instances: the children to start when steps are entered, the events a child's
 * change means for this instance, and which children a left step leaves behind. The engine applies all of
 * it in the transaction that caused it.
 */
export interface ChildHooks {
  /**
   * Children to start because `entered` steps were entered (`initial`: the instance itself is being
   * started), and events the instance itself takes at once (`tdkt.run-started`).
   */
  start(
    entered: readonly string[],
    scope: ParentScope,
    initial: boolean,
  ): { readonly children: readonly ChildStart[]; readonly events: readonly EventObject[] };
  /** The events this instance takes because one of its children changed (a unit submitted, a dossier moved on). */
  progress(
    child: ChildChange,
    parent: { readonly id: string; readonly snapshot: AnyMachineSnapshot },
  ): readonly EventObject[];
  /** Of the active children, those the left steps leave behind (a fan-out step left at its deadline). */
  leftBehind?(left: readonly string[], child: { readonly workflow: string; readonly id: string }): boolean;
}

/** A fired durable timer as the definition sees it. */
export interface FiredTimer {
  readonly kind: TimerKind;
  readonly step: string;
  readonly payload: unknown;
  readonly fireAt: number;
}

/** One version of one workflow (a procedure) as the engine runs it. */
export interface WorkflowDefinition {
  readonly name: string;
  readonly version: number;
  /** Hash of the source text; the store refuses to change the source of a stored version. */
  readonly sourceHash: string;
  readonly title?: string;
  /**
   * The machine. Its own `after` timers are never relied on: they are not restored from snapshots
   * (statelyai/xstate#5331); the engine keeps deadlines as durable timers and sends events instead.
   */
  readonly machine: AnyStateMachine;
  /** Step metadata keyed by XState state node id. */
  readonly steps: Readonly<Record<string, StepSpec>>;
  /** Validates the dossier at start (field-level errors come back as `invalid-data`). */
  readonly dossierSchema?: ZodType;
  /** Validates an action's data; undefined: data must be absent or a plain object. */
  dataSchema?(action: string): ZodType | undefined;
  /** The machine's input (default `{ dossier, unit, owner }`). */
  input?(start: StartInput): unknown;
  /** The event for an action (default `{ type: action, actor, data }`). */
  actionEvent?(action: string, actor: ActorInfo, data: Readonly<Record<string, unknown>> | undefined): EventObject;
  /**
   * The event sent to the machine when a durable timer fires, or null to only record and announce it.
   * Default: deadline → `{ type: 'tdkt.deadline', step }`, posting → `{ type: 'tdkt.posting-ended', step }`,
   * reminder → null.
   */
  timerEvent?(timer: FiredTimer, snapshot: AnyMachineSnapshot): EventObject | null;
  /** What a host shows of an instance beyond its steps (a plan: each activity's window and status); in `instance()`. */
  summary?(snapshot: AnyMachineSnapshot): unknown;
  /** The state as the short string stored and audited (default: the state value, `hội_đồng.posting`). */
  state?(snapshot: AnyMachineSnapshot): string;
  /** The outcome of a finished instance (default `snapshot.output.outcome`). */
  outcome?(snapshot: AnyMachineSnapshot): string | null;
  /** The compiled definition as JSON, kept in the store beside the version. */
  readonly json?: unknown;
  /** `plan` for a plan (started with `startPlan`); default `procedure`. */
  readonly kind?: 'procedure' | 'plan';
  /** The period (`2020-2021`, `2024`) its dates were resolved in, if any. */
  readonly period?: string | null;
  /** Deadlines written as dates that no period resolved: starting it is refused (`period-required`). */
  readonly needsPeriod?: readonly { readonly step: string; readonly text: string }[];
  /**
   * The level of its first fan-out step: without `subunits` in the start input, the engine gives the
   * machine the units at that level below the instance's unit (from the organisation tree).
   */
  readonly fanOutLevel?: string;
  /** The workflows its children run: `createEngine` refuses to start without them loaded. */
  readonly requires?: readonly string[];
  /** Children it starts and hears from (fan-out steps, a plan's runs). */
  readonly children?: ChildHooks;
  /** Validates the start input beyond the dossier (a plan's `dossiers`); issues as `invalid-data`. */
  checkInput?(
    input: Readonly<Record<string, unknown>>,
  ): readonly { readonly path: string; readonly message: string; readonly code: string }[];
}

/** What the engine offers a definition factory: the clock of the operation being applied. */
export interface WorkflowEnv {
  /** "Now" of the current operation: a timer's own instant while it fires, else the engine clock. */
  readonly clock: Clock;
  /** The engine's working calendar. */
  readonly calendar: WorkingDays;
}

/** A definition, or a function building one with the engine's environment (compiled machines read its clock). */
export type WorkflowSource = WorkflowDefinition | ((env: WorkflowEnv) => WorkflowDefinition);

/** Default events the engine sends when timers fire. */
export const timerEventTypes = {
  deadline: 'tdkt.deadline',
  posting: 'tdkt.posting-ended',
  window: 'tdkt.window',
} as const;

/**
 * The default timer event: `tdkt.deadline` / `tdkt.posting-ended` carrying the step; reminders are not sent.
 *
 * @example
 * defaultTimerEvent({ kind: 'deadline', step: 'tổ_xét', payload: null, fireAt: 0 }) // => { type: 'tdkt.deadline', step: 'tổ_xét' }
 */
export function defaultTimerEvent(timer: FiredTimer): EventObject | null {
  if (timer.kind === 'deadline') return { type: timerEventTypes.deadline, step: timer.step } as EventObject;
  if (timer.kind === 'posting') return { type: timerEventTypes.posting, step: timer.step } as EventObject;
  if (timer.kind === 'window') return { type: timerEventTypes.window, step: timer.step } as EventObject;
  return null;
}
