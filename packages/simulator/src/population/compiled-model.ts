// The population runner's InstanceModel over compiled procedure machines: pure XState transitions on
// plain snapshots with one reused actor scope, shared between dossiers in the same state, and a virtual
// clock the runner sets.

import { epochDayOfInstant } from '@tdkt/calendar';
import {
  type CompiledProcedure,
  deadlineInstant,
  effectiveDeadline,
  escalationId,
  evaluateGuard,
  forwardDossier,
  hostEvent,
  type ProcedureContext,
  postingEnd,
  type StepIR,
  stepsById,
  type TimeRules,
} from '@tdkt/compiler';
import { type AnyMachineSnapshot, type AnyStateMachine, createActor } from 'xstate';
import type { Awaiting, InstanceModel, PendingDeadline } from './model.js';
import { type ClockGuardCall, type ClockGuardCheck, createShapeMemo, materialise } from './shape-memo.js';

type Event = { readonly type: string } & Record<string, unknown>;

interface NodeLike {
  readonly id: string;
  readonly type: string;
  readonly meta?: { readonly tdkt?: { readonly kind?: string; readonly step?: string; readonly role?: string } };
  readonly config: { readonly after?: Record<string, unknown> };
}

const SIMULATED_UNIT = 'đơn_vị';
/** The compiled guards whose answer depends on the clock (the others read data, roles and units). */
const CLOCK_GUARDS = ['deadlinePassed', 'postingOver', 'reminderDue', 'reminderPending'] as const;
const none: readonly PendingDeadline<never>[] = [];

/** Lexicographic order of two equally long number lists. */
const compareOrder = (a: readonly number[], b: readonly number[]): number => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
};

/**
 * One compiled procedure as an InstanceModel. `levelOf` maps the DSL level a step is acted at to the
 * tree's level index (levels are data, by name); `roleLevel` gives the level of a role, for a step
 * escalated to a higher role (`quá hạn chuyển lên R`), which then acts at R's level. Transitions are
 * shared between dossiers in the same state (`createShapeMemo`); `shareTransitions: false` computes each
 * with XState, the reference the sharing is tested against.
 *
 * @example
 * const model = compiledInstanceModel(compiled, time, (level) => levelIndex.get(level) ?? ownerLevel);
 * runPopulation({ ...spec, model: byProcedure({ [compiled.name]: model }) })
 */
