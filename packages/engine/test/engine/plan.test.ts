// Whole plans in the engine: activities open at their windows (after their `sau`), a row's procedure starts
// one dossier per unit below, a row performing a step starts no second one, a fan-out row rolls up its units,
// and the plan is an instance like any other (tasks, overdue, history, versions).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  createEngine,
  createMemoryStore,
  type Engine,
  LEFT_BEHIND,
  organisationFromUnits,
  VirtualClock,
  workflowsFromFiles,
} from '@tdkt/engine';
import { describe, expect, it } from 'vitest';

const fixture = fileURLToPath(new URL('../fixtures/plan.tdkt', import.meta.url));
const loaded = workflowsFromFiles([fixture], (p) => readFileSync(p, 'utf8'), { version: 1 });
const PLAN = 'plan';
const units = [
  { id: 'phong', level: 'phòng' },
  { id: 'truong-a', parent: 'phong', level: 'trường' },
  { id: 'truong-b', parent: 'phong', level: 'trường' },
  { id: 'to-1', parent: 'truong-a', level: 'tổ' },
  { id: 'to-2', parent: 'truong-b', level: 'tổ' },
  { id: 'gv-1', parent: 'to-1', level: 'cá_nhân' },
  { id: 'gv-2', parent: 'to-1', level: 'cá_nhân' },
  { id: 'gv-3', parent: 'to-2', level: 'cá_nhân' },
];
/** Midnight in Vietnam of a day. */
const vn = (day: number, month: number, year: number): number => Date.UTC(year, month - 1, day) - 7 * 3_600_000;
const officer = { id: 'cv-1', role: 'chuyên_viên', unit: 'phong' };
const teacher = (id: string, unit: string) => ({ id, role: 'giáo_viên', unit });
const groupHead = (unit: string) => ({ id: `tt-${unit}`, role: 'tổ_trưởng', unit });

async function setUp(): Promise<{ engine: Engine; clock: VirtualClock; store: ReturnType<typeof createMemoryStore> }> {
  const clock = new VirtualClock(vn(1, 8, 2020));
  const store = createMemoryStore();
  const engine = await createEngine({
    workflows: loaded.workflows,
    store,
    clock,
    organisation: organisationFromUnits(units),
    newId: () => 'kh-1',
  });
  return { engine, clock, store };
}

async function at(engine: Engine, clock: VirtualClock, ms: number): Promise<void> {
  clock.advanceTo(ms);
  await engine.idle();
}

