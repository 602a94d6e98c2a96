// A cap on how many refusals the audit records: refused requests (anyone can send them) cannot fill the audit table.

/** How many refused requests the audit records: a token bucket on the engine clock, per engine process. */
export interface RefusalAuditLimit {
  /** Sustained rate of recorded refusals, per minute. Default 600. */
  readonly perMinute: number;
  /** How many may be recorded in a burst. Default 1200. */
  readonly burst: number;
}

export const DEFAULT_REFUSAL_AUDIT: RefusalAuditLimit = { perMinute: 600, burst: 1200 };

/** Refusals that were counted instead of recorded, between two recorded ones. */
export interface SuppressedRefusals {
  readonly count: number;
  /** How many of each code. */
  readonly codes: Readonly<Record<string, number>>;
  readonly from: number;
  readonly to: number;
}

/**
 * Decides, refusal by refusal, whether the audit records it. Over the limit a refusal is only counted; the
 * next one recorded first writes the count (`refusals-suppressed`), so the log says how many it left out
 * and of which codes, in a bounded number of rows.
 *
 * @example
 * const budget = new RefusalBudget({ perMinute: 60, burst: 2 }, now);
 * budget.take(now, 'unknown-instance') // => { record: true }
 */
export class RefusalBudget {
  private tokens: number;
  private last: number;
  private suppressed: { count: number; codes: Record<string, number>; from: number; to: number } | undefined;

  constructor(
    private readonly limit: RefusalAuditLimit,
    now: number,
  ) {
    this.tokens = limit.burst;
    this.last = now;
  }

  /** Whether to record a refusal at `now`; with `summary`, write the count of those left out first. */
  take(now: number, code: string): { readonly record: boolean; readonly summary?: SuppressedRefusals } {
    const elapsed = Math.max(0, now - this.last);
    this.last = Math.max(this.last, now);
    this.tokens = Math.min(this.limit.burst, this.tokens + (elapsed * this.limit.perMinute) / 60_000);
    // A summary row costs a token too: with one token left, keep counting.
    const needed = this.suppressed === undefined ? 1 : 2;
    if (this.tokens >= needed) {
      this.tokens -= needed;
      const summary = this.suppressed;
      this.suppressed = undefined;
      return summary === undefined ? { record: true } : { record: true, summary };
    }
    const s = (this.suppressed ??= { count: 0, codes: {}, from: now, to: now });
    s.count++;
    s.codes[code] = (s.codes[code] ?? 0) + 1;
    s.to = now;
    return { record: false };
  }
}
