// Timers a change makes due at its own instant (a posting of 0 days, a step entered past its deadline) fire in the
// same commit, in the order the timer table would have fired them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createEngine,
  createMemoryStore,
  type EngineEvent,
  organisationFromUnits,
  type Store,
  VirtualClock,
  type WorkflowDefinition,
} from '@tdkt/engine';
import { openSqliteStore } from '@tdkt/engine/sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { assign, createMachine } from 'xstate';
import { actors, DAY, dossier, reviewWorkflow, units } from '../fixtures/review.mjs';

const T0 = Date.UTC(2021, 4, 3, 1);
const org = organisationFromUnits(units);
const dir = mkdtempSync(join(tmpdir(), 'tdkt-due-at-once-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const stores: [string, () => Promise<Store>][] = [
  ['memory', async () => createMemoryStore()],
  ['sqlite', () => openSqliteStore(join(dir, `${Math.random().toString(36).slice(2)}.db`))],
];

async function engineOn(store: Store, workflow: WorkflowDefinition, events: EngineEvent[] = []) {
  let n = 0;
  return createEngine({
    workflows: [workflow],
    store,
    clock: new VirtualClock(T0),
    organisation: org,
    onEvent: (e) => events.push(e),
    newId: () => `hs-${++n}`,
  });
}

/** Two steps that hand a dossier back and forth `rounds` times, each with a posting of 0 days and a deadline at entry. */
function pingPong(rounds: number): WorkflowDefinition {
  const machine = createMachine({
    id: 'bóng_bàn',
    initial: 'chờ',
    context: { count: 0 },
    states: {
      chờ: { id: 'chờ', on: { bắt_đầu: { target: 'a' } } },
      a: {
        id: 'a',
        on: {
          'tdkt.posting-ended': [
            { guard: ({ context }) => context.count >= rounds, target: 'xong' },
            { target: 'b', actions: assign({ count: ({ context }) => context.count + 1 }) },
          ],
        },
      },
      b: { id: 'b', on: { 'tdkt.posting-ended': { target: 'a' } } },
      xong: { type: 'final' },
    },
  });
  const now = ({ enteredAt }: { enteredAt: number }) => enteredAt;
  return {
    name: 'bóng_bàn',
    version: 1,
    sourceHash: 'ping-pong',
    machine,
    steps: {
      chờ: { role: 'cá_nhân', ownerOnly: true },
      a: { role: null, postingEnd: now, deadline: now },
      b: { role: null, postingEnd: now },
    },
  };
}

describe.each(stores)('timers due at once (%s)', (_name, open) => {
  it('a posting of 0 days ends in the action’s own commit: one result, two audit entries, no timer row', async () => {
    const store = await open();
    const events: EngineEvent[] = [];
    const engine = await engineOn(store, reviewWorkflow({ postingDays: 0 }), events);
    const started = await engine.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-1', dossier });
    if (!started.ok) throw new Error(started.refusal.message);
    await engine.act(started.id, 'nộp', { actor: actors.owner });
    const result = await engine.act(started.id, 'duyệt', { actor: actors.groupHead });
    // The result is the dossier as it stands after the commit: open for the council, two versions on.
    expect(result).toMatchObject({ ok: true, state: 'hội_đồng.open', version: 4 });
    expect((await store.audit(started.id)).slice(-2).map((e) => [e.action, e.time, e.toState, e.version])).toEqual([
      ['duyệt', T0, 'hội_đồng.posting', 3],
      ['posting-ended', T0, 'hội_đồng.open', 4],
    ]);
    expect((await store.timersOf(started.id)).filter((t) => t.kind === 'posting')).toEqual([]);
    expect(events.slice(-2)).toEqual([
      { type: 'posting-ended', instance: started.id, step: 'hội_đồng', at: T0 },
      {
        type: 'accepted',
        instance: started.id,
        action: 'posting-ended',
        from: 'hội_đồng.posting',
        to: 'hội_đồng.open',
        at: T0,
      },
    ]);
    // The next actor sees the step open and acts on the version it was given.
    const next = await engine.act(started.id, 'duyệt', { actor: actors.chair, expectedVersion: 4 });
    expect(next).toMatchObject({ ok: true, state: 'phòng' });
    await engine.close();
    await store.close?.();
  });

  it('fires them in the table’s order (posting, then the passed deadline) and drops those of a step left', async () => {
    const store = await open();
    const engine = await engineOn(store, reviewWorkflow({ postingDays: 0, councilAt: T0 - DAY }));
    const started = await engine.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-1', dossier });
    if (!started.ok) throw new Error(started.refusal.message);
    await engine.act(started.id, 'nộp', { actor: actors.owner });
    const result = await engine.act(started.id, 'duyệt', { actor: actors.groupHead });
    expect(result).toMatchObject({ ok: true, state: 'phòng', version: 5 });
    expect((await store.audit(started.id)).slice(-3).map((e) => [e.action, e.toState, e.version])).toEqual([
      ['duyệt', 'hội_đồng.posting', 3],
      ['posting-ended', 'hội_đồng.open', 4],
      ['deadline', 'phòng', 5],
    ]);
    expect(await store.timersOf(started.id)).toEqual([]);
    await engine.close();
    await store.close?.();
  });

  it('past 16 in one commit, the rest wait in the timer table and fire at once, in order', async () => {
    const store = await open();
    const engine = await engineOn(store, pingPong(20));
    const started = await engine.start('bóng_bàn', { unit: 'to-toan', owner: 'gv-1' });
    if (!started.ok) throw new Error(started.refusal.message);
    const acted = await engine.act(started.id, 'bắt_đầu', { actor: actors.owner });
    expect(acted).toMatchObject({ ok: true, status: 'active' });
    await engine.idle();
    const view = await engine.instance(started.id);
    expect(view).toMatchObject({ status: 'done', state: 'xong' });
    const trail = (await store.audit(started.id)).map((e) => e.action);
    // 41 postings ended (a, b, a, … , a): a's deadline, due at entry too, is cancelled each time a is left.
    expect(trail).toEqual(['start', 'bắt_đầu', ...Array.from({ length: 41 }, () => 'posting-ended')]);
    expect((await store.audit(started.id)).map((e) => e.version)).toEqual(Array.from({ length: 43 }, (_, i) => i + 1));
    await engine.close();
    await store.close?.();
  });
});
