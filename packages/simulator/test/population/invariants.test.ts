// Every count reconciles, for random plans (compiled from DSL text) over random organisations and behaviour.
import { fromEpochDay, toEpochDay } from '@tdkt/calendar';
import { compileWorkspace } from '@tdkt/compiler';
import { loadWorkspace } from '@tdkt/language';
import {
  combineTasks,
  DEFAULT_BEHAVIOUR,
  generatePopulation,
  levelsOfPlan,
  mergeTallies,
  type Organisation,
  type PopulationRunResult,
  planPopulation,
  populationTasks,
  proceduresOfPlan,
  runPopulationTask,
} from '@tdkt/simulator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summariseRun } from '../../src/population/stats.js';

const LEVELS = ['cá_nhân', 'tổ', 'trường', 'phòng', 'sở'] as const;

interface StepShape {
  readonly level: number;
  readonly deadline?: number;
  readonly takes?: number;
  readonly posting?: number;
  readonly canReturn: boolean;
  /** What a timeout does: nothing, end the dossier, or hand the step to the level above (escalation). */
  readonly overdue: 'none' | 'end' | 'escalate';
}

const stepArb = (owner: number): fc.Arbitrary<StepShape> =>
  fc
    .record({
      level: fc.integer({ min: owner, max: LEVELS.length - 1 }),
      // Up to 75 days after the row's month starts: from July on, a deadline can fall after the period (31/7).
      deadline: fc.option(fc.integer({ min: 0, max: 75 }), { nil: undefined }),
      takes: fc.option(fc.integer({ min: 1, max: 20 }), { nil: undefined }),
      posting: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
      canReturn: fc.boolean(),
      overdue: fc.constantFrom('none' as const, 'end' as const, 'escalate' as const),
    })
    .map((s) => ({
      level: s.level,
      canReturn: s.canReturn,
      overdue: s.overdue,
      ...(s.deadline !== undefined ? { deadline: s.deadline } : {}),
      ...(s.takes !== undefined ? { takes: s.takes } : {}),
      ...(s.posting !== undefined ? { posting: s.posting } : {}),
    }));

/** A random procedure: a chain of steps at or above the owner's level, with deadlines, returns, timeouts, postings. */
const planArb = fc
  .integer({ min: 0, max: 2 })
  .chain((owner) =>
    fc.tuple(
      fc.constant(owner),
      fc.array(stepArb(owner), { minLength: 1, maxLength: 4 }),
      fc.integer({ min: 4, max: 7 }),
    ),
  );

function planText([owner, steps, month]: [number, StepShape[], number]): string {
  const date = (offset: number): string => {
    const d = fromEpochDay(toEpochDay({ year: 2025, month, day: 1 }) + offset);
    return `${d.day}/${d.month}/${d.year}`;
  };
  const lines = [
    'tổ chức',
    `  cấp ${LEVELS.join(' < ')}`,
    ...LEVELS.map((l) => `  vai trò vt_${l} "Vai trò ${l}" cấp ${l}`),
    '',
    'quy trình thử "Thử"',
  ];
  let level = owner;
  steps.forEach((s, i) => {
    // A dossier climbs: a step's level is never below the one before it.
    level = Math.max(level, s.level);
    lines.push(
      `  bước b${i} "Bước ${i}" do vt_${LEVELS[level]}${s.deadline !== undefined ? ` hạn ${date(s.deadline)}` : ''}`,
    );
    if (s.takes !== undefined && s.deadline === undefined) lines.push(`    mất ${s.takes} ngày`);
    if (s.posting !== undefined) lines.push(`    công khai ${s.posting} ngày làm việc`);
    lines.push(`    ${i === 0 ? 'nộp' : 'duyệt'} -> ${i + 1 < steps.length ? `b${i + 1}` : 'đạt'}`);
    if (s.canReturn && i > 0) lines.push(`    trả lại -> b${i - 1}`);
    const timed = s.deadline !== undefined || s.takes !== undefined;
    if (timed && s.overdue === 'end') lines.push('    quá hạn -> hết_hạn');
    if (timed && s.overdue === 'escalate' && level + 1 < LEVELS.length)
      lines.push(`    quá hạn chuyển lên vt_${LEVELS[level + 1]}`);
  });
  lines.push(
    '  kết thúc đạt, hết_hạn',
    '',
    'kế hoạch "Thử"',
    '  năm học 2024-2025',
    '  tiến độ',
    `    tháng ${month}/2025`,
    '      việc: "Việc" theo quy trình thử',
    '',
  );
  return lines.join('\n');
}

