// The SQLite store's options: durability, batching, file layout; their defaults and checks.
export interface SqliteStoreOptions {
  /**
   * `full` (default) syncs the WAL on every commit: an acknowledged action survives a power cut.
   * `normal` survives a crash of the process but not of the machine, and is faster.
   */
  readonly synchronous?: 'full' | 'normal';
  /** How long a writer waits for another connection's lock, ms. Default 5000. */
  readonly busyTimeoutMs?: number;
  /**
   * Units of work that arrive while a commit is under way are committed together, in one transaction
   * and one sync, each in its own savepoint (so each succeeds or fails alone). Default 256; 1 commits
   * each unit on its own.
   */
  readonly maxBatch?: number;
  /**
   * Pages the WAL may hold before a commit copies them back into the database file (SQLite's
   * `wal_autocheckpoint`). Default 40000 (≈ 80 MB of 2 KB pages): hot index pages are copied once per checkpoint
   * instead of every few commits (measured: 1000 < 10000 < 20000 < 40000 in durable actions/s, docs/performance.md).
   * The WAL file grows to about that size; opening the file after a crash reads it once.
   */
  readonly checkpointPages?: number;
  /**
   * Bytes per database page for a NEW file (SQLite's `page_size`, a power of two from 512 to 65536); an existing
   * file keeps its own. Default 2048: each durable action dirties ≈ 11 pages of different B-trees, and every dirty
   * page is written whole to the WAL at commit, so smaller pages write less (≈ 20 % more actions/s than 4096
   * measured, docs/performance.md).
   */
  readonly pageSize?: number;
  /**
   * Bytes of the file SQLite reads through a memory map instead of read calls (SQLite's `mmap_size`; address space,
   * not memory of its own: the pages are the operating system's file cache). Default 1 GiB (≈ 10 % more durable
   * actions/s than 0, docs/performance.md); 0 turns it off. Writes still go through the WAL: durability is the same,
   * but a disk that fails while a mapped page is read stops the process instead of failing one call.
   */
  readonly mmapBytes?: number;
  /** Told after each commit how many units of work it carried (for metrics). */
  readonly onCommit?: (units: number) => void;
}

/**
 * The page size (for a new file) and memory-map size of a store, defaults applied and checked.
 *
 * @example
 * fileSettings({}) // => { pageSize: 2048, mmapBytes: 1073741824 }
 */
export function fileSettings(options: SqliteStoreOptions): { pageSize: number; mmapBytes: number } {
  const pageSize = options.pageSize ?? 2048;
  // SQLite's page sizes: powers of two from 512 to 65536.
  if (!Number.isInteger(pageSize) || pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0)
    throw new RangeError(`pageSize must be a power of two from 512 to 65536, not ${pageSize}`);
  const mmapBytes = options.mmapBytes ?? 2 ** 30;
  if (!Number.isSafeInteger(mmapBytes) || mmapBytes < 0)
    throw new RangeError(`mmapBytes must be a whole number of bytes, 0 or more, not ${mmapBytes}`);
  return { pageSize, mmapBytes };
}
