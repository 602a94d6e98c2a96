// Which durable timers a step gets when it is entered: its deadline, reminders and posting end.
import type { StepEntry, StepSpec } from '../engine/definition.js';
import type { NewTimer } from '../store/types.js';

/** A step's resolved deadline and the timers to store for it. */
export interface StepTimers {
  readonly deadline: number | null;
  readonly timers: readonly NewTimer[];
}

const finite = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * Resolves a step's deadline at entry and lists its timers. A deadline or posting end already past
 * fires at entry (never before it: time in an instance does not run backwards); reminders already
 * past or after the deadline are dropped.
 *
 * @example
 * timersForEntry('i1', spec, { step: 'tổ_xét', enteredAt: t, context }).timers // => [{ kind: 'deadline', fireAt: … }, …]
 */
export function timersForEntry(instance: string, spec: StepSpec, entry: StepEntry): StepTimers {
  const now = entry.enteredAt;
  const rawDeadline = spec.deadline?.(entry);
  const deadline = finite(rawDeadline) ? rawDeadline : null;
  const timers: NewTimer[] = [];
  const posting = spec.postingEnd?.(entry);
  if (finite(posting))
    timers.push({
      instance,
      kind: 'posting',
      step: entry.step,
      fireAt: Math.max(posting, now),
      payload: { end: posting },
    });
  const edge = spec.windowEdge?.(entry);
  if (finite(edge))
    timers.push({ instance, kind: 'window', step: entry.step, fireAt: Math.max(edge, now), payload: { at: edge } });
  (spec.reminders?.(entry, deadline) ?? []).forEach((at, index) => {
    if (!finite(at) || at < now || (deadline !== null && at >= deadline)) return;
    timers.push({ instance, kind: 'reminder', step: entry.step, fireAt: at, payload: { deadline, index } });
  });
  if (deadline !== null)
    timers.push({
      instance,
      kind: 'deadline',
      step: entry.step,
      fireAt: Math.max(deadline, now),
      payload: { deadline },
    });
  return { deadline, timers };
}
