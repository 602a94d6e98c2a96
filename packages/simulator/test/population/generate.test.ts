import { generatePopulation, preset } from '@tdkt/simulator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOUR_TIER, TWO_TIER } from '../../src/population/levels.js';
import { PRESETS } from '../../src/population/presets.js';
import { ancestorAt, levelCounts, unitId, unitName } from '../../src/population/tree.js';

const small = (seed: number) => generatePopulation(preset('small', seed, FOUR_TIER).spec);

describe('generatePopulation', () => {
  it('builds the small preset exactly, by level name', () => {
    const tree = small(1);
    expect(tree.levels.map((l) => l.key)).toEqual(['sở', 'phòng', 'trường', 'tổ', 'cá_nhân']);
    expect(levelCounts(tree)).toEqual([1, 2, 6, 18, 90]);
    expect(tree.size).toBe(117);
    expect(unitName(tree, 3, 'vi')).toBe('Trường 1');
    expect(unitId(tree, 3)).toBe('trường-1');
  });

  it('lays children out contiguously, breadth first', () => {
    const tree = generatePopulation(preset('district', 3, FOUR_TIER).spec);
    const wrong: number[] = [];
    for (let v = 0; v < tree.size; v++) {
      const first = tree.firstChild[v]!;
      for (let c = 0; c < tree.childCount[v]!; c++) if (tree.parent[first + c] !== v) wrong.push(first + c);
      if (v > 0 && tree.level[v] !== tree.level[tree.parent[v]!]! + 1) wrong.push(v);
    }
    expect(wrong).toEqual([]);
  });

  it('makes hanoi the size of Hà Nội: 30 districts or 126 communes, 2,800 schools, 110,000 people', () => {
    expect(levelCounts(generatePopulation(preset('hanoi', 2019, FOUR_TIER).spec))).toEqual([
      1, 30, 2_800, 14_000, 110_000,
    ]);
    expect(levelCounts(generatePopulation(preset('hanoi', 2019, TWO_TIER).spec))).toEqual([
      1, 126, 2_800, 14_000, 110_000,
    ]);
  });

  it('sizes the national preset after the 2025 reform (34 provinces, 3,321 communes, 53,000 schools, 1.5 million people)', () => {
    const { spec, notes } = preset('vietnam', 1, TWO_TIER);
    expect(spec.counts).toEqual([34, 3_321, 53_000, 265_000, 1_500_000]);
    expect(notes).toEqual([]);
    expect(PRESETS.vietnam.units['tỉnh']).toBe(34);
  });

  it('is reproducible by seed and varies with it, keeping every level total exact', () => {
    const a = generatePopulation(preset('province', 5, FOUR_TIER).spec);
    const b = generatePopulation(preset('province', 5, FOUR_TIER).spec);
    const c = generatePopulation(preset('province', 6, FOUR_TIER).spec);
    expect(b.childCount).toEqual(a.childCount);
    expect(c.childCount).not.toEqual(a.childCount);
    expect(levelCounts(c)).toEqual(levelCounts(a));
  });

  it('gives every level exactly its count and every parent a child while there are enough (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e6 }),
        fc.array(fc.integer({ min: 1, max: 60 }), { minLength: 1, maxLength: 4 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (seed, growth, spread) => {
          const counts = [1 + (seed % 3)];
          for (const g of growth)
            counts.push(Math.max(1, Math.round((counts[counts.length - 1] as number) * (g / 10))));
          const tree = generatePopulation({ seed, levels: FOUR_TIER.slice(0, counts.length), counts, spread });
          expect(levelCounts(tree)).toEqual(counts);
          for (let l = 0; l + 1 < counts.length; l++) {
            if ((counts[l + 1] as number) < (counts[l] as number)) continue;
            for (let v = tree.levelStart[l]!; v < tree.levelStart[l + 1]!; v++)
              expect(tree.childCount[v]).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('supports the two-tier structure (no district) as data', () => {
    const tree = small(1);
    const twoTier = generatePopulation(preset('small', 1, TWO_TIER).spec);
    expect(twoTier.levels.map((l) => l.key)).toEqual(['sở', 'xã', 'trường', 'tổ', 'cá_nhân']);
    const person = twoTier.levelStart[4]!;
    expect(unitName(twoTier, ancestorAt(twoTier, person, 1), 'vi')).toBe('UBND xã, phường 1');
    expect(ancestorAt(twoTier, person, 2)).toBe(twoTier.parent[twoTier.parent[person]!]);
    expect(levelCounts(twoTier)).toEqual(levelCounts(tree));
  });
});
