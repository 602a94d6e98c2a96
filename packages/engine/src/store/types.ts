// The Store contract: records, the indexed work queue, and async operations every store (memory, SQLite, PostgreSQL) implements.

/** A stored workflow version. The store keeps every version; instances keep the one they started with. */
export interface WorkflowRecord {
  readonly name: string;
  readonly version: number;
  /** Hash of the source the definition was compiled from; a version never changes its source. */
  readonly sourceHash: string;
  /** The compiled definition as JSON (for inspection, diagrams and audits; not executed). */
  readonly definition: unknown;
  readonly createdAt: number;
}

export type InstanceStatus = 'active' | 'done';

/** A step the instance is in, with its entry time and resolved deadline. */
export interface ActiveStep {
  readonly step: string;
  readonly enteredAt: number;
  readonly deadline: number | null;
}

export interface InstanceRecord {
  readonly id: string;
  /** The instance that started this one (a fan-out child), or null for a top-level instance. */
  readonly parent?: string | null;
  readonly workflow: string;
  readonly workflowVersion: number;
  readonly unit: string;
  readonly owner: string | null;
  /** XState persisted snapshot (JSON). */
  readonly snapshot: unknown;
  /** The state value as a short string, e.g. `tổ_xét` or `hội_đồng.posting`. */
  readonly state: string;
  readonly steps: readonly ActiveStep[];
  /** Optimistic concurrency: 1 at start, +1 per accepted change. */
  readonly version: number;
  readonly status: InstanceStatus;
  readonly outcome: string | null;
  readonly createdAt: number;
  readonly updatedAt: number;
}

/** The fields an accepted change rewrites. */
export type InstanceChange = Pick<
  InstanceRecord,
  'snapshot' | 'state' | 'steps' | 'status' | 'outcome' | 'updatedAt'
> & {
  /**
   * The version after the update, above the expected one; default expected + 1. Higher when several changes of
   * the instance are written at once (timers fired inside the change that made them due), each audited at its own.
   */
  readonly version?: number;
};

/** `window`: a step that moves on by itself at a window's edge (a plan's activity opens, a phase starts or ends). */
export type TimerKind = 'deadline' | 'reminder' | 'posting' | 'window';

export interface TimerRecord {
  readonly id: number;
  readonly instance: string;
  readonly kind: TimerKind;
  readonly step: string;
  readonly fireAt: number;
  readonly payload: unknown;
  /** Set once, in the same transaction as the timer's effect. */
  readonly firedAt: number | null;
}

export type NewTimer = Omit<TimerRecord, 'id' | 'firedAt'>;

/** Who did something. Timers act as `{ id: 'tdkt', role: 'system', unit: '' }`. */
export interface ActorInfo {
  readonly id: string;
  readonly role: string;
  readonly unit: string;
}

export type AuditOutcome = 'accepted' | 'refused';

export interface AuditEntry {
  /** Global append order. */
  readonly seq: number;
  readonly instance: string;
  readonly time: number;
  readonly actor: ActorInfo;
  readonly action: string;
  readonly fromState: string | null;
  readonly toState: string | null;
  readonly data: unknown;
  readonly outcome: AuditOutcome;
  readonly refusal: string | null;
  /** The instance version after the entry (accepted) or when refused. */
  readonly version: number | null;
}

export type NewAuditEntry = Omit<AuditEntry, 'seq'>;

/**
 * Thrown by `updateInstance` when the expected version is not the stored one.
 *
 * @example
 * try { await store.transaction((tx) => tx.updateInstance(id, 3, change)); } catch (e) { if (e instanceof VersionConflictError) reload(); }
 */
export class VersionConflictError extends Error {
  override readonly name = 'VersionConflictError';
  readonly code = 'version-conflict';
  constructor(
    readonly instance: string,
    readonly expected: number,
    readonly actual: number | null,
  ) {
    super(`instance ${instance}: expected version ${expected}, found ${actual ?? 'none'}`);
  }
}

