import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { ProcedureIR } from '../../src/ir.js';
import { compileProcedure } from '../../src/procedure/compile.js';
import { at, endOf, workingDays } from '../fixtures.js';
import { simulatedRuntime } from '../runtime.js';

const appraisal: ProcedureIR = {
  name: 'thẩm_định',
  title: 'Thẩm định hồ sơ',
  fields: [],
  initial: 'thẩm_định',
  steps: [
    {
      id: 'thẩm_định',
      title: 'Sở thẩm định',
      role: 'chuyên_viên_sở',
      processing: workingDays(5),
      reminders: [],
      routes: [],
      transitions: [{ action: 'thẩm_định', target: 'xong' }],
      timeouts: [{ target: 'quá_hạn' }],
    },
  ],
  finals: [
    { id: 'xong', outcome: 'đã thẩm định' },
    { id: 'quá_hạn', outcome: 'quá hạn' },
  ],
};

describe('working-day deadlines on the real calendar', () => {
  it('counts 5 working days across Tết 2021 (10–16/2 off): entered Mon 8/2, due at the end of Mon 22/2', () => {
    const { clock, runtime } = simulatedRuntime(at(8, 2, 2021, 9));
    const actor = createActor(compileProcedure(appraisal).machine(runtime), { clock });
    actor.start();
    clock.set(endOf(22, 2, 2021) - 1);
    expect(actor.getSnapshot().value).toBe('thẩm_định');
    clock.set(endOf(22, 2, 2021));
    expect(actor.getSnapshot().value).toBe('quá_hạn');
  });

  it('keeps the entry time when a long processing timer is re-armed (40 working days > 2^31-1 ms)', () => {
    const ir: ProcedureIR = { ...appraisal, steps: [{ ...appraisal.steps[0]!, processing: workingDays(40) }] };
    const { clock, runtime } = simulatedRuntime(at(1, 3, 2021, 9));
    const actor = createActor(compileProcedure(ir).machine(runtime), { clock });
    actor.start();
    // 40 working days after Mon 1/3/2021, skipping Giỗ Tổ (Wed 21/4/2021): the 40th is Tue 27/4.
    const due = endOf(27, 4, 2021);
    for (let t = at(1, 3, 2021, 9); t < due - 1; t += 86_400_000) clock.set(t);
    clock.set(due - 1);
    expect(actor.getSnapshot().value).toBe('thẩm_định');
    expect(actor.getSnapshot().context.enteredAt['thẩm_định']).toBe(at(1, 3, 2021, 9));
    clock.set(due);
    expect(actor.getSnapshot().value).toBe('quá_hạn');
  });

  it('resolves an event-relative deadline when the event date becomes known', () => {
    const ir: ProcedureIR = {
      ...appraisal,
      steps: [
        {
          ...appraisal.steps[0]!,
          processing: undefined as never,
          deadline: {
            kind: 'after-event',
            event: 'hội_nghị_cbvc',
            duration: { amount: 2, unit: 'day', text: '2 ngày' },
            soft: false,
            text: 'chậm nhất 2 ngày sau hội_nghị_cbvc',
          },
        },
      ],
    };
    delete (ir.steps[0] as { processing?: unknown }).processing;
    const { clock, runtime } = simulatedRuntime(at(1, 9, 2020, 8));
    const actor = createActor(compileProcedure(ir).machine(runtime), { clock });
    actor.start();
    clock.set(at(20, 9, 2020));
    expect(actor.getSnapshot().value).toBe('thẩm_định');
    // The staff conference is held on Thu 24/9/2020; +2 days is Sat 26/9, a day off, so the period ends Mon 28/9.
    actor.send({ type: 'tdkt.event-occurred', name: 'hội_nghị_cbvc', date: '2020-09-24' });
    clock.set(endOf(28, 9, 2020) - 1);
    expect(actor.getSnapshot().value).toBe('thẩm_định');
    clock.set(endOf(28, 9, 2020));
    expect(actor.getSnapshot().value).toBe('quá_hạn');
  });
});
