// The forward flow of a procedure model: which steps follow which, for deadlines and the outcome of a procedure.
import type { ModelParallel, ModelStep, ModelTarget } from './types.js';

/** A forward ordering between two steps; `fanOut` when `from` waits for its units' roll-up. */
export interface FlowEdge {
  readonly from: string;
  readonly to: string;
  readonly fanOut: boolean;
}

interface FlowInput {
  readonly steps: readonly ModelStep[];
  readonly parallels: readonly ModelParallel[];
}

/**
 * The steps a target leads to: a step, or the first steps of a parallel block's branches.
 *
 * @example
 * entrySteps({ kind: 'parallel', id: 'thẩm_định' }, procedure) // => ['ý_kiến_công_đoàn', 'ý_kiến_chuyên_môn']
 */
export function entrySteps(target: ModelTarget, procedure: FlowInput): string[] {
  if (target.kind === 'step') return [target.id];
  if (target.kind === 'parallel') {
    const block = procedure.parallels.find((p) => p.id === target.id);
    return (block?.branches ?? []).flatMap((b) => (b.initial ? [b.initial] : []));
  }
  return [];
}

/** Where a step's transitions (or, at a branch's `xong`, its block's join) lead; timeouts left out unless asked. */
export function stepTargets(step: ModelStep, procedure: FlowInput, withTimeouts = false): ModelTarget[] {
  const targets: ModelTarget[] = step.transitions
    .filter((t) => withTimeouts || t.trigger !== 'timeout')
    .map((t) => t.target);
  const block = step.parallel === undefined ? undefined : procedure.parallels.find((p) => p.id === step.parallel);
  if (block?.join && step.transitions.some((t) => t.target.kind === 'done')) targets.push(block.join.target);
  return targets;
}

/**
 * Forward orderings between steps: action and automatic transitions to steps written later (a `trả lại`
 * back to an earlier step is a loop, not an ordering; timeouts are exceptional paths).
 *
 * @example
 * forwardEdges(procedure) // => [{ from: 'tự_đánh_giá', to: 'tổ_xét', fanOut: false }, …]
 */
export function forwardEdges(procedure: FlowInput): FlowEdge[] {
  const order = new Map(procedure.steps.map((s, i) => [s.id, i]));
  const edges: FlowEdge[] = [];
  for (const step of procedure.steps) {
    for (const target of stepTargets(step, procedure)) {
      for (const to of entrySteps(target, procedure)) {
        if ((order.get(to) ?? -1) > (order.get(step.id) ?? 0))
          edges.push({ from: step.id, to, fanOut: step.fanOut !== undefined });
      }
    }
  }
  return edges;
}
