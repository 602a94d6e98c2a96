// Same answers as the simulator: each seed plan, the example and a plan with parallel branches, run by the engine under a virtual clock with the
// simulator's behaviour model (same seed, same small organisation), give the simulator's counts per procedure and
// per (procedure, level, step).
import { existsSync, readFileSync } from 'node:fs';
import { compileWorkspace } from '@tdkt/compiler';
import { loadWorkspace } from '@tdkt/language';
import {
  type LevelSpec,
  levelsOfPlan,
  type PopulationTally,
  planPopulation,
  proceduresOfPlan,
  runPopulationTask,
} from '@tdkt/simulator';
import { treeFromCounts } from '@tdkt/simulator/behaviour';
import { describe, expect, it } from 'vitest';
import { type Counts, engineCounts } from './driver.js';

const SEED = 7;
const read = (path: string): string | undefined => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

/** A small organisation over the plan's levels: one unit per level down to two schools, two groups each, three people each. */
function smallTree(levels: readonly LevelSpec[]) {
  const per = (level: LevelSpec | undefined): number =>
    level?.standard === 'trường' ? 2 : level?.standard === 'tổ' ? 2 : level?.kind === 'person' ? 3 : 1;
  const counts: Int32Array[] = [];
  let width = 1;
  for (let l = 0; l < levels.length - 1; l++) {
    const k = per(levels[l + 1]);
    counts.push(new Int32Array(width).fill(k));
    width *= k;
  }
  return treeFromCounts(levels, 1, counts);
}

function countsOfTally(tally: PopulationTally, names: readonly string[], levels: readonly LevelSpec[]): Counts {
  const counts: Counts = { procedures: {}, steps: {} };
  for (const p of tally.procedures) {
    counts.procedures[p.procedure] = {
      dossiers: p.dossiers,
      started: p.started,
      finishedOnTime: p.finishedOnTime,
      finishedLate: p.finishedLate,
      stuck: p.stuck,
      running: p.running,
      outcomes: Object.fromEntries(p.outcomes),
    };
  }
  for (const s of tally.steps) {
    counts.steps[`${names[s.procedure]}|${levels[s.level]?.key ?? s.level}|${s.step}`] = {
      arrived: s.arrived,
      processed: s.processed,
      late: s.late,
      returned: s.returned,
      overdue: s.overdue,
      stuck: s.stuck,
      running: s.running,
      ignored: s.ignored,
    };
  }
  return counts;
}

/**
 * Where engine and simulator legitimately differ, by file: the procedures whose counts differ, and why.
 * Lai Châu's `khen_vùng_khó` is the Sở's dossier (its first step is the Sở's) whose next step, `đơn_vị_nộp`, is
 * each school's: the simulator lets the dossier's own unit act for a level below it, the engine lets only the
 * dossier's unit or the units above it act (who may act, docs/embedding.md), so nobody can and the step's
 * deadline decides. Written as a fan-out step (`cho mỗi trường`) the engine runs it.
 */
const expectedDifferences: Readonly<Record<string, { procedures: string[]; refusals: RegExp[] }>> = {
  'workflows/lai-chau-2020-2021.tdkt': {
    procedures: ['khen_vùng_khó@hướng_dẫn_vùng_khó'],
    refusals: [/hướng_dẫn_vùng_khó\/sở-1 submit refused: not-permitted/],
  },
};

const files = [
  'workflows/examples/thcs-hai-cap-2025-2026.tdkt',
  'workflows/kim-son-2020-2021.tdkt',
  'workflows/ha-dong-2019.tdkt',
  'workflows/hai-phong-2024.tdkt',
  'workflows/lai-chau-2020-2021.tdkt',
  // Parallel branches: both branches' steps open at once, the first written awaited first; two branches' deadlines
  // fall on the same instant (the row's last day for both).
  'test/engine-simulator/fixtures/song-song.tdkt',
];

/** The counts without the procedures (and their step rows) listed as differing. */
function without(counts: Counts, procedures: readonly string[]): Counts {
  const keep = (name: string): boolean => !procedures.includes(name);
  return {
    procedures: Object.fromEntries(Object.entries(counts.procedures).filter(([name]) => keep(name))),
    steps: Object.fromEntries(Object.entries(counts.steps).filter(([key]) => keep(key.split('|')[0] ?? ''))),
  };
}

describe('engine and simulator agree', () => {
  for (const file of files) {
    it(`${file}: same counts per procedure and per step and level, seed ${SEED}`, async () => {
      const analysis = loadWorkspace([file], read);
      const plan = analysis.model.plans[0];
      if (plan === undefined) throw new Error(`${file}: no plan`);
      const compiled = compileWorkspace(analysis.model);
      const procedures = proceduresOfPlan(plan, compiled);
      const levels = levelsOfPlan(plan);
      const tree = smallTree(levels);
      const run = planPopulation(plan, procedures, {
        organisation: { tree, source: { kind: 'preset', name: 'cross-check' }, notes: [] },
      });
      if (run === undefined) throw new Error(`${file}: nothing to run`);
      const tally = runPopulationTask(run, SEED, { replication: 0, from: 0, to: run.count });
      const simulator = countsOfTally(
        tally,
        run.dossiers.map((d) => d.procedure),
        levels,
      );
      const engine = await engineCounts(
        file,
        read,
        run,
        procedures,
        compiled.plans[0]!.compiled.ir,
        SEED,
        levels[levels.length - 1]?.key ?? 'cá_nhân',
      );
      // Every dossier the simulator runs, the engine runs too, started by the plan itself.
      expect(Object.keys(engine.counts.procedures).sort()).toEqual(Object.keys(simulator.procedures).sort());
      const expected = expectedDifferences[file] ?? { procedures: [], refusals: [] };
      expect(engine.notes, engine.notes.join('\n')).toHaveLength(expected.refusals.length);
      expected.refusals.forEach((pattern, k) => {
        expect(engine.notes[k]).toMatch(pattern);
      });
      for (const name of expected.procedures)
        expect(engine.counts.procedures[name], `${name} should differ`).not.toEqual(simulator.procedures[name]);
      const same = without(engine.counts, expected.procedures);
      expect(same.procedures).toEqual(without(simulator, expected.procedures).procedures);
      expect(same.steps).toEqual(without(simulator, expected.procedures).steps);
    });
  }
});
