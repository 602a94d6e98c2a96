// The SQLite store's reads: instances, audit, timers, the work queue and open steps, by prepared statements.
import { NO_DEADLINE } from './keys.js';
import { type Row, toAudit, toInstance, toOpenStep, toQueued, toTimer, toWorkflow, toWorkItem } from './rows.js';
import type { Statements } from './sqlite-statements.js';
import type { AuditQuery, InstanceFilter, OverdueStepsQuery, StoreReader, WorkQuery } from './types.js';

/** `LIMIT -1`: no limit. */
const LIMIT_ALL = -1;
/** Before every key: the first page of a keyset query. */
const FIRST = -Number.MAX_SAFE_INTEGER;

/**
 * The reader over a connection's prepared statements (the writer's, inside a unit of work, or the reader's).
 *
 * @example
 * const reader = readerOf(prepareStatements(db)); await reader.getInstance('hs-1')
 */
export function readerOf(s: Statements): StoreReader {
  return {
    async getWorkflow(name, version) {
      const row = (version === undefined ? s.latestWorkflow.get(name) : s.workflow.get(name, version)) as
        | Row
        | undefined;
      return row === undefined ? undefined : toWorkflow(row);
    },
    async listWorkflows() {
      return (s.workflows.all() as Row[]).map(toWorkflow);
    },
    async getInstance(id) {
      const row = s.instance.get(id) as Row | undefined;
      return row === undefined ? undefined : toInstance(row);
    },
    async listInstances(filter: InstanceFilter = {}) {
      const rows = s.instances.all({
        status: filter.status ?? null,
        workflow: filter.workflow ?? null,
        parent: filter.parent ?? null,
        afterAt: filter.after?.createdAt ?? FIRST,
        afterId: filter.after?.id ?? '',
        limit: filter.limit ?? LIMIT_ALL,
      }) as Row[];
      return rows.map(toInstance);
    },
    async audit(instance, query: AuditQuery = {}) {
      return (s.audit.all(instance, query.afterSeq ?? 0, query.limit ?? LIMIT_ALL) as Row[]).map(toAudit);
    },
    async auditAll(query: AuditQuery = {}) {
      return (s.auditAll.all(query.afterSeq ?? 0, query.limit ?? LIMIT_ALL) as Row[]).map(toAudit);
    },
    async timersOf(instance) {
      return (s.timersOf.all(instance) as Row[]).map(toTimer);
    },
    async dueTimers(at, limit, instance) {
      const max = limit ?? LIMIT_ALL;
      const rows = instance === undefined ? s.due.all(at, max) : s.dueOf.all(instance, at, max);
      return (rows as Row[]).map(toTimer);
    },
    async nextTimerAt() {
      const row = s.nextAt.get() as { at: number | null };
      return row.at ?? undefined;
    },
    async workQueue(query: WorkQuery) {
      const params = {
        role: query.role,
        unit: query.unit,
        limit: query.limit,
        afterAt: query.after === undefined ? FIRST : (query.after.deadline ?? NO_DEADLINE),
        afterInstance: query.after?.instance ?? '',
        afterStep: query.after?.step ?? '',
      };
      const rows =
        query.actorId === undefined ? s.workOfRole.all(params) : s.workOfActor.all({ ...params, actor: query.actorId });
      return (rows as Row[]).map(toQueued);
    },
    async workOf(instance) {
      return (s.workOf.all(instance) as Row[]).map(toWorkItem);
    },
    async overdueSteps(query: OverdueStepsQuery) {
      const rows = s.overdue.all({
        at: query.at,
        limit: query.limit,
        afterAt: query.after?.deadline ?? FIRST,
        afterInstance: query.after?.instance ?? '',
        afterStep: query.after?.step ?? '',
      }) as Row[];
      return rows.map(toOpenStep);
    },
    async getMeta(key) {
      return (s.getMeta.get(key) as { value: string } | undefined)?.value;
    },
  };
}
