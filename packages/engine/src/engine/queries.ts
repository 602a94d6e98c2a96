// Read-side queries: a role's tasks in a unit and overdue steps (indexed, paged by cursor), one instance with its history.
import { epochDayOfInstant, formatIsoDate, type WorkingCalendar } from '@tdkt/calendar';
import type { InstanceRecord, Store } from '../store/types.js';
import type { Registry } from './registry.js';
import type { InstanceView, OverdueQuery, OverdueStep, Page, Task, TaskQuery } from './types.js';

export interface QueryContext {
  readonly store: Store;
  readonly registry: Registry;
  readonly calendar: Pick<WorkingCalendar, 'countWorkingDays'>;
  readonly now: number;
}

/** Page sizes a list query accepts. */
export const PAGE = { default: 100, max: 1000 } as const;

/**
 * A malformed `limit` or `after` in a list query (a cursor that no page returned).
 *
 * @example
 * await engine.tasks({ role, unit, after: 'garbage' }) // rejects with QueryError, code 'invalid-cursor'
 */
export class QueryError extends RangeError {
  override readonly name = 'QueryError';
  constructor(
    readonly code: 'invalid-cursor' | 'invalid-limit',
    message: string,
  ) {
    super(message);
  }
}

function pageSize(limit: number | undefined): number {
  if (limit === undefined) return PAGE.default;
  if (!Number.isInteger(limit) || limit < 1 || limit > PAGE.max)
    throw new QueryError('invalid-limit', `limit must be an integer from 1 to ${PAGE.max}, got ${limit}`);
  return limit;
}

/**
 * An opaque cursor: the last row's key as base64url JSON.
 *
 * @example
 * decodeCursor(encodeCursor([5, 'hs-1', 'tổ_xét'])) // => [5, 'hs-1', 'tổ_xét']
 */
function encodeCursor(key: readonly [number | null, string, string]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The key in a cursor from `encodeCursor`; a `QueryError` for anything else. */
function decodeCursor(cursor: string): [number | null, string, string] {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  if (
    !Array.isArray(key) ||
    key.length !== 3 ||
    !(key[0] === null || Number.isSafeInteger(key[0])) ||
    typeof key[1] !== 'string' ||
    typeof key[2] !== 'string'
  ) {
    throw new QueryError('invalid-cursor', 'after is not a cursor returned by this query');
  }
  return key as [number | null, string, string];
}

/** The last civil day (Vietnam) on which a deadline instant still allows acting. */
function lastDayOf(deadline: number): number {
  return epochDayOfInstant(deadline - 1);
}

/**
 * Pending work for a role in a unit: one page of the work queue for exactly (role, unit), with the
 * deadline, its last day and the working days left. Never loads a snapshot.
 *
 * @example
 * await tasksFor(ctx, { role: 'tổ_trưởng', unit: 'to-toan' }) // => { items: [{ instance: 'hs-1', step: 'tổ_xét', remainingWorkingDays: 4, … }], next: null }
 */
export async function tasksFor(ctx: QueryContext, query: TaskQuery): Promise<Page<Task>> {
  const limit = pageSize(query.limit);
  const after = query.after === undefined ? undefined : decodeCursor(query.after);
  const rows = await ctx.store.workQueue({
    role: query.role,
    unit: query.unit,
    limit: limit + 1,
    ...(query.actorId === undefined ? {} : { actorId: query.actorId }),
    ...(after === undefined ? {} : { after: { deadline: after[0], instance: after[1], step: after[2] } }),
  });
  const today = epochDayOfInstant(ctx.now);
  const items = rows.slice(0, limit).map((row): Task => {
    const deadline = row.deadline;
    return {
      instance: row.instance,
      workflow: row.workflow,
      workflowVersion: row.workflowVersion,
      step: row.step,
      title: ctx.registry.get(row.workflow, row.workflowVersion)?.definition.steps[row.step]?.title ?? null,
      unit: row.instanceUnit,
      owner: row.owner,
      enteredAt: row.enteredAt,
      deadline,
      deadlineDay: deadline === null ? null : formatIsoDate(lastDayOf(deadline)),
      remainingWorkingDays: deadline === null ? null : ctx.calendar.countWorkingDays(today, lastDayOf(deadline)),
      overdue: deadline !== null && deadline <= ctx.now,
      actions: row.actions,
      version: row.version,
    };
  });
  const last = items[items.length - 1];
  return {
    items,
    next: rows.length > limit && last !== undefined ? encodeCursor([last.deadline, last.instance, last.step]) : null,
  };
}

/**
 * Active steps whose deadline has passed at `at`, earliest first: one page of the deadline index.
 *
 * @example
 * await overdueSteps(ctx, { at: now }) // => { items: [{ instance: 'hs-1', step: 'tổ_xét', deadline: … }], next: null }
 */
export async function overdueSteps(ctx: QueryContext, query: OverdueQuery): Promise<Page<OverdueStep>> {
  const limit = pageSize(query.limit);
  const after = query.after === undefined ? undefined : decodeCursor(query.after);
  if (after !== undefined && after[0] === null)
    throw new QueryError('invalid-cursor', 'after is not a cursor returned by overdue');
  const rows = await ctx.store.overdueSteps({
    at: query.at ?? ctx.now,
    limit: limit + 1,
    ...(after === undefined ? {} : { after: { deadline: after[0] as number, instance: after[1], step: after[2] } }),
  });
  const items = rows.slice(0, limit).map(
    (r): OverdueStep => ({
      instance: r.instance,
      workflow: r.workflow,
      step: r.step,
      unit: r.unit,
      deadline: r.deadline as number,
    }),
  );
  const last = items[items.length - 1];
  return {
    items,
    next: rows.length > limit && last !== undefined ? encodeCursor([last.deadline, last.instance, last.step]) : null,
  };
}

/**
 * One instance: where it is, how it ended, and its audit trail.
 *
 * @example
 * (await instanceView(ctx, 'hs-1'))?.history.map((e) => e.action) // => ['start', 'nộp', 'duyệt']
 */
export async function instanceView(ctx: QueryContext, id: string): Promise<InstanceView | undefined> {
  const record: InstanceRecord | undefined = await ctx.store.getInstance(id);
  if (record === undefined) return undefined;
  const history = await ctx.store.audit(id);
  const loaded = ctx.registry.get(record.workflow, record.workflowVersion);
  const summary =
    loaded?.definition.summary === undefined
      ? undefined
      : loaded.definition.summary(loaded.runner.restore(record.snapshot));
  return {
    id: record.id,
    workflow: record.workflow,
    workflowVersion: record.workflowVersion,
    unit: record.unit,
    owner: record.owner,
    state: record.state,
    status: record.status,
    outcome: record.outcome,
    version: record.version,
    steps: record.steps,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    history,
    parent: record.parent ?? null,
    ...(summary === undefined ? {} : { summary }),
  };
}
