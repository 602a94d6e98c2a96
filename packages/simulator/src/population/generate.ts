// Generates an organisation tree from a seed and sizes, fast and compact (hanoi ≈ 126k nodes in 1.6 MB).
import { createRandom } from '../random/prng.js';
import type { GenerateSpec } from './levels.js';
import { treeFromCounts } from './tree.js';
import type { OrgTree } from './tree.js';

/**
 * Draws each node's number of children around the level's mean (±spread, at least 1; the top
 * level's fan-out is exact) and lays the tree out breadth-first in typed arrays.
 *
 * @example
 * const tree = generatePopulation(preset('small', 1));
 * levelCounts(tree) // [1, 2, 6, 18, 90]
 */
export function generatePopulation(spec: GenerateSpec): OrgTree {
  const random = createRandom(spec.seed);
  const spread = Math.max(0, Math.min(1, spec.spread ?? 0));
  const roots = Math.max(1, Math.floor(spec.roots ?? 1));
  const counts: Int32Array[] = [];
  let width = roots;
  for (let l = 0; l < spec.levels.length - 1; l++) {
    const mean = Math.max(0, spec.fanout[l] ?? 0);
    const c = new Int32Array(width);
    let total = 0;
    for (let i = 0; i < width; i++) {
      // Keep the mean exact on average: floor(mean × factor + u) with u uniform in [0, 1).
      const factor = l === 0 ? 1 : 1 + spread * (2 * random.next() - 1);
      const k = mean === 0 ? 0 : Math.max(1, Math.floor(mean * factor + random.next()));
      c[i] = k;
      total += k;
    }
    counts.push(c);
    width = total;
  }
  return treeFromCounts(spec.levels, roots, counts);
}
