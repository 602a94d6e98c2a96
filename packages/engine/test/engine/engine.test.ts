// The engine over a hand-written review machine: start, act, refusals, tasks, deadlines, versions.
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
} from '@tdkt/engine';
import { openSqliteStore } from '@tdkt/engine/sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { actors, DAY, dossier, reviewWorkflow, units } from '../fixtures/review.mjs';

const T0 = Date.UTC(2021, 4, 3, 1); // Monday 3/5/2021, 08:00 in Vietnam
const org = organisationFromUnits(units);
const tmp = mkdtempSync(join(tmpdir(), 'tdkt-engine-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function setup(options: Parameters<typeof reviewWorkflow>[0] = {}, store: Store = createMemoryStore()) {
  const clock = new VirtualClock(T0);
  const events: EngineEvent[] = [];
  const engine = await createEngine({
    workflows: [reviewWorkflow(options)],
    store,
    clock,
    organisation: org,
    onEvent: (e) => events.push(e),
    newId: counter(),
  });
  return { engine, clock, store, events };
}

function counter() {
  let n = 0;
  return () => `hs-${++n}`;
}

async function startOne(engine: Awaited<ReturnType<typeof setup>>['engine']) {
  const started = await engine.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-1', dossier });
  if (!started.ok) throw new Error(started.refusal.message);
  return started.id;
}

describe('engine: start', () => {
  it('starts an instance in its first step with the step deadline and audits it', async () => {
    const { engine, store } = await setup();
    const started = await engine.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-1', dossier });
    expect(started).toMatchObject({ ok: true, id: 'hs-1', state: 'tự_đánh_giá', version: 1, status: 'active' });
    expect(started.ok && started.steps).toEqual([{ step: 'tự_đánh_giá', enteredAt: T0, deadline: T0 + 10 * DAY }]);
    expect((await store.timersOf('hs-1')).map((t) => [t.kind, t.fireAt])).toEqual([['deadline', T0 + 10 * DAY]]);
    const view = await engine.instance('hs-1');
    expect(view?.history.map((e) => [e.action, e.toState, e.outcome])).toEqual([['start', 'tự_đánh_giá', 'accepted']]);
  });

  it('refuses an invalid dossier with field-level errors, and an unknown workflow; both audited', async () => {
    const { engine, store } = await setup();
    const bad = await engine.start('xét_cuối_năm', {
      unit: 'to-toan',
      owner: 'gv-1',
      dossier: { họ_tên: '', đã_đăng_ký: 'có' },
    });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.refusal.code).toBe('invalid-data');
    expect(bad.refusal.issues?.map((i) => i.path).sort()).toEqual(['dossier.họ_tên', 'dossier.đã_đăng_ký']);
    const unknown = await engine.start('không_có', { unit: 'to-toan' });
    expect(unknown).toMatchObject({ ok: false, refusal: { code: 'unknown-workflow' } });
    const refusals = (await store.auditAll()).map((e) => [e.action, e.outcome, e.refusal]);
    expect(refusals).toEqual([
      ['start', 'refused', 'invalid-data'],
      ['start', 'refused', 'unknown-workflow'],
    ]);
    expect(await store.getInstance('hs-1')).toBeUndefined();
  });
});

