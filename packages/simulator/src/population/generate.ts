// Generates an organisation tree from a seed and the number of units per level, in flat typed arrays.
import { createRandom } from '../random/prng.js';
import type { LevelSpec } from './levels.js';
import type { OrgTree } from './tree.js';
import { treeFromCounts } from './tree.js';

/** How to generate a tree: its levels (top first), the units at each level, and the spread of shares. */
export interface GenerateSpec {
  readonly seed: number;
  readonly levels: readonly LevelSpec[];
  /** counts[i]: units at level i in the whole tree (counts[0] are the roots). */
  readonly counts: readonly number[];
  /** Relative spread of each parent's share of the children (0: equal shares; 0.3: ±30 %). */
  readonly spread?: number;
}

/**
 * Lays the tree out breadth first. Each level gets exactly `counts[i]` units: the children of level i − 1
 * are shared out by weights drawn in 1 ± spread (cumulative rounding), so totals are exact and every
 * parent gets at least one child while there are enough. Deterministic by seed.
 *
 * @example
 * levelCounts(generatePopulation({ seed: 1, levels: FOUR_TIER, counts: [1, 2, 6, 18, 90] })) // [1, 2, 6, 18, 90]
 */
export function generatePopulation(spec: GenerateSpec): OrgTree {
  const random = createRandom(spec.seed);
  const spread = Math.max(0, Math.min(1, spec.spread ?? 0));
  const roots = Math.max(1, Math.floor(spec.counts[0] ?? 1));
  const perLevel: Int32Array[] = [];
  let parents = roots;
  for (let l = 1; l < spec.levels.length; l++) {
    const total = Math.max(0, Math.floor(spec.counts[l] ?? 0));
    perLevel.push(shareOut(total, parents, spread, random.next));
    parents = total;
  }
  return treeFromCounts(spec.levels, roots, perLevel);
}

/**
 * Splits `total` children over `parents` by random weights; at least one each when total ≥ parents.
 * Cumulative rounding (each parent gets the difference of the rounded running totals) keeps the sum
 * exact with one pass and no sort.
 */
function shareOut(total: number, parents: number, spread: number, next: () => number): Int32Array {
  const out = new Int32Array(parents);
  if (parents === 0 || total === 0) return out;
  const floor = total >= parents ? 1 : 0;
  const rest = total - floor * parents;
  const weights = new Float64Array(parents);
  let sum = 0;
  for (let i = 0; i < parents; i++) {
    const w = spread === 0 ? 1 : 1 + spread * (2 * next() - 1);
    weights[i] = w;
    sum += w;
  }
  let running = 0;
  let given = 0;
  for (let i = 0; i < parents; i++) {
    running += weights[i] as number;
    // The last parent takes whatever rounding left, so the total is exact whatever the float error.
    const upTo = i === parents - 1 ? rest : Math.min(rest, Math.round((rest * running) / sum));
    out[i] = floor + (upTo - given);
    given = upTo;
  }
  return out;
}
