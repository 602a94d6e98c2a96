// Runs the Store contract against the in-memory and the SQLite store; SQLite-only checks after (PostgreSQL: postgres.test.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore, type Store } from '@tdkt/engine';
import { openSqliteStore } from '@tdkt/engine/sqlite';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { type StoreHarness, storeContract } from './contract.js';
import { queueContract } from './contract-queue.js';

const dir = mkdtempSync(join(tmpdir(), 'tdkt-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const paths = new WeakMap<Store, string>();

const memory: StoreHarness = { open: async () => createMemoryStore() };
storeContract('memory', memory);
queueContract('memory', memory);

const sqlite: StoreHarness = {
  async open() {
    const file = join(dir, `s${n++}.db`);
    const store = await openSqliteStore(file);
    paths.set(store, file);
    return store;
  },
  async reopen(store) {
    const file = paths.get(store) as string;
    await store.close();
    const again = await openSqliteStore(file);
    paths.set(again, file);
    return again;
  },
};
storeContract('sqlite', sqlite);
queueContract('sqlite', sqlite);

describe('SQLite store file', () => {
  it('uses WAL and refuses to rewrite or delete audit rows', async () => {
    const file = join(dir, 'wal.db');
    const store = await openSqliteStore(file);
    await store.transaction(async (tx) => {
      await tx.appendAudit({
        instance: 'x',
        time: 1,
        actor: { id: 'a', role: 'r', unit: 'u' },
        action: 'nộp',
        fromState: null,
        toState: null,
        data: null,
        outcome: 'refused',
        refusal: 'unknown-instance',
        version: null,
      });
    });
    await store.close();
    const db = new Database(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(() => db.prepare("UPDATE audit SET action = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
    db.close();
  });

  it('creates new files with 2 KB pages (or pageSize); an existing file keeps its own', async () => {
    const pageSize = (file: string) => {
      const db = new Database(file, { readonly: true });
      const size = db.pragma('page_size', { simple: true });
      db.close();
      return size;
    };
    const fresh = join(dir, 'pages-default.db');
    await (await openSqliteStore(fresh)).close();
    expect(pageSize(fresh)).toBe(2048);
    const big = join(dir, 'pages-4096.db');
    await (await openSqliteStore(big, { pageSize: 4096 })).close();
    expect(pageSize(big)).toBe(4096);
    const reopened = await openSqliteStore(big);
    expect(await reopened.getInstance('none')).toBeUndefined();
    await reopened.close();
    expect(pageSize(big)).toBe(4096);
    await expect(openSqliteStore(join(dir, 'pages-bad.db'), { pageSize: 3000 })).rejects.toThrow(/power of two/);
  });

  it('reads through a memory map unless mmapBytes is 0; a negative size is refused', async () => {
    const file = join(dir, 'mmap.db');
    for (const mmapBytes of [0, 2 ** 20]) {
      const store = await openSqliteStore(file, { mmapBytes });
      await store.transaction((tx) =>
        tx.putWorkflow({ name: 'w', version: 1, sourceHash: 'h', definition: null, createdAt: 1 }),
      );
      expect(await store.getWorkflow('w', 1)).toMatchObject({ sourceHash: 'h' });
      await store.close();
    }
    await expect(openSqliteStore(file, { mmapBytes: -1 })).rejects.toThrow(/mmapBytes/);
  });
});

describe('SQLite group commit', () => {
  const workflow = { name: 'xét', version: 1, sourceHash: 'h', definition: null, createdAt: 1 };
  const record = (id: string) => ({
    id,
    workflow: 'xét',
    workflowVersion: 1,
    unit: 'u',
    owner: null,
    snapshot: {},
    state: 'a',
    steps: [],
    version: 1,
    status: 'active' as const,
    outcome: null,
    createdAt: 1,
    updatedAt: 1,
  });

  it('commits concurrent units together, each on its own, each answered only once committed', async () => {
    const file = join(dir, 'group.db');
    const commits: number[] = [];
    const store = await openSqliteStore(file, { onCommit: (units) => commits.push(units) });
    await store.transaction((tx) => tx.putWorkflow(workflow));
    commits.length = 0;
    const outside = new Database(file, { readonly: true });
    const committed = (id: string) =>
      outside.prepare('SELECT count(*) AS n FROM instances WHERE id = ?').get(id) as { n: number };
    const units = Array.from({ length: 20 }, (_, k) =>
      store
        .transaction(async (tx) => {
          await tx.insertInstance(record(`i${k}`));
          // Each unit sees the accepted ones before it in the batch, not the refused ones: as if one at a time.
          if (k > 0 && (await tx.getInstance(`i${(k - 1) % 5 === 3 ? k - 2 : k - 1}`)) === undefined)
            throw new Error(`unit ${k} does not see its predecessor`);
          if (k > 0 && (k - 1) % 5 === 3 && (await tx.getInstance(`i${k - 1}`)) !== undefined)
            throw new Error(`unit ${k} sees a refused unit`);
          if (k % 5 === 3) throw new Error(`refused ${k}`);
          return k;
        })
        .then(
          (k) => ({ k, visible: committed(`i${k}`).n }),
          (error: Error) => ({ error: error.message }),
        ),
    );
    const results = await Promise.all(units);
    expect(results.filter((r) => 'error' in r).map((r) => ('error' in r ? r.error : ''))).toEqual([
      'refused 3',
      'refused 8',
      'refused 13',
      'refused 18',
    ]);
    // When its promise resolved, another connection already saw the unit's row: committed first, answered after.
    expect(results.filter((r) => 'k' in r).every((r) => 'visible' in r && r.visible === 1)).toBe(true);
    expect((await store.listInstances()).length).toBe(16);
    expect(commits.reduce((a, b) => a + b, 0)).toBe(20);
    expect(commits.length).toBeLessThan(5);
    outside.close();
    await store.close();
  });

  it('commits each unit alone with maxBatch 1', async () => {
    const commits: number[] = [];
    const store = await openSqliteStore(join(dir, 'single.db'), {
      maxBatch: 1,
      onCommit: (units) => commits.push(units),
    });
    await Promise.all([1, 2, 3].map(() => store.transaction((tx) => tx.putWorkflow(workflow))));
    expect(commits).toEqual([1, 1, 1]);
    await store.close();
  });
});
