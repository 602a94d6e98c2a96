// A plan's population run: its procedures' compiled machines over its organisation, in replications.
import { type Diagnostic, endOfDay, startOfDayMs } from '@tdkt/calendar';
import { type CompiledProcedure, procedureKey, type TimeRules, timeRulesFromCalendar } from '@tdkt/compiler';
import type { PlanModel } from '@tdkt/language';
import { type BehaviourModel, DEFAULT_BEHAVIOUR } from '../behaviour/model.js';
import { byProcedure } from './by-procedure.js';
import { compiledInstanceModel } from './compiled-model.js';
import { levelIndex } from './levels.js';
import type { AnyInstanceModel } from './model.js';
import type { Organisation } from './organisation.js';
import { type PopulationReport, summariseRuns } from './replications.js';
import { type DossierPlan, dossierCount, tallyPopulation } from './run.js';
import { replicationSeed } from './seeds.js';
import { summariseRun } from './stats.js';
import { mergeTallies, type PopulationTally } from './tally.js';

/** Everything a replication of a plan's run needs except its seed and its share of the dossiers. */
export interface PlanPopulation {
  readonly organisation: Organisation;
  // Each procedure's model has its own snapshot and event types.
  readonly model: AnyInstanceModel;
  readonly behaviour: BehaviourModel;
  readonly dossiers: readonly DossierPlan[];
  readonly start: number;
  readonly end: number;
  /** Dossiers per replication. */
  readonly count: number;
  /** Steps acted at a level the organisation lacks (they act at the dossier's own unit). */
  readonly notes: readonly Diagnostic[];
}

export interface PlanPopulationOptions {
  readonly organisation: Organisation;
  readonly behaviour?: BehaviourModel;
  readonly time?: TimeRules;
  /** Share transitions between dossiers in the same state (default true; false: XState computes each). */
  readonly shareTransitions?: boolean;
}

/**
 * Prepares a plan's population run: one dossier per unit of the level at which each linked procedure
 * starts (fan-out children excepted: the parent's machine rolls them up), from the window of the
 * activity that runs it to the end of the plan's period. Undefined when the plan has no period or no
 * procedure to run.
 *
 * @example
 * const run = planPopulation(plan, proceduresOfPlan(plan, compiled), { organisation });
 */
export function planPopulation(
  plan: PlanModel,
  procedures: readonly CompiledProcedure[],
  options: PlanPopulationOptions,
): PlanPopulation | undefined {
  const window = plan.periodWindow;
  if (window === undefined) return undefined;
  const { tree } = options.organisation;
  const time = options.time ?? timeRulesFromCalendar();
  const declared = new Set(plan.levels.map((l) => l.id));
  const bottom = tree.levels.length - 1;
  const byName = new Map(procedures.map((p) => [p.name, p]));
  const models: Record<string, ReturnType<typeof compiledInstanceModel>> = {};
  const dossiers: DossierPlan[] = [];
  const unplaced: string[] = [];
  const roleLevels = new Map(plan.roles.flatMap((r) => (r.level === undefined ? [] : [[r.id, r.level] as const])));
  for (const activity of plan.activities) {
    const link = activity.procedure;
    if (link === undefined) continue;
    const compiled = byName.get(procedureKey(link.procedure, activity.id, link.customised));
    if (compiled === undefined || models[compiled.name] !== undefined) continue;
    const initial = compiled.ir.steps.find((s) => s.id === compiled.ir.initial);
    const found = initial?.level === undefined ? -1 : levelIndex(tree.levels, initial.level);
    // A declared level the organisation leaves out (below a file's units) owns no dossier here.
    if (found < 0 && initial?.level !== undefined && declared.has(initial.level)) continue;
    const ownerLevel = found < 0 ? bottom : found;
    for (const step of compiled.ir.steps) {
      if (step.level === undefined || levelIndex(tree.levels, step.level) < 0)
        unplaced.push(`${compiled.name}.${step.id}`);
    }
    const model = compiledInstanceModel(
      compiled,
      time,
      (level) => {
        const at = level === undefined ? -1 : levelIndex(tree.levels, level);
        return at < 0 ? ownerLevel : at;
      },
      (role) => roleLevels.get(role),
      { shareTransitions: options.shareTransitions !== false },
    );
    models[compiled.name] = model;
    // A run whose first steps belong to no row starts with the period: its dossiers meet those steps first.
    const startAt = startOfDayMs(link.startsAtRow ? (activity.window?.start ?? window.start) : window.start);
    dossiers.push({ procedure: compiled.name, ownerLevel, startAt, model });
  }
  if (dossiers.length === 0) return undefined;
  const note = (code: string, data: Diagnostic['data']): Diagnostic => ({
    code,
    severity: 'warning',
    span: { start: 0, end: 0 },
    data,
  });
  const notes: Diagnostic[] = [];
  if (plan.levels.length === 0) notes.push(note('population.no-levels', { levels: tree.levels.map((l) => l.key) }));
  if (unplaced.length > 0) notes.push(note('population.unplaced-steps', { steps: unplaced }));
  return {
    organisation: options.organisation,
    model: byProcedure(models),
    behaviour: options.behaviour ?? DEFAULT_BEHAVIOUR,
    dossiers,
    start: startOfDayMs(window.start),
    end: endOfDay(window.end) - 1,
    count: dossierCount(tree, dossiers),
    notes,
  };
}

