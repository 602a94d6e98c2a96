// The in-memory Store: maps plus an undo log so a failed transaction leaves no trace.
import { MinHeap } from '../clock/min-heap.js';
import { compareText } from './keys.js';
import { MemoryQueues, type WorkEntry } from './memory-queues.js';
import { Serial } from './serial.js';
import {
  type AuditEntry,
  type AuditQuery,
  type InstanceChange,
  type InstanceFilter,
  type InstanceRecord,
  type NewAuditEntry,
  type NewTimer,
  type OverdueStepsQuery,
  type Store,
  type StoreWriter,
  type TimerKind,
  type TimerRecord,
  VersionConflictError,
  type WorkflowRecord,
  WorkflowVersionClashError,
  type WorkItem,
  type WorkQuery,
} from './types.js';
import { nextVersion } from './version.js';

type Undo = () => void;

function page(entries: readonly AuditEntry[], query: AuditQuery = {}): AuditEntry[] {
  const after = query.afterSeq ?? 0;
  const from = entries.filter((e) => e.seq > after);
  return query.limit === undefined ? from : from.slice(0, query.limit);
}

class MemoryData {
  readonly workflows = new Map<string, WorkflowRecord>();
  readonly instances = new Map<string, InstanceRecord>();
  readonly audit: AuditEntry[] = [];
  readonly auditByInstance = new Map<string, AuditEntry[]>();
  readonly timers = new Map<number, TimerRecord>();
  readonly timersByInstance = new Map<string, Set<number>>();
  /** Unfired timers by (fireAt, id); stale entries (fired, cancelled, rolled back) are skipped lazily. */
  readonly due = new MinHeap<{ at: number; id: number }>((a, b) => a.at < b.at || (a.at === b.at && a.id < b.id));
  /** The work queue and the open-steps deadline index. */
  readonly queues = new MemoryQueues();
  readonly meta = new Map<string, string>();
  timerSeq = 0;
  auditSeq = 0;

  isLive(entry: { at: number; id: number }): boolean {
    const timer = this.timers.get(entry.id);
    return timer !== undefined && timer.firedAt === null && timer.fireAt === entry.at;
  }
}

function reader(data: MemoryData) {
  return {
    async getWorkflow(name: string, version?: number) {
      if (version !== undefined) return data.workflows.get(`${name}@${version}`);
      let latest: WorkflowRecord | undefined;
      for (const w of data.workflows.values())
        if (w.name === name && (latest === undefined || w.version > latest.version)) latest = w;
      return latest;
    },
    async listWorkflows() {
      return [...data.workflows.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version - b.version);
    },
    async getInstance(id: string) {
      return data.instances.get(id);
    },
    async listInstances(filter: InstanceFilter = {}) {
      // The same order as the SQL stores: creation time, then id.
      const { after } = filter;
      const found = [...data.instances.values()]
        .filter(
          (i) =>
            (filter.status === undefined || i.status === filter.status) &&
            (filter.workflow === undefined || i.workflow === filter.workflow) &&
            (filter.parent === undefined || i.parent === filter.parent) &&
            (after === undefined ||
              i.createdAt > after.createdAt ||
              (i.createdAt === after.createdAt && compareText(i.id, after.id) > 0)),
        )
        .sort((a, b) => a.createdAt - b.createdAt || compareText(a.id, b.id));
      return filter.limit === undefined ? found : found.slice(0, filter.limit);
    },
    async audit(instance: string, query?: AuditQuery) {
      return page(data.auditByInstance.get(instance) ?? [], query);
    },
    async auditAll(query?: AuditQuery) {
      return page(data.audit, query);
    },
    async timersOf(instance: string) {
      const ids = [...(data.timersByInstance.get(instance) ?? [])].sort((a, b) => a - b);
      return ids.map((id) => data.timers.get(id) as TimerRecord);
    },
    async dueTimers(at: number, limit = Number.POSITIVE_INFINITY, instance?: string) {
      if (instance !== undefined) {
        const mine = [...(data.timersByInstance.get(instance) ?? [])]
          .map((id) => data.timers.get(id) as TimerRecord)
          .filter((t) => t.firedAt === null && t.fireAt <= at)
          .sort((a, b) => a.fireAt - b.fireAt || a.id - b.id);
        return mine.slice(0, limit);
      }
      const taken: { at: number; id: number }[] = [];
      const out: TimerRecord[] = [];
      while (out.length < limit) {
        const top = data.due.pop();
        if (top === undefined) break;
        if (!data.isLive(top)) continue;
        taken.push(top);
        if (top.at > at) break;
        out.push(data.timers.get(top.id) as TimerRecord);
      }
      for (const t of taken) data.due.push(t);
      return out;
    },
    async nextTimerAt() {
      for (;;) {
        const top = data.due.peek();
        if (top === undefined) return undefined;
        if (data.isLive(top)) return top.at;
        data.due.pop();
      }
    },
    async workQueue(query: WorkQuery) {
      return data.queues.workQueue(query, (id) => data.instances.get(id) as InstanceRecord);
    },
    async workOf(instance: string) {
      return data.queues.workOf(instance);
    },
    async overdueSteps(query: OverdueStepsQuery) {
      return data.queues.overdueSteps(query, (id) => data.instances.get(id) as InstanceRecord);
    },
    async getMeta(key: string) {
      return data.meta.get(key);
    },
  };
}

