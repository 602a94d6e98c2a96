// Lowers a PlanIR into a JSON machine config: one parallel region per activity, plus one for the phases.
import type { ActivityIR, PhaseIR, PlanIR } from '../ir.js';
import { timerEvents } from '../procedure/config.js';
import { hostEvent } from '../procedure/names.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type PlanStateConfig = { [key: string]: Json | undefined };

export const planDelay = {
  /** The latest end of the windows of an activity's `sau` dependencies: a late dependency stops holding it back. */
  depsLate: (activity: string): string => `deps-late:${activity}`,
  windowStart: (activity: string): string => `window-start:${activity}`,
  windowEnd: (activity: string): string => `window-end:${activity}`,
  phaseStart: (phase: string): string => `phase-start:${phase}`,
  phaseEnd: (phase: string): string => `phase-end:${phase}`,
};

/**
 * Ids of a plan's state nodes a host addresses: an activity is open in the state `activity` itself, waits
 * for its window in `activity:chờ`, and a phase runs in `đợt:N` (waiting in `chờ_đợt:N`).
 */
export const planStateId = {
  open: (activity: string): string => activity,
  after: (activity: string): string => `${activity}:sau`,
  waiting: (activity: string): string => `${activity}:chờ`,
  phase: (phase: string): string => `đợt:${phase}`,
  phaseWaiting: (phase: string): string => `chờ_đợt:${phase}`,
};

/**
 * The action a person takes to say an activity without a procedure is done (`done:phát_động`). Each
 * activity has its own, so that in the plan's parallel regions it reaches exactly that activity.
 */
export const activityDoneAction = (activity: string): string => `done:${activity}`;

function meta(kind: string, fields: Record<string, unknown>): Json {
  return { tdkt: JSON.parse(JSON.stringify({ kind, ...fields })) as Json };
}

/** Whether an activity is completed by its runs or units (the engine reports them) rather than by a person. */
export function completedByProgress(activity: ActivityIR): boolean {
  return activity.procedure !== undefined || activity.performs !== undefined || activity.fanOut !== undefined;
}

/**
 * An activity waits for its `sau` dependencies, then for its window, runs, and ends in `xong`. A dependency
 * holds it back until it is done or its own window has ended (it is then late, recorded there): a stuck
 * dependency never stops the rest of the plan.
 */
function activityRegion(activity: ActivityIR, all: ReadonlyMap<string, ActivityIR>): Json {
  const id = activity.id;
  const done = [{ type: 'markDone', params: { activity: id } }];
  const after: Record<string, Json> = {};
  if (activity.window !== undefined) {
    const over: Json[] = [];
    // By deadline: the window's end closes the roll-up with whoever is in; the others are recorded late.
    if (activity.fanOut?.rollUp.kind === 'by-deadline') {
      over.push({
        guard: { type: 'windowOver', params: { activity: id } },
        target: 'xong',
        actions: [{ type: 'activityOverdue', params: { activity: id } }, ...done],
      });
    }
    // Otherwise a missed window is a warning the host observes, never a failure of the plan.
    over.push({
      guard: { type: 'windowOver', params: { activity: id } },
      actions: [{ type: 'activityOverdue', params: { activity: id } }],
    });
    over.push({ target: 'đang_làm', reenter: true });
    after[planDelay.windowEnd(id)] = over;
  }
  const on: Record<string, Json> = {
    ...timerEvents(after),
    [hostEvent.activityDone]: {
      guard: { type: 'isActivity', params: { activity: id } },
      target: 'xong',
      actions: done,
    },
  };
  if (!completedByProgress(activity)) on[activityDoneAction(id)] = { target: 'xong', actions: done };
  const running: Record<string, Json> = {
    id: planStateId.open(id),
    entry: [{ type: 'activityStarted', params: { activity: id } }],
    meta: meta('activity', { activity: id, text: activity.text }),
    on,
    after,
  };
  if (completedByProgress(activity))
    running['always'] = {
      guard: { type: 'activityComplete', params: { activity: id } },
      target: 'xong',
      actions: done,
    };
  if (activity.procedure !== undefined && activity.runSteps === undefined) {
    running['invoke'] = {
      src: activity.procedure,
      id: `quy_trình:${id}`,
      // Replaced by a function of the plan's input when the machine is built (see plan/compile.ts); left
      // out when the host runs the procedure's dossiers itself (the engine).
      input: { activity: id },
      onDone: { target: 'xong', actions: done },
      onError: { target: 'xong', actions: [{ type: 'activityFailed', params: { activity: id } }] },
    };
  }
  let waitingWindow: Json;
  if (activity.window === undefined) {
    waitingWindow = { id: planStateId.waiting(id), always: { target: 'đang_làm' } };
  } else {
    const opening = {
      [planDelay.windowStart(id)]: [
        { guard: { type: 'windowOpen', params: { activity: id } }, target: 'đang_làm' },
        { target: 'chờ_thời_gian', reenter: true },
      ] as Json,
    };
    waitingWindow = { id: planStateId.waiting(id), after: opening, on: timerEvents(opening) };
  }
  const depsDone = { guard: { type: 'depsDone', params: { after: [...activity.after] } }, target: 'chờ_thời_gian' };
  const waitingDeps: Record<string, Json> = { id: planStateId.after(id), always: depsDone };
  if (activity.after.length > 0 && activity.after.every((dep) => all.get(dep)?.window !== undefined)) {
    const late = { [planDelay.depsLate(id)]: [depsDone, { target: 'chờ_việc_trước', reenter: true }] as Json };
    waitingDeps['after'] = late;
    waitingDeps['on'] = timerEvents(late);
  }
  return {
    initial: 'chờ_việc_trước',
    meta: meta('activity-region', { activity }),
    states: {
      chờ_việc_trước: waitingDeps,
      chờ_thời_gian: waitingWindow,
      đang_làm: running,
      xong: { type: 'final' },
    },
  };
}

