// Size presets (units per standard level, whole organisation) and how they fit a plan's levels by name.
import type { Diagnostic } from '@tdkt/calendar';
import type { GenerateSpec } from './generate.js';
import type { LevelSpec, StandardLevelKey } from './levels.js';

export type PresetName = 'small' | 'district' | 'province' | 'hanoi' | 'vietnam';

export interface Preset {
  readonly name: PresetName;
  readonly description: { readonly vi: string; readonly en: string };
  /** Units per standard level in the whole organisation (not per parent). `phòng` is the structure
   * before 1/7/2025, `xã` the one after: a plan gets the one it declares. */
  readonly units: Readonly<Partial<Record<StandardLevelKey, number>>>;
  /** Relative spread of the number of children around the mean (0: equal shares). */
  readonly spread: number;
}

const ONE = { nhà_nước: 1, bộ: 1 } as const;

/** The presets; docs/simulate.md gives the source of every national and Hà Nội figure. */
export const PRESETS: Readonly<Record<PresetName, Preset>> = {
  small: {
    name: 'small',
    description: {
      vi: 'nhỏ, để thử: 2 Phòng/xã, 6 trường, 90 người',
      en: 'small, for trying out: 2 offices, 6 schools, 90 people',
    },
    units: { ...ONE, tỉnh: 1, sở: 1, phòng: 2, xã: 2, trường: 6, tổ: 18, cá_nhân: 90 },
    spread: 0,
  },
  district: {
    name: 'district',
    description: { vi: 'một quận/huyện: 40 trường, 1.600 người', en: 'one district: 40 schools, 1,600 people' },
    units: { ...ONE, tỉnh: 1, sở: 1, phòng: 1, xã: 10, trường: 40, tổ: 200, cá_nhân: 1_600 },
    spread: 0.3,
  },
  province: {
    name: 'province',
    description: { vi: 'một tỉnh: 600 trường, 24.000 người', en: 'one province: 600 schools, 24,000 people' },
    units: { ...ONE, tỉnh: 1, sở: 1, phòng: 10, xã: 100, trường: 600, tổ: 3_000, cá_nhân: 24_000 },
    spread: 0.3,
  },
  hanoi: {
    name: 'hanoi',
    description: {
      vi: 'Hà Nội: 30 quận/huyện hoặc 126 xã/phường, 2.800 trường, 110.000 người',
      en: 'Hà Nội: 30 districts or 126 communes, 2,800 schools, 110,000 people',
    },
    units: { ...ONE, tỉnh: 1, sở: 1, phòng: 30, xã: 126, trường: 2_800, tổ: 14_000, cá_nhân: 110_000 },
    spread: 0.3,
  },
  vietnam: {
    name: 'vietnam',
    description: {
      vi: 'cả nước sau 1/7/2025: 34 tỉnh, 3.321 xã/phường, 53.000 trường, 1,5 triệu người',
      en: 'the whole country after 1/7/2025: 34 provinces, 3,321 communes, 53,000 schools, 1.5 million people',
    },
    units: { ...ONE, tỉnh: 34, sở: 34, phòng: 696, xã: 3_321, trường: 53_000, tổ: 265_000, cá_nhân: 1_500_000 },
    spread: 0.3,
  },
};

/**
 * Whether a string names a preset.
 *
 * @example
 * isPresetName('vietnam') // => true
 */
export function isPresetName(name: string): name is PresetName {
  return Object.hasOwn(PRESETS, name);
}

/** The preset names, smallest first. */
export const PRESET_NAMES: readonly PresetName[] = Object.keys(PRESETS) as PresetName[];

const note = (code: string, data: Diagnostic['data']): Diagnostic => ({
  code,
  severity: 'warning',
  span: { start: 0, end: 0 },
  data,
});

/**
 * The generation spec of a preset over a plan's levels, by name: each level gets the preset's count for
 * the standard level it names; a level the preset does not size gets one unit per unit above it (and a
 * note says so); a standard level the plan does not declare is simply not in the tree.
 *
 * @example
 * preset('hanoi', 2021, levelsOfPlan(plan)).spec.counts // [1, 1, 1, 1, 30, 2800, 14000, 110000] for Kim Sơn's levels
 */
export function preset(
  name: PresetName,
  seed: number,
  levels: readonly LevelSpec[],
): { readonly spec: GenerateSpec; readonly notes: readonly Diagnostic[] } {
  const p = PRESETS[name];
  const counts: number[] = [];
  const unsized: string[] = [];
  levels.forEach((level, i) => {
    const n = level.standard === undefined ? undefined : p.units[level.standard];
    if (n === undefined) unsized.push(level.key);
    counts.push(n ?? (i === 0 ? 1 : (counts[i - 1] as number)));
  });
  const notes = unsized.length === 0 ? [] : [note('population.unsized-levels', { preset: name, levels: unsized })];
  return { spec: { seed, levels, counts, spread: p.spread }, notes };
}
