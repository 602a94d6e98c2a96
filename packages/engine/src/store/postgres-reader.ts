// The PostgreSQL store's reads: instances, audit, timers, the work queue and open steps, by its SQL texts.
import type pg from 'pg';
import { NO_DEADLINE } from './keys.js';
import type { Sql } from './postgres-statements.js';
import { type Row, toAudit, toInstance, toOpenStep, toQueued, toTimer, toWorkflow, toWorkItem } from './rows.js';
import type { AuditQuery, InstanceFilter, StoreReader } from './types.js';

/** Anything that runs a query: the pool (reads outside transactions) or a transaction's client. */
export type Queryable = Pick<pg.ClientBase, 'query'>;

/** Before every key: the first page of a keyset query. */
const FIRST = -Number.MAX_SAFE_INTEGER;

/**
 * The reader over the pool (reads outside transactions) or a transaction's client.
 *
 * @example
 * const reader = readerOf(pool, statements(schema)); await reader.getInstance('hs-1')
 */
export function readerOf(db: Queryable, sql: Sql): StoreReader {
  const rows = async (text: string, values: unknown[]): Promise<Row[]> => (await db.query<Row>(text, values)).rows;
  return {
    async getWorkflow(name, version) {
      const [row] =
        version === undefined ? await rows(sql.latestWorkflow, [name]) : await rows(sql.workflow, [name, version]);
      return row === undefined ? undefined : toWorkflow(row);
    },
    listWorkflows: async () => (await rows(sql.workflows, [])).map(toWorkflow),
    async getInstance(id) {
      const [row] = await rows(sql.instance, [id]);
      return row === undefined ? undefined : toInstance(row);
    },
    async listInstances(filter: InstanceFilter = {}) {
      const values = [
        filter.status ?? null,
        filter.workflow ?? null,
        filter.parent ?? null,
        filter.after?.createdAt ?? FIRST,
        filter.after?.id ?? '',
        filter.limit ?? null,
      ];
      return (await rows(sql.instances, values)).map(toInstance);
    },
    async audit(instance, query: AuditQuery = {}) {
      // A whole trail is every committed entry; a page keeps to the entries no running transaction can precede.
      const whole = query.afterSeq === undefined && query.limit === undefined;
      return (await rows(sql.audit, [instance, query.afterSeq ?? FIRST, query.limit ?? null, whole])).map(toAudit);
    },
    auditAll: async (query: AuditQuery = {}) =>
      (await rows(sql.auditAll, [query.afterSeq ?? FIRST, query.limit ?? null])).map(toAudit),
    timersOf: async (instance) => (await rows(sql.timersOf, [instance])).map(toTimer),
    dueTimers: async (at, limit, instance) => (await rows(sql.due, [at, limit ?? null, instance ?? null])).map(toTimer),
    async nextTimerAt() {
      const [row] = await rows(sql.nextAt, []);
      return (row?.['at'] as number | null | undefined) ?? undefined;
    },
    async workQueue(query) {
      const values: unknown[] = [
        query.role,
        query.unit,
        query.after === undefined ? FIRST : (query.after.deadline ?? NO_DEADLINE),
        query.after?.instance ?? '',
        query.after?.step ?? '',
        query.limit,
      ];
      const found =
        query.actorId === undefined
          ? await rows(sql.workOfRole, values)
          : await rows(sql.workOfActor, [...values, query.actorId]);
      return found.map(toQueued);
    },
    workOf: async (instance) => (await rows(sql.workOf, [instance])).map(toWorkItem),
    async overdueSteps(query) {
      const values = [
        query.at,
        query.after?.deadline ?? FIRST,
        query.after?.instance ?? '',
        query.after?.step ?? '',
        query.limit,
      ];
      return (await rows(sql.overdue, values)).map(toOpenStep);
    },
    async getMeta(key) {
      const [row] = await rows(sql.getMeta, [key]);
      return row?.['value'] as string | undefined;
    },
  };
}
