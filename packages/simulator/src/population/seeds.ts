// The seed of each replication's behaviour draws, derived from the user's seed.
import { mixSeed } from '../random/prng.js';

/**
 * The seed of replication r's behaviour draws (the organisation itself comes from the user's seed).
 *
 * @example
 * replicationSeed(1, 0) !== replicationSeed(1, 1) // => true
 */
export function replicationSeed(seed: number, replication: number): number {
  return mixSeed(seed, replication, 0x7e91);
}
