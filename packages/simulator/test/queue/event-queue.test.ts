import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from '../../src/queue/event-queue.js';
import { eventTag, tagCurrent, tagIndex, tagKind } from '../../src/queue/event-tag.js';

describe('event tags', () => {
  it('pack generation, kind and timer index into one 30-bit integer and back (property)', () => {
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 255 }), (g, kind, k) => {
        const tag = eventTag(g, kind, k);
        expect(tag).toBeGreaterThanOrEqual(0);
        expect(tag).toBeLessThan(2 ** 30);
        expect([tagKind(tag), tagIndex(tag), tagCurrent(tag, g), tagCurrent(tag, g + 1)]).toEqual([
          kind,
          k,
          true,
          false,
        ]);
      }),
    );
  });
});

describe('EventQueue', () => {
  it('pops events by time, ties in insertion order, growing as needed (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), (times) => {
        const q = new EventQueue(1);
        times.forEach((t, i) => {
          q.push(t, i, i % 7);
        });
        const out: [number, number, number][] = [];
        while (q.pop()) out.push([q.time, q.who, q.tag]);
        const expected = times
          .map((t, i) => [t, i, i % 7] as [number, number, number])
          .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        expect(out).toEqual(expected);
        expect(q.size).toBe(0);
        expect(q.peekTime()).toBeUndefined();
      }),
    );
  });
});
