import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { ProcedureIR, StepIR } from '../../src/ir.js';
import { compileProcedure } from '../../src/procedure/compile.js';
import { at, endOf } from '../fixtures.js';
import { simulatedRuntime } from '../runtime.js';

const deadline = {
  kind: 'absolute',
  at: endOf(20, 5, 2021),
  lastDay: '2021-05-20',
  soft: false,
  text: 'hạn 20/5',
} as const;

function procedure(step: Partial<StepIR>): ProcedureIR {
  return {
    name: 'p',
    title: 'p',
    fields: [{ name: 'ưu_tiên', type: { kind: 'boolean' }, required: false }],
    initial: 'xét',
    steps: [
      {
        id: 'xét',
        title: 'Trường xét',
        role: 'hiệu_trưởng',
        deadline,
        reminders: [],
        routes: [],
        transitions: [{ action: 'duyệt', target: 'đạt' }],
        ...step,
      },
    ],
    finals: [
      { id: 'đạt', outcome: 'đạt' },
      { id: 'quá_hạn', outcome: 'quá hạn' },
      { id: 'ưu_tiên_xử_lý', outcome: 'ưu tiên' },
    ],
  };
}

function run(ir: ProcedureIR, dossier: Record<string, unknown> = {}) {
  const { clock, runtime } = simulatedRuntime(at(10, 5, 2021));
  const actor = createActor(compileProcedure(ir).machine(runtime), { clock, input: { dossier } });
  actor.start();
  return { actor, clock };
}

describe('overdue handling', () => {
  it('takes the first timeout whose condition holds', () => {
    const ir = procedure({
      timeouts: [{ guard: { kind: 'field', name: 'ưu_tiên' }, target: 'ưu_tiên_xử_lý' }, { target: 'quá_hạn' }],
    });
    const a = run(ir, { ưu_tiên: true });
    a.clock.set(endOf(20, 5, 2021));
    expect(a.actor.getSnapshot().value).toBe('ưu_tiên_xử_lý');
    const b = run(ir, { ưu_tiên: false });
    b.clock.set(endOf(20, 5, 2021));
    expect(b.actor.getSnapshot().value).toBe('quá_hạn');
  });

  it('escalates to a higher role, which may then take the step’s actions', () => {
    const { actor, clock } = run(procedure({ escalation: { to: 'chuyên_viên_phòng' } }));
    clock.set(endOf(20, 5, 2021));
    expect(actor.getSnapshot().value).toBe('xét_chuyển_lên');
    actor.send({ type: 'duyệt', actor: { id: 'x', role: 'hiệu_trưởng', unit: 'u' } });
    expect(actor.getSnapshot().value).toBe('xét_chuyển_lên');
    actor.send({ type: 'duyệt', actor: { id: 'y', role: 'chuyên_viên_phòng', unit: 'phòng' } });
    expect(actor.getSnapshot().output).toMatchObject({ outcome: 'đạt', late: [{ step: 'xét' }] });
  });

  it('without a way out, records the lateness and keeps the step open', () => {
    const { actor, clock } = run(procedure({}));
    clock.set(endOf(20, 5, 2021));
    expect(actor.getSnapshot().value).toBe('xét');
    expect(actor.getSnapshot().context.late).toEqual([{ step: 'xét', at: endOf(20, 5, 2021) }]);
  });
});