/** How many runs the property saw with dossiers running or stuck at the period's end (both must be exercised). */
const seen = { running: 0, stuck: 0 };

function expectReconciled(run: PopulationRunResult): void {
  if (run.procedures.some((p) => p.running > 0)) seen.running++;
  if (run.procedures.some((p) => p.stuck > 0)) seen.stuck++;
  for (const s of run.steps) {
    expect(s.arrived, `${s.step}: arrived = processed + overdue + stuck + running`).toBe(
      s.processed + s.overdue + s.stuck + s.running,
    );
    expect(s.processed).toBe(s.onTime + s.late);
    expect(s.returned).toBeLessThanOrEqual(s.processed);
    expect(s.risk).toBeGreaterThanOrEqual(0);
    expect(s.risk).toBeLessThanOrEqual(1);
  }
  for (const l of run.levels) {
    expect(l.arrived).toBeGreaterThanOrEqual(l.processed);
    expect(l.processed).toBe(l.onTime + l.late);
    expect(l.arrived).toBe(l.processed + l.overdue + l.stuck + l.running);
    expect(l.processedDaily[l.processedDaily.length - 1]?.processed ?? 0).toBe(l.processed);
  }
  for (const p of run.procedures) {
    // Each visit is a dossier arriving once, or again after a return: never more than that.
    const mine = run.steps.filter((s) => s.procedure === p.procedure);
    const returns = mine.reduce((n, s) => n + s.returned, 0);
    expect(mine.reduce((n, s) => n + s.arrived, 0)).toBeLessThanOrEqual(p.started * mine.length + 2 * returns);
    expect(p.started).toBeLessThanOrEqual(p.dossiers);
    expect(p.started).toBe(p.finishedOnTime + p.finishedLate + p.stuck + p.running);
    expect(p.outcomes.reduce((n, o) => n + o.count, 0)).toBe(p.finishedOnTime + p.finishedLate);
    // A dossier stuck (running) at a step is stuck (running) in its procedure: the steps' never exceed the procedure's.
    expect(mine.reduce((n, s) => n + s.stuck, 0)).toBeLessThanOrEqual(p.stuck);
    expect(mine.reduce((n, s) => n + s.running, 0)).toBeLessThanOrEqual(p.running);
  }
}

