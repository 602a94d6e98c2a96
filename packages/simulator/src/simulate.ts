// simulate: the checks over analysed and compiled workflow files, one report input per plan (pure).
import { defaultWorkingCalendar, type WorkingCalendar } from '@tdkt/calendar';
import { type CompiledProcedure, type CompiledWorkspace, exploreProcedure, procedureKey } from '@tdkt/compiler';
import { type AnalysisResult, diagnosticMessage, type PlanModel } from '@tdkt/language';
import { analyseCompletion, type CompletionResult } from './completion/analyse.js';
import { completionCheck } from './completion/explain.js';
import { say, sayBoth } from './messages/catalog.js';
import { planNetwork } from './plan-network/build.js';
import type { PopulationReport } from './population/replications.js';
import type { ExtraCheck, ReportInput } from './report/model.js';
import { analyseTemporal } from './temporal/analyse.js';

export interface SimulateOptions {
  readonly calendar?: WorkingCalendar;
  /** Runs the population check of a plan (the CLI wires the generator, behaviour and seed). */
  readonly population?: (plan: PlanModel, procedures: readonly CompiledProcedure[]) => PopulationReport | undefined;
  /** The files the user named; procedure-only files among them get a completion report (default: none). */
  readonly entries?: readonly string[];
  /** Called before each plan's checks, for progress at the edge. */
  readonly onPlan?: (file: string, index: number, total: number) => void;
}

/** `check` warnings that the simulate checks prove or refute themselves (with a path or a chain). */
const PROVEN_BY_SIMULATE: ReadonlySet<string> = new Set(['validate.no-final-reachable', 'validate.deadline-backwards']);

/**
 * The warnings `tdkt check` gives a plan's file (a row outside its heading, a date past its section…) as a
 * check of the report, so that a simulate run never hides what the file itself says is doubtful.
 *
 * @example
 * fileCheck(analysis, 'kh.tdkt').problems.map((p) => p.code) // => ['plan.beyond-heading']
 */
export function fileCheck(analysis: AnalysisResult, file: string): ExtraCheck {
  // A library procedure read in this plan's context (a default date on a day off) is reached through this plan.
  const reached = (d: AnalysisResult['diagnostics'][number]): boolean =>
    d.file === file || String(d.data['via'] ?? '').startsWith(`${file}:`);
  const problems = analysis.diagnostics
    .filter((d) => reached(d) && d.severity === 'warning' && !PROVEN_BY_SIMULATE.has(d.code))
    .map((d) => {
      const at = analysis.files.get(d.file)?.index.lineCol(d.span.start);
      const via = d.file === file ? undefined : String(d.data['via']).slice(file.length + 1);
      return {
        code: d.code,
        severity: 'warning' as const,
        message:
          via === undefined
            ? { vi: diagnosticMessage(d, 'vi'), en: diagnosticMessage(d, 'en') }
            : {
                vi: say('vi', 'check.file.via', { message: diagnosticMessage(d, 'vi'), line: via }),
                en: say('en', 'check.file.via', { message: diagnosticMessage(d, 'en'), line: via }),
              },
        ...(at
          ? { span: { file: d.file, line: at.line, col: at.col, length: Math.max(1, d.span.end - d.span.start) } }
          : {}),
      };
    });
  return { id: 'file', title: sayBoth('check.file'), problems };
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
    if (link) names.add(procedureKey(link.procedure, activity.id, link.customised));
  }
  const result: CompiledProcedure[] = [];
  // This plan's own runs: two plans compiled together may both have a `P@row`.
  const own = compiled.plans.find((p) => p.model === plan)?.procedures ?? compiled.procedures;
  const add = (name: string): void => {
    const procedure = own.get(name);
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
export function simulate(
  analysis: AnalysisResult,
  compiled: CompiledWorkspace,
  options: SimulateOptions = {},
): PlanReport[] {
  const calendar = options.calendar ?? defaultWorkingCalendar();
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
        checks: [completionOf(procedures), fileCheck(analysis, model.file)],
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