export function compiledInstanceModel(
  compiled: CompiledProcedure,
  time: TimeRules,
  levelOf: (level: string | undefined) => number,
  roleLevel: (role: string) => string | undefined = () => undefined,
  options: { readonly shareTransitions?: boolean } = {},
): InstanceModel<AnyMachineSnapshot, Event> {
  const share = options.shareTransitions !== false;
  let now = 0;
  const compiledMachine: AnyStateMachine = compiled.machine({ clock: { now: () => now }, time });
  // The guards that read the clock are recorded while XState computes a transition, so that a shared
  // transition is replayed only for dossiers for which they answer the same (see createShapeMemo).
  type GuardFn = (args: { context: ProcedureContext; event: object }, params: unknown) => boolean;
  const originals = (compiledMachine.implementations.guards ?? {}) as Record<string, GuardFn>;
  let recording: ClockGuardCall[] | undefined;
  const recorded: Record<string, GuardFn> = {};
  for (const name of CLOCK_GUARDS) {
    const original = originals[name];
    if (original === undefined) continue;
    recorded[name] = (args, params) => {
      const result = original(args, params);
      recording?.push({ name, params, result });
      return result;
    };
  }
  const machine: AnyStateMachine = compiledMachine.provide({ guards: recorded as never });
  const checkGuard: ClockGuardCheck = (call, context, event) =>
    originals[call.name]?.({ context, event }, call.params) ?? !call.result;
  // One inert scope for every transition, as XState's own `transition()` makes per call: the actions it
  // collects (emitted events, timers) are not needed here — deadlines are read from the snapshot.
  const scope = (createActor(machine) as unknown as { _actorScope: { actionExecutor: (a: unknown) => void } })
    ._actorScope;
  scope.actionExecutor = () => undefined;
  const steps = stepsById(compiled.ir);
  // Document order, branch steps included (stepsById visits them in the order they are written).
  const stepOrder = new Map([...steps.values()].map((step, index) => [step, index]));
  const dossier = forwardDossier(compiled.ir);
  const nodesOf = (s: AnyMachineSnapshot): readonly NodeLike[] => (s as unknown as { _nodes: NodeLike[] })._nodes;
  // Periods counted from a step's entry (`mất 10 ngày làm việc`, `công khai 5 ngày làm việc`) depend on the
  // entry's day only: computed once per step and day.
  const byEntryDay = new Map<object, Map<number, number>>();
  const fromEntryDay = (key: object, entered: number, compute: (entered: number) => number): number => {
    let days = byEntryDay.get(key);
    if (days === undefined) byEntryDay.set(key, (days = new Map()));
    const day = epochDayOfInstant(entered);
    let at = days.get(day);
    if (at === undefined) days.set(day, (at = compute(entered)));
    return at;
  };
  const deadlineOf = (step: StepIR, context: ProcedureContext): number | undefined => {
    const d = effectiveDeadline(step);
    if (d === undefined) return undefined;
    const entered = context.enteredAt[step.id] ?? now;
    const at =
      d.kind === 'after-entry'
        ? fromEntryDay(step, entered, (e) => deadlineInstant(d, e, context.events, time))
        : deadlineInstant(d, entered, context.events, time);
    return Number.isFinite(at) ? at - 1 : undefined;
  };
  const postingEndOf = (posting: NonNullable<StepIR['posting']>, entered: number): number =>
    fromEntryDay(posting, entered, (e) => postingEnd(e, posting, time));
  // What a configuration of active state nodes means here, computed once per deepest active node
  // (state nodes are shared by every snapshot of the machine).
  interface NodeInfo {
    readonly step: StepIR | undefined;
    /** The higher role a step was escalated to (the dossier waits in the escalation state). */
    readonly escalatedTo?: string;
    readonly posting: boolean;
    readonly timers: readonly { readonly kind: 'deadline' | 'posting'; readonly step: StepIR; readonly event: Event }[];
  }
  // Keyed by the deepest active node, which names the configuration — except inside parallel branches, where every
  // branch's leaf does (one leaf alone would give a later step of one branch the first step's answer).
  const infoCache = new WeakMap<object, NodeInfo>();
  const parallelInfoCache = new Map<string, NodeInfo>();
  const infoOf = (snapshot: AnyMachineSnapshot): NodeInfo => {
    const nodes = nodesOf(snapshot);
    const leaf = nodes[nodes.length - 1] as object;
    const parallelKey = nodes.some((n) => n.type === 'parallel')
      ? nodes
          .filter((n) => n.type === 'atomic' || n.type === 'final')
          .map((n) => n.id)
          .sort()
          .join('|')
      : undefined;
    let info = parallelKey === undefined ? infoCache.get(leaf) : parallelInfoCache.get(parallelKey);
    if (info !== undefined) return info;
    let step: StepIR | undefined;
    let escalatedTo: string | undefined;
    const timers: { kind: 'deadline' | 'posting'; step: StepIR; event: Event }[] = [];
    for (const node of nodes) {
      const meta = node.meta?.tdkt;
      const id = meta?.kind === 'step' || meta?.kind === 'escalated-step' ? meta.step : undefined;
      const candidate = id === undefined ? undefined : steps.get(id);
      // In parallel branches, the step written first is awaited first: the order of the active nodes depends on
      // how the snapshot was made (a transition lists the entered ones last, a restored one in document order).
      if (
        candidate !== undefined &&
        candidate.parallel === undefined &&
        (step === undefined || (stepOrder.get(candidate) ?? 0) < (stepOrder.get(step) ?? 0))
      ) {
        step = candidate;
        escalatedTo = meta?.kind === 'escalated-step' ? (meta.role ?? '') : undefined;
      }
      for (const delay of Object.keys(node.config.after ?? {})) {
        const [kind, stepId] = delay.split(':');
        const owner = stepId === undefined ? undefined : steps.get(stepId);
        if (owner === undefined) continue;
        const event = { type: `xstate.after.${delay}.${node.id}` };
        const leaves =
          (owner.timeouts?.length ?? 0) > 0 ||
          owner.escalation !== undefined ||
          owner.fanOut?.policy.kind === 'by-deadline';
        if (kind === 'deadline' && leaves) timers.push({ kind: 'deadline', step: owner, event });
        else if (kind === 'posting' && owner.posting !== undefined)
          timers.push({ kind: 'posting', step: owner, event });
      }
    }
    info = {
      step,
      posting: step !== undefined && nodes.some((n) => n.id.endsWith(`.${step?.id}.posting`)),
      timers,
      ...(escalatedTo !== undefined ? { escalatedTo } : {}),
    };
    if (parallelKey === undefined) infoCache.set(leaf, info);
    else parallelInfoCache.set(parallelKey, info);
    return info;
  };
  // Awaiting objects are shared (the runner caches per object): one per step, action and deadline.
  const awaitingCache = new Map<StepIR, Map<string | undefined, Map<number | undefined, Awaiting<Event>>>>();
  const escalatedCache = new Map<StepIR, Map<string | undefined, Awaiting<Event>>>();
  const escalatedFor = (step: StepIR, action: string | undefined, role: string): Awaiting<Event> => {
    let byAction = escalatedCache.get(step);
    if (byAction === undefined) escalatedCache.set(step, (byAction = new Map()));
    let aw = byAction.get(action);
    if (aw === undefined) {
      const actor = { id: 'mô_phỏng', role, unit: SIMULATED_UNIT };
      aw = {
        step: `${compiled.name}.${escalationId(step.id)}`,
        level: levelOf(roleLevel(role) ?? step.level),
        act: { type: action ?? 'approve', actor },
      };
      byAction.set(action, aw);
    }
    return aw;
  };
  const awaitingFor = (step: StepIR, action: string | undefined, deadline: number | undefined): Awaiting<Event> => {
    let byAction = awaitingCache.get(step);
    if (byAction === undefined) awaitingCache.set(step, (byAction = new Map()));
    let byKey = byAction.get(action);
    if (byKey === undefined) byAction.set(action, (byKey = new Map()));
    const key = deadline;
    let aw = byKey.get(key);
    if (aw === undefined) {
      const actor = { id: 'mô_phỏng', role: step.role ?? 'bất_kỳ', unit: SIMULATED_UNIT };
      const back = step.transitions.find((t) => t.action === 'return');
      const act: Event = step.fanOut
        ? { type: hostEvent.unitSubmitted, unit: SIMULATED_UNIT, outcome: 'đã nộp' }
        : { type: action ?? 'approve', actor };
      aw = {
        step: `${compiled.name}.${step.id}`,
        level: levelOf(step.level),
        ...(deadline !== undefined ? { deadline } : {}),
        ...(step.waiting ? { waiting: true } : {}),
        act,
        ...(back !== undefined && back.action !== action ? { returnFor: { type: back.action, actor } } : {}),
      };
      byKey.set(key, aw);
    }
    return aw;
  };
  // Every dossier of a procedure starts at the same instant from the same dossier: one initial snapshot.
  const initials = new Map<number, AnyMachineSnapshot>();
  // Snapshots are immutable, and an action that touches nothing time-dependent (no entry time, no late
  // record, no unit result, no child) gives the same next snapshot whenever it happens: dossiers in the same
  // state share it, and the transition is computed once.
  const memo = new WeakMap<AnyMachineSnapshot, Map<Event, AnyMachineSnapshot>>();
  // Dossiers in the same state differ only by their entry times: the rest of a transition is shared too.
  const shapes = createShapeMemo(checkGuard);
  const timeFree = (before: AnyMachineSnapshot, after: AnyMachineSnapshot): boolean => {
    const a = before.context as ProcedureContext;
    const b = after.context as ProcedureContext;
    return (
      a.enteredAt === b.enteredAt &&
      a.late === b.late &&
      a.units === b.units &&
      Object.keys(after.children).length === 0
    );
  };

  return {
    at: (ms) => void (now = ms),
    initial: () => {
      let snapshot = initials.get(now);
      if (snapshot === undefined) {
        snapshot = machine.getInitialSnapshot(scope as never, {
          dossier,
          subunits: [SIMULATED_UNIT],
        }) as AnyMachineSnapshot;
        initials.set(now, snapshot);
      }
      return snapshot;
    },
    transition(snapshot, event) {
      const known = memo.get(snapshot)?.get(event);
      if (known !== undefined) return known;
      if (share) {
        const replayed = shapes.recall(snapshot, event, now);
        if (replayed !== undefined) return replayed;
      }
      recording = [];
      const next = machine.transition(materialise(snapshot), event, scope as never) as AnyMachineSnapshot;
      const guards = recording;
      recording = undefined;
      if (!share) return next;
      // A transition that reads the clock depends on when it happens: shared only through the shape memo.
      if (guards.length === 0 && timeFree(snapshot, next)) {
        let byEvent = memo.get(snapshot);
        if (byEvent === undefined) memo.set(snapshot, (byEvent = new Map()));
        byEvent.set(event, next);
      }
      return shapes.learn(snapshot, event, next, now, guards);
    },
    isFinal: (snapshot) => snapshot.status !== 'active',
    outcome: (snapshot) =>
      (snapshot.output as { outcome?: string } | undefined)?.outcome ??
      (snapshot.status === 'error' ? 'lỗi' : undefined),
    pendingDeadlines(snapshot) {
      const { timers } = infoOf(snapshot);
      if (timers.length === 0) return none;
      const context = snapshot.context as ProcedureContext;
      const pending: (PendingDeadline<Event> & { readonly order: readonly number[] })[] = [];
      for (const timer of timers) {
        // Timers of one instant fire as the engine's table fires them: the one created first (its step entered
        // earlier; a posting before the deadline of its step; steps entered together in the order written) first.
        const entered = context.enteredAt[timer.step.id] ?? now;
        const order = [entered, stepOrder.get(timer.step) ?? 0, timer.kind === 'posting' ? 0 : 1];
        if (timer.kind === 'deadline') {
          const at = deadlineOf(timer.step, context);
          if (at !== undefined) pending.push({ at: at + 1, event: timer.event, order });
        } else if (timer.step.posting !== undefined) {
          pending.push({ at: postingEndOf(timer.step.posting, entered), event: timer.event, order });
        }
      }
      if (pending.length > 1) pending.sort((a, b) => a.at - b.at || compareOrder(a.order, b.order));
      return pending;
    },
    awaiting(snapshot) {
      const { step, posting, escalatedTo } = infoOf(snapshot);
      if (step === undefined || posting) return undefined; // a posting period runs by itself
      const context = snapshot.context as ProcedureContext;
      const transition = step.transitions.find((t) => t.guard === undefined || evaluateGuard(t.guard, context.dossier));
      // Escalated: the higher role takes the step's actions, with no deadline of its own.
      if (escalatedTo !== undefined) return escalatedFor(step, transition?.action, escalatedTo);
      return awaitingFor(step, transition?.action, deadlineOf(step, context));
    },
  };
}
