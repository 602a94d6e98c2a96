// The contract between the population runner and whatever advances one dossier (compiled machines later).

/** The unit (tree node) that owns a dossier, and its level index. */
export interface UnitRef {
  readonly node: number;
  readonly level: number;
}

/** One dossier: a number unique in the run, the procedure it follows, and its owner's node. */
export interface DossierRef {
  readonly id: number;
  readonly procedure: string;
  readonly owner: number;
}

/** A delayed event the snapshot's state has armed (a `quá hạn` timeout, a posting period's end). */
export interface PendingDeadline<E> {
  /** Epoch milliseconds. */
  readonly at: number;
  readonly event: E;
}

/** What a snapshot is waiting for: a step, acted on by the unit at `level` above (or at) the owner. */
export interface Awaiting<E> {
  readonly step: string;
  /** Level index of the acting unit (the owner's ancestor at that level). */
  readonly level: number;
  /** The step's deadline (epoch ms): acting after it counts as late. */
  readonly deadline?: number;
  /** The window's opening (epoch ms), when the actor may not act earlier than entering the step. */
  readonly opensAt?: number;
  /** A step that waits out a period (complaints): acting there is the exception (`BehaviourModel.waiting`). */
  readonly waiting?: boolean;
  /** The event sent when the actor acts (nộp, duyệt, …). */
  readonly act: E;
  /** The event sent when the actor returns the dossier for revision (trả lại), if the step allows it. */
  readonly returnFor?: E;
}

/**
 * How the runner advances one dossier, on plain snapshots (not live actors). The compiler's machines
 * plug in here: `transition` wraps `machine.transition(snapshot, event, scope)` with a reused scope,
 * `pendingDeadlines` reads the state's `after` delays, `awaiting` reads the state's meta (step, level,
 * the actor's events). All functions must be pure.
 */
export interface InstanceModel<S, E> {
  initial(unit: UnitRef, dossier: DossierRef): S;
  transition(snapshot: S, event: E): S;
  isFinal(snapshot: S): boolean;
  pendingDeadlines(snapshot: S): readonly PendingDeadline<E>[];
  awaiting(snapshot: S): Awaiting<E> | undefined;
  /** The final state's outcome (đạt, không đạt, không xét, quá hạn, …). */
  outcome?(snapshot: S): string | undefined;
  /**
   * The virtual time (epoch ms), told before every `initial` and `transition`: compiled machines read
   * "now" through their clock (entry times, deadline guards).
   */
  at?(ms: number): void;
}

/** A model of any snapshot and event types: each procedure's model has its own, so a plan's run holds them loosely. */
// biome-ignore lint/suspicious/noExplicitAny: the point of this alias (InstanceModel is invariant in both parameters)
export type AnyInstanceModel = InstanceModel<any, any>;
