// Which levels funnel every dossier of a procedure through one single unit (one Sở, one Bộ).
import type { OrgTree } from './tree.js';

/** A level at which one unit acts on every dossier of a procedure. */
export interface SingleUnit {
  readonly level: string;
  readonly label: { readonly vi: string; readonly en: string };
  /** The unit's own name, when the organisation file gives one. */
  readonly name?: string;
}

/**
 * The levels among `stepLevels`, above the owners', where all the owners of a procedure's dossiers
 * share one ancestor (only when there are at least two dossiers). The tree is breadth first with
 * contiguous children, so the owners' ancestors at a level form a contiguous range: comparing the first
 * and last owner's ancestors is enough.
 *
 * @example
 * singleUnitLevels(tree, 7, [4, 3, 1]) // [{ level: 'sở', label: { vi: 'Sở GD&ĐT', … } }, { level: 'bộ', … }]
 */
export function singleUnitLevels(tree: OrgTree, ownerLevel: number, stepLevels: Iterable<number>): SingleUnit[] {
  const first = tree.levelStart[ownerLevel] ?? 0;
  const last = (tree.levelStart[ownerLevel + 1] ?? first) - 1;
  if (last - first < 1) return [];
  const levels = [...new Set(stepLevels)].filter((l) => l >= 0 && l < ownerLevel).sort((a, b) => a - b);
  const out: SingleUnit[] = [];
  for (const level of levels) {
    let a = first;
    let b = last;
    while ((tree.level[a] as number) > level) a = tree.parent[a] as number;
    while ((tree.level[b] as number) > level) b = tree.parent[b] as number;
    if (a !== b) continue;
    const spec = tree.levels[level];
    if (spec === undefined) continue;
    const name = tree.names?.get(a);
    out.push({ level: spec.key, label: spec.label, ...(name !== undefined ? { name } : {}) });
  }
  return out;
}
