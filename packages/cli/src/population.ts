// Wires `--population` and `--seed` to the simulator's population run (a preset, or a JSON file).
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import type { CompiledProcedure } from '@tdkt/compiler';
import type { PlanModel } from '@tdkt/language';
import {
  generatePopulation,
  isPresetName,
  levelsOfPlan,
  preset,
  readPopulation,
  runPlanPopulation,
  type OrgTree,
  type PopulationRunResult,
} from '@tdkt/simulator';
import type { CliIo } from './io.js';
import type { CommandInput } from './spec.js';

export type PopulationRun = (plan: PlanModel, procedures: readonly CompiledProcedure[], progress: (text: string) => void) => PopulationRunResult | undefined;

/** The default population of `tdkt simulate`: small enough to run in well under a second. */
export const DEFAULT_POPULATION = 'small';

/**
 * The population run the options ask for (`run` absent for `--population none`), or a usage error.
 *
 * @example
 * populationRunner({ options: { population: 'hanoi', seed: '7' }, … }, io)
 */
export function populationRunner(input: CommandInput, io: CliIo): { run?: PopulationRun } | { error: string } {
  const vi = input.lang === 'vi';
  const choice = typeof input.options['population'] === 'string' ? input.options['population'] : DEFAULT_POPULATION;
  const seedText = typeof input.options['seed'] === 'string' ? input.options['seed'] : '1';
  if (!/^\d{1,9}$/.test(seedText)) return { error: vi ? `hạt giống phải là số nguyên không âm, không phải \`${seedText}\`` : `the seed must be a non-negative integer, not \`${seedText}\`` };
  const seed = Number(seedText);
  if (choice === 'none') return {};
  let fixed: OrgTree | undefined;
  if (!isPresetName(choice)) {
    const path = isAbsolute(choice) ? choice : join(io.cwd, choice);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      const reason = error instanceof SyntaxError ? (vi ? 'không phải JSON hợp lệ' : 'not valid JSON') : vi ? 'không đọc được' : 'cannot be read';
      return {
        error: vi
          ? `--population: \`${choice}\` không phải small, district, province, hanoi, none, và tệp ${reason}`
          : `--population: \`${choice}\` is not small, district, province, hanoi or none, and the file ${reason}`,
      };
    }
    const result = readPopulation(json);
    if (!result.ok) {
      const lines = result.diagnostics.map((d) => `  ${d.code} ${JSON.stringify(d.data)}`).join('\n');
      return { error: vi ? `tệp tổ chức ${choice} không đúng cấu trúc (xem docs/simulate.md):\n${lines}` : `population file ${choice} does not match the schema (see docs/simulate.md):\n${lines}` };
    }
    fixed = result.tree;
  }
  return {
    run(plan, procedures, progress) {
      const tree = fixed ?? generatePopulation(preset(choice as Parameters<typeof preset>[0], seed, levelsOfPlan(plan)));
      return runPlanPopulation(plan, procedures, {
        tree,
        seed,
        onProgress: (_clock, events) => progress(vi ? `mô phỏng: ${events} sự kiện` : `population: ${events} events`),
      });
    },
  };
}
