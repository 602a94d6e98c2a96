// The Store contract against a real PostgreSQL server, then what only a shared store does: two stores (as two
// processes would) on one schema — skip-locked timer claims, version races, timer announcements, audit paging.

import { type InstanceRecord, type Store, TransactionConflictError, VersionConflictError } from '@tdkt/engine';
import { afterAll, describe, expect, it } from 'vitest';
import { PG_SCHEMA_V1, PG_SCHEMA_V2 } from '../../src/store/postgres-schema.js';
import { dropSchemas, freshSchema, openTestPgStore, PG_SKIPPED, sql } from '../fixtures/postgres.js';
import { type StoreHarness, storeContract } from './contract.js';
import { queueContract, selfAssessments } from './contract-queue.js';

afterAll(dropSchemas);

const schemas = new WeakMap<Store, string>();
const harness: StoreHarness = {
  async open() {
    const store = await openTestPgStore();
    schemas.set(store, store.schema);
    return store;
  },
  async reopen(store) {
    const schema = schemas.get(store) as string;
    await store.close();
    const again = await openTestPgStore(schema);
    schemas.set(again, schema);
    return again;
  },
};

const workflow = { name: 'xét', version: 1, sourceHash: 'h1', definition: null, createdAt: 1 };
const record = (id: string): InstanceRecord => ({
  id,
  workflow: 'xét',
  workflowVersion: 1,
  unit: 'u',
  owner: null,
  snapshot: {},
  state: 'a',
  steps: [],
  version: 1,
  status: 'active',
  outcome: null,
  createdAt: 1,
  updatedAt: 1,
});
const actor = { id: 'a', role: 'r', unit: 'u' };
const entry = (instance: string, action: string) => ({
  instance,
  time: 1,
  actor,
  action,
  fromState: null,
  toState: null,
  data: null,
  outcome: 'accepted' as const,
  refusal: null,
  version: 1,
});

