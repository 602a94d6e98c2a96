// The in-memory store's indexes: the work queue per (role, unit) and the open steps by deadline, as sorted arrays.
import { compareDeadline, compareText, compareWork } from './keys.js';
import { SortedList } from './sorted-list.js';
import type { InstanceRecord, OpenStep, OverdueStepsQuery, QueuedWork, WorkItem, WorkQuery } from './types.js';

/** A row of the in-memory work queue: the item plus the step's timing when it was written. */
export interface WorkEntry {
  readonly instance: string;
  readonly item: WorkItem;
  readonly deadline: number | null;
  readonly enteredAt: number;
  readonly step: string;
}

interface DeadlineEntry {
  readonly instance: string;
  readonly step: string;
  readonly deadline: number;
}

const queueKey = (role: string, unit: string) => `${role}\u0000${unit}`;

/**
 * The work queue and the deadline index of the memory store; the store's undo log restores them.
 *
 * @example
 * queues.setWork('hs-1', entries); queues.workQueue({ role, unit, limit: 50 }, (id) => instances.get(id)!)
 */
export class MemoryQueues {
  /** Entries per instance, and per (role, unit) in (deadline, instance, step) order. */
  private readonly work = new Map<string, WorkEntry[]>();
  private readonly queues = new Map<string, SortedList<WorkEntry>>();
  /** Active steps with a deadline, per instance and in (deadline, instance, step) order. */
  private readonly openDeadlines = new Map<string, DeadlineEntry[]>();
  private readonly deadlines = new SortedList<DeadlineEntry>(compareDeadline);
  /** The work entries of an instance (for the undo log). */
  workEntries(instance: string): WorkEntry[] | undefined {
    return this.work.get(instance);
  }

  private queue(role: string, unit: string): SortedList<WorkEntry> {
    const key = queueKey(role, unit);
    let list = this.queues.get(key);
    if (list === undefined) {
      list = new SortedList<WorkEntry>(compareWork);
      this.queues.set(key, list);
    }
    return list;
  }

  setWork(instance: string, entries: WorkEntry[] | undefined): void {
    for (const e of this.work.get(instance) ?? []) this.queue(e.item.role, e.item.unit).delete(e);
    if (entries === undefined || entries.length === 0) this.work.delete(instance);
    else {
      this.work.set(instance, entries);
      for (const e of entries) this.queue(e.item.role, e.item.unit).insert(e);
    }
  }

  /** Re-indexes an instance's active steps with deadlines (none once done). */
  setOpenSteps(record: InstanceRecord | undefined, id: string): void {
    for (const e of this.openDeadlines.get(id) ?? []) this.deadlines.delete(e);
    this.openDeadlines.delete(id);
    if (record === undefined || record.status !== 'active') return;
    const entries: DeadlineEntry[] = [];
    for (const s of record.steps)
      if (s.deadline !== null) entries.push({ instance: id, step: s.step, deadline: s.deadline });
    for (const e of entries) this.deadlines.insert(e);
    if (entries.length > 0) this.openDeadlines.set(id, entries);
  }

  workQueue(query: WorkQuery, instanceOf: (id: string) => InstanceRecord): QueuedWork[] {
    const list = this.queues.get(queueKey(query.role, query.unit));
    const out: QueuedWork[] = [];
    if (list === undefined) return out;
    const start = query.after === undefined ? 0 : list.from({ ...query.after, item: undefined as never, enteredAt: 0 });
    for (let i = start; i < list.items.length && out.length < query.limit; i++) {
      const e = list.items[i] as WorkEntry;
      if (query.actorId !== undefined && e.item.ownerOnly !== null && e.item.ownerOnly !== query.actorId) continue;
      const record = instanceOf(e.instance);
      out.push({
        ...e.item,
        instance: e.instance,
        workflow: record.workflow,
        workflowVersion: record.workflowVersion,
        instanceUnit: record.unit,
        owner: record.owner,
        enteredAt: e.enteredAt,
        deadline: e.deadline,
        version: record.version,
      });
    }
    return out;
  }

  workOf(instance: string): WorkItem[] {
    return (this.work.get(instance) ?? [])
      .map((e) => e.item)
      .sort((a, b) => compareText(a.step, b.step) || compareText(a.role, b.role) || compareText(a.unit, b.unit));
  }

  overdueSteps(query: OverdueStepsQuery, instanceOf: (id: string) => InstanceRecord): OpenStep[] {
    const out: OpenStep[] = [];
    const start = query.after === undefined ? 0 : this.deadlines.from(query.after);
    for (let i = start; i < this.deadlines.items.length && out.length < query.limit; i++) {
      const e = this.deadlines.items[i] as DeadlineEntry;
      if (e.deadline > query.at) break;
      const r = instanceOf(e.instance);
      const step = r.steps.find((s) => s.step === e.step);
      out.push({
        instance: e.instance,
        step: e.step,
        workflow: r.workflow,
        workflowVersion: r.workflowVersion,
        unit: r.unit,
        owner: r.owner,
        enteredAt: step?.enteredAt ?? r.updatedAt,
        deadline: e.deadline,
      });
    }
    return out;
  }
}
