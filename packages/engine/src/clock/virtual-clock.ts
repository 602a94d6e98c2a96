// A virtual clock for tests and the simulator: a heap of timers fired in time order, cascades included.
import { MinHeap } from './min-heap.js';
import type { EngineClock, TimerId } from './types.js';

interface Entry {
  readonly at: number;
  readonly seq: number;
  fn: (() => void) | null;
}

/**
 * A clock that moves only when told. Timers fire in order of their instant (ties in order of
 * scheduling); timers scheduled while firing fire in the same advance if they fall due, unlike XState's
 * `SimulatedClock`. Cleared timers drop their callback so cancelled closures can be collected.
 *
 * @example
 * const clock = new VirtualClock(Date.UTC(2021, 0, 1));
 * clock.setTimeout(() => console.log('later'), 1000);
 * clock.advanceBy(1000); // logs "later"
 */
export class VirtualClock implements EngineClock {
  private current: number;
  private seq = 0;
  private cancelled = 0;
  private readonly heap = new MinHeap<Entry>((a, b) => a.at < b.at || (a.at === b.at && a.seq < b.seq));
  private readonly live = new Map<TimerId, Entry>();

  constructor(start = 0) {
    this.current = start;
  }

  /** The current virtual instant, epoch ms. */
  now(): number {
    return this.current;
  }

  /** Schedules `fn` after `ms` virtual milliseconds (negative or NaN delays count as 0). */
  setTimeout(fn: () => void, ms: number): TimerId {
    const delay = Number.isFinite(ms) && ms > 0 ? ms : 0;
    const entry: Entry = { at: this.current + delay, seq: this.seq++, fn };
    this.heap.push(entry);
    this.live.set(entry.seq, entry);
    return entry.seq;
  }

  /** Cancels a timer; its callback is released at once. Unknown ids are ignored. */
  clearTimeout(id: TimerId): void {
    const entry = this.live.get(id);
    if (entry === undefined) return;
    entry.fn = null;
    this.live.delete(id);
    // Lazy deletion keeps clear O(1); compact when the dead outnumber the living.
    if (++this.cancelled > 64 && this.cancelled > this.live.size) {
      this.heap.retain((e) => e.fn !== null);
      this.cancelled = 0;
    }
  }

  /** How many timers are pending. */
  get pending(): number {
    return this.live.size;
  }

  /** The instant of the next pending timer, if any. */
  nextAt(): number | undefined {
    this.dropCancelledTop();
    return this.heap.peek()?.at;
  }

  /**
   * Moves to `ms`, firing every timer due by then in time order, including timers scheduled by the
   * callbacks themselves. While a callback runs, `now()` is its own instant. Returns how many fired.
   */
  advanceTo(ms: number): number {
    let fired = 0;
    for (;;) {
      this.dropCancelledTop();
      const top = this.heap.peek();
      if (top === undefined || top.at > ms) break;
      this.heap.pop();
      this.live.delete(top.seq);
      const fn = top.fn;
      top.fn = null;
      if (top.at > this.current) this.current = top.at;
      fired++;
      fn?.();
    }
    if (ms > this.current) this.current = ms;
    return fired;
  }

  /** Moves forward by `ms`; see `advanceTo`. */
  advanceBy(ms: number): number {
    return this.advanceTo(this.current + ms);
  }

  private dropCancelledTop(): void {
    while (this.heap.size > 0 && this.heap.peek()?.fn === null) {
      this.heap.pop();
      this.cancelled = Math.max(0, this.cancelled - 1);
    }
  }
}
