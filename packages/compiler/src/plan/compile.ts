// compilePlan: a PlanIR becomes an XState machine whose regions are the plan's activities.
import { createMachine, type AnyStateMachine } from 'xstate';
import type { PlanIR } from '../ir.js';
import type { Runtime } from '../runtime-time.js';
import { planConfig, type PlanStateConfig } from './config.js';
import { planImplementations, type PlanContext, type PlanInput } from './implementations.js';

export interface CompiledPlan {
  readonly name: string;
  readonly ir: PlanIR;
  readonly config: PlanStateConfig;
  /** The runnable machine; `procedures` are the compiled procedure machines its activities invoke. */
  machine(runtime: Runtime, procedures?: Readonly<Record<string, AnyStateMachine>>): AnyStateMachine;
}

/** Gives every invoke an input function reading the plan's input for that activity. */
function withInputs(config: PlanStateConfig): PlanStateConfig {
  const copy = structuredClone(config) as Record<string, unknown>;
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const invoke = record['invoke'] as { input?: { activity?: string } } | undefined;
    if (invoke?.input?.activity !== undefined) {
      const activity = invoke.input.activity;
      (invoke as Record<string, unknown>)['input'] = ({ context }: { context: PlanContext }) => context.procedureInputs[activity] ?? {};
    }
    for (const value of Object.values(record)) visit(value);
  };
  visit(copy);
  return copy as PlanStateConfig;
}

/**
 * Compiles a plan. Pure: the same IR gives the same config.
 *
 * @example
 * const plan = compilePlan(ir);
 * createActor(plan.machine(runtime, { xét_cuối_năm: compiled.machine(runtime) }), { clock }).start();
 */
export function compilePlan(ir: PlanIR): CompiledPlan {
  const config = planConfig(ir);
  return {
    name: ir.name,
    ir,
    config,
    machine(runtime, procedures = {}) {
      const implementations = planImplementations(ir, runtime);
      return createMachine(
        {
          ...(withInputs(config) as object),
          context: ({ input }: { input: PlanInput | undefined }): PlanContext => ({
            done: [],
            late: [],
            failed: [],
            procedureInputs: input?.procedureInputs ?? {},
          }),
          output: ({ context }: { context: PlanContext }) => ({ late: context.late, failed: context.failed }),
        } as never,
        { ...implementations, actors: procedures } as never,
      ) as AnyStateMachine;
    },
  };
}