/** One writer per store; `log.undo` is the running transaction's undo log (transactions run one at a time). */
function writer(data: MemoryData, read: ReturnType<typeof reader>, log: { undo: Undo[] }): StoreWriter {
  const undo = { push: (fn: Undo) => log.undo.push(fn) };
  return {
    ...read,
    async putWorkflow(record: WorkflowRecord) {
      const key = `${record.name}@${record.version}`;
      const old = data.workflows.get(key);
      if (old !== undefined) {
        if (old.sourceHash !== record.sourceHash) throw new WorkflowVersionClashError(record.name, record.version);
        return;
      }
      data.workflows.set(key, record);
      undo.push(() => data.workflows.delete(key));
    },
    async insertInstance(record: InstanceRecord) {
      if (data.instances.has(record.id)) throw new Error(`instance ${record.id} already exists`);
      const stored = { ...record, parent: record.parent ?? null };
      data.instances.set(record.id, stored);
      data.queues.setOpenSteps(stored, record.id);
      undo.push(() => {
        data.instances.delete(record.id);
        data.queues.setOpenSteps(undefined, record.id);
      });
    },
    async updateInstance(id: string, expectedVersion: number, change: InstanceChange) {
      const old = data.instances.get(id);
      if (old === undefined || old.version !== expectedVersion)
        throw new VersionConflictError(id, expectedVersion, old?.version ?? null);
      const version = nextVersion(expectedVersion, change);
      const next = { ...old, ...change, version };
      const oldWork = data.queues.workEntries(id);
      data.instances.set(id, next);
      data.queues.setOpenSteps(next, id);
      // The work items described the old steps: the engine writes the new ones with putWork.
      data.queues.setWork(id, undefined);
      undo.push(() => {
        data.instances.set(id, old);
        data.queues.setOpenSteps(old, id);
        data.queues.setWork(id, oldWork);
      });
      return version;
    },
    async putWork(instance: string, work: readonly WorkItem[]) {
      const record = data.instances.get(instance);
      if (record === undefined) throw new Error(`instance ${instance} does not exist`);
      const old = data.queues.workEntries(instance);
      const steps = new Map(record.steps.map((s) => [s.step, s]));
      const entries =
        record.status === 'done'
          ? []
          : work.map((item): WorkEntry => {
              const step = steps.get(item.step);
              return {
                instance,
                item,
                step: item.step,
                deadline: step?.deadline ?? null,
                enteredAt: step?.enteredAt ?? record.updatedAt,
              };
            });
      data.queues.setWork(instance, entries);
      undo.push(() => data.queues.setWork(instance, old));
    },
    async claimDueTimers(at: number, limit: number, instance?: string) {
      // Only the first due timer of each instance: the later ones fire after it.
      const seen = new Set<string>();
      const out: TimerRecord[] = [];
      for (const timer of await read.dueTimers(at, undefined, instance)) {
        if (out.length >= limit) break;
        if (!seen.has(timer.instance)) out.push(timer);
        seen.add(timer.instance);
      }
      return out;
    },
    async setMeta(key: string, value: string) {
      const old = data.meta.get(key);
      data.meta.set(key, value);
      undo.push(() => (old === undefined ? data.meta.delete(key) : data.meta.set(key, old)));
    },
    async appendAudit(entry: NewAuditEntry) {
      const seq = ++data.auditSeq;
      const full: AuditEntry = { seq, ...entry };
      data.audit.push(full);
      const list = data.auditByInstance.get(entry.instance) ?? [];
      list.push(full);
      data.auditByInstance.set(entry.instance, list);
      undo.push(() => {
        data.audit.pop();
        list.pop();
        data.auditSeq--;
      });
      return seq;
    },
    async addTimer(timer: NewTimer) {
      const id = ++data.timerSeq;
      data.timers.set(id, { id, ...timer, firedAt: null });
      const set = data.timersByInstance.get(timer.instance) ?? new Set<number>();
      set.add(id);
      data.timersByInstance.set(timer.instance, set);
      data.due.push({ at: timer.fireAt, id });
      // The id is not reused after a rollback, like an AUTOINCREMENT column.
      undo.push(() => {
        data.timers.delete(id);
        set.delete(id);
      });
      return id;
    },
    async cancelTimers(instance: string, steps?: readonly string[], kinds?: readonly TimerKind[]) {
      const set = data.timersByInstance.get(instance);
      if (set === undefined) return 0;
      let count = 0;
      for (const id of [...set]) {
        const timer = data.timers.get(id) as TimerRecord;
        if (
          timer.firedAt !== null ||
          (steps !== undefined && !steps.includes(timer.step)) ||
          (kinds !== undefined && !kinds.includes(timer.kind))
        )
          continue;
        data.timers.delete(id);
        set.delete(id);
        count++;
        undo.push(() => {
          data.timers.set(id, timer);
          set.add(id);
          data.due.push({ at: timer.fireAt, id });
        });
      }
      return count;
    },
    async markTimerFired(id: number, at: number) {
      const timer = data.timers.get(id);
      if (timer === undefined || timer.firedAt !== null) return false;
      data.timers.set(id, { ...timer, firedAt: at });
      undo.push(() => {
        data.timers.set(id, timer);
        data.due.push({ at: timer.fireAt, id });
      });
      return true;
    },
  };
}

/**
 * A Store held in memory: for tests, the simulator and hosts that persist elsewhere. Transactions
 * run one at a time and roll back on failure.
 *
 * @example
 * const store = createMemoryStore();
 * const engine = await createEngine({ workflows: [definition], store });
 */
export function createMemoryStore(): Store {
  const data = new MemoryData();
  const serial = new Serial();
  const read = reader(data);
  const log: { undo: Undo[] } = { undo: [] };
  const tx = writer(data, read, log);
  return {
    ...read,
    transaction<T>(fn: (tx: StoreWriter) => Promise<T>): Promise<T> {
      return serial.run(async () => {
        const undo: Undo[] = [];
        log.undo = undo;
        try {
          return await fn(tx);
        } catch (error) {
          for (let i = undo.length - 1; i >= 0; i--) (undo[i] as Undo)();
          throw error;
        }
      });
    },
    async close() {},
  };
}
