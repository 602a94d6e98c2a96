import { startOfDayMs } from '@tdkt/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BEHAVIOUR, generatePopulation, mergeTallies, preset, runPopulation, tallyPopulation } from '@tdkt/simulator';
import { byProcedure } from '../../src/population/by-procedure.js';
import { FOUR_TIER } from '../../src/population/levels.js';
import { referenceChainModel, referenceChainSteps } from '../../src/population/reference-chain.js';
import { summariseRun } from '../../src/population/stats.js';
import type { BehaviourModel, RunSpec } from '@tdkt/simulator';
import { day } from '../fixtures.js';

const model = referenceChainModel(referenceChainSteps(2019));
const tree = generatePopulation(preset('small', 11, FOUR_TIER).spec);
const spec = (seed: number, behaviour: BehaviourModel = DEFAULT_BEHAVIOUR): RunSpec<ReturnType<typeof model.initial>, Parameters<typeof model.transition>[1]> => ({
  tree,
  model,
  behaviour,
  seed,
  start: startOfDayMs(day(1, 5, 2019)),
  end: startOfDayMs(day(31, 7, 2019)),
  dossiers: [{ procedure: 'xet_cuoi_nam', ownerLevel: 4 }],
});
const everyoneOnTime: BehaviourModel = { defaults: { ...DEFAULT_BEHAVIOUR.defaults, onTime: 1, late: 0, officeLate: 0, returned: 0 } };

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
    expect(p!.finishedOnTime + p!.finishedLate + p!.stuck).toBe(90);
    expect(p!.outcomes.reduce((n, o) => n + o.count, 0)).toBe(p!.finishedOnTime + p!.finishedLate);
  });

  it('finishes everything on time when everyone acts on time', () => {
    const r = runPopulation(spec(3, everyoneOnTime));
    expect(r.procedures[0]).toMatchObject({ started: 90, finishedOnTime: 90, finishedLate: 0, stuck: 0, outcomes: [{ outcome: 'đạt', count: 90 }] });
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

  it('reports the dossiers still waiting when the period ends as stuck, at their step', () => {
    const r = runPopulation({ ...spec(2), end: startOfDayMs(day(12, 5, 2019)) });
    expect(r.procedures[0]?.stuck).toBeGreaterThan(0);
    expect(r.steps.reduce((n, s) => n + s.stuck, 0)).toBe(r.procedures[0]?.stuck);
  });

  it('gives the same counts however the dossiers are chunked and sharded (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 100 }), fc.array(fc.integer({ min: 1, max: 179 }), { maxLength: 4 }), (seed, chunkSize, cuts) => {
        const two = {
          ...spec(seed),
          model: byProcedure({ xet_cuoi_nam: model, dang_ky: referenceChainModel([{ key: 'dang_ky', level: 4, deadline: day(15, 5, 2019), canReturn: false }, { key: 'to', level: 3, deadline: day(20, 5, 2019), canReturn: true }]) }),
          dossiers: [
            { procedure: 'xet_cuoi_nam', ownerLevel: 4 },
            { procedure: 'dang_ky', ownerLevel: 4 },
          ],
        };
        const whole = tallyPopulation(two);
        const bounds = [0, ...[...new Set(cuts)].sort((a, b) => a - b), 180];
        const parts = bounds.slice(1).map((to, i) => tallyPopulation({ ...two, chunkSize, range: { from: bounds[i]!, to } }));
        expect(summariseRun(mergeTallies(parts), tree, seed)).toEqual(summariseRun(mergeTallies([whole]), tree, seed));
      }),
      { numRuns: 25 },
    );
  });
});

describe('a simulated action the machine refuses', () => {
  it('keeps the dossier waiting (stuck or overdue) and counts the refusal, never a loop of acts', () => {
    // The tổ's action is refused (the snapshot does not change), as a machine with a failing guard would.
    const refusing = { ...model, transition: (s: ReturnType<typeof model.initial>, e: Parameters<typeof model.transition>[1]) => (s.step === 1 && e.type === 'act' ? s : model.transition(s, e)) };
    const r = runPopulation({ ...spec(6, everyoneOnTime), model: refusing });
    const group = r.steps.find((s) => s.step === 'to_xet')!;
    expect(group.processed).toBe(0);
    expect(group.ignored).toBe(group.arrived);
    expect(group.arrived).toBe(group.overdue + group.stuck);
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
