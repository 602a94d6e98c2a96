import { describe, expect, it } from 'vitest';
import { type AnyMachineSnapshot, createActor, initialTransition, transition } from 'xstate';
import type { PlanIR, WindowIR } from '../../src/ir.js';
import { compilePlan } from '../../src/plan/compile.js';
import { compileProcedure } from '../../src/procedure/compile.js';
import { at, endOf, reviewChain } from '../fixtures.js';
import { simulatedRuntime } from '../runtime.js';

const month = (m: number, y: number, last: number, soft = false): WindowIR => ({
  start: at(1, m, y),
  end: endOf(last, m, y),
  startDay: `${y}-${String(m).padStart(2, '0')}-01`,
  lastDay: `${y}-${String(m).padStart(2, '0')}-${last}`,
  soft,
  text: `tháng ${m}/${y}`,
});

const plan: PlanIR = {
  name: 'kim_sơn',
  title: 'Kế hoạch thi đua năm học 2020-2021',
  phases: [
    {
      id: '1',
      title: 'Đợt 1',
      window: {
        ...month(8, 2020, 31),
        end: endOf(20, 10, 2020),
        lastDay: '2020-10-20',
        text: 'từ 1/8/2020 đến 20/10/2020',
      },
    },
  ],
  activities: [
    { id: 'phát_động', text: 'Phát động thi đua', window: month(9, 2020, 30), after: [] },
    { id: 'đăng_ký', text: 'Đăng ký danh hiệu', window: month(10, 2020, 31), after: ['phát_động'] },
    {
      id: 'bình_xét',
      text: 'Bình xét cuối năm',
      window: month(5, 2021, 31),
      after: ['đăng_ký'],
      procedure: 'xét_cuối_năm',
    },
  ],
};

