import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entryCodec } from '@tdkt/simulator';

describe('entryCodec', () => {
  it('packs dossier, generation, kind and deadline index into one number and back (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1 << 20 }), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 255 }), (capacity, j0, g, kind, k) => {
        const code = entryCodec(capacity);
        const j = j0 % capacity;
        const v = code.encode(j, g, kind, k);
        expect(Number.isSafeInteger(v)).toBe(true);
        expect([code.instance(v), code.kind(v), code.index(v), code.current(v, g), code.current(v, g + 1)]).toEqual([j, kind, k, true, false]);
      }),
    );
  });
});
