// The server Store: PostgreSQL through `pg`, shared by several engine processes (the database coordinates them).
import pg from 'pg';
import { NO_DEADLINE } from './keys.js';
import { AUDIT_SEQ_SPAN, PG_SCHEMA_V1, PG_SCHEMA_VERSION } from './postgres-schema.js';
import { toAudit, toInstance, toOpenStep, toQueued, toTimer, toWorkflow, toWorkItem, type Row } from './rows.js';
import {
  TransactionConflictError,
  VersionConflictError,
  WorkflowVersionClashError,
  type AuditQuery,
  type InstanceFilter,
  type Store,
  type StoreReader,
  type StoreWriter,
} from './types.js';

export interface PostgresStoreOptions {
  /** The schema holding tdkt's tables (created if missing); default `tdkt`. One schema per deployment. */
  readonly schema?: string;
  /** Connections in this process's pool; default 10. */
  readonly poolSize?: number;
}

/** Anything that runs a query: the pool (reads outside transactions) or a transaction's client. */
type Queryable = Pick<pg.ClientBase, 'query'>;

const FIRST = -Number.MAX_SAFE_INTEGER;
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,50}$/;
/** int8 as numbers (every stored integer is a safe integer); json as text, parsed by the shared row mappers. */
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === 20) return (v: string) => Number(v);
    if (oid === 114) return (v: string) => v;
    return pg.types.getTypeParser(oid, format as 'text');
  }) as typeof pg.types.getTypeParser,
};

/** Errors a retry cures: serialisation failure, deadlock, a key inserted concurrently. */
function conflictOf(error: unknown): unknown {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === '40001' || code === '40P01' || code === '23505') {
    return new TransactionConflictError(`transaction lost a race (${String(code)}): ${(error as Error).message}`, { cause: error });
  }
  return error;
}

