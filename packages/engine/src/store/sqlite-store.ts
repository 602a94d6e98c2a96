// The embedded Store: one SQLite file (better-sqlite3), WAL, a writer connection with group commit and a reader connection.
import Database from 'better-sqlite3';
import { groupCommit } from './group-commit.js';
import { auditValues, type Row, toInstance, toTimer } from './rows.js';
import { fileSettings, type SqliteStoreOptions } from './sqlite-options.js';
import { readerOf } from './sqlite-reader.js';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4, SCHEMA_VERSION } from './sqlite-schema.js';
import { prepareStatements, type Statements } from './sqlite-statements.js';
import { refreshedInPlace, workRow } from './sqlite-work-rows.js';
import {
  type ActiveStep,
  type Store,
  type StoreWriter,
  VersionConflictError,
  WorkflowVersionClashError,
} from './types.js';
import { nextVersion } from './version.js';

function migrate(db: Database.Database, file: string): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION)
    throw new Error(`${file}: schema version ${current} is newer than this engine (${SCHEMA_VERSION})`);
  if (current >= SCHEMA_VERSION) return;
  db.transaction(() => {
    if (current < 1) db.exec(SCHEMA_V1);
    if (current < 2) db.exec(SCHEMA_V2);
    if (current < 3) db.exec(SCHEMA_V3);
    if (current < 4) db.exec(SCHEMA_V4);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

/** What putWork needs of an instance, remembered from the insert or update just before it (no re-read). */
interface QueueFacts {
  readonly id: string;
  readonly row: Row;
  readonly steps: readonly ActiveStep[];
  /** The instance has no work rows now (just inserted, or cleared by the update). */
  readonly cleared: boolean;
  /** The update kept the instance's steps: its work rows are still there, and most likely keep their keys. */
  readonly kept?: boolean;
}

/** An instance row as this unit last read or wrote it: lets an update leave unchanged index rows alone. */
interface Seen {
  readonly id: string;
  readonly version: number;
  readonly status: string;
  /** The `steps` column's JSON text. */
  readonly steps: string;
}

/** The writer, and `forget` to call at the start of each unit (a remembered write may have been rolled back). */
function writerOf(s: Statements): { writer: StoreWriter; forget: () => void } {
  const reader = readerOf(s);
  let last: QueueFacts | undefined;
  let seen: Seen | undefined;
  const indexSteps = (id: string, status: string, steps: readonly ActiveStep[]) => {
    s.deleteOpenSteps.run(id);
    if (status === 'active')
      for (const step of steps) s.insertOpenStep.run(id, step.step, step.deadline, step.enteredAt);
  };
  /** The facts of `instance` for its work rows: remembered when this unit just wrote it, else read. */
  const factsOf = (instance: string): QueueFacts | undefined => {
    if (last?.id === instance) return last;
    const row = s.queueFacts.get(instance) as Row | undefined;
    return row === undefined
      ? undefined
      : { id: instance, row, steps: JSON.parse(row['steps'] as string) as ActiveStep[], cleared: false };
  };
  const writer: StoreWriter = {
    ...reader,
    async getInstance(id) {
      const row = s.instance.get(id) as Row | undefined;
      if (row === undefined) return undefined;
      seen = { id, version: row['version'] as number, status: row['status'] as string, steps: row['steps'] as string };
      return toInstance(row);
    },
    async workOf(instance) {
      // Rows an update kept for putWork to refresh describe the old version: none until then, as after a clear.
      if (last?.kept === true && last.id === instance) return [];
      return reader.workOf(instance);
    },
    async putWorkflow(record) {
      const old = s.workflow.get(record.name, record.version) as Row | undefined;
      if (old !== undefined) {
        if (old['source_hash'] !== record.sourceHash) throw new WorkflowVersionClashError(record.name, record.version);
        return;
      }
      s.putWorkflow.run(
        record.name,
        record.version,
        record.sourceHash,
        JSON.stringify(record.definition ?? null),
        record.createdAt,
      );
    },
    async insertInstance(r) {
      last = undefined;
      seen = undefined;
      const steps = JSON.stringify(r.steps);
      s.insertInstance.run({
        ...r,
        parent: r.parent ?? null,
        owner: r.owner,
        snapshot: JSON.stringify(r.snapshot),
        steps,
      });
      indexSteps(r.id, r.status, r.steps);
      const row = {
        workflow: r.workflow,
        workflow_version: r.workflowVersion,
        unit: r.unit,
        owner: r.owner,
        version: r.version,
        status: r.status,
        updated_at: r.updatedAt,
      };
      last = { id: r.id, row, steps: r.steps, cleared: true };
      seen = { id: r.id, version: r.version, status: r.status, steps };
    },
    async updateInstance(id, expected, change) {
      last = undefined;
      // What the row held before, when this unit read or wrote that very version of it.
      const before = seen?.id === id && seen.version === expected ? seen : undefined;
      seen = undefined;
      const version = nextVersion(expected, change);
      const steps = JSON.stringify(change.steps);
      const params = {
        id,
        expected,
        version,
        snapshot: JSON.stringify(change.snapshot),
        state: change.state,
        steps,
        outcome: change.outcome,
        updatedAt: change.updatedAt,
      };
      const row = (
        before?.status === change.status
          ? s.updateKeepingStatus.get(params)
          : s.updateInstance.get({ ...params, status: change.status })
      ) as Row | undefined;
      if (row === undefined) {
        const current = s.versionOf.get(id) as { version: number } | undefined;
        throw new VersionConflictError(id, expected, current?.version ?? null);
      }
      // Same open steps (a posting ended, a reminder, an action within the step): their rows stay as they are.
      const kept = change.status === 'active' && before?.status === 'active' && before.steps === steps;
      if (!kept) {
        indexSteps(id, change.status, change.steps);
        // The work items described the old steps: the engine writes the new ones with putWork.
        s.deleteWork.run(id);
      }
      last = { id, row, steps: change.steps, cleared: !kept, kept };
      seen = { id, version, status: change.status, steps };
      return version;
    },
    async putWork(instance, work) {
      const known = factsOf(instance);
      if (known === undefined) throw new Error(`instance ${instance} does not exist`);
      last = { id: known.id, row: known.row, steps: known.steps, cleared: false };
      const facts = known.row;
      const steps = new Map(known.steps.map((st) => [st.step, st]));
      const rows = facts['status'] === 'active' ? work.map((item) => workRow(instance, facts, steps, item)) : [];
      if (known.kept === true && refreshedInPlace(s, instance, rows)) return;
      if (!known.cleared) s.deleteWork.run(instance);
      for (const row of rows) s.insertWork.run(row);
    },
    async appendAudit(e) {
      const info = s.appendAudit.run(...auditValues(e));
      return Number(info.lastInsertRowid);
    },
    async addTimer(t) {
      const info = s.addTimer.run(t.instance, t.kind, t.step, t.fireAt, JSON.stringify(t.payload ?? null));
      return Number(info.lastInsertRowid);
    },
    async cancelTimers(instance, steps, kinds) {
      if (steps === undefined && kinds === undefined) return s.cancelAll.run(instance).changes;
      const chosen = steps ?? [...new Set((s.timersOf.all(instance) as Row[]).map((r) => r['step'] as string))];
      let count = 0;
      for (const step of chosen) {
        if (kinds === undefined) count += s.cancelStep.run(instance, step).changes;
        else for (const kind of kinds) count += s.cancelStepKind.run(instance, step, kind).changes;
      }
      return count;
    },
    async markTimerFired(id, at) {
      return s.fire.run(at, id).changes === 1;
    },
    // One writer per file: nothing to skip but the later timers of an instance (they fire after its first).
    async claimDueTimers(at, limit, instance) {
      return (s.claim.all({ at, limit, instance: instance ?? null }) as Row[]).map(toTimer);
    },
    async setMeta(key, value) {
      s.setMeta.run(key, value);
    },
  };
  return {
    writer,
    forget: () => {
      last = undefined;
      seen = undefined;
    },
  };
}

/**
 * Opens (creating if needed) a SQLite store in `file`: WAL journal, foreign keys on, the schema
 * migrated. Writes go through one connection with group commit; reads outside a transaction use a
 * second connection, so they see committed data only. One engine process per file; use
 * `@tdkt/engine/postgres` for several processes.
 *
 * @example
 * // openSqliteStore comes from the `@tdkt/engine/sqlite` entry
 * const store = await openSqliteStore('/var/lib/portal/tdkt.db');
 * const engine = await createEngine({ workflows, store });
 */
export async function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Promise<Store> {
  const { pageSize, mmapBytes } = fileSettings(options);
  const open = () => {
    const db = new Database(file);
    // Only a new, empty file takes it (before WAL mode writes the header); an existing one keeps its own.
    db.pragma(`page_size = ${pageSize}`);
    db.pragma('journal_mode = WAL');
    db.pragma(`mmap_size = ${mmapBytes}`);
    db.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    db.pragma('foreign_keys = ON');
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    db.pragma(`wal_autocheckpoint = ${Math.max(0, Math.floor(options.checkpointPages ?? 40_000))}`);
    return db;
  };
  const db = open();
  migrate(db, file);
  // An in-memory database cannot be shared between connections: it reads through the writer.
  const rdb = file === ':memory:' || file === '' ? db : open();
  const { writer, forget } = writerOf(prepareStatements(db));
  const reader = rdb === db ? writer : readerOf(prepareStatements(rdb));
  const commits = groupCommit(db, writer, {
    maxBatch: Math.max(1, options.maxBatch ?? 256),
    beforeUnit: forget,
    ...(options.onCommit === undefined ? {} : { onCommit: options.onCommit }),
  });

  return {
    ...reader,
    transaction: (fn) => commits.run(fn),
    async close() {
      await commits.idle();
      if (rdb !== db && rdb.open) rdb.close();
      if (db.open) db.close();
    },
  };
}
