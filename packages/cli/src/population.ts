// Wires --population, --seed, --runs and --threads to the simulator's population run (a preset or a file).
import { availableParallelism } from 'node:os';
import type { CompiledProcedure } from '@tdkt/compiler';
import type { PlanModel } from '@tdkt/language';
import {
  combineTasks,
  defaultRuns,
  isPresetName,
  levelsOfPlan,
  organisationFor,
  type PopulationReport,
  PRESET_NAMES,
  planPopulation,
  populationTasks,
  renderPopulationDiagnostic,
  runPopulationTask,
  validatePopulationFile,
} from '@tdkt/simulator';
import { FileError, readInputFile } from './files.js';
import type { CliIo, Lang } from './io.js';
import { say } from './messages/catalog.js';
import { renderFileProblem } from './messages/files.js';
import type { PopulationSource } from './population-job.js';
import type { CommandInput } from './spec.js';

/** The default population of `tdkt simulate`: small enough to run 20 replications in well under a second. */
const DEFAULT_POPULATION = 'small';

/** Below this many dossier-runs the replications run in this thread: a worker costs ≈ 1–2 s to start (loading
 * the modules, compiling the plan, building the organisation), more than it saves on smaller runs. */
const WORKER_THRESHOLD = 500_000;

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
  const choice = typeof input.options['population'] === 'string' ? input.options['population'] : DEFAULT_POPULATION;
  const seed = intOption(input.options['seed'] ?? '1', 0, 999_999_999);
  if (seed === 'bad' || seed === undefined) {
    const text = String(input.options['seed']);
    return { error: say(input.lang, 'population.bad-seed', { value: text }) };
  }
  const runs = intOption(input.options['runs'], 1, 1000);
  if (runs === 'bad') {
    const text = String(input.options['runs']);
    return { error: say(input.lang, 'population.bad-runs', { value: text }) };
  }
  const threads = intOption(input.options['threads'], 1, 64);
  if (threads === 'bad') {
    const text = String(input.options['threads']);
    return { error: say(input.lang, 'population.bad-threads', { value: text }) };
  }
  const base = {
    seed,
    threads: threads ?? Math.min(8, availableParallelism()),
    ...(runs !== undefined ? { runs } : {}),
  };
  if (choice === 'none') return base;
  if (isPresetName(choice)) return { ...base, source: { preset: choice } };
  const names = [...PRESET_NAMES, 'none'].join(', ');
  let json: unknown;
  try {
    // Bounded, regular files only (a BOM is dropped): `--population /dev/zero` is refused, not read forever.
    const text = readInputFile(io.cwd, choice);
    if (text === undefined) return { error: say(input.lang, 'population.unknown', { value: choice, names }) };
    json = JSON.parse(text);
  } catch (error) {
    if (error instanceof FileError)
      return {
        error: say(input.lang, 'population.file-problem', {
          problem: renderFileProblem(error.problem, input.lang),
          names,
        }),
      };
    if (error instanceof SyntaxError)
      return { error: say(input.lang, 'population.not-json', { value: choice, names }) };
    throw error;
  }
  const file = validatePopulationFile(json);
  if (!file.ok) return { error: fileErrors(choice, file.diagnostics, input.lang) };
  return { ...base, source: { file: file.file, name: choice } };
}

function fileErrors(
  name: string,
  diagnostics: readonly Parameters<typeof renderPopulationDiagnostic>[0][],
  lang: Lang,
): string {
  const lines = diagnostics.map((d) => `  ${renderPopulationDiagnostic(d, lang)}`).join('\n');
  return say(lang, 'population.file-errors', { name, lines });
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
  if (!organisation.ok)
    return {
      error: `${plan.file}: ${fileErrors('name' in options.source ? options.source.name : '', organisation.diagnostics, lang)}`,
    };
  const run = planPopulation(plan, procedures, { organisation });
  if (run === undefined) return {};
  const runs = options.runs ?? defaultRuns(run.count);
  const tell = (events: number): void =>
    progress(say(lang, 'simulate.population-progress', { path: plan.file, events }));
  if (options.threads <= 1 || run.count * runs < WORKER_THRESHOLD) {
    const tasks = populationTasks(run.count, runs, 1);
    let done = 0;
    const tallies = tasks.map((task) => {
      const tally = runPopulationTask(run, options.seed, task, (_clock, events) => tell(done + events));
      done += tally.events;
      return tally;
    });
    return { report: combineTasks(run, options.seed, tasks, tallies) };
  }
  const { workerPool } = await import('./population-pool.js');
  const tasks = populationTasks(run.count, runs, options.threads);
  // The main thread has the run ready: it takes tasks too, beside threads − 1 workers.
  const job = { cwd: where.cwd, files: [...where.files], plan: plan.file, source: options.source, seed: options.seed };
  const pool = workerPool(job, Math.min(options.threads, tasks.length) - 1, tell, (task) =>
    runPopulationTask(run, options.seed, task),
  );
  try {
    return { report: combineTasks(run, options.seed, tasks, await pool(tasks)) };
  } finally {
    await pool.close();
  }
}
