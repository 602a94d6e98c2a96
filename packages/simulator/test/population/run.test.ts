import { startOfDayMs } from '@tdkt/calendar';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BEHAVIOUR, generatePopulation, preset, referenceChainModel, referenceChainSteps, runPopulation } from '@tdkt/simulator';
import type { BehaviourModel, RunSpec } from '@tdkt/simulator';
import { day } from '../fixtures.js';

const model = referenceChainModel(referenceChainSteps(2019));
const spec = (seed: number, behaviour: BehaviourModel = DEFAULT_BEHAVIOUR): RunSpec<ReturnType<typeof model.initial>, Parameters<typeof model.transition>[1]> => ({
  tree: generatePopulation(preset('small', 11)),
  model,
  behaviour,
  seed,
  start: startOfDayMs(day(1, 5, 2019)),
  end: startOfDayMs(day(31, 7, 2019)),
  dossiers: [{ procedure: 'xet_cuoi_nam', ownerLevel: 4 }],
});

describe('runPopulation', () => {
  it('is identical for the same seed and differs for another', () => {
    const a = runPopulation(spec(42));
    expect(runPopulation(spec(42))).toEqual(a);
    expect(runPopulation(spec(43))).not.toEqual(a);
  });

  it('accounts for every dossier', () => {
    const r = runPopulation(spec(1));
    const [p] = r.procedures;
    expect(p?.started).toBe(90);
    expect(p!.finishedOnTime + p!.finishedLate + p!.stuck).toBe(90);
    expect(p!.outcomes.reduce((n, o) => n + o.count, 0)).toBe(p!.finishedOnTime + p!.finishedLate);
    expect(r.transitions).toBeGreaterThanOrEqual(90 * 5 - p!.stuck * 5);
  });

  it('finishes everything on time when everyone acts on time', () => {
    const r = runPopulation(spec(3, { defaults: { ...DEFAULT_BEHAVIOUR.defaults, onTime: 1, late: 0, returned: 0 } }));
    expect(r.procedures[0]).toMatchObject({ started: 90, finishedOnTime: 90, finishedLate: 0, stuck: 0, outcomes: [{ outcome: 'đạt', count: 90 }] });
    expect(r.procedures[0]?.finishedBy.p100).toBeLessThanOrEqual(day(15, 6, 2019));
    expect(r.transitions).toBe(450);
    // Every dossier arrives once at each of the five steps.
    expect(r.steps.map((x) => x.arrived)).toEqual([90, 90, 90, 90, 90]);
    expect(r.levels.map((l) => l.arrived)).toEqual([90, 90, 90, 90, 90]);
  });

  it('ranks a step whose office never acts as the riskiest, and times its dossiers out', () => {
    const behaviour: BehaviourModel = { ...DEFAULT_BEHAVIOUR, steps: { phong_xet: { onTime: 0, late: 0 } } };
    const r = runPopulation(spec(5, behaviour));
    expect(r.steps[0]?.step).toBe('phong_xet');
    expect(r.steps[0]?.acted).toBe(0);
    expect(r.steps[0]?.risk).toBe(1);
    for (const s of r.steps) expect(s.risk).toBeLessThanOrEqual(1);
    expect(r.levels.find((l) => l.level === 'district')?.overdue).toBeGreaterThan(0);
    expect(r.procedures[0]?.outcomes.find((o) => o.outcome === 'đạt')).toBeUndefined();
  });

  it('returns dossiers for revision and counts it', () => {
    const r = runPopulation(spec(9, { defaults: { ...DEFAULT_BEHAVIOUR.defaults, onTime: 1, late: 0, returned: 0.5 } }));
    const returned = r.steps.reduce((n, s) => n + s.returned, 0);
    expect(returned).toBeGreaterThan(0);
    expect(r.transitions).toBe(450 + 2 * returned);
    // A return sends the dossier back one step: both steps see it arrive again.
    expect(r.steps.reduce((n, x) => n + x.arrived, 0)).toBe(450 + 2 * returned);
  });

  it('reports the dossiers still waiting when the period ends as stuck', () => {
    const r = runPopulation({ ...spec(2), end: startOfDayMs(day(12, 5, 2019)) });
    expect(r.procedures[0]?.stuck).toBeGreaterThan(0);
    expect(r.steps.reduce((n, s) => n + s.stuck, 0)).toBe(r.procedures[0]?.stuck);
  });
});

describe('byProcedure', () => {
  it('runs two procedures in one population under one clock', async () => {
    const { byProcedure } = await import('@tdkt/simulator');
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
    expect(r.steps.some((s) => s.step === 'to_xac_nhan')).toBe(true);
    expect(r.procedures[2]).toMatchObject({ stuck: 0, outcomes: [{ outcome: 'không rõ quy trình', count: 2 }] });
  });
});

describe('population properties', () => {
  const behaviourArb = fc.record({
    onTime: fc.double({ min: 0, max: 1, noNaN: true }),
    late: fc.double({ min: 0, max: 1, noNaN: true }),
    returned: fc.double({ min: 0, max: 1, noNaN: true }),
  });

  it('the same seed and behaviour give the same run; every dossier is accounted for', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), behaviourArb, (seed, shares) => {
        const behaviour: BehaviourModel = { defaults: { ...DEFAULT_BEHAVIOUR.defaults, ...shares, late: Math.min(shares.late, 1 - shares.onTime) } };
        const a = runPopulation(spec(seed, behaviour));
        expect(runPopulation(spec(seed, behaviour))).toEqual(a);
        for (const p of a.procedures) expect(p.finishedOnTime + p.finishedLate + p.stuck).toBe(p.started);
        for (const s of a.steps) {
          expect(s.onTime + s.late).toBe(s.acted);
          expect(s.risk).toBeGreaterThanOrEqual(0);
          expect(s.risk).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 15 },
    );
  });
});
