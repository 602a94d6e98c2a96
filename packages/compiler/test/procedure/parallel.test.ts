import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { ProcedureIR } from '../../src/ir.js';
import { compileProcedure } from '../../src/procedure/compile.js';
import { at } from '../fixtures.js';
import { simulatedRuntime } from '../runtime.js';

const concurrence: ProcedureIR = {
  name: 'hiệp_y',
  title: 'Lấy ý kiến hiệp y song song',
  fields: [],
  initial: 'lấy_ý_kiến',
  steps: [
    {
      id: 'lấy_ý_kiến',
      title: 'Lấy ý kiến',
      reminders: [],
      routes: [],
      transitions: [],
      parallel: {
        join: 'trình',
        branches: [
          {
            name: 'công_đoàn',
            initial: 'cđ_xét',
            steps: [
              {
                id: 'cđ_xét',
                title: 'Công đoàn',
                role: 'công_đoàn',
                reminders: [],
                routes: [],
                transitions: [{ action: 'hiệp_y', target: 'công_đoàn_xong' }],
              },
            ],
          },
          {
            name: 'chi_bộ',
            initial: 'cb_xét',
            steps: [
              {
                id: 'cb_xét',
                title: 'Chi bộ',
                role: 'chi_bộ',
                reminders: [],
                routes: [],
                transitions: [{ action: 'hiệp_y', target: 'chi_bộ_xong' }],
              },
            ],
          },
        ],
      },
    },
    {
      id: 'trình',
      title: 'Trình',
      role: 'hiệu_trưởng',
      reminders: [],
      routes: [],
      transitions: [{ action: 'trình', target: 'xong' }],
    },
  ],
  finals: [{ id: 'xong', outcome: 'đã trình' }],
};

describe('parallel branches', () => {
  it('joins when every branch is done', () => {
    const { clock, runtime } = simulatedRuntime(at(1, 6, 2021));
    const actor = createActor(compileProcedure(concurrence).machine(runtime), { clock });
    actor.start();
    actor.send({ type: 'hiệp_y', actor: { id: '1', role: 'công_đoàn', unit: 'x' } });
    expect(actor.getSnapshot().value).toEqual({ lấy_ý_kiến: { công_đoàn: 'công_đoàn_xong', chi_bộ: 'cb_xét' } });
    actor.send({ type: 'hiệp_y', actor: { id: '2', role: 'chi_bộ', unit: 'x' } });
    expect(actor.getSnapshot().value).toBe('trình');
    actor.send({ type: 'trình', actor: { id: '3', role: 'hiệu_trưởng', unit: 'x' } });
    expect(actor.getSnapshot().output).toEqual({ outcome: 'đã trình', late: [] });
  });
});
