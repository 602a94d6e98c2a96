// The engine: start instances, let the right people act, fire durable timers, all through the store.
import { randomUUID } from 'node:crypto';
import { type Clock, defaultWorkingCalendar } from '@tdkt/calendar';
import { realClock } from '../clock/real-clock.js';
import type { EngineClock } from '../clock/types.js';
import { type ActorInfo, type StoreWriter, TransactionConflictError, VersionConflictError } from '../store/types.js';
import { Wakeup } from '../timers/wakeup.js';
import { eventFor } from './action-event.js';
import type { ApplyContext } from './apply-context.js';
import { commitChange, fireTimer, startInstance } from './commit.js';
import { RequestGate } from './gate.js';
import { flatOrganisation, type Organisation } from './organisation.js';
import type { Outcome } from './outcome.js';
import { instanceView, overdueSteps, type QueryContext, tasksFor } from './queries.js';
import { rebuildWorkQueue, WORK_QUEUE_META } from './rebuild.js';
import { DEFAULT_REFUSAL_AUDIT, RefusalBudget } from './refusal-audit.js';
import { checkWith, type Refusals, refusals } from './refusals.js';
import { Registry, SnapshotCache } from './registry.js';
import type {
  ActOptions,
  ActResult,
  Engine,
  EngineEvent,
  EngineOptions,
  InstanceView,
  OverdueQuery,
  OverdueStep,
  Page,
  Refusal,
  SignalEvent,
  SignalOptions,
  StartOptions,
  StartPlanOptions,
  Task,
  TaskQuery,
} from './types.js';
import { DEFAULT_LIMITS } from './validate.js';

/** How often a unit of work is retried after losing a race to another transaction or process. */
const MAX_ATTEMPTS = 10;
/** A due timer held by another process is looked at again after this long (it normally fires it first). */
const CLAIM_RETRY_MS = 1000;
/** At most this many due timers are fired concurrently (one transaction each, committed together by a group-committing store). */
const TIMER_BATCH = 32;
/** An action found timers of its instance due before it: they fire first, then the action is tried again. */
const DUE_FIRST = Symbol('due-first');

