// SQLite files of older schemas open and migrate: schema 1 (before the work queue; the engine rebuilds its queue) and
// schema 3 (the work queue keyed with the owner; its rows copied).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine, createMemoryStore, organisationFromUnits, VirtualClock } from '@tdkt/engine';
import { openSqliteStore } from '@tdkt/engine/sqlite';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from '../../src/store/sqlite-schema.js';
import { actors, DAY, dossier, reviewWorkflow, units } from '../fixtures/review.mjs';
import { selfAssessments } from './contract-queue.js';

const dir = mkdtempSync(join(tmpdir(), 'tdkt-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const T0 = Date.UTC(2021, 4, 3, 1);
const org = organisationFromUnits(units);

describe('SQLite schema 1 → 2 → 3 → 4', () => {
  it('fills the open steps from stored instances and rebuilds the work queue at engine start', async () => {
    // A dossier in the subject-group step, as schema 1 stored it.
    const memory = createMemoryStore();
    const before = await createEngine({
      workflows: [reviewWorkflow()],
      store: memory,
      clock: new VirtualClock(T0),
      organisation: org,
      newId: () => 'hs-1',
    });
    await before.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-1', dossier });
    await before.act('hs-1', 'nộp', { actor: actors.owner });
    const record = await memory.getInstance('hs-1');
    if (record === undefined) throw new Error('no record');
    const file = join(dir, 'v1.db');
    const db = new Database(file);
    db.exec(SCHEMA_V1);
    db.pragma('user_version = 1');
    db.prepare("INSERT INTO workflows VALUES ('xét_cuối_năm', 1, 'hand-written-v1', '{}', 1)").run();
    db.prepare('INSERT INTO instances VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)').run(
      record.id,
      record.workflow,
      record.unit,
      record.owner,
      JSON.stringify(record.snapshot),
      record.state,
      JSON.stringify(record.steps),
      record.version,
      record.status,
      record.createdAt,
      record.updatedAt,
    );
    // Its deadline timer, and a cancelled one before it: ids and the id sequence survive the rebuild of schema 3.
    db.prepare(
      "INSERT INTO timers (instance, kind, step, fire_at, payload, fired_at) VALUES ('hs-1', 'reminder', 'tổ_xét', 1, '{}', NULL)",
    ).run();
    db.prepare('DELETE FROM timers').run();
    db.prepare(
      "INSERT INTO timers (instance, kind, step, fire_at, payload, fired_at) VALUES ('hs-1', 'deadline', 'tổ_xét', ?, '{}', NULL)",
    ).run(T0 + 5 * DAY);
    db.close();

    const store = await openSqliteStore(file);
    expect(await store.getMeta('work-queue')).toBe('rebuild');
    expect((await store.timersOf('hs-1')).map((t) => [t.id, t.kind])).toEqual([[2, 'deadline']]);
    // Schema 3 takes timers of kind `window`; new ids continue the old sequence.
    expect(
      await store.transaction((tx) =>
        tx.addTimer({ instance: 'hs-1', kind: 'window', step: 'tổ_xét', fireAt: T0, payload: null }),
      ),
    ).toBe(3);
    await store.transaction((tx) => tx.cancelTimers('hs-1', ['tổ_xét'], ['window']));
    expect(
      (await store.overdueSteps({ at: T0 + 30 * DAY, limit: 10 })).map((s) => [s.instance, s.step, s.deadline]),
    ).toEqual([['hs-1', 'tổ_xét', T0 + 5 * DAY]]);
    expect(await store.workOf('hs-1')).toEqual([]);
    const engine = await createEngine({
      workflows: [reviewWorkflow()],
      store,
      clock: new VirtualClock(T0),
      organisation: org,
    });
    expect(await store.getMeta('work-queue')).toBe('ok');
    expect((await engine.tasks({ role: 'tổ_trưởng', unit: 'to-toan' })).items).toMatchObject([
      { instance: 'hs-1', step: 'tổ_xét', version: 2 },
    ]);
    expect((await engine.act('hs-1', 'duyệt', { actor: actors.groupHead })).ok).toBe(true);
    await engine.close();
    await store.close();
    const again = new Database(file);
    expect(again.pragma('user_version', { simple: true })).toBe(4);
    again.close();
  });
});

describe('SQLite schema 3 → 4', () => {
  it('keeps every work row; an actor still sees the shared items and only their own owner-only ones, in order', async () => {
    const file = join(dir, 'v3.db');
    const db = new Database(file);
    db.exec(SCHEMA_V1);
    db.exec(SCHEMA_V2);
    db.exec(SCHEMA_V3);
    db.pragma('user_version = 3');
    const row = db.prepare(
      `INSERT INTO work_queue (role, unit, owner_key, sort_at, instance, step, workflow, workflow_version, instance_unit,
        owner, entered_at, deadline, actions, version) VALUES (?, 'to-toan', ?, ?, ?, ?, 'w', 1, 'to-toan', ?, 1, ?, '["nộp"]', 1)`,
    );
    row.run('cá_nhân', 'gv-2', 30, 'hs-2', 'tự_đánh_giá', 'gv-2', 30);
    row.run('cá_nhân', 'gv-1', 20, 'hs-1', 'tự_đánh_giá', 'gv-1', 20);
    row.run('cá_nhân', '', 10, 'hs-3', 'bổ_sung', null, 10);
    row.run('tổ_trưởng', '', 40, 'hs-1', 'tổ_xét', 'gv-1', 40);
    db.close();
    const store = await openSqliteStore(file);
    const page = (actorId?: string) => selfAssessments(store, actorId);
    expect(await page('gv-1')).toEqual(['hs-3', 'hs-1']);
    expect(await page('gv-2')).toEqual(['hs-3', 'hs-2']);
    expect(await page()).toEqual(['hs-3', 'hs-1', 'hs-2']);
    expect((await store.workOf('hs-1')).map((w) => [w.step, w.role, w.ownerOnly])).toEqual([
      ['tổ_xét', 'tổ_trưởng', null],
      ['tự_đánh_giá', 'cá_nhân', 'gv-1'],
    ]);
    await store.close();
    const again = new Database(file);
    expect(again.pragma('user_version', { simple: true })).toBe(4);
    expect(again.prepare("SELECT name FROM sqlite_master WHERE name = 'work_queue_any_owner'").all()).toEqual([]);
    again.close();
  });
});
