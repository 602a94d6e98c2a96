// Wires --population, --seed, --runs and --threads to the simulator's population run (a preset or a file).
import { availableParallelism } from 'node:os';
import { FileError, readInputFile } from './files.js';
import { renderFileProblem } from './messages/files.js';
import type { CompiledProcedure } from '@tdkt/compiler';
import type { PlanModel } from '@tdkt/language';
import {
  PRESET_NAMES,
  combineTasks,
  defaultRuns,
  isPresetName,
  levelsOfPlan,
  organisationFor,
  planPopulation,
  populationTasks,
  renderPopulationDiagnostic,
  runPopulationTask,
  validatePopulationFile,
  type PopulationReport,
} from '@tdkt/simulator';
import type { CliIo, Lang } from './io.js';
import type { PopulationJob, PopulationSource } from './population-job.js';
import type { CommandInput } from './spec.js';

/** The default population of `tdkt simulate`: small enough to run 20 replications in well under a second. */
export const DEFAULT_POPULATION = 'small';

/** Below this many dossier-runs the replications run in this thread: a worker costs ≈ 1–2 s to start (loading
 * the modules, compiling the plan, building the organisation), more than it saves on smaller runs. */
export const WORKER_THRESHOLD = 500_000;

/** What the options ask for: no population run, or a source, a seed, replications and threads. */
export interface PopulationOptions {
  readonly source?: PopulationSource;
  readonly seed: number;
  /** Replications; absent: `defaultRuns` of the plan's dossier count. */
  readonly runs?: number;
  readonly threads: number;
}

const intOption = (value: unknown, min: number, max: number): number | undefined | 'bad' => {
  if (typeof value !== 'string') return undefined;
  if (!/^\d{1,9}$/.test(value)) return 'bad';
  const n = Number(value);
  return n < min || n > max ? 'bad' : n;
};

/**
 * Reads the population options (a file is read and validated here, so a bad file exits 2 before any
 * check runs), or a usage error.
 *
 * @example
 * populationOptions({ options: { population: 'hanoi', seed: '7', runs: '5' }, … }, io)
 */
export function populationOptions(input: CommandInput, io: CliIo): PopulationOptions | { readonly error: string } {
  const vi = input.lang === 'vi';
  const choice = typeof input.options['population'] === 'string' ? input.options['population'] : DEFAULT_POPULATION;
  const seed = intOption(input.options['seed'] ?? '1', 0, 999_999_999);
  if (seed === 'bad' || seed === undefined) {
    const text = String(input.options['seed']);
    return { error: vi ? `hạt giống phải là số nguyên không âm, không phải \`${text}\`` : `the seed must be a non-negative integer, not \`${text}\`` };
  }
  const runs = intOption(input.options['runs'], 1, 1000);
  if (runs === 'bad') {
    const text = String(input.options['runs']);
    return { error: vi ? `--runs phải là số lần chạy từ 1 đến 1000, không phải \`${text}\`` : `--runs must be a number of runs from 1 to 1000, not \`${text}\`` };
  }
  const threads = intOption(input.options['threads'], 1, 64);
  if (threads === 'bad') {
    const text = String(input.options['threads']);
    return { error: vi ? `--threads phải là số luồng từ 1 đến 64, không phải \`${text}\`` : `--threads must be a number of threads from 1 to 64, not \`${text}\`` };
  }
  const base = { seed, threads: threads ?? Math.min(8, availableParallelism()), ...(runs !== undefined ? { runs } : {}) };
  if (choice === 'none') return base;
  if (isPresetName(choice)) return { ...base, source: { preset: choice } };
  const names = [...PRESET_NAMES, 'none'].join(', ');
  let json: unknown;
  try {
    // Bounded, regular files only (a BOM is dropped): `--population /dev/zero` is refused, not read forever.
    const text = readInputFile(io.cwd, choice);
    if (text === undefined) throw new FileError({ code: 'file.unreadable', path: choice, cause: 'ENOENT' });
    json = JSON.parse(text);
  } catch (error) {
    if (error instanceof FileError) return { error: `--population: ${renderFileProblem(error.problem, input.lang)} (${vi ? 'không phải' : 'not'} ${names})` };
    const reason = error instanceof SyntaxError ? (vi ? 'không phải JSON hợp lệ' : 'not valid JSON') : vi ? 'không đọc được' : 'cannot be read';
    return { error: vi ? `--population: \`${choice}\` không phải ${names}, và tệp ${reason}` : `--population: \`${choice}\` is not ${names}, and the file ${reason}` };
  }
  const file = validatePopulationFile(json);
  if (!file.ok) return { error: fileErrors(choice, file.diagnostics, input.lang) };
  return { ...base, source: { file: file.file, name: choice } };
}

function fileErrors(name: string, diagnostics: readonly Parameters<typeof renderPopulationDiagnostic>[0][], lang: Lang): string {
  const lines = diagnostics.map((d) => `  ${renderPopulationDiagnostic(d, lang)}`).join('\n');
  return lang === 'vi' ? `tệp tổ chức ${name} có lỗi (xem docs/simulate.md):\n${lines}` : `population file ${name} has errors (see docs/simulate.md):\n${lines}`;
}

/**
 * The population report of one plan: its organisation by level name, then the replications, in this
 * thread for small runs and in worker threads for big ones (the merge is deterministic, so the report is
 * the same either way). A file that does not fit the plan's levels is a usage error.
 *
 * @example
 * await populationOfPlan(plan, procedures, options, { cwd, files }, 'vi', progress.update)
 */
export async function populationOfPlan(
  plan: PlanModel,
  procedures: readonly CompiledProcedure[],
  options: PopulationOptions & { readonly source: PopulationSource },
  where: { readonly cwd: string; readonly files: readonly string[] },
  lang: Lang,
  progress: (text: string) => void,
): Promise<{ readonly report?: PopulationReport } | { readonly error: string }> {
  const source = 'preset' in options.source ? { preset: options.source.preset, seed: options.seed } : options.source;
  const organisation = organisationFor(levelsOfPlan(plan), source);
  if (!organisation.ok) return { error: `${plan.file}: ${fileErrors('name' in options.source ? options.source.name : '', organisation.diagnostics, lang)}` };
  const run = planPopulation(plan, procedures, { organisation });
  if (run === undefined) return {};
  const runs = options.runs ?? defaultRuns(run.count);
  const say = (events: number): void => progress(lang === 'vi' ? `mô phỏng ${plan.file}: ${events} sự kiện` : `population ${plan.file}: ${events} events`);
  if (options.threads <= 1 || run.count * runs < WORKER_THRESHOLD) {
    const tasks = populationTasks(run.count, runs, 1);
    let done = 0;
    const tallies = tasks.map((task) => {
      const tally = runPopulationTask(run, options.seed, task, (_clock, events) => say(done + events));
      done += tally.events;
      return tally;
    });
    return { report: combineTasks(run, options.seed, tasks, tallies) };
  }
  const { workerPool } = await import('./population-pool.js');
  const tasks = populationTasks(run.count, runs, options.threads);
  // The main thread has the run ready: it takes tasks too, beside threads − 1 workers.
  const job = { cwd: where.cwd, files: [...where.files], plan: plan.file, source: options.source, seed: options.seed };
  const pool = workerPool(job, Math.min(options.threads, tasks.length) - 1, say, (task) => runPopulationTask(run, options.seed, task));
  try {
    return { report: combineTasks(run, options.seed, tasks, await pool(tasks)) };
  } finally {
    await pool.close();
  }
}
