// The clock the engine runs on: "now" plus XState v5's Clock (setTimeout / clearTimeout).
import type { Clock } from '@tdkt/calendar';

/** An opaque timer handle returned by `setTimeout`. */
export type TimerId = number;

/**
 * A clock that tells the time and schedules callbacks; structurally XState v5's `Clock`, so it can be
 * passed as `createActor(machine, { clock })`.
 */
export interface EngineClock extends Clock {
  setTimeout(fn: () => void, ms: number): TimerId;
  clearTimeout(id: TimerId): void;
}

/** The longest delay a JavaScript timer can hold (about 24.8 days); longer waits must be chained. */
export const MAX_TIMER_DELAY = 2 ** 31 - 1;
