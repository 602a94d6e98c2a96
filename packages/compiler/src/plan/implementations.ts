// Guards, delays and actions of a compiled plan machine, bound to a clock.
import { assign, emit, enqueueActions } from 'xstate';
import type { ActivityIR, PhaseIR, PlanIR } from '../ir.js';
import { rollUpHolds } from '../procedure/implementations.js';
import { emitted, MAX_TIMER_DELAY } from '../procedure/names.js';
import type { Runtime } from '../runtime-time.js';
import { planDelay } from './config.js';

/** One dossier of a run, and the unit it counts for in a fan-out row's roll-up (the plan's unit otherwise). */
export interface RunInstance {
  readonly id: string;
  readonly group: string;
}

/** A unit's instance of a fan-out activity that ended. */
export interface UnitDone {
  readonly unit: string;
  readonly outcome: string | null;
  readonly at: number;
  readonly late: boolean;
}

export interface PlanContext {
  readonly done: readonly string[];
  readonly late: readonly { readonly activity: string; readonly at: number; readonly units?: readonly string[] }[];
  readonly failed: readonly string[];
  readonly procedureInputs: Readonly<Record<string, unknown>>;
  /** The dossiers of each run, by the activity that started it (reported by the host: `tdkt.run-started`). */
  readonly runs: Readonly<Record<string, readonly RunInstance[]>>;
  /** By activity: the dossiers that have moved past the activity's steps, or ended (`tdkt.progress`). */
  readonly progress: Readonly<Record<string, readonly string[]>>;
  /** By fan-out activity: the units it runs in (`tdkt.fan-out-started`). */
  readonly expected: Readonly<Record<string, readonly string[]>>;
  /** By fan-out activity without a procedure: the units whose instance ended (`tdkt.unit-done`). */
  readonly units: Readonly<Record<string, readonly UnitDone[]>>;
}

export interface PlanInput {
  /** Input for the procedure an activity invokes (its dossier, unit, subunits), by activity id. */
  readonly procedureInputs?: Readonly<Record<string, unknown>>;
}

type Ctx = { readonly context: PlanContext; readonly event: { readonly type: string } & Record<string, unknown> };
type Enqueue = {
  readonly enqueue: {
    assign(v: Partial<PlanContext>): void;
    emit(e: { type: string } & Record<string, unknown>): void;
  };
};

/** The activity whose run an activity's dossiers belong to: its own, or the one it performs steps of. */
export function runOf(activity: ActivityIR): string | undefined {
  return activity.procedure !== undefined ? activity.id : activity.performs?.activity;
}

/**
 * The units of a fan-out activity that are done: for a row with a run, those whose every dossier has moved
 * past the row's steps; otherwise those whose own instance ended.
 *
 * @example
 * unitsDone(activity, context) // => ['truong-a']
 */
export function unitsDone(activity: ActivityIR, context: PlanContext): string[] {
  const expected = context.expected[activity.id] ?? [];
  const run = runOf(activity);
  if (run === undefined)
    return (context.units[activity.id] ?? []).map((u) => u.unit).filter((u) => expected.includes(u));
  const instances = context.runs[run];
  if (instances === undefined) return [];
  const progressed = new Set(context.progress[activity.id] ?? []);
  return expected.filter((unit) => instances.every((i) => i.group !== unit || progressed.has(i.id)));
}

/**
 * Whether an activity completed by its runs or units is complete: a fan-out row when its roll-up holds,
 * a row with a run when every dossier of the run has moved past its steps (or ended).
 *
 * @example
 * activityComplete(activity, context) // => true once every dossier of the run is past the row's steps
 */
export function activityComplete(activity: ActivityIR, context: PlanContext): boolean {
  if (activity.fanOut !== undefined) {
    const expected = context.expected[activity.id];
    if (expected === undefined) return false;
    return rollUpHolds(activity.fanOut.rollUp, unitsDone(activity, context).length, expected.length);
  }
  const run = runOf(activity);
  if (run === undefined) return false;
  const instances = context.runs[run];
  if (instances === undefined) return false;
  const progressed = new Set(context.progress[activity.id] ?? []);
  return instances.every((i) => progressed.has(i.id));
}

