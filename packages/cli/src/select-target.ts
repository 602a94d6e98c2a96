// Which machine a command works on: the named procedure (`--procedure`), else the file's plan, else its only procedure.

import { type CompiledPlan, type CompiledProcedure, type CompiledWorkspace, compileWorkspace } from '@tdkt/compiler';
import { type AnalysisResult, closest, loadWorkspace, type PlanModel } from '@tdkt/language';
import { fileReader } from './files.js';
import type { CliIo } from './io.js';
import { say } from './messages/catalog.js';
import { periodOption } from './period-option.js';
import { printDiagnostics } from './report-diagnostics.js';
import type { CommandInput } from './spec.js';

type Target =
  | { readonly kind: 'procedure'; readonly procedure: CompiledProcedure }
  | { readonly kind: 'plan'; readonly plan: { readonly model: PlanModel; readonly compiled: CompiledPlan } };

export interface Selected {
  readonly target: Target;
  readonly analysis: AnalysisResult;
  readonly compiled: CompiledWorkspace;
}

/**
 * Loads and compiles the command's file and picks its target; on a problem prints it (diagnostics, an
 * unknown procedure with a suggestion, a file without a plan and with several procedures) and returns undefined.
 *
 * @example
 * const selected = selectTarget(input, io); if (!selected) return ExitCode.BadInput;
 */
export function selectTarget(input: CommandInput, io: CliIo): Selected | undefined {
  const file = input.positionals[0] as string;
  const period = periodOption(input);
  if (!period.ok) {
    io.stderr(`tdkt: ${period.message}\n`);
    return undefined;
  }
  const analysis = loadWorkspace([file], fileReader(io.cwd), period.period ? { period: period.period } : {});
  if (printDiagnostics(analysis, io, input.lang, 'errors') > 0) return undefined;
  const compiled = compileWorkspace(analysis.model);
  const wanted = input.options['procedure'];
  if (typeof wanted === 'string') {
    const procedure = compiled.procedures.get(wanted.normalize('NFC'));
    if (procedure !== undefined) return { target: { kind: 'procedure', procedure }, analysis, compiled };
    const names = [...compiled.procedures.keys()];
    const hint = closest(wanted, names);
    io.stderr(
      `tdkt: ${say(input.lang, 'target.no-procedure', { name: wanted, hint: hint ?? '', names: names.join(', ') })}\n`,
    );
    return undefined;
  }
  const plan = compiled.plans.find((p) => p.model.file === file) ?? compiled.plans[0];
  if (plan !== undefined) return { target: { kind: 'plan', plan }, analysis, compiled };
  const own = [...compiled.procedures.values()].filter((p) => p.ir.source?.file === file);
  if (own.length === 1 && own[0] !== undefined)
    return { target: { kind: 'procedure', procedure: own[0] }, analysis, compiled };
  const list = own.map((p) => p.name).join(', ');
  io.stderr(`tdkt: ${say(input.lang, 'target.choose-procedure', { count: own.length, names: list })}\n`);
  return undefined;
}
