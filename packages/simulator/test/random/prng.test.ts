import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, hashString, mixSeed, uniformOf } from '../../src/random/prng.js';

describe('seeded randomness', () => {
  it('repeats a stream for a seed and stays in range', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1000 }), (seed, n) => {
        const a = createRandom(seed);
        const b = createRandom(seed);
        for (let i = 0; i < 20; i++) {
          const x = a.next();
          expect(b.next()).toBe(x);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThan(1);
          const k = a.int(n);
          expect(b.int(n)).toBe(k);
          expect(k).toBeLessThan(n);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('is roughly uniform', () => {
    const r = createRandom(2021);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 50_000; i++) buckets[Math.floor(r.next() * 10)]!++;
    for (const b of buckets) expect(Math.abs(b - 5_000)).toBeLessThan(400);
  });

  it('mixes seeds and hashes strings deterministically', () => {
    expect(mixSeed(1, 2, 3)).toBe(mixSeed(1, 2, 3));
    expect(mixSeed(1, 2, 3)).not.toBe(mixSeed(1, 3, 2));
    expect(hashString('tổ_xét')).toBe(hashString('tổ_xét'));
    expect(uniformOf(1, 2, 3, 4, 5)).toBe(uniformOf(1, 2, 3, 4, 5));
    expect(uniformOf(1, 2, 3, 4, 5)).not.toBe(uniformOf(1, 2, 3, 4, 6));
  });
});
