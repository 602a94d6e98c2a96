// Group commit for a single-writer connection: units of work that arrive together share one transaction and one
// sync, each in its own savepoint, each answered only after the commit that carries it.
import type Database from 'better-sqlite3';

interface PendingUnit<W> {
  readonly fn: (writer: W) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

export interface GroupCommitOptions {
  /** At most this many units per commit; 1 commits each unit alone. */
  readonly maxBatch: number;
  /** Called at the start of each unit (the writer forgets what a rolled-back unit wrote). */
  readonly beforeUnit?: () => void;
  /** Told after each commit how many units it carried. */
  readonly onCommit?: (units: number) => void;
}

/**
 * Serialises units of work on one SQLite connection, committing those that queue up meanwhile together.
 *
 * @example
 * const commits = groupCommit(db, writer, { maxBatch: 256 });
 * await Promise.all([commits.run(a), commits.run(b)]); // one BEGIN … COMMIT, a and b in savepoints
 */
export function groupCommit<W>(db: Database.Database, writer: W, options: GroupCommitOptions) {
  const sql = {
    begin: db.prepare('BEGIN IMMEDIATE'),
    savepoint: db.prepare('SAVEPOINT tdkt_unit'),
    release: db.prepare('RELEASE tdkt_unit'),
    rollbackTo: db.prepare('ROLLBACK TO tdkt_unit'),
    commit: db.prepare('COMMIT'),
  };
  const pending: PendingUnit<W>[] = [];
  let running: Promise<void> | undefined;

  const runBatch = async (batch: PendingUnit<W>[]): Promise<void> => {
    sql.begin.run();
    const done: { unit: PendingUnit<W>; value: unknown }[] = [];
    for (const unit of batch) {
      options.beforeUnit?.();
      sql.savepoint.run();
      try {
        const value = await unit.fn(writer);
        sql.release.run();
        done.push({ unit, value });
      } catch (error) {
        if (!db.inTransaction) {
          // SQLite abandoned the whole transaction (I/O error, disk full): the earlier units are lost too.
          for (const d of done) d.unit.reject(error);
          done.length = 0;
          unit.reject(error);
          sql.begin.run();
          continue;
        }
        sql.rollbackTo.run();
        sql.release.run();
        unit.reject(error);
      }
    }
    try {
      sql.commit.run();
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      for (const d of done) d.unit.reject(error);
      return;
    }
    // Acknowledged only now, after the commit (and its sync) returned.
    for (const d of done) d.unit.resolve(d.value);
    options.onCommit?.(batch.length);
  };

  const drain = async (): Promise<void> => {
    try {
      while (pending.length > 0) {
        // Let every client whose previous unit just committed send its next one: they join this batch.
        if (options.maxBatch > 1) await new Promise<void>((resolve) => setImmediate(resolve));
        const batch = pending.splice(0, options.maxBatch);
        try {
          await runBatch(batch);
        } catch (error) {
          // BEGIN itself failed (busy past the timeout, store closed): nobody in the batch committed.
          if (db.inTransaction) db.exec('ROLLBACK');
          for (const unit of batch) unit.reject(error);
        }
      }
    } finally {
      running = undefined;
    }
  };

  return {
    /** Runs `fn` in the next batch; resolves after its commit, rejects if it or the commit failed. */
    run<T>(fn: (writer: W) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        pending.push({ fn, resolve: resolve as (value: unknown) => void, reject });
        running ??= drain();
      });
    },
    /** Resolves once no batch is running or waiting. */
    async idle(): Promise<void> {
      while (running !== undefined) await running;
    },
  };
}
