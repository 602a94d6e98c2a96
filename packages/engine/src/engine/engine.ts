// The engine: start instances, let the right people act, fire durable timers, all through the store.
import { randomUUID } from 'node:crypto';
import type { EventObject } from 'xstate';
import { defaultWorkingCalendar, type Clock } from '@tdkt/calendar';
import { realClock } from '../clock/real-clock.js';
import type { EngineClock } from '../clock/types.js';
import { TransactionConflictError, VersionConflictError, type ActorInfo, type InstanceRecord, type StoreWriter } from '../store/types.js';
import { Wakeup } from '../timers/wakeup.js';
import type { StartInput } from './definition.js';
import { flatOrganisation, permissionProblem, type Organisation, type PermissionReason } from './organisation.js';
import { instanceView, overdueSteps, tasksFor, type QueryContext } from './queries.js';
import { rebuildWorkQueue, WORK_QUEUE_META } from './rebuild.js';
import { checkWith, isPlainData, refuse } from './refusals.js';
import { Registry, SnapshotCache } from './registry.js';
import { stepsHandling } from './runner.js';
import { settle } from './settle.js';
import { commitChange, fireTimer, minFire, type ApplyContext, type Outcome } from './commit.js';
import { workItemsFor } from './work-queue.js';
import {
  type Accepted,
  type Engine,
  type ActOptions,
  type ActResult,
  type EngineEvent,
  type EngineOptions,
  type InstanceView,
  type OverdueQuery,
  type OverdueStep,
  type Page,
  type Refusal,
  type SignalEvent,
  type SignalOptions,
  type StartOptions,
  type Task,
  type TaskQuery,
} from './types.js';

const RESERVED = /^(xstate\.|tdkt\.)/;
/** How often a unit of work is retried after losing a race to another transaction or process. */
const MAX_ATTEMPTS = 10;
/** A due timer held by another process is looked at again after this long (it normally fires it first). */
const CLAIM_RETRY_MS = 1000;

const isRace = (error: unknown): boolean => error instanceof VersionConflictError || error instanceof TransactionConflictError;

class EngineImpl implements Engine {
  readonly clock: EngineClock;
  private readonly registry: Registry;
  private readonly cache = new SnapshotCache();
  private readonly org: Organisation;
  private readonly wakeup: Wakeup;
  private readonly inFlight = new Set<Promise<unknown>>();
  private draining: Promise<number> | undefined;
  private logicalNow: number | undefined;
  private closed = false;
  private unwatch: (() => void) | undefined;
  /** Shared stores only: the longest the engine goes without looking for due timers. */
  private readonly pollMs: number | undefined;
  private readonly applyContext: ApplyContext;

  constructor(private readonly options: EngineOptions) {
    this.clock = options.clock ?? realClock();
    const logical: Clock = { now: () => this.logicalNow ?? this.clock.now() };
    this.registry = new Registry(options.workflows, { clock: logical, calendar: options.calendar ?? defaultWorkingCalendar() });
    this.org = options.organisation ?? flatOrganisation;
    this.wakeup = new Wakeup(this.clock, () => this.runInBackground());
    this.pollMs = options.store.shared === true ? Math.max(1, options.timerPollMs ?? 5000) : undefined;
    this.applyContext = { clock: this.clock, registry: this.registry, cache: this.cache, org: this.org, at: (now, fn) => this.at(now, fn) };
  }

  async init(): Promise<void> {
    const now = this.clock.now();
    await this.options.store.transaction(async (tx) => {
      for (const { definition } of this.registry.all()) {
        await tx.putWorkflow({ name: definition.name, version: definition.version, sourceHash: definition.sourceHash, definition: definition.json ?? null, createdAt: now });
      }
    });
    if ((await this.options.store.getMeta(WORK_QUEUE_META)) === 'rebuild') await this.rebuildWorkQueue();
    // Other processes sharing the store announce the timers they commit: wake for the earliest.
    this.unwatch = this.options.store.watchTimers?.((at) => {
      if (this.closed) return;
      if (at <= this.clock.now()) this.runInBackground();
      else this.wakeup.arm(at);
    });
    // Catch-up: whatever fell due while the process was down fires now, in order.
    await this.runDue();
  }

