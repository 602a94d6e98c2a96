// The steps of a procedure linked from an activity, as nodes and orderings of the plan's network.
import type { ModelStep, ModelTarget, ProcedureModel } from '@tdkt/language';
import { NO_DELAY } from '../temporal/duration.js';
import type { NetworkBuilder } from '../temporal/builder.js';
import { durationProvenance, spanOf, timeProvenance } from './provenance.js';

function label(step: ModelStep, activityLabel: string): string {
  return step.title ?? `${activityLabel}: ${step.id}`;
}

/** The steps a target leads to: a step, or the first steps of a parallel block's branches. */
function entrySteps(target: ModelTarget, procedure: ProcedureModel): string[] {
  if (target.kind === 'step') return [target.id];
  if (target.kind === 'parallel') {
    const block = procedure.parallels.find((p) => p.id === target.id);
    return (block?.branches ?? []).flatMap((b) => (b.initial ? [b.initial] : []));
  }
  return [];
}

/**
 * Forward orderings between steps: action and automatic transitions to steps written later (a `trả lại`
 * back to an earlier step is a loop, not an ordering; timeouts are exceptional paths).
 */
function forwardEdges(procedure: ProcedureModel): { from: string; to: string; fanOut: boolean }[] {
  const order = new Map(procedure.steps.map((s, i) => [s.id, i]));
  const edges: { from: string; to: string; fanOut: boolean }[] = [];
  for (const step of procedure.steps) {
    const targets: ModelTarget[] = step.transitions.filter((t) => t.trigger !== 'timeout').map((t) => t.target);
    const block = step.parallel === undefined ? undefined : procedure.parallels.find((p) => p.id === step.parallel);
    if (block?.join && step.transitions.some((t) => t.target.kind === 'done')) targets.push(block.join.target);
    for (const target of targets) {
      for (const to of entrySteps(target, procedure)) {
        if ((order.get(to) ?? -1) > (order.get(step.id) ?? 0)) edges.push({ from: step.id, to, fanOut: step.fanOut !== undefined });
      }
    }
  }
  return edges;
}

/**
 * Adds a linked procedure's steps under `prefix`: durations (review, then posting), deadlines, step order
 * and fan-out roll-ups; the activity's start comes before the first step, the last steps before its finish.
 *
 * @example
 * addProcedureSteps(builder, 'bình_xét', 'Bình xét cuối năm', instance)
 */
export function addProcedureSteps(builder: NetworkBuilder, prefix: string, activityLabel: string, procedure: ProcedureModel): void {
  const id = (step: string): string => `${prefix}/${step}`;
  for (const step of procedure.steps) {
    const name = label(step, activityLabel);
    const span = spanOf(step.source);
    const takes = step.takes?.duration;
    builder.activity(id(step.id), name, {
      span,
      ...(takes ? { duration: takes, durationProvenance: durationProvenance(name, step.takes!) } : {}),
    });
    if (step.posting?.duration) {
      // Posting for comment comes after the review and before the step may finish.
      builder.node(`${id(step.id)}.reviewed`, name, 'milestone', span);
      builder.precede(`${id(step.id)}.start`, `${id(step.id)}.reviewed`, durationProvenance(name, step.takes ?? step.posting), takes ?? NO_DELAY, 'duration');
      builder.precede(`${id(step.id)}.reviewed`, `${id(step.id)}.finish`, durationProvenance(`${name} (công khai)`, step.posting), step.posting.duration, 'duration');
    }
    // A step's `hạn` is a deadline only: "hạn cuối tháng 3" bounds when it finishes, not when it starts.
    const time = step.deadline?.time;
    if (time?.resolution) builder.notAfter(`${id(step.id)}.finish`, time.resolution.lastDay, timeProvenance(name, time), time.resolution.soft);
  }
  const edges = forwardEdges(procedure);
  for (const edge of edges) {
    const from = procedure.steps.find((s) => s.id === edge.from) as ModelStep;
    const provenance = { label: label(from, activityLabel), span: spanOf(from.source) };
    builder.precede(`${id(edge.from)}.finish`, `${id(edge.to)}.start`, provenance, NO_DELAY, 'step-order');
    const lastDay = from.deadline?.time.resolution?.lastDay;
    if (edge.fanOut) {
      const policy = from.rollUp?.type === 'on-time' ? { kind: 'by-deadline' as const } : from.rollUp?.type === 'quorum-count' ? { kind: 'quorum' as const, count: from.rollUp.count } : { kind: 'all' as const };
      const due = lastDay === undefined || from.deadline === undefined ? undefined : { day: lastDay, provenance: timeProvenance(label(from, activityLabel), from.deadline.time) };
      builder.rollup(`${id(edge.to)}.start`, [`${id(edge.from)}.finish`], provenance, policy, due);
    }
  }
  // The activity spans its procedure's main path: it starts the initial step, and it is finished once
  // a step that ends the procedure (by an action or a condition, not a timeout) is finished.
  for (const step of procedure.steps) {
    const provenance = { label: label(step, activityLabel), span: spanOf(step.source) };
    if (step.id === procedure.initial) builder.precede(`${prefix}.start`, `${id(step.id)}.start`, provenance, NO_DELAY, 'link');
    if (step.transitions.some((t) => t.trigger !== 'timeout' && t.target.kind === 'final')) builder.precede(`${id(step.id)}.finish`, `${prefix}.finish`, provenance, NO_DELAY, 'link');
  }
}
