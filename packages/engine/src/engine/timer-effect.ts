// What a fired timer does to an instance: the event its definition makes of it, the next snapshot, the audit
// action and the notice for the host. Pure: the caller writes the change.
import type { AnyMachineSnapshot } from 'xstate';
import type { ActiveStep } from '../store/types.js';
import { defaultTimerEvent, type FiredTimer } from './definition.js';
import type { LoadedWorkflow } from './registry.js';
import type { EngineEvent } from './types.js';

/** A timer's effect, before it is written. */
export interface TimerEffect {
  /** The snapshot after the timer's event; the same object when the machine ignored it. */
  readonly next: AnyMachineSnapshot;
  /** The audit entry's action: the timer's kind (`posting-ended` for a posting). */
  readonly action: string;
  readonly data: { readonly step: string; readonly fireAt: number };
  readonly notices: readonly EngineEvent[];
}

/**
 * Applies a timer of `instance` as of its own instant: `at` runs the definition with the clock reading `fireAt`.
 *
 * @example
 * timerEffect(loaded, instance, snapshot, { kind: 'posting', step: 'hội_đồng', payload: null, fireAt }, at).action // => 'posting-ended'
 */
export function timerEffect(
  loaded: LoadedWorkflow,
  instance: { readonly id: string; readonly steps: readonly ActiveStep[] },
  snapshot: AnyMachineSnapshot,
  fired: FiredTimer,
  at: <T>(now: number, fn: () => T) => T,
): TimerEffect {
  const event = (loaded.definition.timerEvent ?? defaultTimerEvent)(fired, snapshot);
  const next = event === null ? snapshot : at(fired.fireAt, () => loaded.runner.transition(snapshot, event));
  const base = { instance: instance.id, step: fired.step, at: fired.fireAt };
  const notice: EngineEvent | undefined =
    fired.kind === 'reminder'
      ? { type: 'reminder', ...base, deadline: instance.steps.find((s) => s.step === fired.step)?.deadline ?? null }
      : fired.kind === 'deadline'
        ? { type: 'deadline', ...base, handled: next !== snapshot }
        : fired.kind === 'posting'
          ? { type: 'posting-ended', ...base }
          : undefined;
  return {
    next,
    action: fired.kind === 'posting' ? 'posting-ended' : fired.kind,
    data: { step: fired.step, fireAt: fired.fireAt },
    notices: notice === undefined ? [] : [notice],
  };
}