const isRace = (error: unknown): boolean =>
  error instanceof VersionConflictError || error instanceof TransactionConflictError;

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
  private readonly refuse: Refusals;
  private readonly gate: RequestGate;

  constructor(private readonly options: EngineOptions) {
    this.refuse = refusals(options.lang ?? 'vi');
    this.clock = options.clock ?? realClock();
    const logical: Clock = { now: () => this.logicalNow ?? this.clock.now() };
    this.registry = new Registry(options.workflows, {
      clock: logical,
      calendar: options.calendar ?? defaultWorkingCalendar(),
    });
    this.org = options.organisation ?? flatOrganisation;
    this.wakeup = new Wakeup(this.clock, () => this.runInBackground());
    this.pollMs = options.store.shared === true ? Math.max(1, options.timerPollMs ?? 5000) : undefined;
    this.applyContext = {
      clock: this.clock,
      registry: this.registry,
      cache: this.cache,
      org: this.org,
      at: (now, fn) => this.at(now, fn),
    };
    this.gate = new RequestGate(
      this.refuse,
      { ...DEFAULT_LIMITS, ...options.limits },
      new RefusalBudget({ ...DEFAULT_REFUSAL_AUDIT, ...options.refusalAudit }, this.clock.now()),
    );
  }

  async init(): Promise<void> {
    const now = this.clock.now();
    await this.options.store.transaction(async (tx) => {
      for (const { definition } of this.registry.all()) {
        await tx.putWorkflow({
          name: definition.name,
          version: definition.version,
          sourceHash: definition.sourceHash,
          definition: definition.json ?? null,
          createdAt: now,
        });
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
    return this.track(this.doStart(workflow, options, 'procedure'));
  }

  startPlan(plan: string, options: StartPlanOptions): Promise<ActResult> {
    const { dossiers, ...rest } = options;
    return this.track(
      this.doStart(
        plan,
        { ...rest, ...(dossiers === undefined ? {} : { input: { procedureInputs: dossiers } }) },
        'plan',
      ),
    );
  }

  act(instance: string, action: string, options: ActOptions): Promise<ActResult> {
    return this.track(this.doAct(instance, action, options, 'action'));
  }

  signal(instance: string, event: SignalEvent, options: SignalOptions): Promise<ActResult> {
    const { type, ...data } = (event ?? {}) as SignalEvent;
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

  /** A request refused before any instance is read (bad ids, an actor or payload out of shape): recorded, answered. */
  private async refuseRequest(
    id: string,
    action: string,
    actor: ActorInfo,
    payload: unknown,
    refusal: Refusal,
    now: number,
  ): Promise<ActResult> {
    return this.finish(
      await this.retrying(() =>
        this.options.store.transaction((tx) =>
          this.gate.record(tx, id, action, actor, null, payload, refusal, null, now),
        ),
      ),
    );
  }

  private async doStart(workflow: string, options: StartOptions, kind: 'procedure' | 'plan'): Promise<ActResult> {
    const id = options.id ?? (this.options.newId ?? randomUUID)();
    const now = this.clock.now();
    const actor: ActorInfo = options.actor ?? { id: options.owner ?? '', role: 'owner', unit: options.unit };
    const dossier = options.dossier ?? {};
    const payload = options.input === undefined ? dossier : { dossier, input: options.input };
    const ids: [string, unknown][] = [
      ['workflow', workflow],
      ['id', id],
      ['unit', options.unit],
    ];
    if (options.owner !== undefined) ids.push(['owner', options.owner]);
    if (options.period !== undefined) ids.push(['period', options.period]);
    const bad =
      this.gate.check(ids, options.actor, payload) ??
      (dossier === null || typeof dossier !== 'object' || Array.isArray(dossier)
        ? this.refuse.notJson('dossier', 'not-an-object', 'invalid_type')
        : undefined);
    if (bad !== undefined) return this.refuseRequest(id, 'start', actor, payload, bad, now);
    const chosen = this.gate.version(this.registry, workflow, options);
    const outcome = await this.retrying(() =>
      this.options.store.transaction(async (tx) => {
        const refused = (refusal: Refusal) =>
          this.gate.record(tx, id, kind === 'plan' ? 'start-plan' : 'start', actor, null, payload, refusal, null, now);
        if (!('definition' in chosen)) return refused(chosen);
        const def = chosen.definition;
        if (kind === 'plan' && def.kind !== 'plan') return refused(this.refuse.notAPlan(workflow));
        if (def.needsPeriod !== undefined && def.needsPeriod.length > 0)
          return refused(
            this.refuse.periodRequired(
              workflow,
              def.needsPeriod.map((n) => `${n.step}: ${n.text}`),
            ),
          );
        if ((await tx.getInstance(id)) !== undefined) return refused(this.refuse.exists(id));
        const issues = [
          ...(def.dossierSchema === undefined
            ? []
            : checkWith(def.dossierSchema, dossier, 'dossier', this.options.lang ?? 'vi')),
          ...(def.checkInput?.(options.input ?? {}) ?? []),
        ];
        if (issues.length > 0) return refused(this.refuse.invalidData(issues));
        return startInstance(this.applyContext, tx, chosen, {
          id,
          unit: options.unit,
          owner: options.owner ?? null,
          dossier,
          ...(options.input === undefined ? {} : { input: options.input }),
          actor,
          now,
          data: payload,
        });
      }),
    );
    return this.finish(outcome);
  }

  private async doAct(id: string, action: string, options: ActOptions, mode: 'action' | 'signal'): Promise<ActResult> {
    const now = this.clock.now();
    const actor = options?.actor as ActorInfo;
    const data = options?.data;
    const bad =
      this.gate.check(
        [
          ['id', id],
          [mode === 'signal' ? 'type' : 'action', action],
        ],
        actor ?? null,
        data ?? null,
      ) ??
      (mode === 'action' && data !== undefined && (data === null || typeof data !== 'object' || Array.isArray(data))
        ? this.refuse.notJson('data', 'not-an-object', 'invalid_type')
        : undefined);
    if (bad !== undefined) return this.refuseRequest(id, action, actor, data ?? null, bad, now);
    // Deadlines that passed before this action take effect first: looked for in the action's own transaction;
    // when some are due, they fire (each in its own transaction, in order) and the action is tried again.
    // When another process holds those timers (it is firing them), the action goes ahead, as it would have a
    // moment later.
    let lookForDue = true;
    for (;;) {
      const outcome = await this.retrying(() =>
        this.options.store.transaction((tx) => this.tryAct(tx, id, action, options, mode, now, lookForDue)),
      );
      if (outcome !== DUE_FIRST) return this.finish(outcome);
      lookForDue = (await this.fireDue(() => now, id)) > 0;
    }
  }

  /** One attempt at an action, in `tx`: refused, applied, or DUE_FIRST when timers of the instance are due. */
  private async tryAct(
    tx: StoreWriter,
    id: string,
    action: string,
    options: ActOptions,
    mode: 'action' | 'signal',
    now: number,
    lookForDue: boolean,
  ): Promise<Outcome | typeof DUE_FIRST> {
    const actor = options?.actor as ActorInfo;
    const data = options?.data;
    if (lookForDue && (await tx.dueTimers(now, 1, id)).length > 0) return DUE_FIRST;
    const instance = await tx.getInstance(id);
    const refused = (refusal: Refusal) =>
      this.gate.record(
        tx,
        id,
        action,
        actor,
        instance?.state ?? null,
        data ?? null,
        refusal,
        instance?.version ?? null,
        now,
      );
    if (instance === undefined) return refused(this.refuse.unknownInstance(id));
    if (instance.status === 'done') return refused(this.refuse.closed(id));
    if (options.expectedVersion !== undefined && options.expectedVersion !== instance.version) {
      return refused(this.refuse.versionConflict(options.expectedVersion, instance.version));
    }
    const loaded = this.registry.get(instance.workflow, instance.workflowVersion);
    if (loaded === undefined) return refused(this.refuse.unknownWorkflow(instance.workflow, instance.workflowVersion));
    const snapshot = this.cache.get(instance, loaded);
    const asked = eventFor(
      { action, mode, actor, data },
      instance,
      loaded,
      snapshot,
      this.org,
      this.refuse,
      this.options.lang ?? 'vi',
    );
    if ('refusal' in asked) return refused(asked.refusal);
    const event = asked.event;
    const next = this.at(now, () => loaded.runner.transition(snapshot, event));
    if (next === snapshot) return refused(this.refuse.guarded(action, instance.state));
    const what = { action, actor, data: data ?? null };
    // Whether a stored timer of the instance is due was looked at above, in this transaction.
    return commitChange(this.applyContext, tx, loaded, instance, next, now, what, lookForDue);
  }

  /** After a commit: cache the new snapshot, tell the host. */
  private committed(outcome: Outcome): void {
    for (const snapshot of outcome.snapshots ?? []) this.cache.put(snapshot.id, snapshot.version, snapshot.value);
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
      if (this.pollMs !== undefined && outcome.wake > now && outcome.wake - now <= this.pollMs)
        this.options.store.announceTimer?.(outcome.wake);
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
   * Up to TIMER_BATCH transactions are sent at once: a group-committing store runs them one after the
   * other in one commit, each claiming the next due timer, so a burst of due timers costs one sync per
   * batch instead of one per timer (in the same order as one at a time).
   */
  private async fireDue(now: () => number, instance?: string): Promise<number> {
    let fired = 0;
    for (;;) {
      // A plain read first: most calls find nothing due and need no write transaction.
      const due = (await this.options.store.dueTimers(now(), TIMER_BATCH, instance)).length;
      if (due === 0) return fired;
      const outcomes = await Promise.allSettled(
        Array.from({ length: due }, () =>
          this.retrying(() =>
            this.options.store.transaction(async (tx) => {
              const [timer] = await tx.claimDueTimers(now(), 1, instance);
              return timer === undefined ? undefined : fireTimer(this.applyContext, tx, timer);
            }),
          ),
        ),
      );
      let claimed = 0;
      let failure: PromiseRejectedResult | undefined;
      for (const settled of outcomes) {
        if (settled.status === 'rejected') failure ??= settled;
        else if (settled.value !== undefined) {
          claimed++;
          this.committed(settled.value);
        }
      }
      fired += claimed;
      // The timers that committed are announced first; then the failure reaches the caller, as before.
      if (failure !== undefined) throw failure.reason;
      if (claimed < due) return fired;
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