describe('engine: act', () => {
  it('drives a dossier from self-assessment to the Sở decision', async () => {
    const { engine, clock, events } = await setup();
    const id = await startOne(engine);
    const steps: [string, keyof typeof actors, Record<string, unknown>?][] = [
      ['nộp', 'owner', { ghi_chú: 'đủ minh chứng' }],
      ['duyệt', 'groupHead'],
    ];
    for (const [action, who, data] of steps) {
      const r = await engine.act(id, action, { actor: actors[who], ...(data ? { data } : {}) });
      expect(r.ok, JSON.stringify(r)).toBe(true);
    }
    expect((await engine.instance(id))?.state).toBe('hội_đồng.posting');
    // Posting: no action may leave the step before it ends.
    expect(await engine.act(id, 'duyệt', { actor: actors.chair })).toMatchObject({
      ok: false,
      refusal: { code: 'action-not-available' },
    });
    clock.advanceBy(3 * DAY);
    await engine.idle();
    expect((await engine.instance(id))?.state).toBe('hội_đồng.open');
    for (const [action, who] of [
      ['duyệt', 'chair'],
      ['duyệt', 'district'],
    ] as const) {
      expect((await engine.act(id, action, { actor: actors[who] })).ok).toBe(true);
    }
    const done = await engine.act(id, 'quyết_định', { actor: actors.director, data: { số: '123/QĐ-SGDĐT' } });
    expect(done).toMatchObject({ ok: true, state: 'đạt', status: 'done', outcome: 'đạt', steps: [] });
    const view = await engine.instance(id);
    expect(view?.history.filter((e) => e.outcome === 'accepted').map((e) => e.action)).toEqual([
      'start',
      'nộp',
      'duyệt',
      'posting-ended',
      'duyệt',
      'duyệt',
      'quyết_định',
    ]);
    expect(view?.history.filter((e) => e.outcome === 'refused').map((e) => [e.action, e.refusal])).toEqual([
      ['duyệt', 'action-not-available'],
    ]);
    expect(view?.history[1]).toMatchObject({
      actor: actors.owner,
      fromState: 'tự_đánh_giá',
      toState: 'tổ_xét',
      data: { ghi_chú: 'đủ minh chứng' },
    });
    expect(await engine.act(id, 'không_duyệt', { actor: actors.director })).toMatchObject({
      ok: false,
      refusal: { code: 'instance-closed' },
    });
    expect(events.filter((e) => e.type === 'closed')).toEqual([
      { type: 'closed', instance: id, outcome: 'đạt', at: T0 + 3 * DAY },
    ]);
    // Every timer of a closed instance is gone or fired.
    expect(await engine.overdue({ at: T0 + 400 * DAY })).toEqual({ items: [], next: null });
  });

  it('routes an unregistered dossier to không_xét at once', async () => {
    const { engine } = await setup();
    const started = await engine.start('xét_cuối_năm', {
      unit: 'to-toan',
      owner: 'gv-1',
      dossier: { ...dossier, đã_đăng_ký: false },
    });
    expect(started.ok && (await engine.act(started.id, 'nộp', { actor: actors.owner }))).toMatchObject({
      ok: true,
      outcome: 'không_xét',
      status: 'done',
    });
  });

  it('refuses every role but the assignee in every step, and units outside the scope; all audited', async () => {
    const { engine, clock, store } = await setup();
    const id = await startOne(engine);
    const assignee = {
      tự_đánh_giá: 'owner',
      tổ_xét: 'groupHead',
      'hội_đồng.open': 'chair',
      phòng: 'district',
      sở: 'director',
    } as const;
    const forward: Record<string, [string, keyof typeof actors]> = {
      tự_đánh_giá: ['nộp', 'owner'],
      tổ_xét: ['duyệt', 'groupHead'],
      'hội_đồng.open': ['duyệt', 'chair'],
      phòng: ['duyệt', 'district'],
    };
    let refusals = 0;
    for (const state of Object.keys(assignee) as (keyof typeof assignee)[]) {
      if (state === 'hội_đồng.open') {
        clock.advanceBy(3 * DAY);
        await engine.idle();
      }
      expect((await engine.instance(id))?.state).toBe(state);
      const action = forward[state]?.[0] ?? 'quyết_định';
      for (const [name, actor] of Object.entries(actors)) {
        if (name === assignee[state]) continue;
        const r = await engine.act(id, action, { actor, data: { số: '1/QĐ' } });
        expect(r, `${name} in ${state}`).toMatchObject({
          ok: false,
          refusal: { code: 'not-permitted', reason: 'wrong-role' },
        });
        refusals++;
      }
      // The right role from a unit outside the scope (another group, another district).
      const own = actors[assignee[state]];
      const outside = {
        ...own,
        unit:
          own.unit === 'to-toan'
            ? 'to-van'
            : own.unit === 'thcs-ks'
              ? 'thcs-khac'
              : own.unit === 'phong-gl'
                ? 'phong-khac'
                : 'to-toan',
      };
      const r = await engine.act(id, action, { actor: outside, data: { số: '1/QĐ' } });
      expect(r, `outside ${state}`).toMatchObject({ ok: false, refusal: { code: 'not-permitted' } });
      refusals++;
      const next = forward[state];
      if (next) expect((await engine.act(id, next[0], { actor: actors[next[1]] })).ok).toBe(true);
    }
    // Another teacher of the same group may not submit the owner's self-assessment.
    const other = await engine.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-1', dossier });
    const r = other.ok ? await engine.act(other.id, 'nộp', { actor: { ...actors.owner, id: 'gv-2' } }) : undefined;
    expect(r).toMatchObject({ ok: false, refusal: { code: 'not-permitted', reason: 'not-owner' } });
    refusals++;
    expect((await store.auditAll()).filter((e) => e.outcome === 'refused')).toHaveLength(refusals);
  });

  it('refuses unavailable actions, guarded ones, invalid data, reserved events and unknown instances', async () => {
    const { engine, store } = await setup();
    const id = await startOne(engine);
    expect(await engine.act(id, 'duyệt', { actor: actors.owner })).toMatchObject({
      ok: false,
      refusal: { code: 'action-not-available', reason: 'no-step' },
    });
    expect(await engine.act(id, 'tdkt.deadline', { actor: actors.owner })).toMatchObject({
      ok: false,
      refusal: { code: 'action-not-available' },
    });
    expect(await engine.act(id, 'nộp', { actor: actors.owner, data: [1] as never })).toMatchObject({
      ok: false,
      refusal: { code: 'invalid-data' },
    });
    await engine.act(id, 'nộp', { actor: actors.owner });
    const bad = await engine.act(id, 'xếp_loại', { actor: actors.groupHead, data: { điểm: 'tám' } });
    expect(bad).toMatchObject({ ok: false, refusal: { code: 'invalid-data', issues: [{ path: 'data.điểm' }] } });
    expect(await engine.act(id, 'xếp_loại', { actor: actors.groupHead, data: { điểm: 3 } })).toMatchObject({
      ok: false,
      refusal: { code: 'action-not-available', reason: 'guard' },
    });
    expect(await engine.act(id, 'xếp_loại', { actor: actors.groupHead, data: { điểm: 8 } })).toMatchObject({
      ok: true,
      version: 3,
      state: 'tổ_xét',
    });
    expect(await engine.act('hs-404', 'nộp', { actor: actors.owner })).toMatchObject({
      ok: false,
      refusal: { code: 'unknown-instance' },
    });
    const audit = await store.auditAll();
    expect(audit.filter((e) => e.outcome === 'refused').map((e) => e.refusal)).toEqual([
      'action-not-available',
      'action-not-available',
      'invalid-data',
      'invalid-data',
      'action-not-available',
      'unknown-instance',
    ]);
  });

  it('a step left early has its timers cancelled; a return re-enters with a new deadline', async () => {
    const { engine, clock, store } = await setup();
    const id = await startOne(engine);
    await engine.act(id, 'nộp', { actor: actors.owner });
    clock.advanceBy(DAY);
    await engine.act(id, 'trả_lại', { actor: actors.groupHead });
    const pending = (await store.timersOf(id)).filter((t) => t.firedAt === null);
    expect(pending.map((t) => [t.kind, t.step, t.fireAt])).toEqual([['deadline', 'tự_đánh_giá', T0 + 11 * DAY]]);
  });
});

