// compileProcedure: a ProcedureIR becomes an XState v5 machine plus a description for hosts and the simulator.
import { type AnyStateMachine, createMachine } from 'xstate';
import type { z } from 'zod';
import { dossierPatchSchema, dossierSchema } from '../dossier-schema.js';
import type { ProcedureIR } from '../ir.js';
import type { Runtime } from '../runtime-time.js';
import { procedureConfig, type StateConfig } from './config.js';
import type { ProcedureContext, ProcedureInput } from './context.js';
import { describeProcedure, type ProcedureDescription } from './describe.js';
import { procedureImplementations } from './implementations.js';

export interface CompiledProcedure {
  readonly name: string;
  readonly ir: ProcedureIR;
  /** JSON config (Stately's editor imports it); guards, delays and actions are referenced by name. */
  readonly config: StateConfig;
  readonly schema: z.ZodObject;
  readonly description: ProcedureDescription;
  /**
   * The runnable machine, bound to a clock and calendar. `children` are the compiled procedures its
   * fan-out steps run for each subordinate unit.
   */
  machine(runtime: Runtime, children?: Readonly<Record<string, AnyStateMachine>>): AnyStateMachine;
}

function initialContext(input: ProcedureInput | undefined, schema: z.ZodObject): ProcedureContext {
  const dossier = input?.dossier ?? {};
  const checked =
    Object.keys(dossier).length === 0 && Object.keys(schema.shape).length === 0
      ? { success: true as const }
      : schema.safeParse(dossier);
  if (!checked.success) {
    // Hosts validate first (the engine returns field-level errors); a machine never starts on a bad dossier.
    throw new TypeError(
      `invalid dossier: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  return {
    dossier,
    unit: input?.unit ?? null,
    owner: input?.owner ?? null,
    subunits: input?.subunits ?? [],
    enteredAt: {},
    events: input?.events ?? {},
    reminded: [],
    late: [],
    units: {},
    rearming: null,
  };
}

/**
 * Compiles one procedure. Pure: the same IR gives the same config and description.
 *
 * @example
 * const compiled = compileProcedure(ir);
 * const actor = createActor(compiled.machine({ clock, time }), { clock, input: { dossier } });
 */
export function compileProcedure(ir: ProcedureIR): CompiledProcedure {
  const config = procedureConfig(ir);
  const schema = dossierSchema(ir.fields);
  const patch = dossierPatchSchema(ir.fields);
  const description = describeProcedure(ir);
  return {
    name: ir.name,
    ir,
    config,
    schema,
    description,
    machine(runtime, children = {}) {
      const implementations = procedureImplementations(ir, runtime, patch, children);
      // The config is data and its implementations are looked up by name: typing stops at this seam.
      return createMachine(
        {
          ...(config as object),
          context: ({ input }: { input: ProcedureInput | undefined }) => initialContext(input, schema),
          // The final state reached gives the outcome (its `output`); the context gives the late records.
          output: ({ context, event }: { context: ProcedureContext; event: { output?: { outcome?: string } } }) => ({
            outcome: event.output?.outcome ?? null,
            late: context.late,
          }),
        } as never,
        { ...implementations, actors: children } as never,
      ) as AnyStateMachine;
    },
  };
}
