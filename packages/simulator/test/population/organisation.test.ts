// Organisation by level name: the plan's declared levels, presets sized by name, population files checked against the plan.

import {
  levelsOfPlan,
  organisationFor,
  type PopulationFile,
  populationMessage,
  validatePopulationFile,
} from '@tdkt/simulator';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../../../../test/workflows.js';
import { standardLevelOf } from '../../src/population/levels.js';
import { levelCounts, unitName } from '../../src/population/tree.js';

const kimSon = loadSeed('workflows/kim-son-2020-2021.tdkt').compiled.plans[0]!.model;
const level = (id: string, rank: number, name?: string) =>
  ({ id, rank, ...(name ? { name } : {}), source: { file: 'k.tdkt', start: 0, end: 0 } }) as never;
/** A plan without `tổ`: cá_nhân < trường < sở < bộ. */
const noGroups = {
  levels: [
    level('cá_nhân', 0, 'Cá nhân'),
    level('trường', 1, 'Trường'),
    level('sở', 2, 'Sở GD&ĐT'),
    level('bộ', 3, 'Bộ GD&ĐT'),
  ],
};

function file(levels: string[], units: PopulationFile['units']): PopulationFile {
  const valid = validatePopulationFile({ version: 1, levels: levels.map((key) => ({ key })), units });
  if (!valid.ok) throw new Error(JSON.stringify(valid.diagnostics));
  return valid.file;
}

describe('levels by name', () => {
  it('takes the plan’s declared levels, top first, labelled by the plan', () => {
    const levels = levelsOfPlan(kimSon);
    expect(levels.map((l) => l.key)).toEqual(['nhà_nước', 'bộ', 'tỉnh', 'sở', 'phòng', 'trường', 'tổ', 'cá_nhân']);
    expect(levels.find((l) => l.key === 'bộ')?.label).toEqual({ vi: 'Bộ GD&ĐT', en: 'Ministry of Education' });
    expect(levels[levels.length - 1]?.kind).toBe('person');
  });

  it('recognises the standard levels however they are spelt', () => {
    expect(['Phòng', 'phong', 'quan_huyen', 'xa', 'Phường', 'ca-nhan', 'Bộ'].map(standardLevelOf)).toEqual([
      'phòng',
      'phòng',
      'phòng',
      'xã',
      'xã',
      'cá_nhân',
      'bộ',
    ]);
    expect(standardLevelOf('cụm_thi_đua')).toBeUndefined();
  });
});

describe('organisationFor a preset', () => {
  it('sizes each declared level by name; a level the plan does not declare is simply absent', () => {
    const org = organisationFor(levelsOfPlan(noGroups), { preset: 'small', seed: 1 });
    expect(org.ok && levelCounts(org.tree)).toEqual([1, 1, 6, 90]);
    expect(org.ok && org.notes).toEqual([]);
    const kim = organisationFor(levelsOfPlan(kimSon), { preset: 'hanoi', seed: 1 });
    expect(kim.ok && levelCounts(kim.tree)).toEqual([1, 1, 1, 1, 30, 2_800, 14_000, 110_000]);
  });

  it('gives a level the preset does not size one unit under each unit above, and says so', () => {
    const plan = { levels: [level('cá_nhân', 0), level('cụm', 1, 'Cụm thi đua'), level('trường', 2), level('sở', 3)] };
    const org = organisationFor(levelsOfPlan(plan), { preset: 'small', seed: 1 });
    if (!org.ok) throw new Error('fits');
    expect(levelCounts(org.tree)).toEqual([1, 6, 6, 90]);
    expect(org.notes.map((n) => [n.code, n.data['levels']])).toEqual([['population.unsized-levels', ['cụm']]]);
    expect(populationMessage(org.notes[0]!, 'vi')).toContain('mẫu small không có số liệu cho cấp cụm');
  });
});

describe('organisationFor a population file', () => {
  const units = [
    { id: 'gia-lam', level: 'phòng', name: 'Phòng GD&ĐT Gia Lâm' },
    { id: 'kim-son', level: 'trường', parent: 'gia-lam', name: 'THCS Kim Sơn' },
    { id: 'to-toan', level: 'tổ', parent: 'kim-son', name: 'Tổ Toán', members: 12 },
  ];

  it('hangs the file under one unit of each plan level above it, named by the level', () => {
    const org = organisationFor(levelsOfPlan(kimSon), {
      file: file(['phòng', 'trường', 'tổ', 'cá_nhân'], units),
      name: 'kim-son.json',
    });
    if (!org.ok) throw new Error(JSON.stringify(org.diagnostics));
    expect(levelCounts(org.tree)).toEqual([1, 1, 1, 1, 1, 1, 1, 12]);
    expect(unitName(org.tree, 1, 'vi')).toBe('Bộ GD&ĐT');
    expect(unitName(org.tree, 5, 'vi')).toBe('THCS Kim Sơn');
    expect(org.notes.map((n) => n.code)).toEqual(['population.levels-above']);
  });

  it('refuses a level the plan does not declare, with a suggestion', () => {
    const org = organisationFor(levelsOfPlan(kimSon), {
      file: file(
        ['phong', 'school'],
        [
          { id: 'a', level: 'phong' },
          { id: 'b', level: 'school', parent: 'a' },
        ],
      ),
      name: 'x.json',
    });
    expect(org.ok).toBe(false);
    if (org.ok) return;
    // `phong` matches `phòng` without diacritics; `school` is no level of the plan.
    expect(org.diagnostics.map((d) => [d.code, d.data['level']])).toEqual([['population.undeclared-level', 'school']]);
    expect(populationMessage(org.diagnostics[0]!, 'en')).toContain('is not one the plan declares');
  });

  it('refuses levels out of the plan’s order or with a gap', () => {
    const gap = organisationFor(levelsOfPlan(kimSon), {
      file: file(
        ['phòng', 'tổ'],
        [
          { id: 'a', level: 'phòng' },
          { id: 'b', level: 'tổ', parent: 'a' },
        ],
      ),
      name: 'x.json',
    });
    expect(gap.ok ? [] : gap.diagnostics.map((d) => [d.code, d.data['missing']])).toEqual([
      ['population.level-gap', ['trường']],
    ]);
  });

  it('leaves out the plan levels below the file, and says which procedures lose their dossiers', () => {
    const org = organisationFor(levelsOfPlan(kimSon), {
      file: file(['phòng', 'trường'], units.slice(0, 2)),
      name: 'x.json',
    });
    expect(org.ok && org.notes.map((n) => [n.code, n.data['levels']])).toEqual([
      ['population.levels-above', ['nhà_nước', 'bộ', 'tỉnh', 'sở']],
      ['population.levels-below', ['tổ', 'cá_nhân']],
    ]);
  });
});