/**
 * Thrown when a transaction lost a race with another one (a deadlock or serialisation failure in a
 * server database, a duplicate key inserted concurrently). Nothing was written; the engine retries.
 *
 * @example
 * if (error instanceof TransactionConflictError) return retry();
 */
export class TransactionConflictError extends Error {
  override readonly name = 'TransactionConflictError';
  readonly code = 'transaction-conflict';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * Thrown by `putWorkflow` when a stored name+version already has a different source.
 *
 * @example
 * // createEngine rejects with it when a changed workflow file is loaded under an old version number.
 */
export class WorkflowVersionClashError extends Error {
  override readonly name = 'WorkflowVersionClashError';
  readonly code = 'workflow-version-clash';
  constructor(
    readonly workflow: string,
    readonly version: number,
  ) {
    super(`workflow ${workflow} version ${version} is already stored with another source`);
  }
}

export interface InstanceFilter {
  readonly status?: InstanceStatus;
  readonly workflow?: string;
  /** Only the children of this instance. */
  readonly parent?: string;
  /** At most this many, in (createdAt, id) order. */
  readonly limit?: number;
  /** Only instances after this one in (createdAt, id) order (keyset paging). */
  readonly after?: { readonly createdAt: number; readonly id: string };
}

/**
 * One open step as one group of actors sees it: a narrow row of the work queue, written by the engine
 * in the same transaction as the step change (`putWork`). A step with two roles, or one that several
 * units may act in (no level), has one item per (role, unit).
 */
export interface WorkItem {
  readonly step: string;
  readonly role: string;
  /** The unit whose holders of `role` act: the instance's unit or an ancestor the step's level allows. */
  readonly unit: string;
  /** For a step only the owner acts in (self-assessment): the owner; else null. */
  readonly ownerOnly: string | null;
  /** The actions the step offers now (empty during a posting period). */
  readonly actions: readonly string[];
}

/** A work item as the queue returns it: the item plus what a task list shows, no snapshot. */
export interface QueuedWork extends WorkItem {
  readonly instance: string;
  readonly workflow: string;
  readonly workflowVersion: number;
  /** The instance's own unit (the item's `unit` may be an ancestor). */
  readonly instanceUnit: string;
  readonly owner: string | null;
  readonly enteredAt: number;
  readonly deadline: number | null;
  readonly version: number;
}

/** Keyset position in a work queue: deadline order (no deadline last), then instance, then step. */
export interface WorkCursor {
  readonly deadline: number | null;
  readonly instance: string;
  readonly step: string;
}

export interface WorkQuery {
  readonly role: string;
  readonly unit: string;
  /** With it, owner-only items of other owners are left out; without it, every owner's are listed. */
  readonly actorId?: string;
  readonly limit: number;
  readonly after?: WorkCursor;
}

/** An active step of an active instance, from the open-steps index. */
export interface OpenStep {
  readonly instance: string;
  readonly step: string;
  readonly workflow: string;
  readonly workflowVersion: number;
  readonly unit: string;
  readonly owner: string | null;
  readonly enteredAt: number;
  readonly deadline: number | null;
}

/** Keyset position among overdue steps: deadline, instance, step. */
export interface DeadlineCursor {
  readonly deadline: number;
  readonly instance: string;
  readonly step: string;
}

export interface OverdueStepsQuery {
  /** Steps whose deadline is at or before this instant. */
  readonly at: number;
  readonly limit: number;
  readonly after?: DeadlineCursor;
}

export interface AuditQuery {
  /** Only entries with a larger seq. */
  readonly afterSeq?: number;
  readonly limit?: number;
}

/** Reads, available on the store and inside a transaction. */
export interface StoreReader {
  getWorkflow(name: string, version?: number): Promise<WorkflowRecord | undefined>;
  listWorkflows(): Promise<WorkflowRecord[]>;
  getInstance(id: string): Promise<InstanceRecord | undefined>;
  listInstances(filter?: InstanceFilter): Promise<InstanceRecord[]>;
  /** One instance's audit trail in append order. */
  audit(instance: string, query?: AuditQuery): Promise<AuditEntry[]>;
  /** Every instance's audit entries in append order. */
  auditAll(query?: AuditQuery): Promise<AuditEntry[]>;
  timersOf(instance: string): Promise<TimerRecord[]>;
  /** Unfired timers with `fireAt <= at`, ordered by (fireAt, id). */
  dueTimers(at: number, limit?: number, instance?: string): Promise<TimerRecord[]>;
  /** The earliest unfired timer's instant. */
  nextTimerAt(): Promise<number | undefined>;
  /**
   * One page of a role's work in a unit, in (deadline, instance, step) order, steps without a deadline
   * last; reads only that (role, unit)'s index range, never snapshots.
   */
  workQueue(query: WorkQuery): Promise<QueuedWork[]>;
  /** The work items of one instance (all roles and units), in (step, role, unit) order. */
  workOf(instance: string): Promise<WorkItem[]>;
  /** One page of active steps whose deadline is at or before `at`, in (deadline, instance, step) order. */
  overdueSteps(query: OverdueStepsQuery): Promise<OpenStep[]>;
  /** A value kept beside the data (schema facts, maintenance marks); undefined when unset. */
  getMeta(key: string): Promise<string | undefined>;
}

/** Writes: only inside `transaction`. */
export interface StoreWriter extends StoreReader {
  /** Stores a workflow version; idempotent for the same hash, a clash for another. */
  putWorkflow(record: WorkflowRecord): Promise<void>;
  insertInstance(record: InstanceRecord): Promise<void>;
  /** Writes `change` if the stored version is `expectedVersion` (else VersionConflictError); returns the new version. */
  updateInstance(id: string, expectedVersion: number, change: InstanceChange): Promise<number>;
  appendAudit(entry: NewAuditEntry): Promise<number>;
  addTimer(timer: NewTimer): Promise<number>;
  /** Deletes unfired timers of an instance (of the given steps and kinds, or all); returns how many. */
  cancelTimers(instance: string, steps?: readonly string[], kinds?: readonly TimerKind[]): Promise<number>;
  /** Marks a timer fired; false if it already was (or does not exist). */
  markTimerFired(id: number, at: number): Promise<boolean>;
  /**
   * Claims up to `limit` due timers for firing in this transaction, in (fireAt, id) order, skipping any
   * another transaction holds and any with an earlier unfired timer of the same instance (so one
   * instance's timers fire in order even when several processes fire timers). In a single-writer store
   * this is `dueTimers`.
   */
  claimDueTimers(at: number, limit: number, instance?: string): Promise<TimerRecord[]>;
  /** Replaces the work items of an instance (none once it is done). */
  putWork(instance: string, work: readonly WorkItem[]): Promise<void>;
  setMeta(key: string, value: string): Promise<void>;
}

/**
 * Persistence for the engine. Every method is async so a networked database fits; a unit of work
 * runs in `transaction`, which commits when `fn` resolves and rolls back when it rejects. The promise
 * resolves only after the commit is durable. Reads outside a transaction see committed data only.
 * Active steps (`InstanceRecord.steps`) are indexed by the store itself for `overdueSteps`.
 */
export interface Store extends StoreReader {
  transaction<T>(fn: (tx: StoreWriter) => Promise<T>): Promise<T>;
  /**
   * Several processes may share this store (PostgreSQL): the engine then expects conflicts
   * (`VersionConflictError`, `TransactionConflictError`) and retries. Default false.
   */
  readonly shared?: boolean;
  /**
   * Tells `listener` the instants that processes announce (`announceTimer`), so another process wakes
   * for a timer whose writer died before firing it. Returns the unsubscribe function. Absent in
   * single-process stores.
   */
  watchTimers?(listener: (fireAt: number) => void): () => void;
  /**
   * Announces a committed timer to every `watchTimers` listener, best effort (after the commit, outside
   * the acknowledged transaction). The engine announces only timers due before its next poll.
   */
  announceTimer?(fireAt: number): void;
  close(): Promise<void>;
}
