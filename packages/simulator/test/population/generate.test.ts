import { describe, expect, it } from 'vitest';
import { TWO_TIER, ancestorAt, generatePopulation, levelCounts, preset, unitId, unitName } from '@tdkt/simulator';

describe('generatePopulation', () => {
  it('builds the small preset exactly', () => {
    const tree = generatePopulation(preset('small', 1));
    expect(levelCounts(tree)).toEqual([1, 2, 6, 18, 90]);
    expect(tree.size).toBe(117);
    expect(unitName(tree, 3, 'vi')).toBe('Trường 1');
    expect(unitId(tree, 3)).toBe('school-1');
  });

  it('lays children out contiguously, breadth first', () => {
    const tree = generatePopulation(preset('district', 3));
    for (let v = 0; v < tree.size; v++) {
      const first = tree.firstChild[v]!;
      for (let c = 0; c < tree.childCount[v]!; c++) expect(tree.parent[first + c]).toBe(v);
      if (v > 0) expect(tree.level[v]).toBe(tree.level[tree.parent[v]!]! + 1);
    }
  });

  it('makes hanoi the size of Hà Nội: 30 districts, ≈ 2,800 schools, ≈ 110,000 people', () => {
    const counts = levelCounts(generatePopulation(preset('hanoi', 2019)));
    expect(counts[1]).toBe(30);
    expect(counts[2]).toBeGreaterThan(2_600);
    expect(counts[2]).toBeLessThan(3_000);
    expect(counts[4]).toBeGreaterThan(100_000);
    expect(counts[4]).toBeLessThan(120_000);
  });

  it('is reproducible by seed and varies with it', () => {
    const a = generatePopulation(preset('province', 5));
    const b = generatePopulation(preset('province', 5));
    const c = generatePopulation(preset('province', 6));
    expect(b.childCount).toEqual(a.childCount);
    expect(levelCounts(c)).not.toEqual(levelCounts(a));
  });

  it('supports the two-tier structure (no district) as data', () => {
    const tree = generatePopulation(preset('small', 1, TWO_TIER));
    expect(tree.levels.map((l) => l.key)).toEqual(['province', 'commune', 'school', 'group', 'person']);
    const person = tree.levelStart[4]!;
    expect(unitName(tree, ancestorAt(tree, person, 1), 'vi')).toBe('UBND xã, phường 1');
    expect(ancestorAt(tree, person, 2)).toBe(tree.parent[tree.parent[person]!]);
  });

  it('takes explicit counts', () => {
    const tree = generatePopulation({ seed: 1, levels: TWO_TIER, fanout: [3, 2, 1, 4] });
    expect(levelCounts(tree)).toEqual([1, 3, 6, 6, 24]);
  });
});
