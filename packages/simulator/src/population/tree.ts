// The organisation tree in flat typed arrays (breadth-first: each node's children are contiguous).
import type { Lang } from '@tdkt/calendar';
import type { LevelSpec } from './levels.js';

/**
 * An organisation tree of units, groups and people. Node i's level is `level[i]`; its children are
 * `firstChild[i] … firstChild[i] + childCount[i] − 1`; level L's nodes are `levelStart[L] …
 * levelStart[L + 1] − 1`. About 13 bytes per node: hanoi's ≈ 126k nodes take ≈ 1.6 MB.
 */
export interface OrgTree {
  readonly levels: readonly LevelSpec[];
  readonly size: number;
  readonly parent: Int32Array;
  readonly level: Uint8Array;
  readonly firstChild: Int32Array;
  readonly childCount: Int32Array;
  readonly levelStart: Int32Array;
  /** Names and ids read from a file (generated trees have none: names are derived). */
  readonly names?: ReadonlyMap<number, string>;
  readonly ids?: ReadonlyMap<number, string>;
}

/**
 * The ancestor of `node` at level `levelIndex` (the node itself at its own level; -1 if above).
 *
 * @example
 * ancestorAt(tree, person, 2) // the person's school
 */
export function ancestorAt(tree: OrgTree, node: number, levelIndex: number): number {
  let v = node;
  while (v >= 0 && (tree.level[v] as number) > levelIndex) v = tree.parent[v] as number;
  return v >= 0 && tree.level[v] === levelIndex ? v : -1;
}

/**
 * How many nodes each level has.
 *
 * @example
 * levelCounts(generatePopulation(preset('small', 1))) // => [1, 2, 6, 18, 90]
 */
export function levelCounts(tree: OrgTree): number[] {
  return tree.levels.map((_, l) => (tree.levelStart[l + 1] as number) - (tree.levelStart[l] as number));
}

/**
 * A node's display name: the file's name, or "<level label> <number within level>".
 *
 * @example
 * unitName(tree, 5, 'vi') // "Trường 3"
 */
export function unitName(tree: OrgTree, node: number, lang: Lang): string {
  const named = tree.names?.get(node);
  if (named !== undefined) return named;
  const l = tree.level[node] as number;
  const spec = tree.levels[l];
  return `${spec?.label[lang] ?? 'unit'} ${node - (tree.levelStart[l] as number) + 1}`;
}

/**
 * A stable id: the file's id, or "<level key>-<number within level>".
 *
 * @example
 * unitId(tree, 3) // => 'school-1'
 */
export function unitId(tree: OrgTree, node: number): string {
  const id = tree.ids?.get(node);
  if (id !== undefined) return id;
  const l = tree.level[node] as number;
  return `${tree.levels[l]?.key ?? 'unit'}-${node - (tree.levelStart[l] as number) + 1}`;
}

/**
 * Builds the flat arrays from per-level child counts (counts[L][i]: children of the i-th node of level L).
 *
 * @example
 * treeFromCounts(FOUR_TIER.slice(0, 2), 1, [Int32Array.of(3)]).size // => 4
 */
export function treeFromCounts(
  levels: readonly LevelSpec[],
  roots: number,
  counts: readonly Int32Array[],
  extra: { names?: ReadonlyMap<number, string>; ids?: ReadonlyMap<number, string> } = {},
): OrgTree {
  const levelStart = new Int32Array(levels.length + 1);
  let perLevel = roots;
  for (let l = 0; l < levels.length; l++) {
    levelStart[l + 1] = (levelStart[l] as number) + perLevel;
    const c = counts[l];
    perLevel = 0;
    if (c) for (let i = 0; i < c.length; i++) perLevel += c[i] as number;
  }
  const size = levelStart[levels.length] as number;
  const parent = new Int32Array(size).fill(-1);
  const level = new Uint8Array(size);
  const firstChild = new Int32Array(size).fill(-1);
  const childCount = new Int32Array(size);
  for (let l = 0; l < levels.length; l++) {
    const start = levelStart[l] as number;
    const end = levelStart[l + 1] as number;
    let next = end;
    const c = counts[l];
    for (let v = start; v < end; v++) {
      level[v] = l;
      const k = c ? ((c[v - start] ?? 0) as number) : 0;
      if (k > 0) {
        firstChild[v] = next;
        childCount[v] = k;
        for (let j = 0; j < k; j++) parent[next + j] = v;
        next += k;
      }
    }
  }
  return { levels, size, parent, level, firstChild, childCount, levelStart, ...extra };
}