describe('population invariants over random plans and organisations', () => {
  it('reconcile every count per step, level and procedure, whatever the split into shares (property)', () => {
    fc.assert(
      fc.property(
        planArb,
        fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 4, maxLength: 4 }),
        fc.record({
          onTime: fc.double({ min: 0, max: 1, noNaN: true }),
          late: fc.double({ min: 0, max: 1, noNaN: true }),
          officeLate: fc.double({ min: 0, max: 1, noNaN: true }),
          returned: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
        fc.integer({ min: 0, max: 1e6 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 3 }),
        (shape, fanout, shares, seed, cuts) => {
          const text = planText(shape);
          const analysis = loadWorkspace(['thử.tdkt'], (path) => (path === 'thử.tdkt' ? text : undefined));
          expect(
            analysis.diagnostics.filter((d) => d.severity === 'error'),
            text,
          ).toEqual([]);
          const compiled = compileWorkspace(analysis.model);
          const plan = compiled.plans[0]!.model;
          const levels = levelsOfPlan(plan);
          const counts = [1];
          for (const f of fanout) counts.push((counts[counts.length - 1] as number) * f);
          const tree = generatePopulation({ seed, levels, counts, spread: 0.5 });
          const organisation: Organisation = { tree, source: { kind: 'preset', name: 'random' }, notes: [] };
          const behaviour = {
            defaults: { ...DEFAULT_BEHAVIOUR.defaults, ...shares, late: Math.min(shares.late, 1 - shares.onTime) },
          };
          const run = planPopulation(plan, proceduresOfPlan(plan, compiled), { organisation, behaviour });
          expect(run).toBeDefined();
          if (run === undefined) return;
          // Two replications, the first cut in random shares.
          const bounds = [...new Set([0, ...cuts.map((c) => Math.floor(c * run.count)), run.count])].sort(
            (a, b) => a - b,
          );
          const tasks = [
            ...bounds.slice(1).map((to, i) => ({ replication: 0, from: bounds[i]!, to })),
            { replication: 1, from: 0, to: run.count },
          ];
          const tallies = tasks.map((t) => runPopulationTask(run, seed, t));
          for (const r of [0, 1])
            expectReconciled(
              summariseRun(mergeTallies(tallies.filter((_, i) => tasks[i]!.replication === r)), tree, seed),
            );
          // Same seed, same report, however the work is split, and whether or not transitions are shared.
          const whole = populationTasks(run.count, 2, 1);
          const reference = planPopulation(plan, proceduresOfPlan(plan, compiled), {
            organisation,
            behaviour,
            shareTransitions: false,
          })!;
          expect(combineTasks(run, seed, tasks, tallies)).toEqual(
            combineTasks(
              reference,
              seed,
              whole,
              whole.map((t) => runPopulationTask(reference, seed, t)),
            ),
          );
        },
      ),
      {
        numRuns: 20,
        // Always among the cases: a step due on 9/9 (after the period, 31/7) whose dossiers run on, and a step due
        // on 10/7 that nobody handles and no timeout moves (stuck).
        examples: [
          [
            [0, [{ level: 1, deadline: 70, canReturn: false, overdue: 'none' }], 7],
            [2, 2, 2, 2],
            { onTime: 0.9, late: 0, officeLate: 0, returned: 0 },
            7,
            [],
          ],
          [
            [0, [{ level: 1, deadline: 9, canReturn: false, overdue: 'none' }], 7],
            [2, 2, 2, 2],
            { onTime: 0, late: 0, officeLate: 0, returned: 0 },
            7,
            [],
          ],
        ],
      },
    );
    expect(seen.running).toBeGreaterThan(0);
    expect(seen.stuck).toBeGreaterThan(0);
  });
});

describe('shared transitions on the real plans', () => {
  it('give exactly the counts XState gives transition by transition, on real plans before and after 2025', async () => {
    const { loadSeed } = await import('../../../../test/workflows.js');
    for (const file of [
      'workflows/ha-dong-2019.tdkt',
      'workflows/kim-son-2020-2021.tdkt',
      'workflows/examples/thcs-hai-cap-2025-2026.tdkt',
    ]) {
      const { compiled } = loadSeed(file);
      const plan = compiled.plans[0]!.model;
      const tree = generatePopulation({
        seed: 5,
        levels: levelsOfPlan(plan),
        counts: levelsOfPlan(plan).map((_, i, all) => [1, 1, 1, 1, 2, 4, 8, 40][i + 8 - all.length] ?? 1),
        spread: 0.3,
      });
      const organisation: Organisation = { tree, source: { kind: 'preset', name: 'test' }, notes: [] };
      const shared = planPopulation(plan, proceduresOfPlan(plan, compiled), { organisation })!;
      const exact = planPopulation(plan, proceduresOfPlan(plan, compiled), { organisation, shareTransitions: false })!;
      const task = { replication: 0, from: 0, to: shared.count };
      expect(runPopulationTask(shared, 7, task), file).toEqual(runPopulationTask(exact, 7, task));
    }
  });
});
