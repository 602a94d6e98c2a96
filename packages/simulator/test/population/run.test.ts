import { startOfDayMs } from '@tdkt/calendar';
import type { BehaviourModel, RunSpec } from '@tdkt/simulator';
import {
  DEFAULT_BEHAVIOUR,
  generatePopulation,
  mergeTallies,
  preset,
  runPopulation,
  tallyPopulation,
} from '@tdkt/simulator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byProcedure } from '../../src/population/by-procedure.js';
import { FOUR_TIER } from '../../src/population/levels.js';
import type { Awaiting, InstanceModel } from '../../src/population/model.js';
import { referenceChainModel, referenceChainSteps } from '../../src/population/reference-chain.js';
import { onTimeShareOf, summariseRuns } from '../../src/population/replications.js';
import { summariseRun } from '../../src/population/stats.js';
import { day } from '../fixtures.js';

const model = referenceChainModel(referenceChainSteps(2019));
const tree = generatePopulation(preset('small', 11, FOUR_TIER).spec);
const spec = (
  seed: number,
  behaviour: BehaviourModel = DEFAULT_BEHAVIOUR,
): RunSpec<ReturnType<typeof model.initial>, Parameters<typeof model.transition>[1]> => ({
  tree,
  model,
  behaviour,
  seed,
  start: startOfDayMs(day(1, 5, 2019)),
  end: startOfDayMs(day(31, 7, 2019)),
  dossiers: [{ procedure: 'xet_cuoi_nam', ownerLevel: 4 }],
});
const everyoneOnTime: BehaviourModel = {
  defaults: { ...DEFAULT_BEHAVIOUR.defaults, onTime: 1, late: 0, officeLate: 0, returned: 0 },
};

