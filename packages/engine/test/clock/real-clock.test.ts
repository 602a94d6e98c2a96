// realClock: never hands more than 2^31−1 ms to the host timer; long delays are chained to the instant.

import { type HostTimers, MAX_TIMER_DELAY, realClock } from '@tdkt/engine';
import { describe, expect, it } from 'vitest';

/** Host timers under test control: records every delay asked for; time moves when a timer fires. */
function fakeHost(start: number) {
  let now = start;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const asked: number[] = [];
  let next = 1;
  const host: HostTimers = {
    now: () => now,
    setTimeout(fn, ms) {
      asked.push(ms);
      const id = next++;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(handle) {
      pending.delete(handle as number);
    },
  };
  const runAll = (): void => {
    while (pending.size > 0) {
      const [id, t] = [...pending].sort((a, b) => a[1].at - b[1].at)[0] as [number, { at: number; fn: () => void }];
      pending.delete(id);
      now = Math.max(now, t.at);
      t.fn();
    }
  };
  return { host, asked, runAll, now: () => now, pending, jump: (ms: number) => (now += ms) };
}

describe('realClock', () => {
  it('chains a 200-day delay in steps no longer than 2^31−1 ms and fires at the instant', () => {
    const t0 = Date.UTC(2020, 9, 1);
    const fake = fakeHost(t0);
    const clock = realClock({ timers: fake.host });
    const delay = 200 * 86_400_000;
    let firedAt = -1;
    clock.setTimeout(() => (firedAt = fake.now()), delay);
    fake.runAll();
    expect(firedAt).toBe(t0 + delay);
    expect(fake.asked.length).toBeGreaterThan(1);
    expect(Math.max(...fake.asked)).toBeLessThanOrEqual(MAX_TIMER_DELAY);
  });

  it('short delays go straight through, negative ones become 0', () => {
    const fake = fakeHost(0);
    const clock = realClock({ timers: fake.host });
    clock.setTimeout(() => {}, 500);
    clock.setTimeout(() => {}, -5);
    expect(fake.asked).toEqual([500, 0]);
  });

  it('clearTimeout cancels a chained timer between steps', () => {
    const fake = fakeHost(0);
    const clock = realClock({ timers: fake.host });
    let fired = false;
    const id = clock.setTimeout(() => (fired = true), 3 * MAX_TIMER_DELAY);
    clock.clearTimeout(id);
    fake.runAll();
    expect(fired).toBe(false);
    expect(fake.pending.size).toBe(0);
  });

  it('re-checks the wall clock: a host that woke early re-arms for the rest', () => {
    const fake = fakeHost(0);
    const clock = realClock({ timers: fake.host });
    let firedAt = -1;
    clock.setTimeout(() => (firedAt = fake.now()), 1000);
    // The host timer fires "early" (e.g. clock adjusted): the adapter must wait for the remainder.
    const [entry] = [...fake.pending.values()];
    fake.pending.clear();
    fake.jump(400);
    entry?.fn();
    fake.runAll();
    expect(firedAt).toBe(1000);
  });

  it('reads the real wall clock by default', () => {
    const clock = realClock({ unref: true });
    expect(Math.abs(clock.now() - Date.now())).toBeLessThan(1000);
    const id = clock.setTimeout(() => {}, 10 * MAX_TIMER_DELAY);
    clock.clearTimeout(id);
  });
});