function statements(S: string) {
  const t = (name: string) => `${S}.${name}`;
  const work = 'role, unit, owner_key, sort_at, instance, step, workflow, workflow_version, instance_unit, owner, entered_at, deadline, actions, version';
  const after = '(sort_at, instance, step) > ($3, $4, $5)';
  const auditVisible = `(seq < pg_snapshot_xmin(pg_current_snapshot())::text::bigint * ${AUDIT_SEQ_SPAN}
    OR seq / ${AUDIT_SEQ_SPAN} = pg_current_xact_id_if_assigned()::text::bigint)`;
  return {
    workflow: `SELECT * FROM ${t('workflows')} WHERE name = $1 AND version = $2`,
    latestWorkflow: `SELECT * FROM ${t('workflows')} WHERE name = $1 ORDER BY version DESC LIMIT 1`,
    workflows: `SELECT * FROM ${t('workflows')} ORDER BY name, version`,
    putWorkflow: `INSERT INTO ${t('workflows')} (name, version, source_hash, definition, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
    instance: `SELECT * FROM ${t('instances')} WHERE id = $1`,
    instances: `SELECT * FROM ${t('instances')} WHERE ($1::text IS NULL OR status = $1) AND ($2::text IS NULL OR workflow = $2)
      AND ($3::text IS NULL OR parent = $3) AND (created_at, id) > ($4, $5) ORDER BY created_at, id LIMIT $6`,
    // One round trip: the row and, for an active instance, its open steps.
    insertInstance: `WITH r AS (
        INSERT INTO ${t('instances')} (id, parent, workflow, workflow_version, unit, owner, snapshot, state, steps, version, status, outcome, created_at, updated_at)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id)
      INSERT INTO ${t('open_steps')} (instance, step, deadline, entered_at)
        SELECT r.id, s.step, s.deadline, s.entered_at FROM r, unnest($15::text[], $16::bigint[], $17::bigint[]) AS s(step, deadline, entered_at)`,
    // One round trip: the row (if still at the expected version), its work items cleared (putWork writes the new
    // ones), its open steps replaced — left steps deleted, kept and entered ones upserted.
    updateInstance: `WITH u AS (
        UPDATE ${t('instances')} SET snapshot = $3, state = $4, steps = $5, status = $6, outcome = $7, updated_at = $8, version = version + 1
        WHERE id = $1 AND version = $2 RETURNING version, status),
      w AS (DELETE FROM ${t('work_queue')} WHERE instance = $1 AND EXISTS (SELECT 1 FROM u)),
      o AS (DELETE FROM ${t('open_steps')} WHERE instance = $1 AND EXISTS (SELECT 1 FROM u) AND step <> ALL($9::text[])),
      i AS (INSERT INTO ${t('open_steps')} (instance, step, deadline, entered_at)
        SELECT $1, s.step, s.deadline, s.entered_at FROM unnest($9::text[], $10::bigint[], $11::bigint[]) AS s(step, deadline, entered_at)
        WHERE EXISTS (SELECT 1 FROM u WHERE u.status = 'active')
        ON CONFLICT (instance, step) DO UPDATE SET deadline = excluded.deadline, entered_at = excluded.entered_at)
      SELECT version FROM u`,
    versionOf: `SELECT version FROM ${t('instances')} WHERE id = $1`,
    // One round trip: rows no longer wanted deleted, the wanted ones inserted or refreshed (disjoint rows).
    putWork: `WITH wanted AS (
        SELECT w.role, w.unit, w.owner_key, COALESCE(s.deadline, ${NO_DEADLINE}) AS sort_at, i.id AS instance, w.step, i.workflow, i.workflow_version,
          i.unit AS instance_unit, i.owner, COALESCE(s.entered_at, i.updated_at) AS entered_at, s.deadline, w.actions::json AS actions, i.version
        FROM ${t('instances')} i CROSS JOIN unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS w(step, role, unit, owner_key, actions)
        LEFT JOIN ${t('open_steps')} s ON s.instance = i.id AND s.step = w.step
        WHERE i.id = $1 AND i.status = 'active'),
      gone AS (DELETE FROM ${t('work_queue')} q WHERE q.instance = $1 AND NOT EXISTS (
        SELECT 1 FROM wanted n WHERE (n.role, n.unit, n.owner_key, n.sort_at, n.step) = (q.role, q.unit, q.owner_key, q.sort_at, q.step)))
      INSERT INTO ${t('work_queue')} (${work}) SELECT * FROM wanted
      ON CONFLICT (role, unit, owner_key, sort_at, instance, step) DO UPDATE SET workflow = excluded.workflow,
        workflow_version = excluded.workflow_version, instance_unit = excluded.instance_unit, owner = excluded.owner,
        entered_at = excluded.entered_at, deadline = excluded.deadline, actions = excluded.actions, version = excluded.version`,
    workOf: `SELECT * FROM ${t('work_queue')} WHERE instance = $1 ORDER BY step, role, unit`,
    // Two ordered index ranges (shared items, the actor's own), each cut at the page size, then merged.
    workOfActor: `SELECT * FROM (SELECT ${work} FROM ${t('work_queue')} WHERE role = $1 AND unit = $2 AND owner_key = '' AND ${after}
        ORDER BY sort_at, instance, step LIMIT $6) a
      UNION ALL
      SELECT * FROM (SELECT ${work} FROM ${t('work_queue')} WHERE role = $1 AND unit = $2 AND owner_key = $7 AND ${after}
        ORDER BY sort_at, instance, step LIMIT $6) b
      ORDER BY sort_at, instance, step LIMIT $6`,
    workOfRole: `SELECT ${work} FROM ${t('work_queue')} WHERE role = $1 AND unit = $2 AND ${after} ORDER BY sort_at, instance, step LIMIT $6`,
    overdue: `SELECT o.instance, o.step, o.deadline, o.entered_at, i.workflow, i.workflow_version, i.unit, i.owner
      FROM ${t('open_steps')} o JOIN ${t('instances')} i ON i.id = o.instance
      WHERE o.deadline IS NOT NULL AND o.deadline <= $1 AND (o.deadline, o.instance, o.step) > ($2, $3, $4)
      ORDER BY o.deadline, o.instance, o.step LIMIT $5`,
    audit: `SELECT * FROM ${t('audit')} WHERE instance = $1 AND seq > $2 AND ($4 OR ${auditVisible}) ORDER BY seq LIMIT $3`,
    auditAll: `SELECT * FROM ${t('audit')} WHERE seq > $1 AND ${auditVisible} ORDER BY seq LIMIT $2`,
    appendAudit: `INSERT INTO ${t('audit')} (seq, instance, time, actor_id, actor_role, actor_unit, action, from_state, to_state, data, outcome, refusal, version)
      VALUES (pg_current_xact_id()::text::bigint * ${AUDIT_SEQ_SPAN} + $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING seq`,
    timersOf: `SELECT * FROM ${t('timers')} WHERE instance = $1 ORDER BY id`,
    due: `SELECT * FROM ${t('timers')} WHERE fired_at IS NULL AND fire_at <= $1 AND ($3::text IS NULL OR instance = $3) ORDER BY fire_at, id LIMIT $2`,
    // Skips timers another transaction holds and those behind an earlier unfired timer of their instance;
    // locks the instance too, so an action on it waits for this firing (and then sees its effect).
    claim: `SELECT t.* FROM ${t('timers')} t JOIN ${t('instances')} i ON i.id = t.instance
      WHERE t.fired_at IS NULL AND t.fire_at <= $1 AND ($3::text IS NULL OR t.instance = $3)
        AND NOT EXISTS (SELECT 1 FROM ${t('timers')} e WHERE e.instance = t.instance AND e.fired_at IS NULL AND (e.fire_at, e.id) < (t.fire_at, t.id))
      ORDER BY t.fire_at, t.id LIMIT $2 FOR UPDATE OF t, i SKIP LOCKED`,
    nextAt: `SELECT MIN(fire_at) AS at FROM ${t('timers')} WHERE fired_at IS NULL`,
    addTimer: `INSERT INTO ${t('timers')} (instance, kind, step, fire_at, payload) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    cancelTimers: `DELETE FROM ${t('timers')} WHERE instance = $1 AND fired_at IS NULL AND ($2::text[] IS NULL OR step = ANY($2)) AND ($3::text[] IS NULL OR kind = ANY($3))`,
    fire: `UPDATE ${t('timers')} SET fired_at = $1 WHERE id = $2 AND fired_at IS NULL`,
    getMeta: `SELECT value FROM ${t('meta')} WHERE key = $1`,
    setMeta: `INSERT INTO ${t('meta')} (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  };
}

type Sql = ReturnType<typeof statements>;

function readerOf(db: Queryable, sql: Sql): StoreReader {
  const rows = async (text: string, values: unknown[]): Promise<Row[]> => (await db.query<Row>(text, values)).rows;
  return {
    async getWorkflow(name, version) {
      const [row] = version === undefined ? await rows(sql.latestWorkflow, [name]) : await rows(sql.workflow, [name, version]);
      return row === undefined ? undefined : toWorkflow(row);
    },
    listWorkflows: async () => (await rows(sql.workflows, [])).map(toWorkflow),
    async getInstance(id) {
      const [row] = await rows(sql.instance, [id]);
      return row === undefined ? undefined : toInstance(row);
    },
    async listInstances(filter: InstanceFilter = {}) {
      const values = [filter.status ?? null, filter.workflow ?? null, filter.parent ?? null, filter.after?.createdAt ?? FIRST, filter.after?.id ?? '', filter.limit ?? null];
      return (await rows(sql.instances, values)).map(toInstance);
    },
    async audit(instance, query: AuditQuery = {}) {
      // A whole trail is every committed entry; a page keeps to the entries no running transaction can precede.
      const whole = query.afterSeq === undefined && query.limit === undefined;
      return (await rows(sql.audit, [instance, query.afterSeq ?? FIRST, query.limit ?? null, whole])).map(toAudit);
    },
    auditAll: async (query: AuditQuery = {}) => (await rows(sql.auditAll, [query.afterSeq ?? FIRST, query.limit ?? null])).map(toAudit),
    timersOf: async (instance) => (await rows(sql.timersOf, [instance])).map(toTimer),
    dueTimers: async (at, limit, instance) => (await rows(sql.due, [at, limit ?? null, instance ?? null])).map(toTimer),
    async nextTimerAt() {
      const [row] = await rows(sql.nextAt, []);
      return (row?.['at'] as number | null | undefined) ?? undefined;
    },
    async workQueue(query) {
      const values: unknown[] = [
        query.role, query.unit, query.after === undefined ? FIRST : (query.after.deadline ?? NO_DEADLINE),
        query.after?.instance ?? '', query.after?.step ?? '', query.limit,
      ];
      const found = query.actorId === undefined ? await rows(sql.workOfRole, values) : await rows(sql.workOfActor, [...values, query.actorId]);
      return found.map(toQueued);
    },
    workOf: async (instance) => (await rows(sql.workOf, [instance])).map(toWorkItem),
    async overdueSteps(query) {
      const values = [query.at, query.after?.deadline ?? FIRST, query.after?.instance ?? '', query.after?.step ?? '', query.limit];
      return (await rows(sql.overdue, values)).map(toOpenStep);
    },
    async getMeta(key) {
      const [row] = await rows(sql.getMeta, [key]);
      return row?.['value'] as string | undefined;
    },
  };
}

/** What one transaction remembers: how many audit entries it appended (their positions in its seq range). */
interface TxState {
  auditCount: number;
}

function writerOf(client: pg.PoolClient, sql: Sql, state: TxState): StoreWriter {
  const reader = readerOf(client, sql);
  const run = (text: string, values: unknown[]) => client.query<Row>(text, values);
  return {
    ...reader,
    async putWorkflow(r) {
      const inserted = await run(sql.putWorkflow, [r.name, r.version, r.sourceHash, JSON.stringify(r.definition ?? null), r.createdAt]);
      if (inserted.rowCount === 1) return;
      const old = await reader.getWorkflow(r.name, r.version);
      if (old !== undefined && old.sourceHash !== r.sourceHash) throw new WorkflowVersionClashError(r.name, r.version);
    },
    async insertInstance(r) {
      const steps = r.status === 'active' ? r.steps : [];
      await run(sql.insertInstance, [
        r.id, r.parent ?? null, r.workflow, r.workflowVersion, r.unit, r.owner, JSON.stringify(r.snapshot), r.state, JSON.stringify(r.steps),
        r.version, r.status, r.outcome, r.createdAt, r.updatedAt, steps.map((s) => s.step), steps.map((s) => s.deadline), steps.map((s) => s.enteredAt),
      ]);
    },
    async updateInstance(id, expected, change) {
      const steps = change.status === 'active' ? change.steps : [];
      const updated = await run(sql.updateInstance, [
        id, expected, JSON.stringify(change.snapshot), change.state, JSON.stringify(change.steps), change.status, change.outcome, change.updatedAt,
        steps.map((s) => s.step), steps.map((s) => s.deadline), steps.map((s) => s.enteredAt),
      ]);
      if (updated.rowCount !== 1) {
        const [row] = (await run(sql.versionOf, [id])).rows;
        throw new VersionConflictError(id, expected, (row?.['version'] as number | undefined) ?? null);
      }
      return expected + 1;
    },
    async putWork(instance, work) {
      await run(sql.putWork, [
        instance, work.map((w) => w.step), work.map((w) => w.role), work.map((w) => w.unit), work.map((w) => w.ownerOnly ?? ''),
        work.map((w) => JSON.stringify(w.actions)),
      ]);
    },
    async appendAudit(e) {
      if (state.auditCount >= AUDIT_SEQ_SPAN) throw new Error(`a transaction may append at most ${AUDIT_SEQ_SPAN} audit entries`);
      const [row] = (
        await run(sql.appendAudit, [
          state.auditCount++, e.instance, e.time, e.actor.id, e.actor.role, e.actor.unit, e.action, e.fromState, e.toState,
          JSON.stringify(e.data ?? null), e.outcome, e.refusal, e.version,
        ])
      ).rows;
      return row?.['seq'] as number;
    },
    async addTimer(timer) {
      const [row] = (await run(sql.addTimer, [timer.instance, timer.kind, timer.step, timer.fireAt, JSON.stringify(timer.payload ?? null)])).rows;
      return row?.['id'] as number;
    },
    async cancelTimers(instance, steps, kinds) {
      return (await run(sql.cancelTimers, [instance, steps === undefined ? null : [...steps], kinds === undefined ? null : [...kinds]])).rowCount ?? 0;
    },
    async markTimerFired(id, at) {
      return (await run(sql.fire, [at, id])).rowCount === 1;
    },
    claimDueTimers: async (at, limit, instance) => (await run(sql.claim, [at, limit, instance ?? null])).rows.map(toTimer),
    async setMeta(key, value) {
      await run(sql.setMeta, [key, value]);
    },
  };
}

/** Creates the schema and its tables once, under an advisory lock so processes starting together do not race. */
async function migrate(pool: pg.Pool, schema: string, S: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`tdkt-schema:${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${S}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${S}.meta (key text COLLATE "C" PRIMARY KEY, value text NOT NULL)`);
    const [row] = (await client.query<Row>(`SELECT value FROM ${S}.meta WHERE key = 'schema-version'`)).rows;
    const current = row === undefined ? 0 : Number(row['value']);
    if (current > PG_SCHEMA_VERSION) throw new Error(`schema ${schema}: version ${current} is newer than this engine (${PG_SCHEMA_VERSION})`);
    if (current < PG_SCHEMA_VERSION) {
      await client.query(PG_SCHEMA_V1.replaceAll('$S', S));
      await client.query(`INSERT INTO ${S}.meta (key, value) VALUES ('schema-version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, [
        String(PG_SCHEMA_VERSION),
      ]);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Listens for the timers processes announce (`pg_notify`) on one connection of its own; after a lost connection it reconnects and tells the listeners "look now" (instant 0),
 * since notifications sent meanwhile are gone.
 */
function timerWatch(url: string, channel: string) {
  const listeners = new Set<(fireAt: number) => void>();
  let client: pg.Client | undefined;
  let stopped = false;
  const tell = (at: number) => {
    for (const listener of listeners) listener(at);
  };
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    client = c;
    const retry = () => {
      if (client !== c || stopped) return;
      client = undefined;
      void c.end().catch(() => undefined);
      setTimeout(() => void connect().then(() => tell(0), () => undefined), 500).unref();
    };
    c.on('error', retry);
    c.on('end', retry);
    c.on('notification', (message) => {
      const at = Number(message.payload);
      if (Number.isFinite(at)) tell(at);
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
    } catch {
      retry();
    }
  };
  return {
    add(listener: (fireAt: number) => void): () => void {
      listeners.add(listener);
      if (client === undefined && !stopped) void connect();
      return () => listeners.delete(listener);
    },
    async stop(): Promise<void> {
      stopped = true;
      const c = client;
      client = undefined;
      if (c !== undefined) await c.end().catch(() => undefined);
    },
  };
}

/**
 * Opens a PostgreSQL store at `url` (a `postgres://` connection string), creating its schema and
 * tables if needed. Several engine processes may share it: actions are checked by version, due timers
 * are claimed with `FOR UPDATE SKIP LOCKED` so each fires in exactly one process; engines poll for due
 * timers and `pg_notify` wakes them early for imminent ones.
 *
 * @example
 * // openPostgresStore comes from the `@tdkt/engine/postgres` entry
 * const store = await openPostgresStore('postgres://tdkt@db.internal/portal', { schema: 'tdkt' });
 * const engine = await createEngine({ workflows, store });
 */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<Store> {
  const schema = options.schema ?? 'tdkt';
  if (!SCHEMA_NAME.test(schema)) throw new Error(`schema name ${JSON.stringify(schema)}: use lower-case letters, digits and _ (at most 51)`);
  const S = `"${schema}"`;
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, types });
  // An idle pooled connection that breaks (server restart) must not crash the host: the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await migrate(pool, schema, S);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const sql = statements(S);
  const channel = `"tdkt_timers_${schema}"`;
  const watch = timerWatch(url, channel);
  const reader = readerOf(pool, sql);

  return {
    ...reader,
    shared: true,
    async transaction<T>(fn: (tx: StoreWriter) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(writerOf(client, sql, { auditCount: 0 }));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((e: unknown) => {
          broken = e instanceof Error ? e : new Error(String(e));
        });
        throw conflictOf(error);
      } finally {
        client.release(broken);
      }
    },
    watchTimers: (listener) => watch.add(listener),
    // Not inside the transaction: a NOTIFY holds a cluster-wide lock through its transaction's commit,
    // which would put every acknowledged action in one queue.
    announceTimer(fireAt) {
      pool.query('SELECT pg_notify($1, $2)', [channel.slice(1, -1), String(fireAt)]).catch(() => undefined);
    },
    async close() {
      await watch.stop();
      await pool.end();
    },
  };
}
