import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
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
  phases: [{ id: '1', title: 'Đợt 1', window: { ...month(8, 2020, 31), end: endOf(20, 10, 2020), lastDay: '2020-10-20', text: 'từ 1/8/2020 đến 20/10/2020' } }],
  activities: [
    { id: 'phát_động', text: 'Phát động thi đua', window: month(9, 2020, 30), after: [] },
    { id: 'đăng_ký', text: 'Đăng ký danh hiệu', window: month(10, 2020, 31), after: ['phát_động'] },
    { id: 'bình_xét', text: 'Bình xét cuối năm', window: month(5, 2021, 31), after: ['đăng_ký'], procedure: 'xét_cuối_năm' },
  ],
};

describe('compilePlan', () => {
  it('runs activities in dependency and window order, warns on missed windows, and finishes', () => {
    const { clock, runtime } = simulatedRuntime(at(1, 8, 2020));
    const review = compileProcedure(reviewChain).machine(runtime);
    const machine = compilePlan(plan).machine(runtime, { xét_cuối_năm: review });
    const actor = createActor(machine, { clock, input: { procedureInputs: { bình_xét: { dossier: { đã_đăng_ký: false } } } } });
    const events: string[] = [];
    actor.on('*', (e: { type: string; activity?: string; phase?: string }) => events.push(`${e.type}:${e.activity ?? e.phase}`));
    actor.start();
    const stateOf = (id: string): unknown => (actor.getSnapshot().value as { đang_thực_hiện: Record<string, unknown> }).đang_thực_hiện[id];
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
    expect(actor.getSnapshot().output).toEqual({ late: [{ activity: 'đăng_ký', at: endOf(31, 10, 2020) }], failed: [] });
  });

  it('finishes when every region is done', () => {
    const { clock, runtime } = simulatedRuntime(at(1, 9, 2021));
    const small: PlanIR = { name: 'p', title: 'p', phases: [], activities: [{ id: 'a', text: 'a', after: [] }] };
    const actor = createActor(compilePlan(small).machine(runtime), { clock });
    actor.start();
    actor.send({ type: 'tdkt.activity-done', activity: 'a' });
    expect(actor.getSnapshot().status).toBe('done');
    expect(actor.getSnapshot().output).toEqual({ late: [], failed: [] });
  });
});
