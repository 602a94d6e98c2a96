// Marks where a procedure's outcome is settled: the steps a plan row's deadline bounds, and those after it.
import { entrySteps, stepTargets } from '../model/flow.js';
import type { ModelParallel, ModelStep } from '../model/types.js';

/** Built-in actions that move a dossier on: a step that offers one is still being worked on. */
const FORWARD_ACTIONS = new Set(['submit', 'approve', 'concur', 'appraise', 'forward']);

/**
 * A waiting step: only its `quá hạn` leads to an end and nobody moves the dossier on from it (an
 * announcement that waits out the complaint period). The outcome is settled when a dossier enters it.
 */
function isWaiting(step: ModelStep): boolean {
  const timeoutToEnd = step.transitions.some((t) => t.trigger === 'timeout' && t.target.kind === 'final');
  const movesOn = step.transitions.some((t) => t.trigger === 'action' && FORWARD_ACTIONS.has(t.action ?? ''));
  return timeoutToEnd && !movesOn;
}

/**
 * Sets `outcome` on the steps where the procedure's outcome is settled and `afterOutcome` on the steps
 * reached only past a waiting step (complaint handling): a plan row that runs the procedure must see the
 * outcome by its deadline, not the end of every complaint.
 *
 * @example
 * markOutcome(steps, parallels, 'tự_đánh_giá').find((s) => s.id === 'công_bố')?.outcome // => 'entry'
 */
export function markOutcome(
  steps: readonly ModelStep[],
  parallels: readonly ModelParallel[],
  initial: string | undefined,
): ModelStep[] {
  const flow = { steps, parallels };
  const byId = new Map(steps.map((s) => [s.id, s]));
  const main = new Set<string>();
  const queue =
    initial === undefined
      ? []
      : entrySteps(byId.has(initial) ? { kind: 'step', id: initial } : { kind: 'parallel', id: initial }, flow);
  for (const id of queue) main.add(id);
  for (let i = 0; i < queue.length; i++) {
    const step = byId.get(queue[i] as string);
    if (step === undefined || isWaiting(step)) continue;
    // Timeouts count too: `quá hạn -> chuyển lên` is still on the way to the outcome.
    for (const target of stepTargets(step, flow, true)) {
      for (const next of entrySteps(target, flow)) {
        if (main.has(next)) continue;
        main.add(next);
        queue.push(next);
      }
    }
  }
  return steps.map((step) => {
    if (!main.has(step.id)) return initial === undefined ? step : { ...step, afterOutcome: true };
    if (isWaiting(step)) return { ...step, outcome: 'entry' as const };
    const ends = step.transitions.some((t) => t.trigger !== 'timeout' && t.target.kind === 'final');
    return ends ? { ...step, outcome: 'finish' as const } : step;
  });
}
