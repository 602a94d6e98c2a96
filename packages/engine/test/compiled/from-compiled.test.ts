// A compiled procedure (the review chain as compiler IR) run by the engine end to end.

import { compileProcedure } from '@tdkt/compiler';
import {
  createEngine,
  createMemoryStore,
  type EngineEvent,
  organisationFromUnits,
  VirtualClock,
  workflowFromCompiled,
} from '@tdkt/engine';
import { describe, expect, it } from 'vitest';
import { dossier, reviewIR, units, who } from './review-ir.js';

const DAY = 86_400_000;
const T0 = Date.UTC(2021, 4, 3, 1); // Monday 3/5/2021 08:00 (UTC+7)
const org = organisationFromUnits(units);
const compiledReview = () => compileProcedure(reviewIR);

async function setup() {
  const clock = new VirtualClock(T0);
  const events: EngineEvent[] = [];
  const store = createMemoryStore();
  const engine = await createEngine({
    workflows: [workflowFromCompiled(compiledReview())],
    store,
    clock,
    organisation: org,
    onEvent: (e) => events.push(e),
    newId: () => 'hs-lan',
  });
  return { clock, events, store, engine };
}

describe('compiled procedure in the engine', () => {
  it('drives a dossier from self-assessment through the school council to the Sở decision', async () => {
    const { clock, engine, store } = await setup();
    const started = await engine.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-lan', dossier });
    expect(started).toMatchObject({ ok: true, state: 'tự_đánh_giá' });
    // tự_đánh_giá "hạn trước 10/5": the last allowed day is 9/5/2021, so it passes at 10/5 00:00 (UTC+7).
    expect(started.ok && started.steps[0]?.deadline).toBe(Date.UTC(2021, 4, 9, 17));
    const act = async (action: string, actor: (typeof who)[keyof typeof who], data?: Record<string, unknown>) => {
      const r = await engine.act('hs-lan', action, { actor, ...(data ? { data } : {}) });
      expect(r.ok, `${action}: ${JSON.stringify(r)}`).toBe(true);
      return r;
    };
    await act('submit', who.teacher);
    await act('approve', who.groupHead);
    expect((await engine.instance('hs-lan'))?.state).toBe('hđ_trường_xét.posting');
    expect(await engine.act('hs-lan', 'approve', { actor: who.council })).toMatchObject({
      ok: false,
      refusal: { code: 'action-not-available' },
    });
    clock.advanceBy(8 * DAY); // 5 working days of posting
    await engine.idle();
    expect((await engine.instance('hs-lan'))?.state).toBe('hđ_trường_xét.open');
    await act('approve', who.council);
    await act('forward', who.principal);
    await act('approve', who.districtCouncil);
    // The guard reads the dossier with the action's data applied: without kết_quả = đạt it refuses.
    expect(await engine.act('hs-lan', 'approve', { actor: who.director })).toMatchObject({
      ok: false,
      refusal: { code: 'action-not-available', reason: 'guard' },
    });
    const decided = await act('approve', who.director, { kết_quả: 'đạt' });
    expect(decided).toMatchObject({ state: 'đạt', status: 'done', outcome: 'đạt' });
    const accepted = (await store.audit('hs-lan')).filter((e) => e.outcome === 'accepted').map((e) => e.action);
    expect(accepted).toEqual([
      'start',
      'submit',
      'approve',
      'posting-ended',
      'approve',
      'forward',
      'approve',
      'approve',
    ]);
    expect(await store.timersOf('hs-lan')).toSatisfy((ts: { firedAt: number | null }[]) =>
      ts.every((t) => t.firedAt !== null),
    );
  });

  it('refuses a wrong role, a unit outside the scope, another teacher, and data outside the dossier schema', async () => {
    const { engine } = await setup();
    await engine.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-lan', dossier });
    expect(await engine.act('hs-lan', 'submit', { actor: who.groupHead })).toMatchObject({
      ok: false,
      refusal: { code: 'not-permitted', reason: 'wrong-role' },
    });
    expect(await engine.act('hs-lan', 'submit', { actor: { ...who.teacher, id: 'gv-khac' } })).toMatchObject({
      ok: false,
      refusal: { code: 'not-permitted', reason: 'not-owner' },
    });
    await engine.act('hs-lan', 'submit', { actor: who.teacher });
    expect(await engine.act('hs-lan', 'approve', { actor: { ...who.groupHead, unit: 'to-van' } })).toMatchObject({
      ok: false,
      refusal: { code: 'not-permitted', reason: 'out-of-scope' },
    });
    expect(await engine.act('hs-lan', 'approve', { actor: who.groupHead, data: { không_có: 1 } })).toMatchObject({
      ok: false,
      refusal: { code: 'invalid-data' },
    });
    const bad = await engine.start('xét_cuối_năm', {
      unit: 'to-toan',
      owner: 'gv-lan',
      dossier: { ...dossier, xếp_loại: 'giỏi' },
      id: 'hs-2',
    });
    expect(bad).toMatchObject({ ok: false, refusal: { code: 'invalid-data', issues: [{ path: 'dossier.xếp_loại' }] } });
  });

  it('a missed group deadline escalates through the machine’s own timeout transition, fired by a durable timer', async () => {
    const { clock, engine, events } = await setup();
    await engine.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-lan', dossier });
    await engine.act('hs-lan', 'submit', { actor: who.teacher });
    // tổ_xét "hạn trước 15/5", escalating to the school council: passes at 15/5/2021 00:00 (UTC+7).
    clock.advanceTo(Date.UTC(2021, 4, 14, 16, 59));
    await engine.idle();
    expect((await engine.instance('hs-lan'))?.state).toBe('tổ_xét');
    clock.advanceBy(60_000);
    await engine.idle();
    expect((await engine.instance('hs-lan'))?.state).toBe('hđ_trường_xét.posting');
    expect(events.find((e) => e.type === 'deadline')).toEqual({
      type: 'deadline',
      instance: 'hs-lan',
      step: 'tổ_xét',
      at: Date.UTC(2021, 4, 14, 17),
      handled: true,
    });
  });

  it('in every step, every role but the assignee is refused (not-permitted), and every refusal is audited', async () => {
    const { clock, engine, store } = await setup();
    await engine.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-lan', dossier });
    const path: [string, string, keyof typeof who, Record<string, unknown>?][] = [
      ['tự_đánh_giá', 'submit', 'teacher'],
      ['tổ_xét', 'approve', 'groupHead'],
      ['hđ_trường_xét', 'approve', 'council'],
      ['trình_cấp_trên', 'forward', 'principal'],
      ['cấp_trên_xét', 'approve', 'districtCouncil'],
      ['quyết_định', 'approve', 'director', { kết_quả: 'đạt' }],
    ];
    let refused = 0;
    for (const [step, action, assignee, data] of path) {
      if (step === 'hđ_trường_xét') {
        clock.advanceBy(8 * DAY);
        await engine.idle();
      }
      expect((await engine.instance('hs-lan'))?.steps.map((s) => s.step)).toEqual([step]);
      for (const [name, actor] of Object.entries(who)) {
        if (name === assignee) continue;
        const r = await engine.act('hs-lan', action, { actor, ...(data ? { data } : {}) });
        expect(r, `${name} in ${step}`).toMatchObject({
          ok: false,
          refusal: { code: 'not-permitted', reason: 'wrong-role' },
        });
        refused++;
      }
      expect((await engine.act('hs-lan', action, { actor: who[assignee], ...(data ? { data } : {}) })).ok).toBe(true);
    }
    expect((await store.audit('hs-lan')).filter((e) => e.refusal === 'not-permitted')).toHaveLength(refused);
  });
});