describe('compilePlan', () => {
  it('runs activities in dependency and window order, warns on missed windows, and finishes', () => {
    const { clock, runtime } = simulatedRuntime(at(1, 8, 2020));
    const review = compileProcedure(reviewChain).machine(runtime);
    const machine = compilePlan(plan).machine(runtime, { xét_cuối_năm: review });
    const actor = createActor(machine, {
      clock,
      input: { procedureInputs: { bình_xét: { dossier: { đã_đăng_ký: false } } } },
    });
    const events: string[] = [];
    actor.on('*', (e: { type: string; activity?: string; phase?: string }) =>
      events.push(`${e.type}:${e.activity ?? e.phase}`),
    );
    actor.start();
    const stateOf = (id: string): unknown =>
      (actor.getSnapshot().value as { đang_thực_hiện: Record<string, unknown> }).đang_thực_hiện[id];
    expect(stateOf('phát_động')).toBe('chờ_thời_gian');
    expect(stateOf('đăng_ký')).toBe('chờ_việc_trước');
    clock.set(at(1, 9, 2020));
    expect(stateOf('phát_động')).toBe('đang_làm');
    actor.send({ type: 'tdkt.activity-done', activity: 'phát_động' });
    expect(stateOf('phát_động')).toBe('xong');
    expect(stateOf('đăng_ký')).toBe('chờ_thời_gian');
    clock.set(at(1, 10, 2020));
    clock.set(endOf(31, 10, 2020));
    expect(events).toContain('tdkt.activity-overdue:đăng_ký');
    actor.send({ type: 'tdkt.activity-done', activity: 'đăng_ký' });
    for (let t = endOf(31, 10, 2020); t <= at(1, 5, 2021); t += 20 * 86_400_000) clock.set(t);
    clock.set(at(1, 5, 2021));
    // The unregistered dossier ends in không_xét at once, so the invoked procedure finishes the activity.
    expect(events).toContain('tdkt.phase-ended:1');
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({
      outcome: 'hoàn_thành',
      late: [{ activity: 'đăng_ký', at: endOf(31, 10, 2020) }],
      failed: [],
    });
  });

  it('finishes when every region is done', () => {
    const { clock, runtime } = simulatedRuntime(at(1, 9, 2021));
    const small: PlanIR = { name: 'p', title: 'p', phases: [], activities: [{ id: 'a', text: 'a', after: [] }] };
    const actor = createActor(compilePlan(small).machine(runtime), { clock });
    actor.start();
    actor.send({ type: 'tdkt.activity-done', activity: 'a' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({ outcome: 'hoàn_thành', late: [], failed: [] });
  });

  it('opens and closes activities on named timer events, without XState clocks', () => {
    const { runtime, clock } = simulatedRuntime(at(1, 8, 2020));
    const machine = compilePlan(plan).machine(runtime);
    let [snapshot] = initialTransition(machine, {});
    const send = (event: { type: string } & Record<string, unknown>): AnyMachineSnapshot => (
      ([snapshot] = transition(machine, snapshot, event as never)), snapshot
    );
    const region = (id: string): unknown =>
      (snapshot.value as { đang_thực_hiện: Record<string, unknown> }).đang_thực_hiện[id];
    // Early: the guard holds the activity back.
    send({ type: 'tdkt.timer.window-start:phát_động' });
    expect(region('phát_động')).toBe('chờ_thời_gian');
    clock.set(at(1, 9, 2020));
    send({ type: 'tdkt.timer.window-start:phát_động' });
    expect(region('phát_động')).toBe('đang_làm');
    send({ type: 'done:phát_động' });
    expect(region('phát_động')).toBe('xong');
    expect(region('đăng_ký')).toBe('chờ_thời_gian');
    clock.set(at(1, 10, 2020));
    send({ type: 'tdkt.timer.window-start:đăng_ký' });
    clock.set(endOf(31, 10, 2020));
    send({ type: 'tdkt.timer.window-end:đăng_ký' });
    expect((snapshot.context as { late: unknown[] }).late).toEqual([{ activity: 'đăng_ký', at: endOf(31, 10, 2020) }]);
    expect(region('đăng_ký')).toBe('đang_làm');
  });

  it('completes a row with a run when every dossier has moved past its steps, and a fan-out row by its roll-up', () => {
    const { runtime, clock } = simulatedRuntime(at(1, 5, 2021));
    const rows: PlanIR = {
      name: 'p',
      title: 'p',
      phases: [],
      activities: [
        { id: 'bình_xét', text: 'Bình xét', after: [], procedure: 'xét_cuối_năm', runSteps: ['tự_đánh_giá'] },
        {
          id: 'tổ_xét',
          text: 'Tổ xét',
          after: ['bình_xét'],
          performs: { activity: 'bình_xét', procedure: 'xét_cuối_năm', steps: ['tổ_xét'] },
        },
        {
          id: 'nộp',
          text: 'Các trường nộp',
          after: [],
          window: month(5, 2021, 31),
          fanOut: { level: 'trường', rollUp: { kind: 'quorum', count: 1 } },
        },
      ],
    };
    const machine = compilePlan(rows).machine(runtime);
    let [snapshot] = initialTransition(machine, {});
    const send = (event: { type: string } & Record<string, unknown>): void =>
      void ([snapshot] = transition(machine, snapshot, event as never));
    const region = (id: string): unknown =>
      (snapshot.value as { đang_thực_hiện: Record<string, unknown> }).đang_thực_hiện[id];
    expect(region('bình_xét')).toBe('đang_làm');
    send({
      type: 'tdkt.run-started',
      run: 'bình_xét',
      instances: [
        { id: 'a', group: 'p' },
        { id: 'b', group: 'p' },
      ],
    });
    send({ type: 'tdkt.progress', activity: 'bình_xét', instance: 'a' });
    expect(region('bình_xét')).toBe('đang_làm');
    // Progress on a later row is recorded before the row opens; it completes as soon as it does.
    send({ type: 'tdkt.progress', activity: 'tổ_xét', instance: 'a' });
    send({ type: 'tdkt.progress', activity: 'tổ_xét', instance: 'b' });
    send({ type: 'tdkt.progress', activity: 'bình_xét', instance: 'b' });
    expect(region('bình_xét')).toBe('xong');
    expect(region('tổ_xét')).toBe('xong');
    // Fan-out: one school of two is enough for a quorum of one.
    clock.set(at(1, 5, 2021));
    send({ type: 'tdkt.timer.window-start:nộp' });
    send({ type: 'tdkt.fan-out-started', activity: 'nộp', units: ['truong-a', 'truong-b'] });
    expect(region('nộp')).toBe('đang_làm');
    send({ type: 'tdkt.unit-done', activity: 'nộp', unit: 'truong-b', outcome: 'xong' });
    // Every row is done: the plan is.
    expect(snapshot.status).toBe('done');
    expect((snapshot.context as { units: unknown }).units).toEqual({
      nộp: [{ unit: 'truong-b', outcome: 'xong', at: at(1, 5, 2021), late: false }],
    });
  });
});
