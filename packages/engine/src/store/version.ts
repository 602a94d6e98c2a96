// The version an instance update writes, the same in every store.
import type { InstanceChange } from './types.js';

/**
 * The version an update writes: `change.version` when given (it must be above `expected`), else `expected + 1`.
 *
 * @example
 * nextVersion(3, { ...change, version: 5 }) // => 5
 */
export function nextVersion(expected: number, change: InstanceChange): number {
  const version = change.version ?? expected + 1;
  if (!Number.isSafeInteger(version) || version <= expected)
    throw new RangeError(`version ${version} must be an integer above the expected ${expected}`);
  return version;
}