/** One piece of work: a replication, or a share of its dossiers. */
export interface PopulationTask {
  readonly replication: number;
  readonly from: number;
  readonly to: number;
}

/** Runs tasks somewhere (in this thread, or in worker threads) and returns their tallies in task order. */
export type PopulationExecutor = (tasks: readonly PopulationTask[]) => Promise<readonly PopulationTally[]>;

/** A share of a replication is at least this many dossiers (smaller shares cost more than they balance). */
const MIN_SHARE = 50_000;

/**
 * Splits `runs` replications of `count` dossiers into tasks for `parallelism` workers: whole replications
 * when there are enough of them; otherwise each replication in up to 4 shares per worker (at least
 * 50,000 dossiers each), so that a worker that finishes early takes another share (procedures cost
 * different amounts per dossier, and the machine may be shared).
 *
 * @example
 * populationTasks(3_000_000, 1, 2).length // => 8 shares of 375,000 dossiers
 */
export function populationTasks(count: number, runs: number, parallelism: number): PopulationTask[] {
  const shares = runs >= parallelism ? 1 : Math.max(1, Math.min(4 * parallelism, Math.floor(count / MIN_SHARE)));
  const tasks: PopulationTask[] = [];
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < shares; k++)
      tasks.push({
        replication: r,
        from: Math.floor((count * k) / shares),
        to: Math.floor((count * (k + 1)) / shares),
      });
  }
  return tasks;
}

/**
 * Runs one task of a plan's population (pure: the same task gives the same tally in any thread).
 *
 * @example
 * runPopulationTask(run, 1, { replication: 0, from: 0, to: run.count })
 */
export function runPopulationTask(
  run: PlanPopulation,
  seed: number,
  task: PopulationTask,
  onProgress?: (clock: number, events: number) => void,
): PopulationTally {
  return tallyPopulation({
    tree: run.organisation.tree,
    model: run.model,
    behaviour: run.behaviour,
    seed: replicationSeed(seed, task.replication),
    start: run.start,
    end: run.end,
    dossiers: run.dossiers,
    range: { from: task.from, to: task.to },
    ...(onProgress ? { onProgress } : {}),
  });
}

/**
 * Merges the tallies of `tasks` replication by replication (in task order, whatever thread ran them)
 * and summarises the replications.
 *
 * @example
 * combineTasks(run, 1, tasks, await executor(tasks))
 */
export function combineTasks(
  run: PlanPopulation,
  seed: number,
  tasks: readonly PopulationTask[],
  tallies: readonly PopulationTally[],
): PopulationReport {
  const byReplication = new Map<number, PopulationTally[]>();
  tasks.forEach((task, i) => {
    const tally = tallies[i];
    if (tally === undefined) return;
    const list = byReplication.get(task.replication) ?? [];
    list.push(tally);
    byReplication.set(task.replication, list);
  });
  const replications = [...byReplication.keys()].sort((a, b) => a - b);
  const runs = replications.map((r) =>
    summariseRun(mergeTallies(byReplication.get(r) ?? []), run.organisation.tree, replicationSeed(seed, r)),
  );
  const organisation = { ...run.organisation, notes: [...run.organisation.notes, ...run.notes] };
  return summariseRuns(runs, organisation, seed);
}

/**
 * The default number of replications for a run of `count` dossiers: 20 up to 20,000 dossiers (a stable
 * median and interval in well under a second), 5 up to 300,000, then 1 (`--runs N` asks for more).
 *
 * @example
 * defaultRuns(205) // => 20
 */
export function defaultRuns(count: number): number {
  return count <= 20_000 ? 20 : count <= 300_000 ? 5 : 1;
}

/**
 * Prepares and runs a plan's population in this thread: `runs` replications (default `defaultRuns`).
 *
 * @example
 * runPlanPopulation(plan, proceduresOfPlan(plan, compiled), { organisation, seed: 1 })?.procedures[0]?.onTimeShare
 */
export function runPlanPopulation(
  plan: PlanModel,
  procedures: readonly CompiledProcedure[],
  options: PlanPopulationOptions & {
    readonly seed: number;
    readonly runs?: number;
    readonly onProgress?: (clock: number, events: number) => void;
  },
): PopulationReport | undefined {
  const run = planPopulation(plan, procedures, options);
  if (run === undefined) return undefined;
  const tasks = populationTasks(run.count, options.runs ?? defaultRuns(run.count), 1);
  return combineTasks(
    run,
    options.seed,
    tasks,
    tasks.map((t) => runPopulationTask(run, options.seed, t, options.onProgress)),
  );
}
