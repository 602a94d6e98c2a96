// The population runner's InstanceModel over compiled procedure machines: pure XState transitions on
// plain snapshots with one reused actor scope, and a virtual clock the runner sets.
import { createActor, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';
import {
  deadlineInstant,
  effectiveDeadline,
  evaluateGuard,
  forwardDossier,
  hostEvent,
  postingEnd,
  stepsById,
  type CompiledProcedure,
  type ProcedureContext,
  type StepIR,
  type TimeRules,
} from '@tdkt/compiler';
import type { Awaiting, InstanceModel, PendingDeadline } from './model.js';

type Event = { readonly type: string } & Record<string, unknown>;

interface NodeLike {
  readonly id: string;
  readonly meta?: { readonly tdkt?: { readonly kind?: string; readonly step?: string } };
  readonly config: { readonly after?: Record<string, unknown> };
}

const SIMULATED_UNIT = 'đơn_vị';

/**
 * One compiled procedure as an InstanceModel. `levelOf` maps the DSL level a step is acted at to the
 * tree's level index (levels are data: four-tier or two-tier).
 *
 * @example
 * const model = compiledInstanceModel(compiled, time, (level) => levelIndex.get(level) ?? ownerLevel);
 * runPopulation({ ...spec, model: byProcedure({ [compiled.name]: model }) })
 */
export function compiledInstanceModel(
  compiled: CompiledProcedure,
  time: TimeRules,
  levelOf: (level: string | undefined) => number,
): InstanceModel<AnyMachineSnapshot, Event> {
  let now = 0;
  const machine: AnyStateMachine = compiled.machine({ clock: { now: () => now }, time });
  // One inert scope for every transition, as XState's own `transition()` makes per call: the actions it
  // collects (emitted events, timers) are not needed here — deadlines are read from the snapshot.
  const scope = (createActor(machine) as unknown as { _actorScope: { actionExecutor: (a: unknown) => void } })._actorScope;
  scope.actionExecutor = () => undefined;
  const steps = stepsById(compiled.ir);
  const dossier = forwardDossier(compiled.ir);
  const awaitingCache = new Map<string, Awaiting<Event>>();
  const nodesOf = (s: AnyMachineSnapshot): readonly NodeLike[] => (s as unknown as { _nodes: NodeLike[] })._nodes;
  const activeSteps = (s: AnyMachineSnapshot): StepIR[] =>
    nodesOf(s).flatMap((n) => {
      const id = n.meta?.tdkt?.kind === 'step' ? n.meta.tdkt.step : undefined;
      const step = id === undefined ? undefined : steps.get(id);
      return step === undefined || step.parallel !== undefined ? [] : [step];
    });
  const deadlineOf = (step: StepIR, context: ProcedureContext): number | undefined => {
    const d = effectiveDeadline(step);
    if (d === undefined) return undefined;
    const at = deadlineInstant(d, context.enteredAt[step.id] ?? now, context.events, time);
    return Number.isFinite(at) ? at - 1 : undefined;
  };

  return {
    at: (ms) => void (now = ms),
    initial: () => machine.getInitialSnapshot(scope as never, { dossier, subunits: [SIMULATED_UNIT] }) as AnyMachineSnapshot,
    transition: (snapshot, event) => machine.transition(snapshot, event, scope as never) as AnyMachineSnapshot,
    isFinal: (snapshot) => snapshot.status !== 'active',
    outcome: (snapshot) => (snapshot.output as { outcome?: string } | undefined)?.outcome ?? (snapshot.status === 'error' ? 'lỗi' : undefined),
    pendingDeadlines(snapshot) {
      const context = snapshot.context as ProcedureContext;
      const pending: PendingDeadline<Event>[] = [];
      for (const node of nodesOf(snapshot)) {
        for (const delay of Object.keys(node.config.after ?? {})) {
          const [kind, id] = delay.split(':');
          const step = id === undefined ? undefined : steps.get(id);
          if (step === undefined) continue;
          const event = { type: `xstate.after.${delay}.${node.id}` };
          if (kind === 'deadline' && ((step.timeouts?.length ?? 0) > 0 || step.escalation !== undefined || step.fanOut?.policy.kind === 'by-deadline')) {
            const at = deadlineOf(step, context);
            if (at !== undefined) pending.push({ at: at + 1, event });
          } else if (kind === 'posting' && step.posting !== undefined) {
            pending.push({ at: postingEnd(context.enteredAt[step.id] ?? now, step.posting, time), event });
          }
        }
      }
      return pending;
    },
    awaiting(snapshot) {
      const step = activeSteps(snapshot)[0];
      if (step === undefined) return undefined;
      const context = snapshot.context as ProcedureContext;
      if (nodesOf(snapshot).some((n) => n.id.endsWith(`.${step.id}.posting`))) return undefined; // the period runs
      const deadline = deadlineOf(step, context);
      const transition = step.transitions.find((t) => t.guard === undefined || evaluateGuard(t.guard, context.dossier));
      const back = step.transitions.find((t) => t.action === 'return');
      const key = `${step.id}|${transition?.action ?? ''}|${deadline ?? ''}`;
      let aw = awaitingCache.get(key);
      if (aw === undefined) {
        const actor = { id: 'mô_phỏng', role: step.role ?? 'bất_kỳ', unit: SIMULATED_UNIT };
        const act: Event = step.fanOut
          ? { type: hostEvent.unitSubmitted, unit: SIMULATED_UNIT, outcome: 'đã nộp' }
          : { type: transition?.action ?? 'approve', actor };
        aw = {
          step: `${compiled.name}.${step.id}`,
          level: levelOf(step.level),
          ...(deadline !== undefined ? { deadline } : {}),
          act,
          ...(back !== undefined && back !== transition ? { returnFor: { type: back.action, actor } } : {}),
        };
        awaitingCache.set(key, aw);
      }
      return aw;
    },
  };
}