/** Builds the named implementations of a plan machine for one runtime. */
export function planImplementations(plan: PlanIR, runtime: Runtime) {
  const now = (): number => runtime.clock.now();
  const wait = (at: number): number => Math.min(Math.max(0, at - now()), MAX_TIMER_DELAY);
  const activities = new Map<string, ActivityIR>(plan.activities.map((a) => [a.id, a]));
  const phases = new Map<string, PhaseIR>(plan.phases.map((p) => [p.id, p]));
  const delays: Record<string, () => number> = {};
  /** When every dependency of an activity has either finished or let its window pass. */
  const depsLateAt = (activity: ActivityIR): number =>
    Math.max(...activity.after.map((dep) => activities.get(dep)?.window?.end ?? Number.POSITIVE_INFINITY));
  for (const activity of plan.activities) {
    if (activity.after.length > 0) delays[planDelay.depsLate(activity.id)] = () => wait(depsLateAt(activity));
    const window = activity.window;
    if (window === undefined) continue;
    delays[planDelay.windowStart(activity.id)] = () => wait(window.start);
    delays[planDelay.windowEnd(activity.id)] = () => wait(window.end);
  }
  for (const phase of plan.phases) {
    delays[planDelay.phaseStart(phase.id)] = () => wait(phase.window.start);
    delays[planDelay.phaseEnd(phase.id)] = () => wait(phase.window.end);
  }
  const add = <T>(list: readonly T[] | undefined, item: T, same: (a: T) => boolean): readonly T[] =>
    (list ?? []).some(same) ? (list ?? []) : [...(list ?? []), item];
  return {
    delays,
    guards: {
      // Done, or late: its window has ended (the lateness is the dependency's, recorded there).
      depsDone: ({ context }: Ctx, params: { after: readonly string[] }) =>
        params.after.every(
          (id) => context.done.includes(id) || now() >= (activities.get(id)?.window?.end ?? Number.POSITIVE_INFINITY),
        ),
      windowOpen: (_: Ctx, params: { activity: string }) =>
        now() >= (activities.get(params.activity)?.window?.start ?? 0),
      windowOver: (_: Ctx, params: { activity: string }) =>
        now() >= (activities.get(params.activity)?.window?.end ?? Infinity),
      isActivity: ({ event }: Ctx, params: { activity: string }) => event['activity'] === params.activity,
      activityComplete: ({ context }: Ctx, params: { activity: string }) => {
        const activity = activities.get(params.activity);
        return activity !== undefined && activityComplete(activity, context);
      },
      phaseStarted: (_: Ctx, params: { phase: string }) => now() >= (phases.get(params.phase)?.window.start ?? 0),
      phaseEnded: (_: Ctx, params: { phase: string }) => now() >= (phases.get(params.phase)?.window.end ?? Infinity),
    },
    actions: {
      markDone: assign(({ context }: Ctx, params: { activity: string }) =>
        context.done.includes(params.activity) ? {} : { done: [...context.done, params.activity] },
      ),
      activityStarted: emit((_: Ctx, params: { activity: string }) => ({
        type: emitted.activityStarted,
        activity: params.activity,
        at: now(),
      })),
      activityOverdue: enqueueActions(({ context, enqueue }: Ctx & Enqueue, params: { activity: string }) => {
        const activity = activities.get(params.activity);
        const expected = context.expected[params.activity];
        // A fan-out row records the units its window's end leaves behind.
        const missing =
          activity?.fanOut !== undefined && expected !== undefined
            ? expected.filter((u) => !unitsDone(activity, context).includes(u))
            : undefined;
        enqueue.assign({
          late: [
            ...context.late,
            { activity: params.activity, at: now(), ...(missing !== undefined ? { units: missing } : {}) },
          ],
        });
        enqueue.emit({
          type: emitted.activityOverdue,
          activity: params.activity,
          at: now(),
          soft: activity?.window?.soft ?? false,
        });
      }),
      activityFailed: assign(({ context }: Ctx, params: { activity: string }) => ({
        failed: [...context.failed, params.activity],
        done: [...context.done, params.activity],
      })),
      announcePhase: emit((_: Ctx, params: { phase: string; edge: 'start' | 'end' }) => ({
        type: params.edge === 'start' ? emitted.phaseStarted : emitted.phaseEnded,
        phase: params.phase,
        at: now(),
      })),
      recordRun: assign(({ context, event }: Ctx) => {
        const run = String(event['run']);
        const instances = (event['instances'] as readonly RunInstance[] | undefined) ?? [];
        return {
          runs: {
            ...context.runs,
            [run]: [
              ...(context.runs[run] ?? []),
              ...instances.map((i) => ({ id: String(i.id), group: String(i.group) })),
            ],
          },
        };
      }),
      recordProgress: assign(({ context, event }: Ctx) => {
        const activity = String(event['activity']);
        const instance = String(event['instance']);
        return {
          progress: {
            ...context.progress,
            [activity]: add(context.progress[activity], instance, (i) => i === instance),
          },
        };
      }),
      recordFanOut: assign(({ context, event }: Ctx) => ({
        expected: {
          ...context.expected,
          [String(event['activity'])]: ((event['units'] as readonly string[] | undefined) ?? []).map(String),
        },
      })),
      recordUnitDone: assign(({ context, event }: Ctx) => {
        const activity = String(event['activity']);
        const unit = String(event['unit']);
        const end = activities.get(activity)?.window?.end ?? Infinity;
        const done: UnitDone = {
          unit,
          outcome: typeof event['outcome'] === 'string' ? event['outcome'] : null,
          at: now(),
          late: now() >= end,
        };
        return { units: { ...context.units, [activity]: add(context.units[activity], done, (u) => u.unit === unit) } };
      }),
    },
  };
}
