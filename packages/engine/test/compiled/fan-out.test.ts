// Fan-out inside the engine: one child instance per subordinate unit, each child's end delivered to the parent in
// the same transaction, roll-up as compiled (all, quorum, by deadline), children left behind recorded as such.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileProcedure, type ProcedureIR } from '@tdkt/compiler';
import {
  createEngine,
  createMemoryStore,
  LEFT_BEHIND,
  organisationFromUnits,
  VirtualClock,
  workflowFromCompiled,
  workflowsFromFiles,
} from '@tdkt/engine';
import { describe, expect, it } from 'vitest';

const parent: ProcedureIR = {
  name: 'tổng_hợp',
  title: 'Phòng tổng hợp đề nghị của các trường',
  fields: [],
  initial: 'thu_thập',
  steps: [
    {
      id: 'thu_thập',
      title: 'Các trường gửi đề nghị',
      reminders: [],
      routes: [],
      transitions: [],
      fanOut: { level: 'trường', procedure: 'đề_nghị_trường', policy: { kind: 'all' }, next: 'xét' },
    },
    {
      id: 'xét',
      title: 'Phòng xét',
      role: 'chuyên_viên',
      level: 'phòng',
      reminders: [],
      routes: [],
      transitions: [{ action: 'approve', target: 'xong_việc' }],
    },
  ],
  finals: [{ id: 'xong_việc', outcome: 'đã xét' }],
};
const child: ProcedureIR = {
  name: 'đề_nghị_trường',
  title: 'Trường gửi đề nghị',
  fields: [],
  initial: 'gửi',
  steps: [
    {
      id: 'gửi',
      title: 'Trường gửi',
      role: 'hiệu_trưởng',
      level: 'trường',
      reminders: [],
      routes: [],
      transitions: [{ action: 'submit', target: 'đã_gửi' }],
    },
  ],
  finals: [{ id: 'đã_gửi', outcome: 'đã gửi' }],
};

const units = [
  { id: 'phong', level: 'phòng' },
  { id: 'truong-a', parent: 'phong', level: 'trường' },
  { id: 'truong-b', parent: 'phong', level: 'trường' },
  { id: 'truong-c', parent: 'phong', level: 'trường' },
];
const org = organisationFromUnits(units);
const head = (unit: string) => ({ id: `ht-${unit}`, role: 'hiệu_trưởng', unit });
const officer = { id: 'cv', role: 'chuyên_viên', unit: 'phong' };
const fixture = fileURLToPath(new URL('../fixtures/fan-out.tdkt', import.meta.url));
const T0 = Date.UTC(2021, 4, 3, 1);