describe('plans in the engine', () => {
  it('loads the plan beside the procedure its rows run', () => {
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.plans).toEqual([PLAN]);
    expect(loaded.names).toEqual(['xét@tự_đánh_giá', 'xét']);
  });

  it('runs a year: rows open on time, start their dossiers once, complete by progress and roll-up', async () => {
    const { engine, clock, store } = await setUp();
    const started = await engine.startPlan(PLAN, {
      unit: 'phong',
      period: '2020-2021',
      dossiers: { xét: { đã_đăng_ký: true } },
    });
    expect(started).toMatchObject({ ok: true, id: 'kh-1', state: 'đang_thực_hiện', version: 1 });

    // September: the plain row opens; the Phòng's officer has it as a task and says it is done.
    await at(engine, clock, vn(1, 9, 2020));
    expect((await engine.instance('kh-1'))?.state).toBe('đang_thực_hiện(phát_động)');
    const [task] = (await engine.tasks({ role: 'chuyên_viên', unit: 'phong' })).items;
    expect(task).toMatchObject({
      instance: 'kh-1',
      workflow: PLAN,
      step: 'phát_động',
      actions: ['done:phát_động'],
      deadlineDay: '2020-09-30',
    });
    expect(await engine.act('kh-1', 'done:phát_động', { actor: { ...officer, role: 'hiệu_trưởng' } })).toMatchObject({
      ok: false,
      refusal: { code: 'not-permitted' },
    });
    expect(
      await engine.act('kh-1', 'done:phát_động', { actor: officer, expectedVersion: task?.version ?? 0 }),
    ).toMatchObject({ ok: true });
    expect(await store.listInstances({ parent: 'kh-1' })).toEqual([]);

    // May: the row that runs the procedure starts one dossier per teacher (their group's, owned by them); the
    // row performing `tổ_xét` starts none. The fan-out row gives each school its own instance.
    await at(engine, clock, vn(1, 5, 2021));
    const children = await store.listInstances({ parent: 'kh-1' });
    expect(children.map((c) => [c.id, c.workflow, c.unit, c.owner])).toEqual([
      ['kh-1/trường_nộp/truong-a', 'plan#trường_nộp', 'truong-a', null],
      ['kh-1/trường_nộp/truong-b', 'plan#trường_nộp', 'truong-b', null],
      ['kh-1/tự_đánh_giá/gv-1', 'xét@tự_đánh_giá', 'to-1', 'gv-1'],
      ['kh-1/tự_đánh_giá/gv-2', 'xét@tự_đánh_giá', 'to-1', 'gv-2'],
      ['kh-1/tự_đánh_giá/gv-3', 'xét@tự_đánh_giá', 'to-2', 'gv-3'],
    ]);
    // The step's deadline is the row's: last day 10/5/2021.
    expect((await engine.tasks({ role: 'giáo_viên', unit: 'to-1', actorId: 'gv-2' })).items).toMatchObject([
      { instance: 'kh-1/tự_đánh_giá/gv-2', deadlineDay: '2021-05-10' },
    ]);
    for (const [id, gv, unit] of [
      ['gv-1', 'gv-1', 'to-1'],
      ['gv-2', 'gv-2', 'to-1'],
    ] as const) {
      expect(await engine.act(`kh-1/tự_đánh_giá/${id}`, 'submit', { actor: teacher(gv, unit) })).toMatchObject({
        ok: true,
        state: 'tổ_xét',
      });
    }
    expect((await engine.instance('kh-1'))?.state).toContain('tự_đánh_giá');
    // gv-3 never submits: on 11/5 the deadline ends their dossier (không_xét), which completes the row.
    await at(engine, clock, vn(11, 5, 2021));
    expect(await engine.instance('kh-1/tự_đánh_giá/gv-3')).toMatchObject({ status: 'done', outcome: 'không_xét' });
    const afterSelf = await engine.instance('kh-1');
    expect(afterSelf?.state).toBe('đang_thực_hiện(tổ_xét, trường_nộp)');
    expect(
      afterSelf?.history.filter((e) => e.action === 'tdkt.progress').map((e) => (e.data as { child: string }).child),
    ).toEqual(['kh-1/tự_đánh_giá/gv-1', 'kh-1/tự_đánh_giá/gv-2', 'kh-1/tự_đánh_giá/gv-3']);
    await engine.act('kh-1/tự_đánh_giá/gv-1', 'approve', { actor: groupHead('to-1') });
    await engine.act('kh-1/tự_đánh_giá/gv-2', 'reject', { actor: groupHead('to-1') });
    expect((await engine.instance('kh-1'))?.state).toBe('đang_thực_hiện(trường_nộp)');

    // The fan-out row: one school submits, the deadline leaves the other behind and closes the row.
    expect(
      await engine.act('kh-1/trường_nộp/truong-a', 'done', {
        actor: { id: 'ht-a', role: 'hiệu_trưởng', unit: 'truong-a' },
      }),
    ).toMatchObject({ ok: true, outcome: 'xong' });
    expect((await engine.overdue({ at: vn(26, 5, 2021) })).items.map((o) => [o.instance, o.step])).toEqual([
      ['kh-1', 'trường_nộp'],
      ['kh-1/trường_nộp/truong-b', 'trường_nộp'],
    ]);
    await at(engine, clock, vn(26, 5, 2021));
    expect(await engine.instance('kh-1/trường_nộp/truong-b')).toMatchObject({ status: 'done', outcome: LEFT_BEHIND });
    const snapshot = (await store.getInstance('kh-1'))?.snapshot as {
      context: { late: { activity: string; units?: string[] }[] };
    };
    expect(snapshot.context.late.find((l) => l.activity === 'trường_nộp')).toMatchObject({ units: ['truong-b'] });
    expect((await engine.instance('kh-1'))?.state).toBe('đang_thực_hiện(phòng_tổng_hợp)');

    const summary = (await engine.instance('kh-1'))?.summary as {
      activities: { id: string; status: string; late: boolean; lastDay: string | null }[];
    };
    expect(summary.activities.map((a) => [a.id, a.status, a.late])).toEqual([
      ['phát_động', 'done', false],
      ['tự_đánh_giá', 'done', false],
      ['tổ_xét', 'done', false],
      ['trường_nộp', 'done', true],
      ['phòng_tổng_hợp', 'open', false],
    ]);
    expect(summary.activities[4]?.lastDay).toBe('2021-05-31');
    await engine.act('kh-1', 'done:phòng_tổng_hợp', { actor: officer });
    const done = await engine.instance('kh-1');
    expect(done).toMatchObject({ status: 'done', outcome: 'hoàn_thành', state: 'hoàn_thành' });
    expect(done?.version).toBeGreaterThan(5);
    // Every version of the plan is in its history once, in order.
    const versions = [...new Set(done?.history.filter((e) => e.outcome === 'accepted').map((e) => e.version))];
    expect(versions).toEqual(versions.map((_, k) => k + 1));
  });

  it('refuses a procedure given as a plan, another period, and dossiers the plan does not run', async () => {
    const { engine } = await setUp();
    expect(await engine.startPlan('xét@tự_đánh_giá', { unit: 'phong' })).toMatchObject({
      ok: false,
      refusal: { code: 'not-a-plan' },
    });
    expect(await engine.startPlan(PLAN, { unit: 'phong', period: '2021-2022' })).toMatchObject({
      ok: false,
      refusal: { code: 'period-mismatch' },
    });
    const bad = await engine.startPlan(PLAN, { unit: 'phong', dossiers: { xét: { đã_đăng_ký: 'có' }, khác: {} } });
    expect(bad).toMatchObject({ ok: false, refusal: { code: 'invalid-data' } });
    expect(!bad.ok && bad.refusal.issues?.map((i) => i.path)).toEqual(['dossiers.xét.đã_đăng_ký', 'dossiers.khác']);
  });

  it('refuses a plan without a period whose rows write times: it would run without its timers', async () => {
    const text = `tổ chức
  cấp cá_nhân "Cá nhân" < trường "Trường"
  vai trò hiệu_trưởng "Hiệu trưởng" cấp trường

kế hoạch "Không có kỳ"
  đơn vị "Trường thử" cấp trường
  tiến độ
    tháng 9
      phát_động: "Phát động" do hiệu_trưởng chậm nhất 20/9
`;
    const bare = workflowsFromFiles(['khong-ky.tdkt'], (p) => (p === 'khong-ky.tdkt' ? text : undefined));
    expect(bare.plans).toEqual(['khong-ky']);
    const engine = await createEngine({
      workflows: bare.workflows,
      store: createMemoryStore(),
      clock: new VirtualClock(vn(1, 8, 2020)),
      organisation: organisationFromUnits(units),
      lang: 'en',
    });
    expect(await engine.startPlan('khong-ky', { unit: 'phong' })).toMatchObject({
      ok: false,
      refusal: { code: 'period-required', data: { steps: ['phát_động: chậm nhất 20/9'] } },
    });
  });

  it('survives a restart: a new engine on the same store fires the plan’s timers that fell due meanwhile', async () => {
    const { engine, store } = await setUp();
    await engine.startPlan(PLAN, { unit: 'phong' });
    await engine.close();
    const clock = new VirtualClock(vn(2, 9, 2020));
    const again = await createEngine({
      workflows: loaded.workflows,
      store,
      clock,
      organisation: organisationFromUnits(units),
    });
    expect((await again.instance('kh-1'))?.state).toBe('đang_thực_hiện(phát_động)');
    expect((await again.instance('kh-1'))?.history.at(-1)).toMatchObject({ action: 'window', time: vn(1, 9, 2020) });
  });
});
