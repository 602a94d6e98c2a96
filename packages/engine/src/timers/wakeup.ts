// One clock alarm for the earliest durable timer: the store holds the timers, the clock only wakes us.
import type { EngineClock, TimerId } from '../clock/types.js';

/**
 * Keeps at most one clock timer armed, for the earliest instant asked; on waking it runs `onWake`.
 * Durable timers live in the store, so losing this alarm (a restart) loses nothing: start-up
 * catch-up fires what fell due meanwhile.
 *
 * @example
 * const wakeup = new Wakeup(clock, () => engine.runDue());
 * wakeup.arm(deadlineAt);
 */
export class Wakeup {
  private handle: TimerId | undefined;
  private at: number | undefined;

  constructor(
    private readonly clock: EngineClock,
    private readonly onWake: () => void,
  ) {}

  /** Wake at `at` unless already armed earlier; undefined clears nothing. */
  arm(at: number | undefined): void {
    if (at === undefined) return;
    if (this.handle !== undefined && this.at !== undefined && this.at <= at) return;
    this.clear();
    this.at = at;
    this.handle = this.clock.setTimeout(() => {
      this.handle = undefined;
      this.at = undefined;
      this.onWake();
    }, at - this.clock.now());
  }

  /** Cancels the alarm. */
  clear(): void {
    if (this.handle !== undefined) this.clock.clearTimeout(this.handle);
    this.handle = undefined;
    this.at = undefined;
  }

  /** The instant armed for, if any. */
  get armedAt(): number | undefined {
    return this.at;
  }
}
