// Organisation levels by name: the plan's declared levels, matched to the sector's standard levels.
import { foldDiacritics } from '@tdkt/calendar';
import type { PlanModel } from '@tdkt/language';

/** One level of an organisation tree (top first in a tree). `key` is the plan's level id. */
export interface LevelSpec {
  readonly key: string;
  readonly label: { readonly vi: string; readonly en: string };
  readonly kind: 'unit' | 'group' | 'person';
  /** The standard level it matches (`sở`, `phòng`, `xã`, `trường`, …), which presets size by. */
  readonly standard?: StandardLevelKey;
}

export type StandardLevelKey = 'nhà_nước' | 'bộ' | 'tỉnh' | 'sở' | 'phòng' | 'xã' | 'trường' | 'tổ' | 'cá_nhân';

interface StandardLevel {
  readonly key: StandardLevelKey;
  /** Folded spellings a plan may use for the level id (diacritics and case ignored). */
  readonly aliases: readonly string[];
  readonly label: { readonly vi: string; readonly en: string };
  readonly kind: LevelSpec['kind'];
}

/** The levels of the sector, top first (dsl/lib/cap-bac.tdkt before 1/7/2025, cap-bac-2025.tdkt after). */
const STANDARD_LEVELS: readonly StandardLevel[] = [
  {
    key: 'nhà_nước',
    aliases: ['nha_nuoc', 'trung_uong', 'chinh_phu'],
    label: { vi: 'Thủ tướng, Chủ tịch nước', en: 'Prime Minister, President' },
    kind: 'unit',
  },
  {
    key: 'bộ',
    aliases: ['bo', 'bo_gddt', 'bo_giao_duc'],
    label: { vi: 'Bộ GD&ĐT', en: 'Ministry of Education' },
    kind: 'unit',
  },
  {
    key: 'tỉnh',
    aliases: ['tinh', 'ubnd_tinh', 'thanh_pho'],
    label: { vi: 'UBND tỉnh', en: 'Provincial People’s Committee' },
    kind: 'unit',
  },
  {
    key: 'sở',
    aliases: ['so', 'so_gddt', 'so_giao_duc'],
    label: { vi: 'Sở GD&ĐT', en: 'Provincial department' },
    kind: 'unit',
  },
  {
    key: 'phòng',
    aliases: ['phong', 'phong_gddt', 'huyen', 'quan', 'quan_huyen'],
    label: { vi: 'Phòng GD&ĐT', en: 'District office' },
    kind: 'unit',
  },
  {
    key: 'xã',
    aliases: ['xa', 'phuong', 'xa_phuong', 'ubnd_xa'],
    label: { vi: 'UBND xã, phường', en: 'Commune' },
    kind: 'unit',
  },
  {
    key: 'trường',
    aliases: ['truong', 'co_so', 'co_so_giao_duc'],
    label: { vi: 'Trường', en: 'School' },
    kind: 'unit',
  },
  {
    key: 'tổ',
    aliases: ['to', 'to_chuyen_mon', 'to_cm'],
    label: { vi: 'Tổ chuyên môn', en: 'Subject group' },
    kind: 'group',
  },
  {
    key: 'cá_nhân',
    aliases: ['ca_nhan', 'giao_vien', 'can_bo', 'nguoi'],
    label: { vi: 'Cá nhân', en: 'Individual' },
    kind: 'person',
  },
];

const byAlias = new Map<string, StandardLevel>(
  STANDARD_LEVELS.flatMap((s) => [[folded(s.key), s] as const, ...s.aliases.map((a) => [a, s] as const)]),
);

function folded(id: string): string {
  return foldDiacritics(id.normalize('NFC')).replace(/[\s-]+/gu, '_');
}

/**
 * The standard level a plan's level id names, if any (diacritics, case and `-`/space vs `_` ignored).
 *
 * @example
 * standardLevelOf('Phòng') // => 'phòng'
 * standardLevelOf('ca_nhan') // => 'cá_nhân'
 */
export function standardLevelOf(id: string): StandardLevelKey | undefined {
  return byAlias.get(folded(id))?.key;
}

const standard = (key: StandardLevelKey): LevelSpec => {
  const s = STANDARD_LEVELS.find((l) => l.key === key) as StandardLevel;
  return { key: s.key, label: s.label, kind: s.kind, standard: s.key };
};

/** Before 1/7/2025 (districts): Sở → Phòng GD&ĐT → trường → tổ → cá nhân. */
export const FOUR_TIER: readonly LevelSpec[] = (['sở', 'phòng', 'trường', 'tổ', 'cá_nhân'] as const).map(standard);

/** From 1/7/2025 (two-tier local government): Sở → UBND xã, phường → trường → tổ → cá nhân. */
export const TWO_TIER: readonly LevelSpec[] = (['sở', 'xã', 'trường', 'tổ', 'cá_nhân'] as const).map(standard);

/**
 * The tree levels of a plan, top first, by the names it declares (`cấp cá_nhân < tổ < trường < …`): the
 * key is the plan's level id, the Vietnamese label its name, the English label the standard level's when
 * the id names one. A plan that declares no level gets `FOUR_TIER`.
 *
 * @example
 * levelsOfPlan(kimSon).map((l) => l.key) // ['nhà_nước', 'bộ', 'tỉnh', 'sở', 'phòng', 'trường', 'tổ', 'cá_nhân']
 */
export function levelsOfPlan(plan: Pick<PlanModel, 'levels'>): readonly LevelSpec[] {
  if (plan.levels.length === 0) return FOUR_TIER;
  const lowestFirst = [...plan.levels].sort((a, b) => a.rank - b.rank);
  return lowestFirst
    .map((l, i): LevelSpec => {
      const key = standardLevelOf(l.id);
      const std = key === undefined ? undefined : STANDARD_LEVELS.find((s) => s.key === key);
      const vi = l.name ?? std?.label.vi ?? l.id;
      return {
        key: l.id,
        label: { vi, en: std?.label.en ?? vi },
        kind: i === 0 ? 'person' : std?.kind === 'group' ? 'group' : 'unit',
        ...(key !== undefined ? { standard: key } : {}),
      };
    })
    .reverse();
}

/**
 * The index of a level in a tree's levels by key (exact, then diacritics-insensitive), or -1.
 *
 * @example
 * levelIndex(FOUR_TIER, 'truong') // => 2
 */
export function levelIndex(levels: readonly LevelSpec[], key: string): number {
  const exact = levels.findIndex((l) => l.key === key);
  if (exact >= 0) return exact;
  const f = folded(key);
  return levels.findIndex((l) => folded(l.key) === f);
}