describe('fan-out in the engine', () => {
  it('starts one child per unit of the list given at start; each child’s end moves the parent, with no signal', async () => {
    const store = createMemoryStore();
    const engine = await createEngine({
      workflows: [workflowFromCompiled(compileProcedure(parent)), workflowFromCompiled(compileProcedure(child))],
      store,
      clock: new VirtualClock(T0),
      organisation: org,
      newId: () => 'th-1',
    });
    const started = await engine.start('tổng_hợp', { unit: 'phong', input: { subunits: ['truong-a', 'truong-b'] } });
    expect(started).toMatchObject({ ok: true, state: 'thu_thập.collecting' });
    const children = await store.listInstances({ parent: 'th-1' });
    expect(children.map((c) => [c.id, c.workflow, c.unit, c.state])).toEqual([
      ['th-1/thu_thập/truong-a', 'đề_nghị_trường', 'truong-a', 'gửi'],
      ['th-1/thu_thập/truong-b', 'đề_nghị_trường', 'truong-b', 'gửi'],
    ]);
    // Each school's head sees its own child in its task list.
    expect((await engine.tasks({ role: 'hiệu_trưởng', unit: 'truong-a' })).items.map((t) => t.instance)).toEqual([
      'th-1/thu_thập/truong-a',
    ]);
    expect(await engine.act('th-1/thu_thập/truong-b', 'submit', { actor: head('truong-a') })).toMatchObject({
      ok: false,
      refusal: { code: 'not-permitted' },
    });
    expect(await engine.act('th-1/thu_thập/truong-a', 'submit', { actor: head('truong-a') })).toMatchObject({
      ok: true,
      outcome: 'đã gửi',
    });
    expect((await engine.instance('th-1'))?.state).toBe('thu_thập.collecting');
    expect(await engine.act('th-1/thu_thập/truong-b', 'submit', { actor: head('truong-b') })).toMatchObject({
      ok: true,
    });
    // Delivered in the child's transaction: the parent's history has the submissions, the parent moved on.
    const view = await engine.instance('th-1');
    expect(view?.state).toBe('xét');
    expect(view?.history.map((e) => [e.action, (e.data as { unit?: string } | null)?.unit ?? null])).toEqual([
      ['start', null],
      ['tdkt.unit-submitted', 'truong-a'],
      ['tdkt.unit-submitted', 'truong-b'],
    ]);
    expect(await engine.act('th-1', 'approve', { actor: officer })).toMatchObject({ ok: true, outcome: 'đã xét' });
  });

  it('refuses to run a parent whose children’s workflow is not loaded', async () => {
    await expect(
      createEngine({
        workflows: [workflowFromCompiled(compileProcedure(parent))],
        store: createMemoryStore(),
        clock: new VirtualClock(T0),
      }),
    ).rejects.toThrow(/runs đề_nghị_trường, which is not loaded/);
  });

  const loaded = workflowsFromFiles([fixture], (p) => readFileSync(p, 'utf8'), { period: '2020-2021' });

  it('takes the units from the organisation tree; a quorum leaves the late unit behind, recorded as such', async () => {
    const store = createMemoryStore();
    let n = 0;
    const engine = await createEngine({
      workflows: loaded.workflows,
      store,
      clock: new VirtualClock(T0),
      organisation: org,
      newId: () => `p-${++n}`,
    });
    expect(await engine.start('gộp_đủ', { unit: 'phong', period: '2020-2021' })).toMatchObject({ ok: true });
    const ids = (await store.listInstances({ parent: 'p-1' })).map((c) => c.id);
    expect(ids).toEqual(['p-1/các_trường/truong-a', 'p-1/các_trường/truong-b', 'p-1/các_trường/truong-c']);
    await engine.act('p-1/các_trường/truong-c', 'submit', { actor: officer });
    await engine.act('p-1/các_trường/truong-a', 'submit', { actor: officer });
    expect((await engine.instance('p-1'))?.state).toBe('xét');
    const behind = await engine.instance('p-1/các_trường/truong-b');
    expect(behind).toMatchObject({ status: 'done', outcome: LEFT_BEHIND });
    expect(behind?.history.at(-1)).toMatchObject({
      action: LEFT_BEHIND,
      actor: { role: 'system' },
      data: { parent: 'p-1' },
    });
    expect((await engine.tasks({ role: 'chuyên_viên', unit: 'phong' })).items.map((t) => t.instance)).toEqual(['p-1']);
    expect(await engine.act('p-1/các_trường/truong-b', 'submit', { actor: officer })).toMatchObject({
      ok: false,
      refusal: { code: 'instance-closed' },
    });
  });

  it('by deadline: the deadline moves the parent on with whoever submitted; the others are recorded late and left behind', async () => {
    const store = createMemoryStore();
    const clock = new VirtualClock(T0);
    const engine = await createEngine({
      workflows: loaded.workflows,
      store,
      clock,
      organisation: org,
      newId: () => 'd-1',
    });
    await engine.start('gộp_đúng_hạn', { unit: 'phong', period: '2020-2021' });
    await engine.act('d-1/các_trường/truong-b', 'submit', { actor: officer });
    expect((await engine.instance('d-1'))?.state).toBe('các_trường.collecting');
    clock.advanceTo(Date.UTC(2021, 4, 21));
    await engine.idle();
    const view = await engine.instance('d-1');
    expect(view?.state).toBe('xét');
    const snapshot = (await store.getInstance('d-1'))?.snapshot as {
      context: { late: { step: string; units: string[] }[] };
    };
    expect(snapshot.context.late).toMatchObject([{ step: 'các_trường', units: ['truong-a', 'truong-c'] }]);
    const outcomes = (await store.listInstances({ parent: 'd-1' })).map((c) => [c.unit, c.outcome]);
    expect(outcomes).toEqual([
      ['truong-a', LEFT_BEHIND],
      ['truong-b', 'submit'],
      ['truong-c', LEFT_BEHIND],
    ]);
  });

  it('refuses a procedure whose dates need a period when started without one, and one loaded for another period', async () => {
    const bare = workflowsFromFiles([fixture], (p) => readFileSync(p, 'utf8'));
    const engine = await createEngine({
      workflows: bare.workflows,
      store: createMemoryStore(),
      clock: new VirtualClock(T0),
      organisation: org,
      lang: 'en',
    });
    const refused = await engine.start('gộp_đủ', { unit: 'phong' });
    expect(refused).toMatchObject({
      ok: false,
      refusal: { code: 'period-required', data: { workflow: 'gộp_đủ', steps: ['các_trường: chậm nhất 20/5/2021'] } },
    });
    expect(!refused.ok && refused.refusal.message).toMatch(/has deadlines written as dates/);
    const other = await createEngine({
      workflows: loaded.workflows,
      store: createMemoryStore(),
      clock: new VirtualClock(T0),
      organisation: org,
    });
    expect(await other.start('gộp_đủ', { unit: 'phong', period: '2021-2022' })).toMatchObject({
      ok: false,
      refusal: { code: 'period-mismatch', data: { loaded: ['2020-2021'] } },
    });
  });
});
