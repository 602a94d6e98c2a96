// Workflow files to engine workflows in one call: parse, check, compile, adapt; problems as data.
import { type Period, parseSchoolYear } from '@tdkt/calendar';
import { compileWorkspace } from '@tdkt/compiler';
import { type FileDiagnostic, loadWorkspace, type ReadFile } from '@tdkt/language';
import type { WorkflowSource } from '../engine/definition.js';
import { type CompiledWorkflowOptions, workflowFromCompiled } from './from-compiled.js';
import { periodKey, workflowsFromPlan } from './from-plan.js';

export interface LoadedWorkflows {
  /** One per compiled procedure, plus each plan and its rows' workflows (none when the files have errors). */
  readonly workflows: readonly WorkflowSource[];
  /** Procedure names, in the order they were added. */
  readonly names: readonly string[];
  /** The plans (start them with `engine.startPlan(name, …)`). */
  readonly plans: readonly string[];
  /** Every problem the language found; the workflows are empty if any is an error. */
  readonly diagnostics: readonly FileDiagnostic[];
}

export interface FilesOptions extends Omit<CompiledWorkflowOptions, 'period'> {
  /** Only these procedures (and no plan); default every procedure and every plan. */
  readonly procedures?: readonly string[];
  /**
   * The period procedures outside any plan are resolved in (`2020-2021`, `2024`, or a `Period`): without
   * it, a procedure whose deadlines are written as dates cannot be started (`period-required`). A plan's
   * procedures always take the plan's own period.
   */
  readonly period?: string | Period;
}

/** `2020-2021` or `2024` as a period; undefined for anything else. */
export function parsePeriod(text: string): Period | undefined {
  const year = /^\s*(\d{4})\s*$/.exec(text);
  return year !== null ? { kind: 'year', year: Number(year[1]) } : parseSchoolYear(text);
}

/**
 * Loads workflow files (and what they import) through `readFile`, and adapts every procedure and plan
 * they define — or only `procedures` — for the engine. Never throws on a bad file: errors come back as
 * diagnostics (render them with `renderDiagnostics` from @tdkt/language, or run `tdkt check`). A plan's
 * procedures are resolved in the plan's period; load one plan per call (two plans that both customise
 * `P` for a row of the same name would clash).
 *
 * @example
 * const { workflows, plans, diagnostics } = workflowsFromFiles(['workflows/kim-son-2020-2021.tdkt'], read, { version: 3 });
 * if (workflows.length === 0) throw new Error(diagnostics.map((d) => d.code).join(', '));
 * const engine = await createEngine({ workflows, store, organisation });
 * await engine.startPlan(plans[0]!, { unit: 'thcs-kim-son' });
 */
export function workflowsFromFiles(
  files: readonly string[],
  readFile: ReadFile,
  options: FilesOptions = {},
): LoadedWorkflows {
  const period = typeof options.period === 'string' ? parsePeriod(options.period) : options.period;
  if (typeof options.period === 'string' && period === undefined)
    throw new RangeError(`period ${options.period} is neither a school year (2020-2021) nor a year (2024)`);
  const loaded = loadWorkspace(files, readFile, period === undefined ? {} : { period });
  if (loaded.diagnostics.some((d) => d.severity === 'error'))
    return { workflows: [], names: [], plans: [], diagnostics: loaded.diagnostics };
  const compiled = compileWorkspace(loaded.model);
  const workflows: WorkflowSource[] = [];
  const found: string[] = [];
  const plans: string[] = [];
  const { procedures: only, period: _period, ...adapt } = options;
  if (only === undefined) {
    for (const plan of compiled.plans) {
      const sources = workflowsFromPlan(plan, adapt);
      plans.push(plan.compiled.name);
      // The plan's own procedures (resolved in its period) come first and win over the bare ones.
      workflows.push(...sources);
      for (const name of planRuns(plan)) if (!found.includes(name)) found.push(name);
    }
  }
  const periodName = period === undefined ? null : periodKey(period);
  for (const name of only ?? [...compiled.procedures.keys()]) {
    const procedure = compiled.procedures.get(name);
    if (procedure === undefined || (only === undefined && isPlanProcedure(name, compiled.plans))) continue;
    workflows.push(workflowFromCompiled(procedure, { ...adapt, period: periodName }));
    if (!found.includes(name)) found.push(name);
  }
  return { workflows, names: found, plans, diagnostics: loaded.diagnostics };
}

/** Whether a plan already loaded this procedure (as one of the procedures its rows run). */
function isPlanProcedure(name: string, plans: ReturnType<typeof compileWorkspace>['plans']): boolean {
  return plans.some((plan) => plan.procedures.has(name) && planRuns(plan).has(name));
}

function planRuns(plan: ReturnType<typeof compileWorkspace>['plans'][number]): Set<string> {
  const runs = new Set<string>();
  const add = (name: string): void => {
    const compiled = plan.procedures.get(name);
    if (compiled === undefined || runs.has(name)) return;
    runs.add(name);
    for (const step of compiled.ir.steps) if (step.fanOut !== undefined) add(step.fanOut.procedure);
  };
  for (const activity of plan.compiled.ir.activities) if (activity.procedure !== undefined) add(activity.procedure);
  return runs;
}
