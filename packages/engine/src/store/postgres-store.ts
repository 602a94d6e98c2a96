// The server Store: PostgreSQL through `pg`, shared by several engine processes (the database coordinates them).
import pg from 'pg';
import { readerOf } from './postgres-reader.js';
import { AUDIT_SEQ_SPAN, PG_SCHEMA_V1, PG_SCHEMA_V2, PG_SCHEMA_V3, PG_SCHEMA_VERSION } from './postgres-schema.js';
import { type Sql, statements } from './postgres-statements.js';
import { timerWatch } from './postgres-timer-watch.js';
import { auditValues, type Row, toTimer } from './rows.js';
import {
  type InstanceRecord,
  type Store,
  type StoreWriter,
  TransactionConflictError,
  VersionConflictError,
  WorkflowVersionClashError,
} from './types.js';
import { nextVersion } from './version.js';

export interface PostgresStoreOptions {
  /** The schema holding tdkt's tables (created if missing); default `tdkt`. One schema per deployment. */
  readonly schema?: string;
  /** Connections in this process's pool; default 10. */
  readonly poolSize?: number;
}

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
    return new TransactionConflictError(`transaction lost a race (${String(code)}): ${(error as Error).message}`, {
      cause: error,
    });
  }
  return error;
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
      const inserted = await run(sql.putWorkflow, [
        r.name,
        r.version,
        r.sourceHash,
        JSON.stringify(r.definition ?? null),
        r.createdAt,
      ]);
      if (inserted.rowCount === 1) return;
      const old = await reader.getWorkflow(r.name, r.version);
      if (old !== undefined && old.sourceHash !== r.sourceHash) throw new WorkflowVersionClashError(r.name, r.version);
    },
    async insertInstance(r) {
      await run(sql.insertInstance, [
        r.id,
        r.parent ?? null,
        r.workflow,
        r.workflowVersion,
        r.unit,
        r.owner,
        JSON.stringify(r.snapshot),
        r.state,
        JSON.stringify(r.steps),
        r.version,
        r.status,
        r.outcome,
        r.createdAt,
        r.updatedAt,
        ...openStepColumns(r),
      ]);
    },
    async updateInstance(id, expected, change) {
      const version = nextVersion(expected, change);
      const updated = await run(sql.updateInstance, [
        id,
        expected,
        JSON.stringify(change.snapshot),
        change.state,
        JSON.stringify(change.steps),
        change.status,
        change.outcome,
        change.updatedAt,
        ...openStepColumns(change),
        version,
      ]);
      if (updated.rowCount !== 1) {
        const [row] = (await run(sql.versionOf, [id])).rows;
        throw new VersionConflictError(id, expected, (row?.['version'] as number | undefined) ?? null);
      }
      return version;
    },
    async putWork(instance, work) {
      await run(sql.putWork, [
        instance,
        work.map((w) => w.step),
        work.map((w) => w.role),
        work.map((w) => w.unit),
        work.map((w) => w.ownerOnly ?? ''),
        work.map((w) => JSON.stringify(w.actions)),
      ]);
    },
    async appendAudit(e) {
      if (state.auditCount >= AUDIT_SEQ_SPAN)
        throw new Error(`a transaction may append at most ${AUDIT_SEQ_SPAN} audit entries`);
      const [row] = (await run(sql.appendAudit, [state.auditCount++, ...auditValues(e)])).rows;
      if (row === undefined)
        throw new TransactionConflictError(`instance ${e.instance}: a younger transaction appended to its audit first`);
      return row['seq'] as number;
    },
    async addTimer(timer) {
      const [row] = (
        await run(sql.addTimer, [
          timer.instance,
          timer.kind,
          timer.step,
          timer.fireAt,
          JSON.stringify(timer.payload ?? null),
        ])
      ).rows;
      return row?.['id'] as number;
    },
    async cancelTimers(instance, steps, kinds) {
      return (
        (
          await run(sql.cancelTimers, [
            instance,
            steps === undefined ? null : [...steps],
            kinds === undefined ? null : [...kinds],
          ])
        ).rowCount ?? 0
      );
    },
    async markTimerFired(id, at) {
      return (await run(sql.fire, [at, id])).rowCount === 1;
    },
    claimDueTimers: async (at, limit, instance) =>
      (await run(sql.claim, [at, limit, instance ?? null])).rows.map(toTimer),
    async setMeta(key, value) {
      await run(sql.setMeta, [key, value]);
    },
  };
}

/** Creates the schema and its tables once, under an advisory lock so processes starting together do not race. */
/** An instance's open steps as the three array parameters the statements unnest (none once it is done). */
function openStepColumns(r: Pick<InstanceRecord, 'status' | 'steps'>): [string[], (number | null)[], number[]] {
  const steps = r.status === 'active' ? r.steps : [];
  return [steps.map((s) => s.step), steps.map((s) => s.deadline), steps.map((s) => s.enteredAt)];
}

async function migrate(pool: pg.Pool, schema: string, S: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`tdkt-schema:${schema}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${S}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${S}.meta (key text COLLATE "C" PRIMARY KEY, value text NOT NULL)`);
    const [row] = (await client.query<Row>(`SELECT value FROM ${S}.meta WHERE key = 'schema-version'`)).rows;
    const current = row === undefined ? 0 : Number(row['value']);
    if (current > PG_SCHEMA_VERSION)
      throw new Error(`schema ${schema}: version ${current} is newer than this engine (${PG_SCHEMA_VERSION})`);
    if (current < PG_SCHEMA_VERSION) {
      await client.query(PG_SCHEMA_V1.replaceAll('$S', S));
      await client.query(PG_SCHEMA_V2.replaceAll('$S', S));
      if (current < 3) await client.query(PG_SCHEMA_V3.replaceAll('$S', S));
      await client.query(
        `INSERT INTO ${S}.meta (key, value) VALUES ('schema-version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
        [String(PG_SCHEMA_VERSION)],
      );
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
  if (!SCHEMA_NAME.test(schema))
    throw new Error(`schema name ${JSON.stringify(schema)}: use lower-case letters, digits and _ (at most 51)`);
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