/** A promise and its resolver, to hold a transaction open. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = () => {};
  const wait = new Promise<void>((resolve) => (open = resolve));
  return { wait, open };
}

describe.skipIf(PG_SKIPPED)('PostgreSQL store', () => {
  storeContract('postgres', harness);
  queueContract('postgres', harness);

  it('migrates a schema of version 2: the work rows stay; an actor sees the shared items and only their own', async () => {
    const schema = freshSchema('v2');
    const S = `"${schema}"`;
    await sql(`CREATE SCHEMA ${S}`);
    await sql(`CREATE TABLE ${S}.meta (key text COLLATE "C" PRIMARY KEY, value text NOT NULL)`);
    await sql(PG_SCHEMA_V1.replaceAll('$S', S));
    await sql(PG_SCHEMA_V2.replaceAll('$S', S));
    await sql(`INSERT INTO ${S}.meta VALUES ('schema-version', '2')`);
    const row = (owner: string, at: number, instance: string, step: string) =>
      sql(
        `INSERT INTO ${S}.work_queue (role, unit, owner_key, sort_at, instance, step, workflow, workflow_version,
          instance_unit, owner, entered_at, deadline, actions, version) VALUES ('cá_nhân', 'to-toan', $1, $2, $3, $4, 'w', 1,
          'to-toan', NULLIF($1, ''), 1, $2, '["nộp"]', 1)`,
        [owner, at, instance, step],
      );
    await row('gv-2', 30, 'hs-2', 'tự_đánh_giá');
    await row('gv-1', 20, 'hs-1', 'tự_đánh_giá');
    await row('', 10, 'hs-3', 'bổ_sung');
    const store = await openTestPgStore(schema);
    const page = (actorId?: string) => selfAssessments(store, actorId);
    expect(await page('gv-1')).toEqual(['hs-3', 'hs-1']);
    expect(await page()).toEqual(['hs-3', 'hs-1', 'hs-2']);
    expect(await sql(`SELECT value FROM ${S}.meta WHERE key = 'schema-version'`)).toEqual([{ value: '3' }]);
    expect(
      await sql(`SELECT indexname FROM pg_indexes WHERE schemaname = $1 AND indexname = 'work_queue_any_owner'`, [
        schema,
      ]),
    ).toEqual([]);
    await store.close();
  });

  describe('shared by two processes', () => {
    async function pair() {
      const a = await openTestPgStore();
      const b = await openTestPgStore(a.schema);
      await a.transaction(async (tx) => {
        await tx.putWorkflow(workflow);
        await tx.insertInstance(record('i1'));
        await tx.insertInstance(record('i2'));
      });
      return { a, b, close: async () => Promise.all([a.close(), b.close()]) };
    }

    it('a timer one process holds is skipped by the other, and fires once', async () => {
      const { a, b, close } = await pair();
      const [t1, t2] = await a.transaction(async (tx) => [
        await tx.addTimer({ instance: 'i1', kind: 'deadline', step: 'a', fireAt: 10, payload: null }),
        await tx.addTimer({ instance: 'i2', kind: 'deadline', step: 'a', fireAt: 20, payload: null }),
      ]);
      const held = gate();
      const claimed = gate();
      const first = a.transaction(async (tx) => {
        const [timer] = await tx.claimDueTimers(100, 1);
        claimed.open();
        await held.wait;
        return timer !== undefined && (await tx.markTimerFired(timer.id, 50)) ? timer.id : null;
      });
      await claimed.wait;
      const second = await b.transaction(async (tx) => (await tx.claimDueTimers(100, 5)).map((t) => t.id));
      expect(second).toEqual([t2]);
      held.open();
      expect(await first).toBe(t1);
      expect(await b.transaction(async (tx) => (await tx.claimDueTimers(100, 5)).map((t) => t.id))).toEqual([t2]);
      await close();
    });

    it('the second of two racing updates gets a version conflict; a racing insert of one id a transaction conflict', async () => {
      const { a, b, close } = await pair();
      const change = { snapshot: {}, state: 'b', steps: [], status: 'active' as const, outcome: null, updatedAt: 2 };
      const held = gate();
      const updated = gate();
      const first = a.transaction(async (tx) => {
        const v = await tx.updateInstance('i1', 1, change);
        updated.open();
        await held.wait;
        return v;
      });
      await updated.wait;
      const second = b.transaction((tx) => tx.updateInstance('i1', 1, change));
      held.open();
      expect(await first).toBe(2);
      await expect(second).rejects.toBeInstanceOf(VersionConflictError);
      const insertHeld = gate();
      const inserted = gate();
      const one = a.transaction(async (tx) => {
        await tx.insertInstance(record('i3'));
        inserted.open();
        await insertHeld.wait;
      });
      await inserted.wait;
      const two = b.transaction((tx) => tx.insertInstance(record('i3')));
      insertHeld.open();
      await one;
      await expect(two).rejects.toBeInstanceOf(TransactionConflictError);
      await close();
    });

    it('tells every watcher the timers a process announces', async () => {
      const { a, b, close } = await pair();
      const heard: number[] = [];
      const unwatch = b.watchTimers?.((at) => heard.push(at));
      await new Promise((resolve) => setTimeout(resolve, 150)); // LISTEN is set up
      a.announceTimer?.(300);
      for (let i = 0; i < 50 && heard.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      expect(heard).toEqual([300]);
      unwatch?.();
      await close();
    });

    it('pages the audit log without skipping an entry whose transaction started earlier but commits later', async () => {
      const { a, b, close } = await pair();
      const held = gate();
      const appended = gate();
      const slow = a.transaction(async (tx) => {
        await tx.appendAudit(entry('i1', 'slow'));
        appended.open();
        await held.wait;
      });
      await appended.wait;
      await b.transaction((tx) => tx.appendAudit(entry('i2', 'fast')).then(() => undefined));
      // The fast entry is committed, but a reader that saw it could page past the slow one: not yet listed.
      expect((await b.auditAll()).map((e) => e.action)).toEqual([]);
      expect((await b.audit('i2')).map((e) => e.action)).toEqual(['fast']);
      held.open();
      await slow;
      // Listed once no older transaction runs anywhere on the server (other tests' may, for a moment).
      await expect
        .poll(async () => (await b.auditAll()).map((e) => e.action), { timeout: 10_000 })
        .toEqual(['slow', 'fast']);
      const all = await b.auditAll();
      expect(await b.auditAll({ afterSeq: all[0]?.seq ?? 0 })).toEqual([all[1]]);
      await close();
    });

    it('keeps the audit append-only in the database itself', async () => {
      const { a, close } = await pair();
      await a.transaction((tx) => tx.appendAudit(entry('i1', 'x')).then(() => undefined));
      const schema = (a as Store & { schema: string }).schema;
      await expect(sql(`UPDATE "${schema}".audit SET action = 'y'`)).rejects.toThrow(/append-only/);
      await expect(sql(`DELETE FROM "${schema}".audit`)).rejects.toThrow(/append-only/);
      await close();
    });
  });
});
