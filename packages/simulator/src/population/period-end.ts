// What a dossier still unfinished when the period ends is: still running (within its deadline) or stuck.
import type { Awaiting, PendingDeadline } from './model.js';

/**
 * Whether a dossier unfinished at `end` is still running rather than stuck: the deadline of the step it
 * waits at has not passed at `end` (the last instant of a deadline day is its deadline, so a step due on
 * the period's last day is running), or (no deadline, or no step: a posting period) a timer of its state
 * fires after `end` (a timeout, a posting period's end). A deadline passed, or nothing left to come, is stuck.
 *
 * @example
 * stillRunning({ step: 'công_bố', level: 2, deadline: end + 1, act }, [], end) // => true
 */
export function stillRunning<E>(
  awaiting: Awaiting<E> | undefined,
  pending: readonly PendingDeadline<E>[] | undefined,
  end: number,
): boolean {
  if (awaiting?.deadline !== undefined) return awaiting.deadline >= end;
  return (pending ?? []).some((t) => t.at > end);
}