describe('engine: signals', () => {
  it('delivers host events without a role check, audits them, and refuses unhandled or xstate.* ones', async () => {
    const { engine, store } = await setup();
    const id = await startOne(engine);
    const host = { id: 'portal', role: 'host', unit: '' };
    expect(
      await engine.signal(id, { type: 'tdkt.event-occurred', name: 'hội_nghị', date: '2021-05-04' }, { actor: host }),
    ).toMatchObject({ ok: false, refusal: { code: 'action-not-available' } });
    expect(await engine.signal(id, { type: 'xstate.init' }, { actor: host })).toMatchObject({
      ok: false,
      refusal: { code: 'action-not-available' },
    });
    await engine.act(id, 'nộp', { actor: actors.owner });
    await engine.act(id, 'duyệt', { actor: actors.groupHead });
    const ended = await engine.signal(id, { type: 'tdkt.posting-ended', step: 'hội_đồng' }, { actor: host });
    expect(ended).toMatchObject({ ok: true, state: 'hội_đồng.open' });
    const last = (await store.audit(id)).at(-1);
    expect(last).toMatchObject({
      action: 'tdkt.posting-ended',
      actor: host,
      data: { step: 'hội_đồng' },
      outcome: 'accepted',
    });
  });
});

describe.each([
  ['memory', async () => createMemoryStore()],
  ['SQLite', async () => openSqliteStore(join(tmp, 'concurrency.db'))],
] as const)('engine: concurrency (%s store)', (_name, makeStore) => {
  it('two writers with the same expected version: one wins, one gets version-conflict', async () => {
    const { engine, store } = await setup({}, await makeStore());
    const id = await startOne(engine);
    const [a, b] = await Promise.all([
      engine.act(id, 'nộp', { actor: actors.owner, expectedVersion: 1 }),
      engine.act(id, 'nộp', { actor: actors.owner, expectedVersion: 1 }),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const loser = a.ok ? b : a;
    expect(loser).toMatchObject({
      ok: false,
      refusal: { code: 'version-conflict', expectedVersion: 1, actualVersion: 2 },
    });
    expect((await store.audit(id)).map((e) => e.refusal)).toEqual([null, null, 'version-conflict']);
  });
});

describe('engine: tasks and overdue', () => {
  it('lists a role’s pending work in its unit with deadline day and working days left', async () => {
    const { engine, clock } = await setup();
    const id = await startOne(engine);
    await engine.act(id, 'nộp', { actor: actors.owner });
    const tasks = (await engine.tasks({ role: 'tổ_trưởng', unit: 'to-toan' })).items;
    // Entered Monday 3/5/2021 08:00; 5 days → ends 8/5 08:00, so 8/5 is the last day. Mon 3/5 → Sat 8/5: 4 working days after today.
    expect(tasks).toMatchObject([
      {
        instance: id,
        step: 'tổ_xét',
        deadline: T0 + 5 * DAY,
        deadlineDay: '2021-05-08',
        remainingWorkingDays: 4,
        overdue: false,
      },
    ]);
    expect([...(tasks[0]?.actions ?? [])].sort()).toEqual(['duyệt', 'trả_lại', 'xếp_loại']);
    expect(await engine.tasks({ role: 'tổ_trưởng', unit: 'to-van' })).toEqual({ items: [], next: null });
    expect(await engine.tasks({ role: 'cá_nhân', unit: 'to-toan' })).toEqual({ items: [], next: null });
    clock.advanceBy(6 * DAY);
    await engine.idle();
    expect(await engine.overdue()).toEqual({
      items: [{ instance: id, workflow: 'xét_cuối_năm', step: 'tổ_xét', unit: 'to-toan', deadline: T0 + 5 * DAY }],
      next: null,
    });
    expect((await engine.tasks({ role: 'tổ_trưởng', unit: 'to-toan' })).items[0]).toMatchObject({ overdue: true });
  });
});

describe('engine: work queue pages and maintenance', () => {
  it('pages tasks and overdue steps by cursor, deadline first, and refuses a bad limit or cursor', async () => {
    const { engine, clock } = await setup();
    const ids: string[] = [];
    for (let k = 0; k < 5; k++) {
      const id = await startOne(engine);
      ids.push(id);
      clock.advanceBy(DAY / 10);
    }
    for (const id of [...ids].reverse()) await engine.act(id, 'nộp', { actor: actors.owner });
    const seen: string[] = [];
    let after: string | undefined;
    let pages = 0;
    do {
      const page = await engine.tasks({
        role: 'tổ_trưởng',
        unit: 'to-toan',
        limit: 2,
        ...(after === undefined ? {} : { after }),
      });
      seen.push(...page.items.map((t) => t.instance));
      after = page.next ?? undefined;
      pages++;
    } while (after !== undefined);
    // All submitted at the same instant: same deadline, so instance order.
    expect(seen).toEqual([...ids].sort());
    expect(pages).toBe(3);
    clock.advanceBy(30 * DAY);
    await engine.idle();
    const first = await engine.overdue({ limit: 3 });
    expect(first.items.map((s) => s.instance)).toEqual([...ids].sort().slice(0, 3));
    expect((await engine.overdue({ limit: 3, after: first.next as string })).items.map((s) => s.instance)).toEqual(
      [...ids].sort().slice(3),
    );
    await expect(engine.tasks({ role: 'tổ_trưởng', unit: 'to-toan', limit: 0 })).rejects.toMatchObject({
      name: 'QueryError',
      code: 'invalid-limit',
    });
    await expect(engine.tasks({ role: 'tổ_trưởng', unit: 'to-toan', after: 'không phải' })).rejects.toMatchObject({
      name: 'QueryError',
      code: 'invalid-cursor',
    });
    await expect(engine.overdue({ limit: 1001 })).rejects.toMatchObject({ code: 'invalid-limit' });
  });

  it('lists work by the acting unit of the step’s level, and rebuilds the queue after the unit tree changes', async () => {
    const store = createMemoryStore();
    const clock = new VirtualClock(T0);
    const engine = await createEngine({
      workflows: [reviewWorkflow({ postingDays: 0 })],
      store,
      clock,
      organisation: org,
      newId: counter(),
    });
    const id = await startOne(engine);
    for (const [a, who] of [
      ['nộp', 'owner'],
      ['duyệt', 'groupHead'],
    ] as const)
      await engine.act(id, a, { actor: actors[who] });
    await engine.idle();
    expect(
      (await engine.tasks({ role: 'chủ_tịch_hđ', unit: 'thcs-ks' })).items.map((t) => [t.instance, t.unit, t.actions]),
    ).toEqual([[id, 'to-toan', ['duyệt', 'không_duyệt']]]);
    expect((await engine.tasks({ role: 'chủ_tịch_hđ', unit: 'to-toan' })).items).toEqual([]);
    await engine.close();
    // The subject group moves to another school: the queue follows after a rebuild.
    const moved = organisationFromUnits(units.map((u) => (u.id === 'to-toan' ? { ...u, parent: 'thcs-khac' } : u)));
    const after = await createEngine({
      workflows: [reviewWorkflow({ postingDays: 0 })],
      store,
      clock,
      organisation: moved,
    });
    expect(await after.rebuildWorkQueue()).toBe(1);
    expect((await after.tasks({ role: 'chủ_tịch_hđ', unit: 'thcs-ks' })).items).toEqual([]);
    expect((await after.tasks({ role: 'chủ_tịch_hđ', unit: 'thcs-khac' })).items.map((t) => t.instance)).toEqual([id]);
    await after.close();
  });
});

describe('engine: durable timers', () => {
  it('fires reminders and deadlines at their instants; an unhandled deadline is recorded, a handled one escalates', async () => {
    const { engine, clock, events, store } = await setup({ councilAt: T0 + 10 * DAY });
    const id = await startOne(engine);
    await engine.act(id, 'nộp', { actor: actors.owner });
    clock.advanceBy(10 * DAY);
    await engine.idle();
    expect(events.filter((e) => e.type === 'reminder' || e.type === 'deadline')).toEqual([
      { type: 'reminder', instance: id, step: 'tổ_xét', at: T0 + 3 * DAY, deadline: T0 + 5 * DAY },
      { type: 'deadline', instance: id, step: 'tổ_xét', at: T0 + 5 * DAY, handled: false },
    ]);
    await engine.act(id, 'duyệt', { actor: actors.groupHead });
    // The council's absolute deadline has already passed: it fires at entry and escalates to the Phòng.
    await engine.idle();
    expect((await engine.instance(id))?.state).toBe('phòng');
    const trail = (await store.audit(id)).map((e) => [e.action, e.time, e.toState]);
    expect(trail.slice(-2)).toEqual([
      ['duyệt', T0 + 10 * DAY, 'hội_đồng.posting'],
      ['deadline', T0 + 10 * DAY, 'phòng'],
    ]);
  });

  it('a deadline 200 days ahead fires at its instant under the virtual clock, exactly once', async () => {
    const { engine, clock, events } = await setup({ directorDays: 200, councilAt: null, postingDays: 0 });
    const id = await startOne(engine);
    for (const [a, who] of [
      ['nộp', 'owner'],
      ['duyệt', 'groupHead'],
    ] as const)
      await engine.act(id, a, { actor: actors[who] });
    await engine.idle();
    for (const [a, who] of [
      ['duyệt', 'chair'],
      ['duyệt', 'district'],
    ] as const)
      expect((await engine.act(id, a, { actor: actors[who] })).ok).toBe(true);
    clock.advanceBy(200 * DAY - 1);
    await engine.idle();
    expect(events.filter((e) => e.type === 'deadline')).toEqual([]);
    clock.advanceBy(1);
    await engine.idle();
    clock.advanceBy(100 * DAY);
    await engine.idle();
    expect(events.filter((e) => e.type === 'deadline')).toEqual([
      { type: 'deadline', instance: id, step: 'sở', at: T0 + 200 * DAY, handled: false },
    ]);
  });
});

describe('engine: versions', () => {
  it('an instance keeps the version it started with; new instances take the newest; the store keeps both', async () => {
    const store = createMemoryStore();
    const clock = new VirtualClock(T0);
    const v1 = await createEngine({
      workflows: [reviewWorkflow({ version: 1 })],
      store,
      clock,
      organisation: org,
      newId: () => 'old',
    });
    await v1.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-1', dossier });
    await v1.close();
    const v2 = await createEngine({
      workflows: [reviewWorkflow({ version: 1 }), reviewWorkflow({ version: 2, selfDays: 30 })],
      store,
      clock,
      organisation: org,
      newId: () => 'new',
    });
    await v2.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-1', dossier });
    expect((await v2.instance('old'))?.workflowVersion).toBe(1);
    expect((await v2.instance('new'))?.workflowVersion).toBe(2);
    expect((await v2.instance('new'))?.steps[0]?.deadline).toBe(T0 + 30 * DAY);
    expect((await v2.act('old', 'nộp', { actor: actors.owner })).ok).toBe(true);
    expect((await store.listWorkflows()).map((w) => [w.name, w.version, w.definition])).toEqual([
      ['xét_cuối_năm', 1, { kind: 'hand-written', version: 1 }],
      ['xét_cuối_năm', 2, { kind: 'hand-written', version: 2 }],
    ]);
  });
});
