// Builds one temporal network for a plan: its activities, events, phases, `sau` orderings and procedures.
import type { ModelActivity, ModelBound, PlanModel } from '@tdkt/language';
import { createNetworkBuilder, type NetworkBuilder } from '../temporal/builder.js';
import { NO_DELAY } from '../temporal/duration.js';
import type { RollupPolicy, TemporalNetwork } from '../temporal/network.js';
import { addProcedureSteps, bindStepRow, bindWholeRow } from './procedure-steps.js';
import { boundProvenance, shortLabel, spanOf, timeProvenance } from './provenance.js';

/** Node id of an activity (anonymous ones are `#<line>` in the model). */
const activityNode = (id: string): string => `hđ:${id}`;
const eventNode = (id: string): string => `sk:${id}`;

function rollupPolicy(a: ModelActivity): RollupPolicy {
  const p = a.rollUp;
  if (p?.type === 'on-time') return { kind: 'by-deadline' };
  if (p?.type === 'quorum-count') return { kind: 'quorum', count: p.count };
  return { kind: 'all' };
}

/** The earliest hard end bound of a row: what its units are entitled to use when it fans out. */
function unitsDue(a: ModelActivity): ModelBound | undefined {
  let best: ModelBound | undefined;
  for (const b of a.bounds) if (b.edge === 'end' && !b.soft && (best === undefined || b.day < best.day)) best = b;
  return best;
}

function addBounds(builder: NetworkBuilder, node: string, label: string, bounds: readonly ModelBound[]): void {
  for (const b of bounds) {
    const provenance = boundProvenance(label, b);
    if (b.edge === 'start') builder.notBefore(`${node}.start`, b.day, provenance, b.soft);
    else builder.notAfter(`${node}.finish`, b.day, provenance, b.soft, b.kind);
  }
}

/**
 * The constraint network of a plan on its period: every bound of every row (its section's window, its own
 * phrases), the steps of the procedures rows run or perform (with the deadlines they keep), processing and
 * posting durations, `sau` orderings (roll-ups after a row that fans out), step order and fan-out roll-ups
 * inside procedures, each constraint with its file position, phrase, origin and resolved day.
 *
 * @example
 * analyseTemporal(planNetwork(plan), defaultWorkingCalendar())
 */
export function planNetwork(plan: PlanModel): TemporalNetwork {
  const days = plan.activities.flatMap((a) => (a.window ? [a.window.start, a.window.end] : []));
  const origin = plan.periodWindow?.start ?? Math.min(...days, 0);
  const horizon = plan.periodWindow?.end ?? Math.max(...days, origin);
  const builder = createNetworkBuilder(origin, horizon, plan.file);
  for (const event of plan.events) {
    builder.node(eventNode(event.id), event.name ?? event.id, 'event', spanOf(event.source));
    const r = event.time?.resolution;
    if (event.time && r) {
      // A date written as known binds; an estimate (`dự kiến`) only warns when missed.
      const soft = event.certainty !== 'known';
      const start = r.window?.start ?? r.lastDay;
      const provenance = { ...timeProvenance(event.name ?? event.id, event.time), origin: { kind: 'event' as const } };
      builder.notBefore(eventNode(event.id), start, { ...provenance, resolved: start }, soft);
      builder.notAfter(
        eventNode(event.id),
        r.window?.end ?? r.lastDay,
        provenance,
        soft,
        r.window !== null && r.window.start !== r.window.end ? 'window' : 'deadline',
      );
    }
  }
  const byId = new Map(plan.activities.map((a) => [a.id, a]));
  const eventIds = new Set(plan.events.map((e) => e.id));
  for (const activity of plan.activities) {
    const node = activityNode(activity.id);
    const label = shortLabel(activity.text);
    builder.activity(node, label, { span: spanOf(activity.source) });
    addBounds(builder, node, label, activity.bounds);
    for (const dep of activity.after) {
      const provenance = { label, span: spanOf(activity.source), phrase: `sau ${dep}` };
      const before = byId.get(dep);
      if (before?.fanOut) {
        // Waiting for the units below: they are entitled to their own deadline (as inside a procedure).
        const due = unitsDue(before);
        builder.rollup(
          `${node}.start`,
          [`${activityNode(dep)}.finish`],
          provenance,
          rollupPolicy(before),
          due && { day: due.day, provenance: boundProvenance(shortLabel(before.text), due) },
        );
      } else if (before) builder.precede(`${activityNode(dep)}.finish`, `${node}.start`, provenance, NO_DELAY, 'sau');
      else if (eventIds.has(dep)) builder.precede(eventNode(dep), `${node}.start`, provenance, NO_DELAY, 'sau');
    }
    const link = activity.procedure;
    if (link?.instance) {
      addProcedureSteps(builder, node, label, link.instance);
      if (link.performs) bindStepRow(builder, node, node, link.performs, link.instance, label);
      else bindWholeRow(builder, node, node, link.instance, label);
    }
  }
  // Rows performing steps of an instance another row started.
  for (const activity of plan.activities) {
    const step = activity.procedureStep;
    const instance = step ? byId.get(step.startedBy)?.procedure?.instance : undefined;
    if (step && instance)
      bindStepRow(
        builder,
        activityNode(activity.id),
        activityNode(step.startedBy),
        step.steps,
        instance,
        shortLabel(activity.text),
      );
  }
  return builder.build();
}
