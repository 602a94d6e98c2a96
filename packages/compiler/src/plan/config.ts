// Lowers a PlanIR into a JSON machine config: one parallel region per activity, plus one for the phases.
import type { ActivityIR, PhaseIR, PlanIR } from '../ir.js';
import { hostEvent } from '../procedure/names.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type PlanStateConfig = { [key: string]: Json | undefined };

export const planDelay = {
  windowStart: (activity: string): string => `window-start:${activity}`,
  windowEnd: (activity: string): string => `window-end:${activity}`,
  phaseStart: (phase: string): string => `phase-start:${phase}`,
  phaseEnd: (phase: string): string => `phase-end:${phase}`,
};

function meta(kind: string, fields: Record<string, unknown>): Json {
  return { tdkt: JSON.parse(JSON.stringify({ kind, ...fields })) as Json };
}

/** An activity waits for its `sau` dependencies, then for its window, runs, and ends in `xong`. */
function activityRegion(activity: ActivityIR): Json {
  const running: Record<string, Json> = {
    entry: [{ type: 'activityStarted', params: { activity: activity.id } }],
    on: {},
    after: {},
  };
  if (activity.window !== undefined) {
    // A missed window is a warning the host observes, never a failure of the plan.
    (running['after'] as Record<string, Json>)[planDelay.windowEnd(activity.id)] = [
      { guard: { type: 'windowOver', params: { activity: activity.id } }, actions: [{ type: 'activityOverdue', params: { activity: activity.id } }] },
      { target: 'đang_làm', reenter: true },
    ];
  }
  if (activity.procedure !== undefined) {
    running['invoke'] = {
      src: activity.procedure,
      id: `quy_trình:${activity.id}`,
      // Replaced by a function of the plan's input when the machine is built (see plan/compile.ts).
      input: { activity: activity.id },
      onDone: { target: 'xong', actions: [{ type: 'markDone', params: { activity: activity.id } }] },
      onError: { target: 'xong', actions: [{ type: 'activityFailed', params: { activity: activity.id } }] },
    };
  }
  (running['on'] as Record<string, Json>)[hostEvent.activityDone] = {
    guard: { type: 'isActivity', params: { activity: activity.id } },
    target: 'xong',
    actions: [{ type: 'markDone', params: { activity: activity.id } }],
  };
  const waitingWindow: Json =
    activity.window === undefined
      ? { always: { target: 'đang_làm' } }
      : {
          after: {
            [planDelay.windowStart(activity.id)]: [
              { guard: { type: 'windowOpen', params: { activity: activity.id } }, target: 'đang_làm' },
              { target: 'chờ_thời_gian', reenter: true },
            ],
          },
        };
  return {
    initial: 'chờ_việc_trước',
    meta: meta('activity', { activity }),
    states: {
      chờ_việc_trước: { always: { guard: { type: 'depsDone', params: { after: [...activity.after] } }, target: 'chờ_thời_gian' } },
      chờ_thời_gian: waitingWindow,
      đang_làm: running,
      xong: { type: 'final' },
    },
  };
}

function phasesRegion(phases: readonly PhaseIR[]): Json {
  const states: Record<string, Json> = {};
  phases.forEach((phase, index) => {
    const next = phases[index + 1] === undefined ? 'hết' : `đợt_${phases[index + 1]?.id}`;
    states[`chờ_đợt_${phase.id}`] = {
      after: {
        [planDelay.phaseStart(phase.id)]: [
          { guard: { type: 'phaseStarted', params: { phase: phase.id } }, target: `đợt_${phase.id}` },
          { target: `chờ_đợt_${phase.id}`, reenter: true },
        ],
      },
    };
    states[`đợt_${phase.id}`] = {
      entry: [{ type: 'announcePhase', params: { phase: phase.id, edge: 'start' } }],
      meta: meta('phase', { phase }),
      after: {
        [planDelay.phaseEnd(phase.id)]: [
          { guard: { type: 'phaseEnded', params: { phase: phase.id } }, target: next === 'hết' ? 'hết' : `chờ_${next}`, actions: [{ type: 'announcePhase', params: { phase: phase.id, edge: 'end' } }] },
          { target: `đợt_${phase.id}`, reenter: true },
        ],
      },
    };
  });
  states['hết'] = { type: 'final' };
  return { initial: phases[0] === undefined ? 'hết' : `chờ_đợt_${phases[0].id}`, states };
}

/**
 * The machine config of a plan: it finishes when every activity (and the phase calendar) has finished.
 *
 * @example
 * planConfig(planIr).states.hoạt_động.states // one region per activity
 */
export function planConfig(plan: PlanIR): PlanStateConfig {
  const regions: Record<string, Json> = { đợt: phasesRegion(plan.phases) };
  for (const activity of plan.activities) regions[activity.id] = activityRegion(activity);
  return {
    id: plan.name,
    initial: 'đang_thực_hiện',
    meta: meta('plan', { name: plan.name, title: plan.title, source: plan.source }),
    states: {
      đang_thực_hiện: { type: 'parallel', states: regions, onDone: { target: 'hoàn_thành' } },
      hoàn_thành: { type: 'final' },
    },
  };
}
