// Organisation levels as data (four-tier before 1/7/2025, two-tier after) and the size presets.

/** One level of an organisation tree. `person` levels are the individuals who own dossiers. */
export interface LevelSpec {
  readonly key: string;
  readonly label: { readonly vi: string; readonly en: string };
  readonly kind: 'unit' | 'group' | 'person';
}

/** Ministry-era structure with districts: Sở → Phòng → trường → tổ → cá nhân. */
export const FOUR_TIER: readonly LevelSpec[] = [
  { key: 'province', label: { vi: 'Sở GD&ĐT', en: 'Provincial department' }, kind: 'unit' },
  { key: 'district', label: { vi: 'Phòng GD&ĐT', en: 'District office' }, kind: 'unit' },
  { key: 'school', label: { vi: 'Trường', en: 'School' }, kind: 'unit' },
  { key: 'group', label: { vi: 'Tổ chuyên môn', en: 'Subject group' }, kind: 'group' },
  { key: 'person', label: { vi: 'Cá nhân', en: 'Individual' }, kind: 'person' },
];

/** Two-tier local government (from 1/7/2025): Sở → xã/phường → trường → tổ → cá nhân. */
export const TWO_TIER: readonly LevelSpec[] = [
  { key: 'province', label: { vi: 'Sở GD&ĐT', en: 'Provincial department' }, kind: 'unit' },
  { key: 'commune', label: { vi: 'UBND xã, phường', en: 'Commune' }, kind: 'unit' },
  { key: 'school', label: { vi: 'Trường', en: 'School' }, kind: 'unit' },
  { key: 'group', label: { vi: 'Tổ chuyên môn', en: 'Subject group' }, kind: 'group' },
  { key: 'person', label: { vi: 'Cá nhân', en: 'Individual' }, kind: 'person' },
];

/** How to generate a tree: levels, the mean number of children per level boundary, and the spread. */
export interface GenerateSpec {
  readonly seed: number;
  readonly levels: readonly LevelSpec[];
  /** fanout[i]: mean children of a level-i node (length levels.length − 1). */
  readonly fanout: readonly number[];
  /** Relative spread of child counts around the mean (0: exact; 0.3: ±30 %). Top level stays exact. */
  readonly spread?: number;
  /** Number of roots (default 1). */
  readonly roots?: number;
}

export type PresetName = 'small' | 'district' | 'province' | 'hanoi';

/** Fan-outs of the presets (four-tier; pass `TWO_TIER` to `preset` for the post-2025 structure). */
const PRESETS: Readonly<Record<PresetName, readonly number[]>> = {
  small: [2, 3, 3, 5],
  district: [1, 40, 5, 8],
  province: [10, 60, 5, 8],
  // Hà Nội: 30 districts, ≈ 2,800 schools, ≈ 110,000 people (≈ 39 per school).
  hanoi: [30, 93.3, 5, 7.86],
};

/**
 * The generation spec of a preset.
 *
 * @example
 * generatePopulation(preset('hanoi', 2021)).size // ≈ 126,000 units and people
 */
export function preset(name: PresetName, seed: number, levels: readonly LevelSpec[] = FOUR_TIER): GenerateSpec {
  return { seed, levels, fanout: PRESETS[name], spread: name === 'small' ? 0 : 0.3 };
}

/**
 * Whether a string names a preset.
 *
 * @example
 * isPresetName('hanoi') // => true
 */
export function isPresetName(name: string): name is PresetName {
  return Object.hasOwn(PRESETS, name);
}
