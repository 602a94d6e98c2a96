import { readPopulation } from '@tdkt/simulator';
import { describe, expect, it } from 'vitest';
import { levelCounts, unitName } from '../../src/population/tree.js';

const levels = [{ key: 'district' }, { key: 'school' }, { key: 'group' }, { key: 'person', kind: 'person' }];

describe('readPopulation', () => {
  it('reads a file with named units and anonymous members', () => {
    const result = readPopulation({
      version: 1,
      levels,
      units: [
        { id: 'gia-lam', level: 'district', name: 'Phòng GD&ĐT Gia Lâm' },
        { id: 'kim-son', level: 'school', parent: 'gia-lam', name: 'THCS Kim Sơn' },
        { id: 'to-toan', level: 'group', parent: 'kim-son', name: 'Tổ Toán', members: 6 },
        { id: 'to-van', level: 'group', parent: 'kim-son', members: 5 },
      ],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(levelCounts(result.tree)).toEqual([1, 1, 2, 11]);
    expect(unitName(result.tree, 1, 'vi')).toBe('THCS Kim Sơn');
    expect(unitName(result.tree, 3, 'vi')).toBe('group 2');
    expect(result.tree.parent[4]).toBe(2);
  });

  it('reports problems as diagnostics, never throwing', () => {
    expect(readPopulation('not json')).toMatchObject({ ok: false });
    const bad = readPopulation({
      version: 1,
      levels,
      units: [
        { id: 'a', level: 'district' },
        { id: 'a', level: 'school', parent: 'a' },
        { id: 'b', level: 'nowhere', parent: 'a' },
        { id: 'c', level: 'group', parent: 'zzz' },
        { id: 'd', level: 'person', parent: 'a' },
      ],
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.diagnostics.map((d) => d.code).sort()).toEqual([
      'population.duplicate-id',
      'population.level-order',
      'population.unknown-level',
      'population.unknown-parent',
    ]);
  });

  it('reports schema errors with their path', () => {
    const bad = readPopulation({ version: 1, levels, units: [{ id: '', level: 'school' }] });
    expect(bad.ok ? [] : bad.diagnostics.map((d) => [d.code, d.data.path])).toEqual([
      ['population.schema', 'units.0.id'],
    ]);
  });
});

describe('parsePopulationJson and messages', () => {
  it('turns a JSON syntax error into a diagnostic', async () => {
    const { parsePopulationJson, renderPopulationDiagnostic } = await import('@tdkt/simulator');
    const bad = parsePopulationJson('{ "version": 1,');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.diagnostics[0]?.code).toBe('population.json');
    expect(renderPopulationDiagnostic(bad.diagnostics[0]!, 'vi')).toMatch(
      /^population\.json: tệp không phải JSON hợp lệ/,
    );
    expect(
      parsePopulationJson(JSON.stringify({ version: 1, levels, units: [{ id: 'x', level: 'district' }] })).ok,
    ).toBe(true);
  });

  it('has a message in both languages for every code readPopulation emits', async () => {
    const { populationMessages } = await import('@tdkt/simulator');
    const bad = readPopulation({
      version: 1,
      levels,
      units: [
        { id: 'a', level: 'school' },
        { id: 'a', level: 'x', parent: 'q' },
        { id: '', level: 'school' },
      ],
    });
    const codes = bad.ok ? [] : bad.diagnostics.map((d) => d.code);
    expect(codes.length).toBeGreaterThan(0);
    for (const code of [...codes, 'population.no-root', 'population.json']) {
      const t = populationMessages[code];
      expect(
        t?.vi({ id: 'a', path: 'units.0.id', detail: 'x', level: 'x', parent: 'q', parentLevel: '' }),
      ).toBeTruthy();
      expect(t?.en({})).toBeTruthy();
    }
  });
});
