// Wires `--population` and `--seed` to the simulator's population run (generator or a JSON file).
import type { CompiledProcedure } from '@tdkt/compiler';
import type { PlanModel } from '@tdkt/language';
import type { PopulationRunResult } from '@tdkt/simulator';
import type { CliIo } from './io.js';
import type { CommandInput } from './spec.js';

export type PopulationRun = (plan: PlanModel, procedures: readonly CompiledProcedure[], progress: (text: string) => void) => PopulationRunResult | undefined;

/** The population runner the options ask for, `run: undefined` for `--population none`, or a usage error. */
export function populationRunner(input: CommandInput, _io: CliIo): { run?: PopulationRun } | { error: string } {
  const choice = input.options['population'];
  if (choice === undefined || choice === 'none') return {};
  return { error: input.lang === 'vi' ? 'mô phỏng toàn ngành chưa được nối vào lệnh này' : 'the population run is not wired into this command yet' };
}
