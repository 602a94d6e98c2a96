// Runs the Store contract against the in-memory and the SQLite store; SQLite-only checks after (PostgreSQL: postgres.test.ts).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStore, type Store } from '@tdkt/engine';
import { openSqliteStore } from '@tdkt/engine/sqlite';
import { storeContract, type StoreHarness } from './contract.js';
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
        instance: 'x', time: 1, actor: { id: 'a', role: 'r', unit: 'u' }, action: 'nộp', fromState: null, toState: null,
        data: null, outcome: 'refused', refusal: 'unknown-instance', version: null,
      });
    });
    await store.close();
    const db = new Database(file);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(() => db.prepare("UPDATE audit SET action = 'x'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit').run()).toThrow(/append-only/);
    db.close();
  });
});
