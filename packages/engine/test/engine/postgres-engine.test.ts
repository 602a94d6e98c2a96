// Engines on PostgreSQL: one engine end to end, then two engines (as two processes) on one schema: racing actions
// are retried and each still answered on its own, timers fire once, a timer one engine wrote fires in the other,
// and an imminent one is announced so the other wakes for it at once.

import { createEngine, type EngineEvent, organisationFromUnits, type Store, VirtualClock } from '@tdkt/engine';
import { afterAll, describe, expect, it } from 'vitest';
import { dropSchemas, openTestPgStore, PG_SKIPPED } from '../fixtures/postgres.js';
import { actors, DAY, dossier, reviewWorkflow, units } from '../fixtures/review.mjs';

const T0 = Date.UTC(2021, 4, 3, 1);
const org = organisationFromUnits(units);
const stores: Store[] = [];
afterAll(async () => {
  await Promise.all(stores.map((s) => s.close()));
  await dropSchemas();
});

async function engineOn(store: Store, clock: VirtualClock, prefix: string, events: EngineEvent[] = []) {
  stores.push(store);
  let n = 0;
  return createEngine({
    workflows: [reviewWorkflow({ councilAt: null })],
    store,
    clock,
    organisation: org,
    newId: () => `${prefix}-${++n}`,
    onEvent: (e) => events.push(e),
  });
}

describe.skipIf(PG_SKIPPED)('engine on PostgreSQL', () => {
  it('runs a dossier: start, act, tasks and overdue from the indexes, a deadline fired durably', async () => {
    const clock = new VirtualClock(T0);
    const engine = await engineOn(await openTestPgStore(), clock, 'hs');
    const started = await engine.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-1', dossier });
    expect(started).toMatchObject({ ok: true, id: 'hs-1', state: 'tự_đánh_giá' });
    expect(
      (await engine.tasks({ role: 'cá_nhân', unit: 'to-toan', actorId: 'gv-1' })).items.map((t) => t.actions),
    ).toEqual([['nộp']]);
    expect((await engine.tasks({ role: 'cá_nhân', unit: 'to-toan', actorId: 'gv-2' })).items).toEqual([]);
    expect(await engine.act('hs-1', 'nộp', { actor: actors.owner })).toMatchObject({
      ok: true,
      state: 'tổ_xét',
      version: 2,
    });
    const tasks = await engine.tasks({ role: 'tổ_trưởng', unit: 'to-toan' });
    expect(tasks.items).toMatchObject([
      { instance: 'hs-1', step: 'tổ_xét', deadline: T0 + 5 * DAY, remainingWorkingDays: 4, version: 2 },
    ]);
    clock.advanceBy(6 * DAY);
    await engine.idle();
    expect((await engine.overdue()).items).toEqual([
      { instance: 'hs-1', workflow: 'xét_cuối_năm', step: 'tổ_xét', unit: 'to-toan', deadline: T0 + 5 * DAY },
    ]);
    expect((await engine.instance('hs-1'))?.history.map((e) => e.action)).toEqual([
      'start',
      'nộp',
      'reminder',
      'deadline',
    ]);
    await engine.close();
  });

  it('two engines on one schema: racing actions are each answered, and every timer fires once', async () => {
    const clock = new VirtualClock(T0);
    const first = await openTestPgStore();
    const events: EngineEvent[] = [];
    const a = await engineOn(first, clock, 'a', events);
    const b = await engineOn(await openTestPgStore(first.schema), clock, 'b', events);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await (i % 2 === 0 ? a : b).start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-1', dossier });
      if (r.ok) ids.push(r.id);
    }
    // Both engines submit every dossier at once: each gets an answer; exactly one submission per dossier wins.
    const results = await Promise.all(
      ids.flatMap((id) => [a.act(id, 'nộp', { actor: actors.owner }), b.act(id, 'nộp', { actor: actors.owner })]),
    );
    for (let k = 0; k < ids.length; k++) {
      const pair = [results[2 * k], results[2 * k + 1]];
      expect(pair.filter((r) => r?.ok).length).toBe(1);
      expect(pair.find((r) => r?.ok === false)).toMatchObject({ refusal: { code: 'action-not-available' } });
    }
    clock.advanceBy(6 * DAY);
    await Promise.all([a.idle(), b.idle()]);
    await Promise.all([a.runDue(), b.runDue()]);
    const fired = events
      .filter((e) => e.type === 'deadline' || e.type === 'reminder')
      .map((e) => `${e.type}:${'instance' in e ? e.instance : ''}`);
    expect(fired.sort()).toEqual(ids.flatMap((id) => [`deadline:${id}`, `reminder:${id}`]).sort());
    await Promise.all([a.close(), b.close()]);
  });

  it('a timer one engine wrote fires in the other after the first is gone (the other polls the store)', async () => {
    const clock = new VirtualClock(T0);
    const first = await openTestPgStore();
    const a = await engineOn(first, clock, 'a');
    const events: EngineEvent[] = [];
    const b = await engineOn(await openTestPgStore(first.schema), clock, 'b', events);
    const r = await a.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-1', dossier });
    await a.close(); // a's own alarm is gone with it
    for (let i = 0; i < 50 && events.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      clock.advanceBy(DAY);
      await b.idle();
    }
    expect(events).toContainEqual({
      type: 'deadline',
      instance: r.id,
      step: 'tự_đánh_giá',
      at: T0 + 10 * DAY,
      handled: false,
    });
    await b.close();
  });

  it('announces a timer due before the next poll; the other engine wakes for it without polling', async () => {
    const clock = new VirtualClock(T0);
    const first = await openTestPgStore();
    const events: EngineEvent[] = [];
    // The other engine would not look for an hour of its own accord.
    const b = await createEngine({
      workflows: [reviewWorkflow({ councilAt: null, selfDays: 0.5 })],
      store: await openTestPgStore(first.schema),
      clock,
      organisation: org,
      timerPollMs: 3_600_000,
      onEvent: (e) => events.push(e),
    });
    stores.push(first);
    const a = await createEngine({
      workflows: [reviewWorkflow({ councilAt: null, selfDays: 0.5 })],
      store: first,
      clock,
      organisation: org,
      timerPollMs: DAY,
      newId: () => 'soon',
    });
    await new Promise((resolve) => setTimeout(resolve, 150)); // b's LISTEN is set up
    await a.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-1', dossier });
    await a.close();
    for (let i = 0; i < 50 && events.length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      clock.advanceBy(DAY / 4);
      await b.idle();
    }
    expect(events).toContainEqual({
      type: 'deadline',
      instance: 'soon',
      step: 'tự_đánh_giá',
      at: T0 + DAY / 2,
      handled: false,
    });
    await b.close();
  });
});
