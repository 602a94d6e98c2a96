// Guards, delays and actions of a compiled plan machine, bound to a clock.
import { assign, emit, enqueueActions } from 'xstate';
import type { ActivityIR, PhaseIR, PlanIR } from '../ir.js';
import type { Runtime } from '../runtime-time.js';
import { emitted, MAX_TIMER_DELAY } from '../procedure/names.js';
import { planDelay } from './config.js';

export interface PlanContext {
  readonly done: readonly string[];
  readonly late: readonly { readonly activity: string; readonly at: number }[];
  readonly failed: readonly string[];
  readonly procedureInputs: Readonly<Record<string, unknown>>;
}

export interface PlanInput {
  /** Input for the procedure an activity invokes (its dossier, unit, subunits), by activity id. */
  readonly procedureInputs?: Readonly<Record<string, unknown>>;
}

type Ctx = { readonly context: PlanContext; readonly event: { readonly type: string } & Record<string, unknown> };
type Enqueue = { readonly enqueue: { assign(v: Partial<PlanContext>): void; emit(e: { type: string } & Record<string, unknown>): void } };

/** Builds the named implementations of a plan machine for one runtime. */
export function planImplementations(plan: PlanIR, runtime: Runtime) {
  const now = (): number => runtime.clock.now();
  const wait = (at: number): number => Math.min(Math.max(0, at - now()), MAX_TIMER_DELAY);
  const activities = new Map<string, ActivityIR>(plan.activities.map((a) => [a.id, a]));
  const phases = new Map<string, PhaseIR>(plan.phases.map((p) => [p.id, p]));
  const delays: Record<string, () => number> = {};
  for (const activity of plan.activities) {
    const window = activity.window;
    if (window === undefined) continue;
    delays[planDelay.windowStart(activity.id)] = () => wait(window.start);
    delays[planDelay.windowEnd(activity.id)] = () => wait(window.end);
  }
  for (const phase of plan.phases) {
    delays[planDelay.phaseStart(phase.id)] = () => wait(phase.window.start);
    delays[planDelay.phaseEnd(phase.id)] = () => wait(phase.window.end);
  }
  return {
    delays,
    guards: {
      depsDone: ({ context }: Ctx, params: { after: readonly string[] }) => params.after.every((id) => context.done.includes(id)),
      windowOpen: (_: Ctx, params: { activity: string }) => now() >= (activities.get(params.activity)?.window?.start ?? 0),
      windowOver: (_: Ctx, params: { activity: string }) => now() >= (activities.get(params.activity)?.window?.end ?? Infinity),
      isActivity: ({ event }: Ctx, params: { activity: string }) => event['activity'] === params.activity,
      phaseStarted: (_: Ctx, params: { phase: string }) => now() >= (phases.get(params.phase)?.window.start ?? 0),
      phaseEnded: (_: Ctx, params: { phase: string }) => now() >= (phases.get(params.phase)?.window.end ?? Infinity),
    },
    actions: {
      markDone: assign(({ context }: Ctx, params: { activity: string }) => ({ done: [...context.done, params.activity] })),
      activityStarted: emit((_: Ctx, params: { activity: string }) => ({ type: emitted.activityStarted, activity: params.activity, at: now() })),
      activityOverdue: enqueueActions(({ context, enqueue }: Ctx & Enqueue, params: { activity: string }) => {
        enqueue.assign({ late: [...context.late, { activity: params.activity, at: now() }] });
        enqueue.emit({ type: emitted.activityOverdue, activity: params.activity, at: now(), soft: activities.get(params.activity)?.window?.soft ?? false });
      }),
      activityFailed: assign(({ context }: Ctx, params: { activity: string }) => ({ failed: [...context.failed, params.activity], done: [...context.done, params.activity] })),
      announcePhase: emit((_: Ctx, params: { phase: string; edge: 'start' | 'end' }) => ({
        type: params.edge === 'start' ? emitted.phaseStarted : emitted.phaseEnded,
        phase: params.phase,
        at: now(),
      })),
    },
  };
}
