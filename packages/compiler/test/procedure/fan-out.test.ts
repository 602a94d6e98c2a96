import { describe, expect, it } from 'vitest';
import { type AnyActorRef, createActor } from 'xstate';
import type { ProcedureIR, RollUpPolicy } from '../../src/ir.js';
import { compileProcedure } from '../../src/procedure/compile.js';
import { at, endOf } from '../fixtures.js';
import { simulatedRuntime } from '../runtime.js';

const schoolSubmission: ProcedureIR = {
  name: 'trường_nộp',
  title: 'Trường nộp hồ sơ',
  fields: [],
  initial: 'nộp',
  steps: [
    {
      id: 'nộp',
      title: 'Trường nộp',
      role: 'hiệu_trưởng',
      reminders: [],
      routes: [],
      transitions: [{ action: 'nộp', target: 'đã_nộp' }],
    },
  ],
  finals: [{ id: 'đã_nộp', outcome: 'đã nộp' }],
};

function district(policy: RollUpPolicy): ProcedureIR {
  return {
    name: 'phòng_tổng_hợp',
    title: 'Phòng tổng hợp hồ sơ các trường',
    fields: [],
    initial: 'thu_hồ_sơ',
    steps: [
      {
        id: 'thu_hồ_sơ',
        title: 'Tiếp nhận hồ sơ các trường',
        deadline: {
          kind: 'absolute',
          at: endOf(20, 5, 2019),
          lastDay: '2019-05-20',
          soft: false,
          text: 'chậm nhất 20/5/2019',
        },
        reminders: [],
        routes: [],
        transitions: [],
        fanOut: { level: 'trường', procedure: 'trường_nộp', policy, next: 'xét' },
      },
      {
        id: 'xét',
        title: 'Hội đồng phòng xét',
        role: 'hội_đồng_phòng',
        reminders: [],
        routes: [],
        transitions: [{ action: 'duyệt', target: 'xong' }],
      },
    ],
    finals: [{ id: 'xong', outcome: 'xong' }],
  };
}

const schools = ['a', 'b', 'c', 'd'];

function run(policy: RollUpPolicy) {
  const { clock, runtime } = simulatedRuntime(at(10, 5, 2019, 8));
  const child = compileProcedure(schoolSubmission).machine(runtime);
  const parent = compileProcedure(district(policy)).machine(runtime, { trường_nộp: child });
  const actor = createActor(parent, { clock, input: { subunits: schools } });
  actor.start();
  const submit = (unit: string): void => {
    const ref = actor.getSnapshot().children[`thu_hồ_sơ:${unit}`] as AnyActorRef | undefined;
    ref?.send({ type: 'nộp', actor: { id: `ht-${unit}`, role: 'hiệu_trưởng', unit } });
  };
  return { actor, clock, submit };
}

describe('fan-out to subordinate units', () => {
  it('spawns one child per unit', () => {
    const { actor } = run({ kind: 'all' });
    expect(Object.keys(actor.getSnapshot().children).sort()).toEqual(schools.map((s) => `thu_hồ_sơ:${s}`));
  });

  it('rolls up when all units submitted (policy all)', () => {
    const { actor, submit } = run({ kind: 'all' });
    for (const s of ['a', 'b', 'c']) submit(s);
    expect(actor.getSnapshot().value).toEqual({ thu_hồ_sơ: 'collecting' });
    submit('d');
    expect(actor.getSnapshot().value).toBe('xét');
    expect(actor.getSnapshot().context.units['thu_hồ_sơ'].map((u: { unit: string }) => u.unit)).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('with policy all, a late unit is recorded at the deadline and still awaited', () => {
    const { actor, clock, submit } = run({ kind: 'all' });
    for (const s of ['a', 'b', 'c']) submit(s);
    clock.set(endOf(20, 5, 2019));
    expect(actor.getSnapshot().context.late).toEqual([{ step: 'thu_hồ_sơ', at: endOf(20, 5, 2019), units: ['d'] }]);
    expect(actor.getSnapshot().value).toEqual({ thu_hồ_sơ: 'collecting' });
    submit('d');
    expect(actor.getSnapshot().value).toBe('xét');
    expect(actor.getSnapshot().context.units['thu_hồ_sơ'].at(-1)).toMatchObject({ unit: 'd', late: true });
  });

  it('rolls up on a quorum', () => {
    const { actor, submit } = run({ kind: 'quorum', percent: 75 });
    submit('a');
    submit('b');
    expect(actor.getSnapshot().value).toEqual({ thu_hồ_sơ: 'collecting' });
    submit('c');
    expect(actor.getSnapshot().value).toBe('xét');
  });

  it('rolls up whoever submitted by the deadline, recording the late ones', () => {
    const { actor, clock, submit } = run({ kind: 'by-deadline' });
    submit('a');
    submit('c');
    clock.set(endOf(20, 5, 2019) - 1);
    expect(actor.getSnapshot().value).toEqual({ thu_hồ_sơ: 'collecting' });
    clock.set(endOf(20, 5, 2019));
    expect(actor.getSnapshot().value).toBe('xét');
    expect(actor.getSnapshot().context.late).toEqual([
      { step: 'thu_hồ_sơ', at: endOf(20, 5, 2019), units: ['b', 'd'] },
    ]);
  });

  it('accepts submissions reported by the host instead of child actors', () => {
    const { actor } = run({ kind: 'all' });
    for (const unit of schools) actor.send({ type: 'tdkt.unit-submitted', unit, outcome: 'đã nộp' });
    expect(actor.getSnapshot().value).toBe('xét');
  });
});