  start(workflow: string, options: StartOptions): Promise<ActResult> {
    return this.track(this.doStart(workflow, options));
  }

  act(instance: string, action: string, options: ActOptions): Promise<ActResult> {
    return this.track(this.doAct(instance, action, options, 'action'));
  }

  signal(instance: string, event: SignalEvent, options: SignalOptions): Promise<ActResult> {
    const { type, ...data } = event;
    return this.track(this.doAct(instance, type, { ...options, data }, 'signal'));
  }

  tasks(query: TaskQuery): Promise<Page<Task>> {
    return tasksFor(this.queryContext(), query);
  }

  overdue(query: OverdueQuery = {}): Promise<Page<OverdueStep>> {
    return overdueSteps(this.queryContext(), query);
  }

  rebuildWorkQueue(): Promise<number> {
    return this.track(rebuildWorkQueue(this.options.store, this.registry, this.org));
  }

  instance(id: string): Promise<InstanceView | undefined> {
    return instanceView(this.queryContext(), id);
  }

  runDue(): Promise<number> {
    // One drain at a time; a wake-up during a drain is covered by the drain's own loop.
    this.draining ??= this.track(this.drain()).finally(() => {
      this.draining = undefined;
    });
    return this.draining;
  }

  /** Timer runs started by the clock have no caller to reject to: failures are announced. */
  private runInBackground(): void {
    this.runDue().catch((error: unknown) => this.announce([{ type: 'error', error }]));
  }

  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  async close(): Promise<void> {
    this.closed = true;
    this.unwatch?.();
    this.wakeup.clear();
    await this.idle();
  }

  private queryContext(): QueryContext {
    return {
      store: this.options.store,
      registry: this.registry,
      calendar: this.options.calendar ?? defaultWorkingCalendar(),
      now: this.clock.now(),
    };
  }

