// Durable timers across restarts: catch-up fires what fell due while down, in order, exactly once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createEngine,
  type EngineClock,
  type EngineEvent,
  organisationFromUnits,
  realClock,
  VirtualClock,
} from '@tdkt/engine';
import { openSqliteStore } from '@tdkt/engine/sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { actors, DAY, dossier, reviewWorkflow, units } from '../fixtures/review.mjs';

const T0 = Date.UTC(2020, 9, 1, 1); // 1/10/2020 08:00 in Vietnam
const dir = mkdtempSync(join(tmpdir(), 'tdkt-catchup-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const org = organisationFromUnits(units);
const workflow = reviewWorkflow({ directorDays: 200, councilAt: null, postingDays: 0 });

/** A host clock stopped at `now`: what `realClock` sees after the machine was off for months. */
function stoppedHost(now: number) {
  const asked: number[] = [];
  return {
    asked,
    timers: {
      now: () => now,
      setTimeout: (_fn: () => void, ms: number) => (asked.push(ms), 0),
      clearTimeout: () => {},
    },
  };
}

async function open(file: string, clock: EngineClock, events: EngineEvent[] = []) {
  const store = await openSqliteStore(file);
  const engine = await createEngine({
    workflows: [workflow],
    store,
    clock,
    organisation: org,
    onEvent: (e) => events.push(e),
  });
  return { store, engine };
}

/** Starts one dossier and drives it to the Sở, whose decision is due 200 days later. */
async function toDirector(file: string) {
  const clock = new VirtualClock(T0);
  const { store, engine } = await open(file, clock);
  const started = await engine.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-1', dossier, id: 'hs-200' });
  expect(started.ok).toBe(true);
  for (const [action, who] of [
    ['nộp', 'owner'],
    ['duyệt', 'groupHead'],
    ['duyệt', 'chair'],
    ['duyệt', 'district'],
  ] as const) {
    await engine.idle();
    expect((await engine.act('hs-200', action, { actor: actors[who] })).ok).toBe(true);
  }
  await engine.idle();
  return { store, engine, clock };
}

describe('durable timers across restarts', () => {
  it('a 200-day deadline missed while down fires on start-up under the real clock, at its own instant, once', async () => {
    const file = join(dir, 'real.db');
    const first = await toDirector(file);
    const deadline = (await first.engine.instance('hs-200'))?.steps[0]?.deadline as number;
    expect(deadline).toBe(T0 + 200 * DAY);
    await first.engine.close();
    await first.store.close();

    // The process comes back 300 days later, on the real clock.
    const host = stoppedHost(T0 + 300 * DAY);
    const events: EngineEvent[] = [];
    const second = await open(file, realClock({ timers: host.timers }), events);
    expect(events).toEqual([{ type: 'deadline', instance: 'hs-200', step: 'sở', at: deadline, handled: false }]);
    const fired = (await second.store.timersOf('hs-200')).filter((t) => t.kind === 'deadline' && t.step === 'sở');
    expect(fired).toMatchObject([{ fireAt: deadline, firedAt: T0 + 300 * DAY }]);
    await second.engine.close();
    await second.store.close();

    const third = await open(file, realClock({ timers: stoppedHost(T0 + 301 * DAY).timers }), events);
    await third.engine.idle();
    expect(events.filter((e) => e.type === 'deadline')).toHaveLength(1);
    const audit = (await third.store.audit('hs-200')).filter((e) => e.action === 'deadline');
    expect(audit).toMatchObject([
      { time: deadline, actor: { role: 'system' }, data: { step: 'sở', fireAt: deadline } },
    ]);
    await third.engine.close();
    await third.store.close();
  });

  it('while running, the real clock never hands the host a delay above 2^31−1 ms', async () => {
    const file = join(dir, 'arm.db');
    const first = await toDirector(file);
    await first.engine.close();
    await first.store.close();
    const host = stoppedHost(T0 + DAY);
    const again = await open(file, realClock({ timers: host.timers }));
    expect(host.asked.length).toBeGreaterThan(0);
    expect(Math.max(...host.asked)).toBeLessThanOrEqual(2 ** 31 - 1);
    await again.engine.close();
    await again.store.close();
  });

  it('several timers missed while down fire in (instant, id) order, and each exactly once', async () => {
    const file = join(dir, 'order.db');
    const clock = new VirtualClock(T0);
    const { store, engine } = await open(file, clock);
    const order: string[] = [];
    for (const [k, id] of ['a', 'b', 'c'].entries()) {
      clock.advanceBy(DAY);
      await engine.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-1', dossier, id });
      if (k === 1) await engine.act(id, 'nộp', { actor: actors.owner });
    }
    await engine.close();
    await store.close();
    const events: EngineEvent[] = [];
    const later = new VirtualClock(T0 + 100 * DAY);
    const back = await open(file, later, events);
    for (const e of events)
      if (e.type === 'deadline' || e.type === 'reminder') order.push(`${e.type}:${e.instance}:${(e.at - T0) / DAY}`);
    // b was submitted on day 2: its group deadline (day 7) and reminder (day 5) precede a's (day 11).
    expect(order).toEqual(['reminder:b:5', 'deadline:b:7', 'deadline:a:11', 'deadline:c:13']);
    await back.engine.close();
    await back.store.close();
    const again = await open(file, new VirtualClock(T0 + 200 * DAY), events);
    expect(events).toHaveLength(4);
    await again.engine.close();
    await again.store.close();
  });
});
