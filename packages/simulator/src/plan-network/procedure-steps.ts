// The steps of a procedure a plan runs, as nodes and orderings of the plan's network, bound to its rows.
import { forwardEdges, type ModelStep, type ProcedureModel } from '@tdkt/language';
import type { NetworkBuilder } from '../temporal/builder.js';
import { NO_DELAY } from '../temporal/duration.js';
import { durationProvenance, spanOf, timeProvenance } from './provenance.js';

function label(step: ModelStep, activityLabel: string): string {
  return step.title ?? `${activityLabel}: ${step.id}`;
}

/** The node id of a step of the instance a row starts. */
const stepNode = (instance: string, step: string): string => `${instance}/${step}`;

/**
 * Adds an instance's steps under `prefix` (the starting row's node): durations (review, then posting),
 * the deadlines the instance keeps of its own (a step's `hạn`, a library default, a `với`; those a row
 * or a derivation gave come from the rows' own bounds), step order and fan-out roll-ups. Steps after the
 * outcome are left out unless they carry a date of their own.
 *
 * @example
 * addProcedureSteps(builder, 'hđ:bình_xét', 'Bình xét cuối năm', instance)
 */
export function addProcedureSteps(
  builder: NetworkBuilder,
  prefix: string,
  activityLabel: string,
  procedure: ProcedureModel,
): void {
  const id = (step: string): string => stepNode(prefix, step);
  // Steps after the outcome (complaint handling) belong to the plan only through a date of their own:
  // otherwise they would let the period's end pull the decision earlier.
  const dated = (step: ModelStep): boolean =>
    step.deadline?.time.resolution !== undefined && step.deadline.time.resolution.relative === undefined;
  const kept = new Set(procedure.steps.filter((s) => !s.afterOutcome || dated(s)).map((s) => s.id));
  for (const step of procedure.steps) {
    if (!kept.has(step.id)) continue;
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
      builder.precede(
        `${id(step.id)}.start`,
        `${id(step.id)}.reviewed`,
        durationProvenance(name, step.takes ?? step.posting),
        takes ?? NO_DELAY,
        'duration',
      );
      builder.precede(
        `${id(step.id)}.reviewed`,
        `${id(step.id)}.finish`,
        durationProvenance(`${name} (công khai)`, step.posting),
        step.posting.duration,
        'duration',
      );
    }
    // A step's `hạn` is a deadline only: "hạn cuối tháng 3" bounds when it finishes, not when it starts.
    const deadline = step.deadline;
    const own = deadline !== undefined && deadline.origin.kind !== 'row' && deadline.origin.kind !== 'derived';
    const r = deadline?.time.resolution;
    if (own && r)
      builder.notAfter(
        `${id(step.id)}.finish`,
        r.lastDay,
        timeProvenance(name, deadline.time, deadline.origin),
        r.soft,
        r.kind === 'window' ? 'window' : 'deadline',
      );
  }
  for (const edge of forwardEdges(procedure)) {
    if (!kept.has(edge.from) || !kept.has(edge.to)) continue;
    const from = procedure.steps.find((s) => s.id === edge.from) as ModelStep;
    const provenance = { label: label(from, activityLabel), span: spanOf(from.source) };
    builder.precede(`${id(edge.from)}.finish`, `${id(edge.to)}.start`, provenance, NO_DELAY, 'step-order');
    const lastDay = from.deadline?.time.resolution?.lastDay;
    if (edge.fanOut) {
      const policy =
        from.rollUp?.type === 'on-time'
          ? { kind: 'by-deadline' as const }
          : from.rollUp?.type === 'quorum-count'
            ? { kind: 'quorum' as const, count: from.rollUp.count }
            : { kind: 'all' as const };
      const due =
        lastDay === undefined || from.deadline === undefined
          ? undefined
          : {
              day: lastDay,
              provenance: timeProvenance(label(from, activityLabel), from.deadline.time, from.deadline.origin),
            };
      builder.rollup(`${id(edge.to)}.start`, [`${id(edge.from)}.finish`], provenance, policy, due);
    }
  }
}

/**
 * Binds a row that runs the whole instance: it starts the initial step, and it is done once the outcome
 * is settled on every path — a step that ends the procedure by an action or a condition is finished, or a
 * waiting step (the complaint period after an announcement) is entered. Steps after the outcome are not
 * bound by the row.
 *
 * @example
 * bindWholeRow(builder, 'hđ:bình_xét', 'hđ:bình_xét', instance)
 */
export function bindWholeRow(
  builder: NetworkBuilder,
  row: string,
  instancePrefix: string,
  procedure: ProcedureModel,
  activityLabel: string,
): void {
  for (const step of procedure.steps) {
    const provenance = { label: label(step, activityLabel), span: spanOf(step.source) };
    if (step.id === procedure.initial)
      builder.precede(`${row}.start`, `${stepNode(instancePrefix, step.id)}.start`, provenance, NO_DELAY, 'link');
    if (step.outcome === 'finish')
      builder.precede(`${stepNode(instancePrefix, step.id)}.finish`, `${row}.finish`, provenance, NO_DELAY, 'link');
    if (step.outcome === 'entry')
      builder.precede(`${stepNode(instancePrefix, step.id)}.start`, `${row}.finish`, provenance, NO_DELAY, 'link');
  }
  // A parallel block as the first thing: the row starts each branch.
  const block = procedure.parallels.find((p) => p.id === procedure.initial);
  for (const branch of block?.branches ?? []) {
    if (branch.initial !== undefined)
      builder.precede(
        `${row}.start`,
        `${stepNode(instancePrefix, branch.initial)}.start`,
        { label: activityLabel },
        NO_DELAY,
        'link',
      );
  }
}

/**
 * Binds a row that performs some steps of an instance: it starts before them and is done once they are.
 *
 * @example
 * bindStepRow(builder, 'hđ:tổ_xét', 'hđ:tự_đánh_giá', ['tổ_xét'], instance, 'Tổ xét')
 */
export function bindStepRow(
  builder: NetworkBuilder,
  row: string,
  instancePrefix: string,
  steps: readonly string[],
  procedure: ProcedureModel,
  activityLabel: string,
): void {
  for (const id of steps) {
    const step = procedure.steps.find((s) => s.id === id);
    if (step === undefined) continue;
    // Marked as the row's own: the deadline analysis tells these links from a whole row's.
    const provenance = {
      label: label(step, activityLabel),
      span: spanOf(step.source),
      origin: { kind: 'row' as const },
    };
    builder.precede(`${row}.start`, `${stepNode(instancePrefix, id)}.start`, provenance, NO_DELAY, 'link');
    // A waiting step is the row's when the dossier enters it (the period it waits out is not the row's).
    const settled =
      step.outcome === 'entry' ? `${stepNode(instancePrefix, id)}.start` : `${stepNode(instancePrefix, id)}.finish`;
    builder.precede(settled, `${row}.finish`, provenance, NO_DELAY, 'link');
  }
}
