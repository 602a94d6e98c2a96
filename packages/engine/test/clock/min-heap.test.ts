// MinHeap: pops in order for any input, and retain keeps the heap property.

import { MinHeap } from '@tdkt/engine';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('MinHeap', () => {
  it('pops every pushed number in ascending order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), (xs) => {
        const heap = new MinHeap<number>((a, b) => a < b);
        for (const x of xs) heap.push(x);
        const out: number[] = [];
        while (heap.size > 0) out.push(heap.pop() as number);
        expect(out).toEqual([...xs].sort((a, b) => a - b));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps order after retain', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1000 })), (xs) => {
        const heap = new MinHeap<number>((a, b) => a < b);
        for (const x of xs) heap.push(x);
        heap.retain((x) => x % 3 !== 0);
        const out: number[] = [];
        while (heap.size > 0) out.push(heap.pop() as number);
        expect(out).toEqual(xs.filter((x) => x % 3 !== 0).sort((a, b) => a - b));
      }),
      { numRuns: 50 },
    );
  });

  it('returns undefined when empty', () => {
    const heap = new MinHeap<number>((a, b) => a < b);
    expect(heap.pop()).toBeUndefined();
    expect(heap.peek()).toBeUndefined();
  });
});
