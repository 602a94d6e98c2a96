// Builds one temporal network for a plan: its activities, events, phases, `sau` orderings and procedures.
import type { PlanModel } from '@tdkt/language';
import { createNetworkBuilder } from '../temporal/builder.js';
import { NO_DELAY } from '../temporal/duration.js';
import type { TemporalNetwork } from '../temporal/network.js';
import { addProcedureSteps } from './procedure-steps.js';
import { shortLabel, spanOf, timeProvenance } from './provenance.js';

/** Node id of an activity (anonymous ones are `#<line>` in the model). */
export const activityNode = (id: string): string => `hđ:${id}`;
export const eventNode = (id: string): string => `sk:${id}`;

/**
 * The constraint network of a plan on its period: windows and deadlines of activities and of the steps
 * of the procedures they run, processing and posting durations, `sau` orderings, step order and fan-out
 * roll-ups, each constraint with its file position, phrase and resolved day.
 *
 * @example
 * analyseTemporal(planNetwork(plan), temporalCalendar(defaultWorkingCalendar()))
 */
export function planNetwork(plan: PlanModel): TemporalNetwork {
  const days = plan.activities.flatMap((a) => (a.window ? [a.window.start, a.window.end] : []));
  const origin = plan.periodWindow?.start ?? Math.min(...days, 0);
  const horizon = plan.periodWindow?.end ?? Math.max(...days, origin);
  const builder = createNetworkBuilder(origin, horizon);
  for (const event of plan.events) {
    builder.node(eventNode(event.id), event.name ?? event.id, 'event', spanOf(event.source));
    const resolution = event.time?.resolution;
    if (event.time && resolution?.window) {
      // An event's expected window is an estimate: missing it is a warning.
      builder.notBefore(eventNode(event.id), resolution.window.start, timeProvenance(event.name ?? event.id, event.time), true);
      builder.notAfter(eventNode(event.id), resolution.window.end, timeProvenance(event.name ?? event.id, event.time), true);
    }
  }
  const activityIds = new Set(plan.activities.map((a) => a.id));
  // What `sau A` waits for: A's finish, or, when A starts a procedure that runs on under its own step
  // deadlines, the first step — the part of the procedure A's row performs.
  const doneNode = new Map(
    plan.activities.map((a) => {
      const instance = a.procedure?.instance;
      const runsOn = instance?.initial !== undefined && instance.steps.some((s) => s.deadline?.time.resolution !== undefined);
      return [a.id, runsOn ? `${activityNode(a.id)}/${instance?.initial}.finish` : `${activityNode(a.id)}.finish`];
    }),
  );
  const eventIds = new Set(plan.events.map((e) => e.id));
  for (const activity of plan.activities) {
    const node = activityNode(activity.id);
    const label = shortLabel(activity.text);
    const span = spanOf(activity.source);
    builder.activity(node, label, { span });
    const time = activity.time;
    const instance = activity.procedure?.instance;
    // An activity that runs a procedure starts it in its window. When the procedure's steps carry their own
    // deadlines, those rule (a procedure may run on for months after the row that starts it); without
    // any, the whole procedure must fit in the window.
    const ownDeadlines = instance?.steps.some((s) => s.deadline?.time.resolution !== undefined) ?? false;
    const bounded = ownDeadlines ? undefined : `${node}.finish`;
    if (time?.resolution) {
      builder.notBefore(`${node}.start`, time.resolution.window?.start ?? origin, timeProvenance(label, time), time.resolution.soft);
      if (bounded) builder.notAfter(bounded, time.resolution.lastDay, timeProvenance(label, time), time.resolution.soft);
    } else if (activity.window) {
      // The section's window (a month, a quarter, a phase): its end is the activity's deadline.
      const provenance = { label, span, resolved: activity.window.end };
      builder.notBefore(`${node}.start`, activity.window.start, { ...provenance, resolved: activity.window.start });
      if (bounded) builder.notAfter(bounded, activity.window.end, provenance);
    }
    for (const dep of activity.after) {
      const provenance = { label, span, phrase: `sau ${dep}` };
      if (activityIds.has(dep)) builder.precede(doneNode.get(dep) as string, `${node}.start`, provenance, NO_DELAY, 'sau');
      else if (eventIds.has(dep)) builder.precede(eventNode(dep), `${node}.start`, provenance, NO_DELAY, 'sau');
    }
    if (instance) addProcedureSteps(builder, node, label, instance);
  }
  return builder.build();
}
