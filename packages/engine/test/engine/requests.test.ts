// Bad requests are refusals: actors, plain-JSON data, payload size, ids; the audit keeps a digest, never the
// payload, and refused requests cannot fill it. Messages come from the engine's catalog, in vi and en.

import {
  type ActorInfo,
  createEngine,
  createMemoryStore,
  digest,
  engineMessages,
  idProblem,
  jsonProblem,
  organisationFromUnits,
  refusalMessage,
  VirtualClock,
} from '@tdkt/engine';
import { describe, expect, it } from 'vitest';
import { actors, dossier, reviewWorkflow, units } from '../fixtures/review.mjs';

const T0 = Date.UTC(2021, 4, 3, 1);

async function setUp(options: Parameters<typeof createEngine>[0] extends infer O ? Partial<O> : never = {}) {
  const store = createMemoryStore();
  const clock = new VirtualClock(T0);
  let n = 0;
  const engine = await createEngine({
    workflows: [reviewWorkflow()],
    store,
    clock,
    organisation: organisationFromUnits(units),
    newId: () => `hs-${++n}`,
    ...options,
  });
  await engine.start('xét_cuối_năm', { unit: 'to-toan', owner: 'gv-1', dossier });
  return { engine, store, clock };
}

describe('request checks', () => {
  it('finds what is wrong with ids and data', () => {
    expect(idProblem('HS-2021-0042')).toBeNull();
    expect(idProblem('Trường THCS Kim Sơn')).toBeNull();
    expect(idProblem('a\uD800')).toBe('lone-surrogate');
    expect(idProblem('\uDC00b')).toBe('lone-surrogate');
    expect(idProblem('a\u0000')).toBe('control-character');
    expect(idProblem('x'.repeat(201))).toBe('too-long');
    expect(idProblem('')).toBe('empty');
    const cycle: Record<string, unknown> = { a: 1 };
    cycle['self'] = cycle;
    expect(jsonProblem(cycle)).toEqual({ path: 'self', problem: 'cycle' });
    expect(jsonProblem({ n: 1n })).toEqual({ path: 'n', problem: 'bigint' });
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = { d: deep };
    expect(jsonProblem(deep)?.problem).toBe('too-deep');
    expect(jsonProblem({ when: new Date(0) })).toEqual({ path: 'when', problem: 'not-json' });
    expect(jsonProblem({ f: () => 1 })).toEqual({ path: 'f', problem: 'not-json' });
    expect(jsonProblem({ ok: [1, 'hai', null, { ba: true }] })).toBeNull();
    // The same repeated (not cyclic) object is fine.
    const shared = { x: 1 };
    expect(jsonProblem({ a: shared, b: shared })).toBeNull();
  });

  it('refuses a missing or partial actor', async () => {
    const { engine } = await setUp();
    expect(await engine.act('hs-1', 'nộp', {} as never)).toMatchObject({
      ok: false,
      refusal: { code: 'invalid-actor', data: { field: 'actor', problem: 'missing' } },
    });
    expect(await engine.act('hs-1', 'nộp', { actor: { id: 'gv-1', role: 'cá_nhân' } as ActorInfo })).toMatchObject({
      ok: false,
      refusal: { code: 'invalid-actor', data: { field: 'actor.unit' } },
    });
    expect(
      await engine.act('hs-1', 'nộp', { actor: { id: 7, role: 'cá_nhân', unit: 'to-toan' } as unknown as ActorInfo }),
    ).toMatchObject({
      ok: false,
      refusal: { code: 'invalid-actor', data: { field: 'actor.id', problem: 'not-a-string' } },
    });
    expect(
      await engine.signal(
        'hs-1',
        { type: 'tdkt.event-occurred', name: 'x', date: '2021-05-04' },
        { actor: null as never },
      ),
    ).toMatchObject({ ok: false, refusal: { code: 'invalid-actor' } });
  });

  it('refuses data that is not plain JSON, and a payload over the limit, auditing only its size and hash', async () => {
    const { engine, store } = await setUp({ limits: { maxPayloadBytes: 1024 } });
    const cycle: Record<string, unknown> = {};
    cycle['again'] = cycle;
    expect(await engine.act('hs-1', 'nộp', { actor: actors.owner, data: cycle })).toMatchObject({
      ok: false,
      refusal: { code: 'invalid-data', issues: [{ path: 'again', code: 'cycle' }] },
    });
    expect(await engine.act('hs-1', 'nộp', { actor: actors.owner, data: { số: 10n } as never })).toMatchObject({
      ok: false,
      refusal: { code: 'invalid-data', issues: [{ code: 'bigint' }] },
    });
    const big = { ghi_chú: 'ư'.repeat(600) };
    const refused = await engine.act('hs-1', 'nộp', { actor: actors.owner, data: big });
    expect(refused).toMatchObject({
      ok: false,
      refusal: { code: 'payload-too-large', data: { size: digest(big).size, limit: 1024 } },
    });
    expect(
      await engine.start('xét_cuối_năm', {
        unit: 'to-toan',
        owner: 'gv-1',
        dossier: { ...dossier, ghi_chú: 'x'.repeat(2000) },
      }),
    ).toMatchObject({ ok: false, refusal: { code: 'payload-too-large' } });
    const entries = (await store.audit('hs-1')).filter((e) => e.outcome === 'refused');
    expect(entries.map((e) => e.refusal)).toEqual(['invalid-data', 'invalid-data', 'payload-too-large']);
    expect(entries[2]?.data).toEqual(digest(big));
    expect(JSON.stringify(await store.auditAll())).not.toContain('ưưư');
    // Within the limit, the same action goes through and its data is kept.
    expect(await engine.act('hs-1', 'nộp', { actor: actors.owner, data: { ghi_chú: 'đã nộp' } })).toMatchObject({
      ok: true,
    });
    expect((await store.audit('hs-1')).at(-1)?.data).toEqual({ ghi_chú: 'đã nộp' });
  });

  it('takes 64 KB by default', async () => {
    const { engine } = await setUp();
    expect(
      await engine.act('hs-1', 'nộp', { actor: actors.owner, data: { ghi_chú: 'a'.repeat(64 * 1024) } }),
    ).toMatchObject({ ok: false, refusal: { code: 'payload-too-large', data: { limit: 65_536 } } });
    expect(
      await engine.act('hs-1', 'nộp', { actor: actors.owner, data: { ghi_chú: 'a'.repeat(60 * 1024) } }),
    ).toMatchObject({ ok: true });
  });

  it('refuses lone surrogates in instance, unit and actor ids as invalid ids, and stores them only as a hash', async () => {
    const { engine, store } = await setUp();
    const started = await engine.start('xét_cuối_năm', { id: 'HS-\uD83D', unit: 'to-toan', owner: 'gv-1', dossier });
    expect(started).toMatchObject({
      ok: false,
      refusal: { code: 'invalid-id', data: { field: 'id', problem: 'lone-surrogate' } },
    });
    expect(await engine.start('xét_cuối_năm', { unit: 'to-\uDE00', owner: 'gv-1', dossier })).toMatchObject({
      ok: false,
      refusal: { code: 'invalid-id', data: { field: 'unit' } },
    });
    expect(await engine.act('hs-1', 'nộp', { actor: { ...actors.owner, id: 'gv-\uD800' } })).toMatchObject({
      ok: false,
      refusal: { code: 'invalid-actor', data: { field: 'actor.id', problem: 'lone-surrogate' } },
    });
    expect(await engine.act('hs-\uDBFF', 'nộp', { actor: actors.owner })).toMatchObject({
      ok: false,
      refusal: { code: 'invalid-id' },
    });
    const written = JSON.stringify(await store.auditAll());
    expect(written).not.toMatch(/\\ud8|\\udb|\\ude|\\udc/i);
    expect((await store.auditAll()).filter((e) => e.instance.startsWith('invalid-id:')).length).toBe(2);
  });

  it('caps how many refusals the audit records; the rest are counted in one row', async () => {
    const { engine, store, clock } = await setUp({ refusalAudit: { perMinute: 60, burst: 3 } });
    for (let i = 0; i < 10; i++) await engine.act(`không-có-${i}`, 'nộp', { actor: actors.owner });
    const refused = () => store.auditAll().then((all) => all.filter((e) => e.outcome === 'refused'));
    expect((await refused()).length).toBe(3);
    clock.advanceBy(60_000);
    await engine.act('không-có-x', 'nộp', { actor: actors.owner });
    const rows = await refused();
    expect(rows.length).toBe(5);
    expect(rows[3]).toMatchObject({
      action: 'refusals-suppressed',
      refusal: 'suppressed',
      data: { count: 7, codes: { 'unknown-instance': 7 } },
    });
    expect(rows[4]).toMatchObject({ instance: 'không-có-x', refusal: 'unknown-instance' });
  });

  it('renders refusal messages from the catalog, in the engine’s language or another', async () => {
    const { engine } = await setUp();
    const vi = await engine.act('hs-9', 'nộp', { actor: actors.owner });
    expect(!vi.ok && vi.refusal.message).toBe('không có hồ sơ hs-9');
    expect(!vi.ok && refusalMessage(vi.refusal, 'en')).toBe('no instance hs-9');
    const { engine: en } = await setUp({ lang: 'en' });
    const refused = await en.act('hs-1', 'duyệt', { actor: actors.owner });
    expect(!refused.ok && refused.refusal.message).toBe('action duyệt is not available in state tự_đánh_giá');
    for (const [code, template] of Object.entries(engineMessages)) {
      expect(template.vi({}), code).not.toBe('');
      expect(template.en({}), code).not.toBe('');
    }
  });

  it('refuses host signals that only the engine sends (timers, a plan’s bookkeeping)', async () => {
    const { engine } = await setUp();
    const host = { id: 'portal', role: 'host', unit: '' };
    expect(await engine.signal('hs-1', { type: 'tdkt.timer.deadline:tổ_xét' }, { actor: host })).toMatchObject({
      ok: false,
      refusal: { code: 'action-not-available' },
    });
    expect(
      await engine.signal('hs-1', { type: 'tdkt.progress', activity: 'x', instance: 'y' }, { actor: host }),
    ).toMatchObject({ ok: false, refusal: { code: 'action-not-available' } });
  });
});
