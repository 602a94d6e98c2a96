// Names of the delays, guards, actions and emitted events compiled machines use: one place, stable strings.
import type { DeadlineIR } from '../ir.js';

/** XState delays are named so Stately's editor shows them; the step id keeps them unique. */
export const delayName = {
  deadline: (step: string): string => `deadline:${step}`,
  posting: (step: string): string => `posting:${step}`,
  reminder: (step: string, index: number): string => `reminder:${step}:${index}`,
};

/** The prefix of a timer's named event: a machine takes `tdkt.timer.<delay>` exactly as its `after` delay. */
export const TIMER_EVENT_PREFIX = 'tdkt.timer.';

/**
 * The named event a host (the engine) sends when a compiled delay has come: the same transitions as the
 * state's `after` entry, without the re-arming of long waits. Keyed by the delay name, so no host needs
 * XState's internal `xstate.after.*` event names.
 *
 * @example
 * timerEvent(delayName.deadline('tổ_xét')) // => 'tdkt.timer.deadline:tổ_xét'
 */
export const timerEvent = (delay: string): string => `${TIMER_EVENT_PREFIX}${delay}`;

/** Events a compiled machine emits for hosts to observe (`actor.on(type, …)`). */
export const emitted = {
  reminder: 'tdkt.reminder',
  overdue: 'tdkt.overdue',
  postingEnded: 'tdkt.posting-ended',
  unitLate: 'tdkt.unit-late',
  activityStarted: 'tdkt.activity-started',
  activityOverdue: 'tdkt.activity-overdue',
  phaseStarted: 'tdkt.phase-started',
  phaseEnded: 'tdkt.phase-ended',
} as const;

/** Events a host sends besides the designer's actions. */
export const hostEvent = {
  /** A run-time event's real date became known: `{ type, name, date: 'YYYY-MM-DD' }`. */
  eventOccurred: 'tdkt.event-occurred',
  /** A subordinate unit's instance finished: `{ type, unit, outcome }`. */
  unitSubmitted: 'tdkt.unit-submitted',
  /** An activity without a procedure was done: `{ type, activity }`. */
  activityDone: 'tdkt.activity-done',
  /** The engine started a run's dossiers: `{ type, run, instances: [{ id, unit, group }] }`. */
  runStarted: 'tdkt.run-started',
  /** A run's dossier moved past an activity's steps (or ended): `{ type, activity, instance }`. */
  progress: 'tdkt.progress',
  /** A fan-out activity started in these units: `{ type, activity, units }`. */
  fanOutStarted: 'tdkt.fan-out-started',
  /** A unit's instance of a fan-out activity ended: `{ type, activity, unit, outcome }`. */
  unitDone: 'tdkt.unit-done',
} as const;

/** The longest delay a JavaScript timer can hold; longer waits are re-armed in steps of at most this. */
export const MAX_TIMER_DELAY = 2 ** 31 - 1;

/** XState's done event of any spawned child (a fan-out unit's instance). */
export const unitDoneEvent = 'xstate.done.actor.*';

/** The final state a parallel branch reaches with `-> xong`; IR transitions name it as their target. */
export const branchEndId = (branch: string): string => `${branch}_xong`;

/** The state a step escalates to when `quá hạn chuyển lên R` names no target. */
export const escalationId = (step: string): string => `${step}_chuyển_lên`;

/** Prefix of the event a step's completion is known by in `context.events` (see `stepDoneEvent`). */
export const STEP_DONE_PREFIX = 'bước:';

/** The event a step's completion is known by in a running machine (`context.events`). */
export const stepDoneEvent = (step: string): string => `${STEP_DONE_PREFIX}${step}`;

/**
 * The own step a deadline counts from, when it counts from one (`trong 90 ngày kể từ quyết_định`).
 *
 * @example
 * anchorStepOf({ kind: 'after-event', event: 'bước:quyết_định', … }) // => 'quyết_định'
 */
export function anchorStepOf(deadline: DeadlineIR | undefined): string | undefined {
  return deadline?.kind === 'after-event' && deadline.event.startsWith(STEP_DONE_PREFIX)
    ? deadline.event.slice(STEP_DONE_PREFIX.length)
    : undefined;
}
