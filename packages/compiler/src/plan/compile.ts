// compilePlan: a PlanIR becomes an XState machine whose regions are the plan's activities.
import { type AnyStateMachine, createMachine } from 'xstate';
import type { PlanIR } from '../ir.js';
import type { Runtime } from '../runtime-time.js';
import { type PlanStateConfig, planConfig } from './config.js';
import { type PlanContext, type PlanInput, planImplementations } from './implementations.js';

export interface CompiledPlan {
  readonly name: string;
  readonly ir: PlanIR;
  readonly config: PlanStateConfig;
  /**
   * The runnable machine; `procedures` are the compiled procedure machines its activities invoke. An
   * activity whose procedure is not given waits for its host to report the run's progress (the engine).
   */
  machine(runtime: Runtime, procedures?: Readonly<Record<string, AnyStateMachine>>): AnyStateMachine;
}

/**
 * Gives every invoke an input function reading the plan's input for that activity, and leaves out the
 * invokes of procedures the caller does not provide: a host that runs the dossiers itself (the engine)
 * reports their progress with events instead.
 */
function withInputs(config: PlanStateConfig, provided: ReadonlySet<string>): PlanStateConfig {
  const copy = structuredClone(config) as Record<string, unknown>;
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const invoke = record['invoke'] as { src?: string; input?: { activity?: string } } | undefined;
    if (invoke !== undefined && (invoke.src === undefined || !provided.has(invoke.src))) delete record['invoke'];
    else if (invoke?.input?.activity !== undefined) {
      const activity = invoke.input.activity;
      (invoke as Record<string, unknown>)['input'] = ({ context }: { context: PlanContext }) =>
        context.procedureInputs[activity] ?? {};
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
          ...(withInputs(config, new Set(Object.keys(procedures))) as object),
          context: ({ input }: { input: PlanInput | undefined }): PlanContext => ({
            done: [],
            late: [],
            failed: [],
            procedureInputs: input?.procedureInputs ?? {},
            runs: {},
            progress: {},
            expected: {},
            units: {},
          }),
          output: ({ context }: { context: PlanContext }) => ({
            outcome: 'hoàn_thành',
            late: context.late,
            failed: context.failed,
          }),
        } as never,
        { ...implementations, actors: procedures } as never,
      ) as AnyStateMachine;
    },
  };
}
