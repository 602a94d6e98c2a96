// What a worker thread needs to rebuild a plan's population run on its own: plain, cloneable data.
import { compileWorkspace } from '@tdkt/compiler';
import { loadWorkspace } from '@tdkt/language';
import {
  levelsOfPlan,
  organisationFor,
  type PlanPopulation,
  type PopulationFile,
  type PresetName,
  planPopulation,
  proceduresOfPlan,
} from '@tdkt/simulator';
import { fileReader } from './files.js';

/** A preset by name, or a validated population file with the name the user gave it. */
export type PopulationSource =
  | { readonly preset: PresetName }
  | { readonly file: PopulationFile; readonly name: string };

/** The files, the plan among them, the organisation and the seed: enough to redo the main thread's setup. */
export interface PopulationJob {
  readonly cwd: string;
  readonly files: readonly string[];
  /** The plan's file (its `PlanModel.file`). */
  readonly plan: string;
  readonly source: PopulationSource;
  readonly seed: number;
}

/**
 * Loads, compiles and prepares the job's plan exactly as the main thread did (same files, same seed, so
 * the same organisation and machines); throws if the plan is gone, which only a file changed mid-run causes.
 *
 * @example
 * const run = preparePopulationJob(job); runPopulationTask(run, job.seed, task)
 */
export function preparePopulationJob(job: PopulationJob): PlanPopulation {
  const analysis = loadWorkspace([...job.files], fileReader(job.cwd));
  const compiled = compileWorkspace(analysis.model);
  const plan = compiled.plans.find((p) => p.model.file === job.plan)?.model;
  if (plan === undefined) throw new Error(`population worker: plan ${job.plan} not found`);
  const source = 'preset' in job.source ? { preset: job.source.preset, seed: job.seed } : job.source;
  const organisation = organisationFor(levelsOfPlan(plan), source);
  if (!organisation.ok) throw new Error(`population worker: the organisation of ${job.plan} does not fit`);
  const run = planPopulation(plan, proceduresOfPlan(plan, compiled), { organisation });
  if (run === undefined) throw new Error(`population worker: ${job.plan} has no population run`);
  return run;
}
