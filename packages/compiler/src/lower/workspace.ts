// Compiles everything the language's analysis produced: procedures (with fan-out children) and plans.
import type { PlanModel, WorkspaceModel } from '@tdkt/language';
import type { ProcedureIR } from '../ir.js';
import { compilePlan, type CompiledPlan } from '../plan/compile.js';
import { compileProcedure, type CompiledProcedure } from '../procedure/compile.js';
import { lowerPlan, procedureKey } from './plan.js';
import { lowerProcedure } from './procedure.js';

export interface CompiledWorkspace {
  /** Every procedure by name: declared ones, fan-out children, and plan instances with overrides (`P@activity`). */
  readonly procedures: ReadonlyMap<string, CompiledProcedure>;
  readonly plans: readonly { readonly model: PlanModel; readonly compiled: CompiledPlan }[];
}

/**
 * Compiles a workspace model. Pure: no I/O, no clock.
 *
 * @example
 * const { model } = await loadWorkspace(['workflows/kim-son-2020-2021.tdkt'], readFile);
 * const compiled = compileWorkspace(model);
 * compiled.procedures.get('xét_cuối_năm')?.config
 */
export function compileWorkspace(model: WorkspaceModel): CompiledWorkspace {
  const irs = new Map<string, ProcedureIR>();
  const add = (name: string, procedure: ProcedureIR, children: readonly ProcedureIR[]): void => {
    irs.set(name, name === procedure.name ? procedure : { ...procedure, name });
    for (const child of children) irs.set(child.name, child);
  };
  for (const procedure of model.procedures) {
    const { procedure: ir, children } = lowerProcedure(procedure);
    add(ir.name, ir, children);
  }
  const plans = model.plans.map((plan) => {
    for (const activity of plan.activities) {
      const link = activity.procedure;
      if (link?.instance === undefined) continue;
      // The plan's instance has its deadlines resolved in the plan's period: it replaces the bare
      // procedure, or, when the plan changed its deadlines (`với`, rows bound to steps, derived
      // deadlines), stands beside it as `P@activity`.
      const { procedure: ir, children } = lowerProcedure(link.instance);
      add(procedureKey(link.procedure, activity.id, link.customised), ir, children);
    }
    return { model: plan, compiled: compilePlan(lowerPlan(plan)) };
  });
  const procedures = new Map<string, CompiledProcedure>();
  for (const [name, ir] of irs) procedures.set(name, compileProcedure(ir));
  return { procedures, plans };
}
