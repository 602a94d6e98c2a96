// What applying a change needs from the engine: its clock, workflows, snapshot cache, organisation.
import type { EngineClock } from '../clock/types.js';
import type { Organisation } from './organisation.js';
import type { Registry, SnapshotCache } from './registry.js';

/** What applying needs from the engine. */
export interface ApplyContext {
  readonly clock: EngineClock;
  readonly registry: Registry;
  readonly cache: SnapshotCache;
  readonly org: Organisation;
  /** Runs `fn` with the definitions' clock reading `now`. */
  at<T>(now: number, fn: () => T): T;
}
