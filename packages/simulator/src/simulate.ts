// simulate: the checks over analysed and compiled workflow files, one report input per plan (pure).
import { defaultWorkingCalendar, type WorkingCalendar } from '@tdkt/calendar';
import { exploreProcedure, procedureKey, type CompiledProcedure, type CompiledWorkspace } from '@tdkt/compiler';
import type { AnalysisResult, PlanModel } from '@tdkt/language';
import { analyseCompletion, type CompletionResult } from './completion/analyse.js';
import { completionCheck } from './completion/explain.js';
import { planNetwork } from './plan-network/build.js';
import type { PopulationReport } from './population/replications.js';
import type { ReportInput } from './report/model.js';
import { analyseTemporal } from './temporal/analyse.js';
import { temporalCalendar } from './temporal/calendar-port.js';

export interface SimulateOptions {
  readonly calendar?: WorkingCalendar;
  /** Runs the population check of a plan (the CLI wires the generator, behaviour and seed). */
  readonly population?: (plan: PlanModel, procedures: readonly CompiledProcedure[]) => PopulationReport | undefined;
  /** The files the user named; procedure-only files among them get a completion report (default: none). */
  readonly entries?: readonly string[];
  /** Called before each plan's checks, for progress at the edge. */
  readonly onPlan?: (file: string, index: number, total: number) => void;
}

export interface PlanReport {
  readonly file: string;
  readonly title: string;
  readonly input: ReportInput;
}

/** The compiled procedures a plan runs: those its activities link (with overrides), and their fan-out children. */
export function proceduresOfPlan(plan: PlanModel, compiled: CompiledWorkspace): CompiledProcedure[] {
  const names = new Set<string>();
  for (const activity of plan.activities) {
    const link = activity.procedure;
    if (link) names.add(procedureKey(link.procedure, activity.id, link.overrides.length > 0));
  }
  const result: CompiledProcedure[] = [];
  const add = (name: string): void => {
    const procedure = compiled.procedures.get(name);
    if (procedure === undefined || result.includes(procedure)) return;
    result.push(procedure);
    for (const step of procedure.ir.steps) if (step.fanOut) add(step.fanOut.procedure);
  };
  for (const name of names) add(name);
  return result;
}

/**
 * Runs completion, deadline consistency and (when wired) the population check for every plan of the
 * analysed files; a file with procedures and no plan gets the completion check of its procedures.
 *
 * @example
 * const reports = simulate(loadWorkspace(files, read), compileWorkspace(model));
 * reports.map((r) => exitCodeOf(r.input))
 */
export function simulate(analysis: AnalysisResult, compiled: CompiledWorkspace, options: SimulateOptions = {}): PlanReport[] {
  const calendar = temporalCalendar(options.calendar ?? defaultWorkingCalendar());
  const sources = Object.fromEntries([...analysis.files].map(([file, loaded]) => [file, loaded.text]));
  const completion = new Map<string, CompletionResult>();
  const completionOf = (procedures: readonly CompiledProcedure[]) =>
    completionCheck(
      procedures.map((p) => {
        let result = completion.get(p.name);
        if (result === undefined) {
          result = analyseCompletion(exploreProcedure(p));
          completion.set(p.name, result);
        }
        return { compiled: p, result };
      }),
    );
  const reports: PlanReport[] = [];
  const plans = compiled.plans;
  plans.forEach(({ model }, index) => {
    options.onPlan?.(model.file, index, plans.length);
    const procedures = proceduresOfPlan(model, compiled);
    const population = options.population?.(model, procedures);
    reports.push({
      file: model.file,
      title: model.title,
      input: {
        checks: [completionOf(procedures)],
        temporal: analyseTemporal(planNetwork(model), calendar),
        ...(population ? { population } : {}),
        sources,
      },
    });
  });
  // Files given without a plan (a procedure library): completion of their own procedures.
  for (const file of options.entries ?? []) {
    if (plans.some((p) => p.model.file === file)) continue;
    const own = [...compiled.procedures.values()].filter((p) => p.ir.source?.file === file);
    if (own.length === 0) continue;
    reports.push({ file, title: file, input: { checks: [completionOf(own)], sources } });
  }
  return reports;
}
