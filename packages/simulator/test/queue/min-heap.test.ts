import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MinHeap } from '@tdkt/simulator';

describe('MinHeap', () => {
  it('pops in key order, ties in insertion order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 200 }), (keys) => {
        const heap = new MinHeap<number>();
        keys.forEach((k, i) => heap.push(k, i));
        const expected = keys.map((k, i) => [k, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
        const got: number[] = [];
        while (heap.size > 0) got.push(heap.pop()!);
        expect(got).toEqual(expected.map(([, i]) => i));
        expect(heap.pop()).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });
});
