// Read-side queries: a role's tasks in a unit, overdue steps, and one instance with its history.
import { epochDayOfInstant, formatIsoDate, type WorkingCalendar } from '@tdkt/calendar';
import type { InstanceRecord, Store } from '../store/types.js';
import { permissionProblem, type Organisation } from './organisation.js';
import type { Registry, SnapshotCache } from './registry.js';
import { availableEvents } from './runner.js';
import type { InstanceView, OverdueStep, Task } from './types.js';

export interface QueryContext {
  readonly store: Store;
  readonly registry: Registry;
  readonly cache: SnapshotCache;
  readonly org: Organisation;
  readonly calendar: Pick<WorkingCalendar, 'countWorkingDays'>;
  readonly now: number;
}

const RESERVED = /^(xstate\.|tdkt\.)/;

/** The last civil day (Vietnam) on which a deadline instant still allows acting. */
function lastDayOf(deadline: number): number {
  return epochDayOfInstant(deadline - 1);
}

/**
 * Pending work for a role in a unit: every active step of an active instance that this role, acting
 * from this unit, may act in; with the deadline, its last day and the working days left.
 *
 * @example
 * await tasksFor(ctx, { role: 'tổ_trưởng', unit: 'to-toan' }) // => [{ instance: 'hs-1', step: 'tổ_xét', remainingWorkingDays: 4, … }]
 */
export async function tasksFor(ctx: QueryContext, query: { role: string; unit: string; actorId?: string }): Promise<Task[]> {
  const tasks: Task[] = [];
  const today = epochDayOfInstant(ctx.now);
  for (const instance of await ctx.store.listInstances({ status: 'active' })) {
    const loaded = ctx.registry.get(instance.workflow, instance.workflowVersion);
    if (loaded === undefined) continue;
    for (const step of instance.steps) {
      const spec = loaded.definition.steps[step.step];
      if (spec === undefined) continue;
      const actor = { id: query.actorId ?? instance.owner ?? '', role: query.role, unit: query.unit };
      if (permissionProblem(spec, actor, instance, ctx.org) !== null) continue;
      const snapshot = ctx.cache.get(instance, loaded);
      const deadline = step.deadline;
      tasks.push({
        instance: instance.id,
        workflow: instance.workflow,
        workflowVersion: instance.workflowVersion,
        step: step.step,
        title: spec.title ?? null,
        unit: instance.unit,
        owner: instance.owner,
        enteredAt: step.enteredAt,
        deadline,
        deadlineDay: deadline === null ? null : formatIsoDate(lastDayOf(deadline)),
        remainingWorkingDays: deadline === null ? null : ctx.calendar.countWorkingDays(today, lastDayOf(deadline)),
        overdue: deadline !== null && deadline <= ctx.now,
        actions: availableEvents(snapshot, step.step).filter((a) => !RESERVED.test(a)),
        version: instance.version,
      });
    }
  }
  return tasks.sort((a, b) => (a.deadline ?? Infinity) - (b.deadline ?? Infinity) || a.instance.localeCompare(b.instance));
}

/**
 * Active steps whose deadline has passed at `at`, earliest first.
 *
 * @example
 * await overdueSteps(ctx, now) // => [{ instance: 'hs-1', step: 'tổ_xét', deadline: … }]
 */
export async function overdueSteps(ctx: QueryContext, at: number): Promise<OverdueStep[]> {
  const out: OverdueStep[] = [];
  for (const instance of await ctx.store.listInstances({ status: 'active' })) {
    for (const step of instance.steps) {
      if (step.deadline !== null && step.deadline <= at) {
        out.push({ instance: instance.id, workflow: instance.workflow, step: step.step, unit: instance.unit, deadline: step.deadline });
      }
    }
  }
  return out.sort((a, b) => a.deadline - b.deadline || a.instance.localeCompare(b.instance));
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
  };
}
