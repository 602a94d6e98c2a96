// The embedded default Store: one SQLite file (better-sqlite3), WAL, one transaction per unit of work.
import Database from 'better-sqlite3';
import { SCHEMA_V1, SCHEMA_VERSION } from './sqlite-schema.js';
import { Serial } from './serial.js';
import {
  VersionConflictError,
  WorkflowVersionClashError,
  type AuditEntry,
  type AuditQuery,
  type InstanceRecord,
  type Store,
  type StoreWriter,
  type TimerRecord,
  type WorkflowRecord,
} from './types.js';

export interface SqliteStoreOptions {
  /**
   * `full` (default) syncs the WAL on every commit: an acknowledged action survives a power cut.
   * `normal` survives a crash of the process but not of the machine, and is faster.
   */
  readonly synchronous?: 'full' | 'normal';
  /** How long a writer waits for another connection's lock, ms. Default 5000. */
  readonly busyTimeoutMs?: number;
}

type Row = Record<string, unknown>;

const toWorkflow = (r: Row): WorkflowRecord => ({
  name: r['name'] as string,
  version: r['version'] as number,
  sourceHash: r['source_hash'] as string,
  definition: JSON.parse(r['definition'] as string) as unknown,
  createdAt: r['created_at'] as number,
});

const toInstance = (r: Row): InstanceRecord => ({
  id: r['id'] as string,
  workflow: r['workflow'] as string,
  workflowVersion: r['workflow_version'] as number,
  unit: r['unit'] as string,
  owner: (r['owner'] as string | null) ?? null,
  snapshot: JSON.parse(r['snapshot'] as string) as unknown,
  state: r['state'] as string,
  steps: JSON.parse(r['steps'] as string) as InstanceRecord['steps'],
  version: r['version'] as number,
  status: r['status'] as InstanceRecord['status'],
  outcome: (r['outcome'] as string | null) ?? null,
  createdAt: r['created_at'] as number,
  updatedAt: r['updated_at'] as number,
});

const toTimer = (r: Row): TimerRecord => ({
  id: r['id'] as number,
  instance: r['instance'] as string,
  kind: r['kind'] as TimerRecord['kind'],
  step: r['step'] as string,
  fireAt: r['fire_at'] as number,
  payload: JSON.parse(r['payload'] as string) as unknown,
  firedAt: (r['fired_at'] as number | null) ?? null,
});

const toAudit = (r: Row): AuditEntry => ({
  seq: r['seq'] as number,
  instance: r['instance'] as string,
  time: r['time'] as number,
  actor: { id: r['actor_id'] as string, role: r['actor_role'] as string, unit: r['actor_unit'] as string },
  action: r['action'] as string,
  fromState: (r['from_state'] as string | null) ?? null,
  toState: (r['to_state'] as string | null) ?? null,
  data: JSON.parse(r['data'] as string) as unknown,
  outcome: r['outcome'] as AuditEntry['outcome'],
  refusal: (r['refusal'] as string | null) ?? null,
  version: (r['version'] as number | null) ?? null,
});