function phasesRegion(phases: readonly PhaseIR[]): Json {
  const states: Record<string, Json> = {};
  phases.forEach((phase, index) => {
    const next = phases[index + 1] === undefined ? 'hết' : `chờ_đợt_${phases[index + 1]?.id}`;
    const starting = {
      [planDelay.phaseStart(phase.id)]: [
        { guard: { type: 'phaseStarted', params: { phase: phase.id } }, target: `đợt_${phase.id}` },
        { target: `chờ_đợt_${phase.id}`, reenter: true },
      ] as Json,
    };
    states[`chờ_đợt_${phase.id}`] = {
      id: planStateId.phaseWaiting(phase.id),
      after: starting,
      on: timerEvents(starting),
    };
    const ending = {
      [planDelay.phaseEnd(phase.id)]: [
        {
          guard: { type: 'phaseEnded', params: { phase: phase.id } },
          target: next,
          actions: [{ type: 'announcePhase', params: { phase: phase.id, edge: 'end' } }],
        },
        { target: `đợt_${phase.id}`, reenter: true },
      ] as Json,
    };
    states[`đợt_${phase.id}`] = {
      id: planStateId.phase(phase.id),
      entry: [{ type: 'announcePhase', params: { phase: phase.id, edge: 'start' } }],
      meta: meta('phase', { phase }),
      after: ending,
      on: timerEvents(ending),
    };
  });
  states['hết'] = { type: 'final' };
  return { initial: phases[0] === undefined ? 'hết' : `chờ_đợt_${phases[0].id}`, states };
}

/**
 * The machine config of a plan: it finishes when every activity (and the phase calendar) has finished.
 * What a host reports about runs and units (`tdkt.run-started`, `tdkt.progress`, `tdkt.fan-out-started`,
 * `tdkt.unit-done`) is recorded at the root, whatever state the activity it concerns is in.
 *
 * @example
 * planConfig(planIr).states.đang_thực_hiện.states // one region per activity
 */
export function planConfig(plan: PlanIR): PlanStateConfig {
  const regions: Record<string, Json> = { đợt: phasesRegion(plan.phases) };
  const all = new Map(plan.activities.map((a) => [a.id, a]));
  for (const activity of plan.activities) regions[activity.id] = activityRegion(activity, all);
  return {
    id: plan.name,
    initial: 'đang_thực_hiện',
    meta: meta('plan', { name: plan.name, title: plan.title, source: plan.source }),
    on: {
      [hostEvent.runStarted]: { actions: [{ type: 'recordRun' }] },
      [hostEvent.progress]: { actions: [{ type: 'recordProgress' }] },
      [hostEvent.fanOutStarted]: { actions: [{ type: 'recordFanOut' }] },
      [hostEvent.unitDone]: { actions: [{ type: 'recordUnitDone' }] },
    },
    states: {
      đang_thực_hiện: { type: 'parallel', states: regions, onDone: { target: 'hoàn_thành' } },
      hoàn_thành: { type: 'final' },
    },
  };
}