describe('runPopulation', () => {
  it('is identical for the same seed and differs for another', () => {
    const a = runPopulation(spec(42));
    expect(runPopulation(spec(42))).toEqual(a);
    expect(runPopulation(spec(43))).not.toEqual(a);
  });

  it('accounts for every dossier', () => {
    const r = runPopulation(spec(1));
    const [p] = r.procedures;
    expect(p?.dossiers).toBe(90);
    expect(p?.started).toBe(90);
    expect(p!.finishedOnTime + p!.finishedLate + p!.stuck + p!.running).toBe(90);
    expect(p!.outcomes.reduce((n, o) => n + o.count, 0)).toBe(p!.finishedOnTime + p!.finishedLate);
  });

  it('finishes everything on time when everyone acts on time', () => {
    const r = runPopulation(spec(3, everyoneOnTime));
    expect(r.procedures[0]).toMatchObject({
      started: 90,
      finishedOnTime: 90,
      finishedLate: 0,
      stuck: 0,
      running: 0,
      outcomes: [{ outcome: 'đạt', count: 90 }],
    });
    expect(r.procedures[0]?.finishedBy.p100).toBeLessThanOrEqual(day(15, 6, 2019));
    expect(r.transitions).toBe(450);
    // Every dossier arrives once at each of the five steps.
    expect(r.steps.map((x) => x.arrived)).toEqual([90, 90, 90, 90, 90]);
    expect(r.levels.map((l) => l.arrived)).toEqual([90, 90, 90, 90, 90]);
  });

  it('ranks a step whose offices never act as the riskiest, and times its dossiers out', () => {
    const behaviour: BehaviourModel = { ...DEFAULT_BEHAVIOUR, steps: { phong_xet: { onTime: 0, late: 0 } } };
    const r = runPopulation(spec(5, behaviour));
    expect(r.steps[0]?.step).toBe('phong_xet');
    expect(r.steps[0]?.processed).toBe(0);
    expect(r.steps[0]?.risk).toBe(1);
    expect(r.levels.find((l) => l.level === 'phòng')?.overdue).toBeGreaterThan(0);
    expect(r.procedures[0]?.outcomes.find((o) => o.outcome === 'đạt')).toBeUndefined();
  });

  it('does not let one draw decide every dossier of an office: late dossiers are drawn one by one', () => {
    // One Sở acts on all 90 dossiers; each slips on its own (50 %), so about half are late, never all or none.
    const behaviour: BehaviourModel = { ...everyoneOnTime, steps: { so_xet: { onTime: 0.5, late: 0.5 } } };
    for (const seed of [1, 2, 3]) {
      const late = runPopulation(spec(seed, behaviour)).procedures[0]!.finishedLate;
      expect(late).toBeGreaterThan(25);
      expect(late).toBeLessThan(65);
    }
  });

  it('returns dossiers for revision and counts it', () => {
    const r = runPopulation(spec(9, { defaults: { ...everyoneOnTime.defaults, returned: 0.5 } }));
    const returned = r.steps.reduce((n, s) => n + s.returned, 0);
    expect(returned).toBeGreaterThan(0);
    expect(r.transitions).toBe(450 + 2 * returned);
    // A return sends the dossier back one step: both steps see it arrive again.
    expect(r.steps.reduce((n, x) => n + x.arrived, 0)).toBe(450 + 2 * returned);
  });

  it('reports the dossiers still waiting when the period ends at their step: stuck past its deadline, running within it', () => {
    // The period ends on 12/5: tu_danh_gia's deadline (10/5) has passed, to_xet's (15/5) has not.
    const r = runPopulation({ ...spec(2), end: startOfDayMs(day(12, 5, 2019)) });
    const p = r.procedures[0]!;
    const at = (step: string) => r.steps.find((s) => s.step === step)!;
    expect(p.stuck).toBeGreaterThan(0);
    expect(p.running).toBeGreaterThan(0);
    expect(p.started).toBe(p.finishedOnTime + p.finishedLate + p.stuck + p.running);
    expect(at('tu_danh_gia')).toMatchObject({ stuck: p.stuck, running: 0 });
    expect(at('to_xet').stuck).toBe(0);
    expect(r.steps.reduce((n, s) => n + s.running, 0)).toBe(p.running);
    for (const s of r.steps) expect(s.arrived).toBe(s.processed + s.overdue + s.stuck + s.running);
  });

  it('gives the same counts however the dossiers are chunked and sharded (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 100 }),
        fc.array(fc.integer({ min: 1, max: 179 }), { maxLength: 4 }),
        (seed, chunkSize, cuts) => {
          const two = {
            ...spec(seed),
            model: byProcedure({
              xet_cuoi_nam: model,
              dang_ky: referenceChainModel([
                { key: 'dang_ky', level: 4, deadline: day(15, 5, 2019), canReturn: false },
                { key: 'to', level: 3, deadline: day(20, 5, 2019), canReturn: true },
              ]),
            }),
            dossiers: [
              { procedure: 'xet_cuoi_nam', ownerLevel: 4 },
              { procedure: 'dang_ky', ownerLevel: 4 },
            ],
          };
          const whole = tallyPopulation(two);
          const bounds = [0, ...[...new Set(cuts)].sort((a, b) => a - b), 180];
          const parts = bounds
            .slice(1)
            .map((to, i) => tallyPopulation({ ...two, chunkSize, range: { from: bounds[i]!, to } }));
          expect(summariseRun(mergeTallies(parts), tree, seed)).toEqual(
            summariseRun(mergeTallies([whole]), tree, seed),
          );
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('a simulated action the machine refuses', () => {
  it('keeps the dossier waiting (stuck or overdue) and counts the refusal, never a loop of acts', () => {
    // The tổ's action is refused (the snapshot does not change), as a machine with a failing guard would.
    const refusing = {
      ...model,
      transition: (s: ReturnType<typeof model.initial>, e: Parameters<typeof model.transition>[1]) =>
        s.step === 1 && e.type === 'act' ? s : model.transition(s, e),
    };
    const r = runPopulation({ ...spec(6, everyoneOnTime), model: refusing });
    const group = r.steps.find((s) => s.step === 'to_xet')!;
    expect(group.processed).toBe(0);
    expect(group.ignored).toBe(group.arrived);
    expect(group.arrived).toBe(group.overdue + group.stuck + group.running);
    expect(r.transitions).toBeLessThan(90 * 3);
  });
});

describe('byProcedure', () => {
  it('runs two procedures in one population under one clock', () => {
    const registration = referenceChainModel([
      { key: 'dang_ky', level: 4, deadline: day(15, 5, 2019), canReturn: false },
      { key: 'to_xac_nhan', level: 3, deadline: day(20, 5, 2019), canReturn: true },
    ]);
    const r = runPopulation({
      ...spec(4),
      model: byProcedure({ xet_cuoi_nam: model, dang_ky: registration }),
      dossiers: [
        { procedure: 'xet_cuoi_nam', ownerLevel: 4 },
        { procedure: 'dang_ky', ownerLevel: 4 },
        { procedure: 'khong_co', ownerLevel: 1 },
      ],
    });
    expect(r.instances).toBe(90 + 90 + 2);
    expect(r.procedures.map((p) => [p.procedure, p.started])).toEqual([
      ['xet_cuoi_nam', 90],
      ['dang_ky', 90],
      ['khong_co', 2],
    ]);
    expect(r.steps.some((s) => s.step === 'to_xac_nhan' && s.procedure === 'dang_ky')).toBe(true);
    expect(r.procedures[2]).toMatchObject({ stuck: 0, outcomes: [{ outcome: 'không rõ quy trình', count: 2 }] });
  });
});

describe('dossiers unfinished when the period ends', () => {
  // One step nobody ever acts on, with or without a deadline and a timer, in a period ending on 31/7/2019.
  type Snap = { readonly done: boolean };
  type Ev = { readonly type: 'act' | 'timer' };
  const waiting = (options: {
    readonly deadline?: number;
    readonly timer?: number;
    readonly step?: boolean;
  }): InstanceModel<Snap, Ev> => {
    const open: Snap = { done: false };
    const awaiting: Awaiting<Ev> = {
      step: 'chờ',
      level: 2,
      act: { type: 'act' },
      ...(options.deadline !== undefined ? { deadline: options.deadline } : {}),
    };
    return {
      initial: () => open,
      transition: (s, e) => (e.type === 'act' || e.type === 'timer' ? { done: true } : s),
      isFinal: (s) => s.done,
      pendingDeadlines: (s) =>
        s.done || options.timer === undefined ? [] : [{ at: options.timer, event: { type: 'timer' } }],
      // Without a step, the dossier waits for its timer alone (a posting period).
      awaiting: (s) => (s.done || options.step === false ? undefined : awaiting),
    };
  };
  const cases = {
    deadline_after: waiting({ deadline: startOfDayMs(day(15, 8, 2019)) }),
    deadline_passed: waiting({ deadline: startOfDayMs(day(15, 7, 2019)), timer: startOfDayMs(day(20, 8, 2019)) }),
    timer_after: waiting({ timer: startOfDayMs(day(10, 8, 2019)) }),
    nothing_to_come: waiting({}),
    posting_after: waiting({ timer: startOfDayMs(day(10, 8, 2019)), step: false }),
  };
  const nobodyActs: BehaviourModel = { defaults: { ...DEFAULT_BEHAVIOUR.defaults, onTime: 0, late: 0 } };
  const r = runPopulation({
    ...spec(8, nobodyActs),
    model: byProcedure(cases),
    dossiers: Object.keys(cases).map((procedure) => ({ procedure, ownerLevel: 2 })),
  });
  const of = (procedure: keyof typeof cases) => r.procedures.find((p) => p.procedure === procedure)!;

  it('are running when the step they wait at is due after the end, or their next timer fires after it', () => {
    for (const name of ['deadline_after', 'timer_after', 'posting_after'] as const)
      expect(of(name), name).toMatchObject({ started: 6, stuck: 0, running: 6 });
    expect(r.steps.filter((s) => s.procedure === 'deadline_after')).toMatchObject([
      { arrived: 6, stuck: 0, running: 6 },
    ]);
    // Waiting for a posting period's end is no visit at a step: the procedure counts it, no step does.
    expect(r.steps.some((s) => s.procedure === 'posting_after')).toBe(false);
  });

  it('are stuck past the step’s deadline (whatever timer comes later), or when nothing is left to move them', () => {
    for (const name of ['deadline_passed', 'nothing_to_come'] as const)
      expect(of(name), name).toMatchObject({ started: 6, stuck: 6, running: 0 });
    expect(r.steps.filter((s) => s.procedure === 'deadline_passed')).toMatchObject([
      { arrived: 6, stuck: 6, running: 0, risk: 1 },
    ]);
    // Running is no risk: a step still within its deadline has done nothing wrong yet.
    expect(r.steps.find((s) => s.procedure === 'deadline_after')?.risk).toBe(0);
  });

  it('leave the running dossiers out of the share on time (they have no result yet)', () => {
    const report = summariseRuns([r], { tree, source: { kind: 'preset', name: 'small' }, notes: [] }, 8);
    const share = (procedure: string) => report.procedures.find((p) => p.procedure === procedure)!.onTimeShare.typical;
    expect(share('nothing_to_come')).toBe(0);
    expect(share('deadline_after')).toBe(1);
    expect(onTimeShareOf({ finishedOnTime: 3, finishedLate: 1, stuck: 0 })).toBe(0.75);
    expect(onTimeShareOf({ finishedOnTime: 3, finishedLate: 0, stuck: 1 })).toBe(0.75);
  });

  it('at a waiting step the period ending is the way on: processed, not overdue, and the dossier is not late', () => {
    type Snap = { readonly at: 'chờ' | 'xong' };
    type Ev = { readonly type: 'khiếu_nại' | 'timer' };
    const periodEnd = startOfDayMs(day(20, 6, 2019));
    const waitingStep: InstanceModel<Snap, Ev> = {
      initial: () => ({ at: 'chờ' }),
      transition: (s, e) => (s.at === 'chờ' && e.type === 'timer' ? { at: 'xong' } : s),
      isFinal: (s) => s.at === 'xong',
      pendingDeadlines: (s) => (s.at === 'xong' ? [] : [{ at: periodEnd, event: { type: 'timer' } }]),
      awaiting: (s): Awaiting<Ev> | undefined =>
        s.at === 'xong'
          ? undefined
          : { step: 'công_bố', level: 2, deadline: periodEnd, waiting: true, act: { type: 'khiếu_nại' } },
    };
    const nobodyComplains: BehaviourModel = { ...everyoneOnTime, waiting: { onTime: 0, late: 0 } };
    const r = runPopulation({
      ...spec(3, nobodyComplains),
      model: byProcedure({ chờ: waitingStep }),
      dossiers: [{ procedure: 'chờ', ownerLevel: 2 }],
    });
    expect(r.procedures[0]).toMatchObject({ started: 6, finishedOnTime: 6, finishedLate: 0, stuck: 0 });
    expect(r.steps[0]).toMatchObject({ arrived: 6, processed: 6, overdue: 0, late: 0 });
  });
});