function prepare(db: Database.Database) {
  const q = (sql: string) => db.prepare(sql);
  return {
    workflow: q('SELECT * FROM workflows WHERE name = ? AND version = ?'),
    latestWorkflow: q('SELECT * FROM workflows WHERE name = ? ORDER BY version DESC LIMIT 1'),
    workflows: q('SELECT * FROM workflows ORDER BY name, version'),
    putWorkflow: q('INSERT INTO workflows (name, version, source_hash, definition, created_at) VALUES (?, ?, ?, ?, ?)'),
    instance: q('SELECT * FROM instances WHERE id = ?'),
    instances: q(
      'SELECT * FROM instances WHERE (@status IS NULL OR status = @status) AND (@workflow IS NULL OR workflow = @workflow) ORDER BY created_at, id',
    ),
    insertInstance: q(
      `INSERT INTO instances (id, workflow, workflow_version, unit, owner, snapshot, state, steps, version, status, outcome, created_at, updated_at)
       VALUES (@id, @workflow, @workflowVersion, @unit, @owner, @snapshot, @state, @steps, @version, @status, @outcome, @createdAt, @updatedAt)`,
    ),
    updateInstance: q(
      `UPDATE instances SET snapshot = @snapshot, state = @state, steps = @steps, status = @status, outcome = @outcome,
       updated_at = @updatedAt, version = version + 1 WHERE id = @id AND version = @expected`,
    ),
    versionOf: q('SELECT version FROM instances WHERE id = ?'),
    audit: q('SELECT * FROM audit WHERE instance = ? AND seq > ? ORDER BY seq LIMIT ?'),
    auditAll: q('SELECT * FROM audit WHERE seq > ? ORDER BY seq LIMIT ?'),
    appendAudit: q(
      `INSERT INTO audit (instance, time, actor_id, actor_role, actor_unit, action, from_state, to_state, data, outcome, refusal, version)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    timersOf: q('SELECT * FROM timers WHERE instance = ? ORDER BY id'),
    due: q('SELECT * FROM timers WHERE fired_at IS NULL AND fire_at <= ? ORDER BY fire_at, id LIMIT ?'),
    dueOf: q('SELECT * FROM timers WHERE fired_at IS NULL AND instance = ? AND fire_at <= ? ORDER BY fire_at, id LIMIT ?'),
    nextAt: q('SELECT MIN(fire_at) AS at FROM timers WHERE fired_at IS NULL'),
    addTimer: q('INSERT INTO timers (instance, kind, step, fire_at, payload) VALUES (?, ?, ?, ?, ?)'),
    cancelAll: q('DELETE FROM timers WHERE instance = ? AND fired_at IS NULL'),
    cancelStep: q('DELETE FROM timers WHERE instance = ? AND step = ? AND fired_at IS NULL'),
    cancelStepKind: q('DELETE FROM timers WHERE instance = ? AND step = ? AND kind = ? AND fired_at IS NULL'),
    fire: q('UPDATE timers SET fired_at = ? WHERE id = ? AND fired_at IS NULL'),
  };
}

const LIMIT_ALL = -1;

/**
 * Opens (creating if needed) a SQLite store in `file`: WAL journal, foreign keys on, the schema
 * migrated. One engine process per file; use a server database for several writers.
 *
 * @example
 * const store = await openSqliteStore('/var/lib/portal/tdkt.db');
 * const engine = await createEngine({ workflows, store });
 */
export async function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Promise<Store> {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > SCHEMA_VERSION) throw new Error(`${file}: schema version ${current} is newer than this engine (${SCHEMA_VERSION})`);
  if (current < 1) {
    db.exec(SCHEMA_V1);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }
  const s = prepare(db);
  const serial = new Serial();

  const reader = {
    async getWorkflow(name: string, version?: number) {
      const row = (version === undefined ? s.latestWorkflow.get(name) : s.workflow.get(name, version)) as Row | undefined;
      return row === undefined ? undefined : toWorkflow(row);
    },
    async listWorkflows() {
      return (s.workflows.all() as Row[]).map(toWorkflow);
    },
    async getInstance(id: string) {
      const row = s.instance.get(id) as Row | undefined;
      return row === undefined ? undefined : toInstance(row);
    },
    async listInstances(filter: { status?: string; workflow?: string } = {}) {
      return (s.instances.all({ status: filter.status ?? null, workflow: filter.workflow ?? null }) as Row[]).map(toInstance);
    },
    async audit(instance: string, query: AuditQuery = {}) {
      return (s.audit.all(instance, query.afterSeq ?? 0, query.limit ?? LIMIT_ALL) as Row[]).map(toAudit);
    },
    async auditAll(query: AuditQuery = {}) {
      return (s.auditAll.all(query.afterSeq ?? 0, query.limit ?? LIMIT_ALL) as Row[]).map(toAudit);
    },
    async timersOf(instance: string) {
      return (s.timersOf.all(instance) as Row[]).map(toTimer);
    },
    async dueTimers(at: number, limit?: number, instance?: string) {
      const max = limit ?? LIMIT_ALL;
      const rows = instance === undefined ? s.due.all(at, max) : s.dueOf.all(instance, at, max);
      return (rows as Row[]).map(toTimer);
    },
    async nextTimerAt() {
      const row = s.nextAt.get() as { at: number | null };
      return row.at ?? undefined;
    },
  };

  const writer: StoreWriter = {
    ...reader,
    async putWorkflow(record) {
      const old = s.workflow.get(record.name, record.version) as Row | undefined;
      if (old !== undefined) {
        if (old['source_hash'] !== record.sourceHash) throw new WorkflowVersionClashError(record.name, record.version);
        return;
      }
      s.putWorkflow.run(record.name, record.version, record.sourceHash, JSON.stringify(record.definition ?? null), record.createdAt);
    },
    async insertInstance(r) {
      s.insertInstance.run({
        ...r,
        owner: r.owner,
        snapshot: JSON.stringify(r.snapshot),
        steps: JSON.stringify(r.steps),
      });
    },
    async updateInstance(id, expected, change) {
      const info = s.updateInstance.run({
        id,
        expected,
        snapshot: JSON.stringify(change.snapshot),
        state: change.state,
        steps: JSON.stringify(change.steps),
        status: change.status,
        outcome: change.outcome,
        updatedAt: change.updatedAt,
      });
      if (info.changes !== 1) {
        const row = s.versionOf.get(id) as { version: number } | undefined;
        throw new VersionConflictError(id, expected, row?.version ?? null);
      }
      return expected + 1;
    },
    async appendAudit(e) {
      const info = s.appendAudit.run(
        e.instance, e.time, e.actor.id, e.actor.role, e.actor.unit, e.action, e.fromState, e.toState,
        JSON.stringify(e.data ?? null), e.outcome, e.refusal, e.version,
      );
      return Number(info.lastInsertRowid);
    },
    async addTimer(t) {
      const info = s.addTimer.run(t.instance, t.kind, t.step, t.fireAt, JSON.stringify(t.payload ?? null));
      return Number(info.lastInsertRowid);
    },
    async cancelTimers(instance, steps, kinds) {
      const chosen = steps ?? [...new Set((s.timersOf.all(instance) as Row[]).map((r) => r['step'] as string))];
      if (steps === undefined && kinds === undefined) return s.cancelAll.run(instance).changes;
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
  };

  return {
    ...reader,
    transaction<T>(fn: (tx: StoreWriter) => Promise<T>): Promise<T> {
      return serial.run(async () => {
        db.exec('BEGIN IMMEDIATE');
        try {
          const result = await fn(writer);
          db.exec('COMMIT');
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec('ROLLBACK');
          throw error;
        }
      });
    },
    async close() {
      await serial.run(async () => {
        if (db.open) db.close();
      });
    },
  };
}
