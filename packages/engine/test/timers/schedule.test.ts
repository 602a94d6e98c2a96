// timersForEntry and Wakeup: which durable timers a step gets, and one alarm for the earliest.

import { timersForEntry, VirtualClock, Wakeup } from '@tdkt/engine';
import { describe, expect, it } from 'vitest';

describe('timersForEntry', () => {
  const entry = { step: 's', enteredAt: 1000, context: null };

  it('a deadline, its reminders before it, and a posting end', () => {
    const got = timersForEntry(
      'i',
      { role: 'r', deadline: () => 5000, reminders: () => [3000, 4000], postingEnd: () => 2000 },
      entry,
    );
    expect(got.deadline).toBe(5000);
    expect(got.timers.map((t) => [t.kind, t.fireAt, t.payload])).toEqual([
      ['posting', 2000, { end: 2000 }],
      ['reminder', 3000, { deadline: 5000, index: 0 }],
      ['reminder', 4000, { deadline: 5000, index: 1 }],
      ['deadline', 5000, { deadline: 5000 }],
    ]);
  });

  it('a deadline already past fires at entry; stale reminders and infinite deadlines are dropped', () => {
    const past = timersForEntry('i', { role: 'r', deadline: () => 500, reminders: () => [400, 900] }, entry);
    expect(past.deadline).toBe(500);
    expect(past.timers.map((t) => [t.kind, t.fireAt])).toEqual([['deadline', 1000]]);
    const late = timersForEntry('i', { role: 'r', deadline: () => 5000, reminders: () => [6000, Number.NaN] }, entry);
    expect(late.timers.map((t) => t.kind)).toEqual(['deadline']);
    expect(timersForEntry('i', { role: 'r', deadline: () => Number.POSITIVE_INFINITY }, entry)).toEqual({
      deadline: null,
      timers: [],
    });
  });
});

describe('Wakeup', () => {
  it('keeps one alarm, for the earliest instant asked', () => {
    const clock = new VirtualClock(0);
    const woke: number[] = [];
    const wakeup = new Wakeup(clock, () => woke.push(clock.now()));
    wakeup.arm(300);
    wakeup.arm(500);
    expect(wakeup.armedAt).toBe(300);
    wakeup.arm(100);
    expect(clock.pending).toBe(1);
    clock.advanceTo(1000);
    expect(woke).toEqual([100]);
    wakeup.arm(1200);
    wakeup.clear();
    clock.advanceTo(2000);
    expect(woke).toEqual([100]);
  });
});
