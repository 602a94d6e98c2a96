// The injected source of "now": library code never reads the ambient clock.

/** Something that tells the current instant in epoch milliseconds. */
export interface Clock {
  now(): number;
}

/**
 * A clock stopped at one instant, for pure computations and tests.
 *
 * @example
 * fixedClock(Date.UTC(2021, 5, 29)).now() // => 1624924800000
 */
export function fixedClock(ms: number): Clock {
  return { now: () => ms };
}
