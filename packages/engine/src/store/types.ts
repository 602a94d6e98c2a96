// The Store contract: records and async operations, shaped so a PostgreSQL store can implement it later.

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
export type InstanceChange = Pick<InstanceRecord, 'snapshot' | 'state' | 'steps' | 'status' | 'outcome' | 'updatedAt'>;

export type TimerKind = 'deadline' | 'reminder' | 'posting';

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
}

/** Writes: only inside `transaction`. */
export interface StoreWriter extends StoreReader {
  /** Stores a workflow version; idempotent for the same hash, a clash for another. */
  putWorkflow(record: WorkflowRecord): Promise<void>;
  insertInstance(record: InstanceRecord): Promise<void>;
  /** Rewrites an instance if its version is `expectedVersion`; returns the new version. */
  updateInstance(id: string, expectedVersion: number, change: InstanceChange): Promise<number>;
  appendAudit(entry: NewAuditEntry): Promise<number>;
  addTimer(timer: NewTimer): Promise<number>;
  /** Deletes unfired timers of an instance (of the given steps and kinds, or all); returns how many. */
  cancelTimers(instance: string, steps?: readonly string[], kinds?: readonly TimerKind[]): Promise<number>;
  /** Marks a timer fired; false if it already was (or does not exist). */
  markTimerFired(id: number, at: number): Promise<boolean>;
}

/**
 * Persistence for the engine. Every method is async so a networked database fits; a unit of work
 * runs in `transaction`, which commits when `fn` resolves and rolls back when it rejects.
 */
export interface Store extends StoreReader {
  transaction<T>(fn: (tx: StoreWriter) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
