// The result of one unit of work: what to return, what to announce after commit, when to wake; and how to merge them.
import type { AnyMachineSnapshot } from 'xstate';
import type { ActResult, EngineEvent } from './types.js';

/** A new snapshot to cache once the transaction has committed (never before: it may roll back). */
interface CachedSnapshot {
  readonly id: string;
  readonly version: number;
  readonly value: AnyMachineSnapshot;
}

/** The result of one transaction: what to return, what to announce after commit, when to wake. */
export interface Outcome {
  readonly result: ActResult | undefined;
  readonly events: readonly EngineEvent[];
  readonly wake: number | undefined;
  readonly snapshots?: readonly CachedSnapshot[];
}

/** The earliest instant among new timers. */
export function minFire(timers: readonly { fireAt: number }[]): number | undefined {
  let min: number | undefined;
  for (const t of timers) if (min === undefined || t.fireAt < min) min = t.fireAt;
  return min;
}

const earliest = (a: number | undefined, b: number | undefined): number | undefined =>
  a === undefined ? b : b === undefined ? a : Math.min(a, b);

/** Several outcomes of one transaction as one: the first result, every event and snapshot, the earliest wake. */
export function mergeOutcomes(first: Outcome, ...rest: readonly Outcome[]): Outcome {
  let merged = first;
  for (const next of rest) {
    merged = {
      result: merged.result ?? next.result,
      events: [...merged.events, ...next.events],
      wake: earliest(merged.wake, next.wake),
      snapshots: [...(merged.snapshots ?? []), ...(next.snapshots ?? [])],
    };
  }
  return merged;
}

export const NONE: Outcome = { result: undefined, events: [], wake: undefined };
