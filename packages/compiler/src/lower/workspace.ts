// Compiles everything the language's analysis produced: procedures (with fan-out children) and plans.
import type { PlanModel, WorkspaceModel } from '@tdkt/language';
import type { ProcedureIR } from '../ir.js';
import { type CompiledPlan, compilePlan } from '../plan/compile.js';
import { type CompiledProcedure, compileProcedure } from '../procedure/compile.js';
import { lowerPlan, procedureKey } from './plan.js';
import { lowerProcedure } from './procedure.js';

export interface CompiledWorkspacePlan {
  readonly model: PlanModel;
  readonly compiled: CompiledPlan;
  /**
   * The procedures this plan runs, by name: the declared ones, and this plan's own runs (`P@activity`, with
   * its deadlines) with their fan-out children. Two plans may both have a `P@activity`: look runs up here.
   */
  readonly procedures: ReadonlyMap<string, CompiledProcedure>;
}

export interface CompiledWorkspace {
  /**
   * Every procedure by name: declared ones, fan-out children, and plan instances (`P@activity`); when two
   * plans compiled together have an instance of the same name, the later plan's is here (use `plans[i].procedures`).
   */
  readonly procedures: ReadonlyMap<string, CompiledProcedure>;
  readonly plans: readonly CompiledWorkspacePlan[];
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
  const declared = new Map<string, ProcedureIR>();
  const add = (
    into: Map<string, ProcedureIR>,
    name: string,
    procedure: ProcedureIR,
    children: readonly ProcedureIR[],
  ): void => {
    into.set(name, name === procedure.name ? procedure : { ...procedure, name });
    for (const child of children) into.set(child.name, child);
  };
  for (const procedure of model.procedures) {
    const { procedure: ir, children } = lowerProcedure(procedure);
    add(declared, ir.name, ir, children);
  }
  const cache = new Map<ProcedureIR, CompiledProcedure>();
  const compile = (ir: ProcedureIR): CompiledProcedure => {
    let c = cache.get(ir);
    if (c === undefined) {
      c = compileProcedure(ir);
      cache.set(ir, c);
    }
    return c;
  };
  const all = new Map<string, CompiledProcedure>();
  for (const [name, ir] of declared) all.set(name, compile(ir));
  const plans = model.plans.map((plan) => {
    const own = new Map(declared);
    for (const activity of plan.activities) {
      const link = activity.procedure;
      if (link?.instance === undefined) continue;
      // The plan's instance has its deadlines resolved in the plan's period: it replaces the bare
      // procedure, or, when the plan changed its deadlines (`với`, rows bound to steps, derived
      // deadlines), stands beside it as `P@activity`.
      const { procedure: ir, children } = lowerProcedure(link.instance);
      add(own, procedureKey(link.procedure, activity.id, link.customised), ir, children);
    }
    const procedures = new Map([...own].map(([name, ir]) => [name, compile(ir)] as const));
    for (const [name, c] of procedures) all.set(name, c);
    return { model: plan, compiled: compilePlan(lowerPlan(plan)), procedures };
  });
  return { procedures: all, plans };
}
