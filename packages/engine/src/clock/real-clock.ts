// The one real-clock adapter of the codebase: wall time and JS timers, with long delays chained.
import { type EngineClock, MAX_TIMER_DELAY, type TimerId } from './types.js';

/** The host functions the real clock runs on; injectable so tests can watch what reaches them. */
export interface HostTimers {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface RealClockOptions {
  /** Replace the host's timer functions (tests). */
  readonly timers?: HostTimers;
  /** Don't let pending timers keep the process alive (Node's `unref`). Default false. */
  readonly unref?: boolean;
}

const hostTimers: HostTimers = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * The wall clock. `setTimeout` accepts any delay: one longer than 2^31−1 ms is waited out in steps of
 * at most that, re-checking the wall clock at each step, so a school-year deadline neither overflows
 * (Node would fire it after 1 ms) nor drifts.
 *
 * @example
 * const clock = realClock();
 * const id = clock.setTimeout(() => console.log('in 200 days'), 200 * 86_400_000);
 * clock.clearTimeout(id);
 */
export function realClock(options: RealClockOptions = {}): EngineClock {
  const timers = options.timers ?? hostTimers;
  const handles = new Map<TimerId, unknown>();
  let nextId = 1;

  const arm = (id: TimerId, target: number, fn: () => void): void => {
    const remaining = target - timers.now();
    const step = remaining > MAX_TIMER_DELAY ? MAX_TIMER_DELAY : Math.max(0, remaining);
    const handle = timers.setTimeout(() => {
      if (!handles.has(id)) return;
      if (timers.now() < target) {
        arm(id, target, fn);
        return;
      }
      handles.delete(id);
      fn();
    }, step);
    if (options.unref === true) (handle as { unref?: () => void } | null)?.unref?.();
    handles.set(id, handle);
  };

  return {
    now: () => timers.now(),
    setTimeout(fn, ms) {
      const id = nextId++;
      const delay = Number.isFinite(ms) && ms > 0 ? ms : 0;
      arm(id, timers.now() + delay, fn);
      return id;
    },
    clearTimeout(id) {
      const handle = handles.get(id);
      if (handle === undefined) return;
      handles.delete(id);
      timers.clearTimeout(handle);
    },
  };
}