  /**
   * Runs a unit of work, again when it lost a race (another transaction changed the instance first, or
   * the database broke a deadlock): each attempt reads afresh, so the result reflects the winner.
   */
  private async retrying<T>(unit: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await unit();
      } catch (error) {
        if (!isRace(error) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.inFlight.add(promise);
    void promise.finally(() => this.inFlight.delete(promise)).catch(() => undefined);
    return promise;
  }

  private announce(events: readonly EngineEvent[]): void {
    const listener = this.options.onEvent;
    if (listener === undefined) return;
    for (const event of events) {
      try {
        listener(event);
      } catch {
        // A host listener's failure must not undo a committed action.
      }
    }
  }

  private async doStart(workflow: string, options: StartOptions): Promise<ActResult> {
    const id = options.id ?? (this.options.newId ?? randomUUID)();
    const now = this.clock.now();
    const actor: ActorInfo = options.actor ?? { id: options.owner ?? '', role: 'owner', unit: options.unit };
    const loaded = options.version === undefined ? this.registry.latest(workflow) : this.registry.get(workflow, options.version);
    const dossier = options.dossier ?? {};
    const outcome = await this.retrying(() => this.options.store.transaction(async (tx) => {
      const refused = (refusal: Refusal) => this.refuseIn(tx, id, 'start', actor, null, dossier, refusal, null, now);
      if (loaded === undefined) return refused(refuse.unknownWorkflow(workflow, options.version));
      const existing = await tx.getInstance(id);
      if (existing !== undefined) return refused({ ...refuse.versionConflict(0, existing.version), message: `instance ${id} already exists` });
      const def = loaded.definition;
      const issues = def.dossierSchema === undefined ? (isPlainData(dossier) ? [] : [{ path: 'dossier', message: 'must be an object', code: 'invalid_type' }]) : checkWith(def.dossierSchema, dossier, 'dossier');
      if (issues.length > 0) return refused(refuse.invalidData(issues));
      const input: StartInput = { dossier, unit: options.unit, owner: options.owner ?? null };
      const snapshot = this.at(now, () => loaded.runner.initial(def.input?.(input) ?? { ...options.input, ...input }));
      const settled = settle(def, id, [], snapshot, now);
      const record: InstanceRecord = {
        id, parent: null, workflow: def.name, workflowVersion: def.version, unit: options.unit, owner: options.owner ?? null,
        snapshot: loaded.runner.persist(snapshot), state: settled.state, steps: settled.steps, version: 1,
        status: settled.status, outcome: settled.outcome, createdAt: now, updatedAt: now,
      };
      await tx.insertInstance(record);
      for (const timer of settled.timers) await tx.addTimer(timer);
      if (settled.status !== 'done') await tx.putWork(id, workItemsFor(def, record, settled.steps, snapshot, this.org));
      await tx.appendAudit({ instance: id, time: now, actor, action: 'start', fromState: null, toState: settled.state, data: dossier, outcome: 'accepted', refusal: null, version: 1 });
      const accepted: Accepted = { ok: true, id, state: settled.state, version: 1, status: settled.status, outcome: settled.outcome, steps: settled.steps };
      const events: EngineEvent[] = [{ type: 'accepted', instance: id, action: 'start', from: null, to: settled.state, at: now }];
      return { result: accepted, events, wake: minFire(settled.timers), snapshot: { id, version: 1, value: snapshot } } satisfies Outcome;
    }));
    return this.finish(outcome);
  }

  private async doAct(id: string, action: string, options: ActOptions, mode: 'action' | 'signal'): Promise<ActResult> {
    // Deadlines that passed before this action take effect first.
    const now = this.clock.now();
    await this.fireDue(() => now, id);
    const { actor } = options;
    const outcome = await this.retrying(() => this.options.store.transaction(async (tx) => {
      const instance = await tx.getInstance(id);
      const refused = (refusal: Refusal) => this.refuseIn(tx, id, action, actor, instance?.state ?? null, options.data ?? null, refusal, instance?.version ?? null, now);
      if (instance === undefined) return refused(refuse.unknownInstance(id));
      if (instance.status === 'done') return refused(refuse.closed(id));
      if (options.expectedVersion !== undefined && options.expectedVersion !== instance.version) {
        return refused(refuse.versionConflict(options.expectedVersion, instance.version));
      }
      const loaded = this.registry.get(instance.workflow, instance.workflowVersion);
      if (loaded === undefined) return refused(refuse.unknownWorkflow(instance.workflow, instance.workflowVersion));
      const def = loaded.definition;
      const snapshot = this.cache.get(instance, loaded);
      let event: EventObject;
      if (mode === 'signal') {
        if (action.startsWith('xstate.')) return refused(refuse.noStep(action, instance.state));
        event = { ...options.data, type: action, actor } as EventObject;
      } else {
        if (RESERVED.test(action)) return refused(refuse.noStep(action, instance.state));
        const steps = stepsHandling(snapshot, action, def.steps);
        if (steps.length === 0) return refused(refuse.noStep(action, instance.state));
        let problem: PermissionReason | null = 'wrong-role';
        for (const step of steps) {
          problem = permissionProblem(def.steps[step] as NonNullable<(typeof def.steps)[string]>, actor, instance, this.org);
          if (problem === null) break;
        }
        if (problem !== null) return refused(refuse.notPermitted(problem));
        const schema = def.dataSchema?.(action);
        const issues = schema !== undefined ? checkWith(schema, options.data ?? {}, 'data') : isPlainData(options.data) ? [] : [{ path: 'data', message: 'must be an object', code: 'invalid_type' }];
        if (issues.length > 0) return refused(refuse.invalidData(issues));
        event = def.actionEvent?.(action, actor, options.data) ?? ({ type: action, actor, data: options.data } as EventObject);
      }
      const next = this.at(now, () => loaded.runner.transition(snapshot, event));
      if (next === snapshot) return refused(refuse.guarded(action, instance.state));
      return commitChange(this.applyContext, tx, loaded, instance, next, now, { action, actor, data: options.data ?? null });
    }));
    return this.finish(outcome);
  }

  private async refuseIn(
    tx: StoreWriter, id: string, action: string, actor: ActorInfo, state: string | null, data: unknown, refusal: Refusal, version: number | null, now: number,
  ): Promise<Outcome> {
    await tx.appendAudit({ instance: id, time: now, actor, action, fromState: state, toState: state, data, outcome: 'refused', refusal: refusal.code, version });
    return { result: { ok: false, id, refusal }, events: [{ type: 'refused', instance: id, action, refusal, at: now }], wake: undefined };
  }

  /** After a commit: cache the new snapshot, tell the host. */
  private committed(outcome: Outcome): void {
    if (outcome.snapshot !== undefined) this.cache.put(outcome.snapshot.id, outcome.snapshot.version, outcome.snapshot.value);
    this.announce(outcome.events);
  }

  private finish(outcome: Outcome): ActResult {
    this.committed(outcome);
    if (!this.closed && outcome.wake !== undefined) {
      const now = this.clock.now();
      // Due already (a deadline that passed before the step was entered): fire now, not on the next tick.
      if (outcome.wake <= now) this.runInBackground();
      else this.wakeup.arm(outcome.wake);
      // Due before the other processes' next poll: tell them, in case this process dies before then.
      if (this.pollMs !== undefined && outcome.wake > now && outcome.wake - now <= this.pollMs) this.options.store.announceTimer?.(outcome.wake);
    }
    return outcome.result as ActResult;
  }

  /** Arms the alarm for `at`, and with a shared store no later than the next poll. */
  private armFor(at: number | undefined): void {
    if (this.closed) return;
    const poll = this.pollMs === undefined ? undefined : this.clock.now() + this.pollMs;
    this.wakeup.arm(poll === undefined ? at : Math.min(at ?? poll, poll));
  }

  /** Runs `fn` with the definition's clock reading `now` (a timer's own instant while it fires). */
  private at<T>(now: number, fn: () => T): T {
    const saved = this.logicalNow;
    this.logicalNow = now;
    try {
      return fn();
    } finally {
      this.logicalNow = saved;
    }
  }

  private async drain(): Promise<number> {
    // Yield first: a virtual clock wakes us in the middle of a synchronous advance; read "now" after it.
    await Promise.resolve();
    let fired = 0;
    for (;;) {
      const round = await this.fireDue(() => this.clock.now());
      fired += round;
      const next = await this.options.store.nextTimerAt();
      if (next !== undefined && next <= this.clock.now()) {
        if (round > 0) continue;
        // Due, but another process holds it (it is firing it) or an earlier timer of its instance:
        // look again shortly rather than spin; if that process died, its claim is released.
        this.armFor(this.clock.now() + CLAIM_RETRY_MS);
        return fired;
      }
      this.armFor(next);
      return fired;
    }
  }

  /**
   * Fires due timers (of one instance, or all) one transaction each, in (fireAt, id) order; each is
   * claimed in its transaction, so with several processes every timer fires in exactly one of them.
   */
  private async fireDue(now: () => number, instance?: string): Promise<number> {
    let fired = 0;
    for (;;) {
      // A plain read first: most calls find nothing due and need no write transaction.
      if ((await this.options.store.dueTimers(now(), 1, instance)).length === 0) return fired;
      const outcome = await this.retrying(() =>
        this.options.store.transaction(async (tx) => {
          const [timer] = await tx.claimDueTimers(now(), 1, instance);
          return timer === undefined ? undefined : fireTimer(this.applyContext, tx, timer);
        }),
      );
      if (outcome === undefined) return fired;
      fired++;
      this.committed(outcome);
    }
  }
}

/**
 * Creates an engine over a store: registers the workflow versions, then fires every timer that fell
 * due while no engine ran (catch-up), in order.
 *
 * @example
 * const engine = await createEngine({ workflows: [definition], store: await openSqliteStore('tdkt.db') });
 * const started = await engine.start('xét_cuối_năm', { unit: 'thcs-kim-son', owner: 'gv-01', dossier: { đã_đăng_ký: true } });
 */
export async function createEngine(options: EngineOptions): Promise<Engine> {
  const engine = new EngineImpl(options);
  await engine.init();
  return engine;
}
