// VirtualClock: time order, ties in scheduling order, cascades within one advance, clear drops callbacks.

import { VirtualClock } from '@tdkt/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('VirtualClock', () => {
  it('fires timers in time order, ties in scheduling order, with now() at each instant', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 40 }), (delays) => {
        const clock = new VirtualClock(1000);
        const seen: [number, number][] = [];
        delays.forEach((d, i) => {
          clock.setTimeout(() => seen.push([clock.now(), i]), d);
        });
        clock.advanceTo(1100);
        const expected = delays
          .map((d, i) => [1000 + d, i] as [number, number])
          .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(seen).toEqual(expected);
        expect(clock.now()).toBe(1100);
      }),
      { numRuns: 100 },
    );
  });

  it('cascades: timers scheduled while firing fire in the same advance when due', () => {
    const clock = new VirtualClock(0);
    const seen: number[] = [];
    const chain = (n: number): void => {
      seen.push(clock.now());
      if (n > 0) clock.setTimeout(() => chain(n - 1), 10);
    };
    clock.setTimeout(() => chain(4), 10);
    clock.setTimeout(() => seen.push(-clock.now()), 25);
    expect(clock.advanceTo(100)).toBe(6);
    expect(seen).toEqual([10, 20, -25, 30, 40, 50]);
  });

  it('does not fire timers beyond the target and keeps them pending', () => {
    const clock = new VirtualClock(0);
    let fired = false;
    clock.setTimeout(() => (fired = true), 50);
    clock.advanceTo(49);
    expect(fired).toBe(false);
    expect(clock.nextAt()).toBe(50);
    clock.advanceBy(1);
    expect(fired).toBe(true);
    expect(clock.pending).toBe(0);
  });

  it('clearTimeout prevents firing and releases the callback', () => {
    const clock = new VirtualClock(0);
    let fired = 0;
    const ids = Array.from({ length: 200 }, () => clock.setTimeout(() => fired++, 5));
    for (const id of ids.slice(0, 150)) clock.clearTimeout(id);
    clock.clearTimeout(9999);
    expect(clock.pending).toBe(50);
    clock.advanceTo(10);
    expect(fired).toBe(50);
  });

  it('a callback may clear a later timer', () => {
    const clock = new VirtualClock(0);
    const seen: string[] = [];
    const later = clock.setTimeout(() => seen.push('later'), 20);
    clock.setTimeout(() => {
      seen.push('first');
      clock.clearTimeout(later);
    }, 10);
    clock.advanceTo(30);
    expect(seen).toEqual(['first']);
  });

  it('a 200-day timer fires at its instant', () => {
    const day = 86_400_000;
    const clock = new VirtualClock(Date.UTC(2020, 9, 1));
    let at = 0;
    clock.setTimeout(() => (at = clock.now()), 200 * day);
    clock.advanceBy(400 * day);
    expect(at).toBe(Date.UTC(2020, 9, 1) + 200 * day);
  });
});
