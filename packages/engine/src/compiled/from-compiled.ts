// The adapter from @tdkt/compiler's compiled procedures to the engine's WorkflowDefinition.
import { createHash } from 'node:crypto';
import type { AnyMachineSnapshot, EventObject } from 'xstate';
import type { WorkingDays } from '@tdkt/calendar';
import {
  deadlineInstant,
  delayName,
  dossierPatchSchema,
  effectiveDeadline,
  escalationId,
  postingEnd,
  reminderInstant,
  stepsById,
  timeRulesFromCalendar,
  type CompiledProcedure,
  type StepIR,
} from '@tdkt/compiler';
import type { FiredTimer, StepEntry, StepSpec, WorkflowDefinition, WorkflowSource } from '../engine/definition.js';

export interface CompiledWorkflowOptions {
  /** The version stored with instances; default 1. Bump it when the source changes. */
  readonly version?: number;
  /** Default: a hash of the compiled config (so a changed source under the same version is refused). */
  readonly sourceHash?: string;
  /** The working calendar deadlines are counted on; default the engine's (`createEngine({ calendar })`). */
  readonly calendar?: WorkingDays;
  /** Steps at this level are the dossier owner's own (self-assessment); default `cá_nhân`. */
  readonly individualLevel?: string;
}

interface CompiledContext {
  readonly events?: Readonly<Record<string, string>>;
}

/**
 * Makes a compiled procedure runnable by the engine. The machine reads the engine's clock (a timer's
 * own instant while it fires); its XState `after` timers are ignored: the engine resolves the same
 * deadlines, reminders and posting ends into durable timers and, when one fires, sends the machine
 * the delayed event it was waiting for.
 *
 * @example
 * const { procedures } = compileWorkspace(model);
 * const engine = await createEngine({ workflows: [workflowFromCompiled(procedures.get('xét_cuối_năm')!)], store });
 */
export function workflowFromCompiled(compiled: CompiledProcedure, options: CompiledWorkflowOptions = {}): WorkflowSource {
  const individual = options.individualLevel ?? 'cá_nhân';
  const sourceHash = options.sourceHash ?? createHash('sha256').update(JSON.stringify(compiled.config)).digest('hex');
  return (env): WorkflowDefinition => {
    const time = timeRulesFromCalendar(options.calendar ?? env.calendar);
    const machine = compiled.machine({ clock: env.clock, time });
    const eventsOf = (entry: StepEntry) => (entry.context as CompiledContext | null)?.events ?? {};
    const spec = (step: StepIR): StepSpec => {
      const deadline = effectiveDeadline(step);
      const own = step.level === individual;
      const posting = step.posting;
      const at = (entry: StepEntry): number | null => {
        if (deadline === undefined) return null;
        const instant = deadlineInstant(deadline, entry.enteredAt, eventsOf(entry), time);
        return Number.isFinite(instant) ? instant : null;
      };
      return {
        title: step.title,
        role: step.roles ?? step.role ?? null,
        ...(own ? { ownerOnly: true } : step.level !== undefined ? { level: step.level } : {}),
        deadline: at,
        reminders: (_entry, due) => (due === null ? [] : step.reminders.map((before) => reminderInstant(due, before, time))),
        ...(posting !== undefined ? { postingEnd: (entry: StepEntry) => postingEnd(entry.enteredAt, posting, time) } : {}),
      };
    };
    const steps: Record<string, StepSpec> = {};
    for (const step of stepsById(compiled.ir).values()) {
      steps[step.id] = spec(step);
      // Escalation without a target hands the step to a higher role: same actions, no deadline.
      if (step.escalation !== undefined && step.escalation.target === undefined) {
        steps[escalationId(step.id)] = { title: step.title, role: step.escalation.to };
      }
    }
    const patch = dossierPatchSchema(compiled.ir.fields);
    return {
      name: compiled.name,
      version: options.version ?? 1,
      sourceHash,
      title: compiled.ir.title,
      machine,
      steps,
      dossierSchema: compiled.schema,
      dataSchema: () => patch,
      timerEvent: (timer, snapshot) => delayedEvent(timer, snapshot),
      json: compiled.config,
    };
  };
}

/** The XState delayed event an active state node is waiting for, matching a fired durable timer. */
function delayedEvent(timer: FiredTimer, snapshot: AnyMachineSnapshot): EventObject | null {
  const index = (timer.payload as { index?: number } | null)?.index ?? 0;
  const delay =
    timer.kind === 'deadline' ? delayName.deadline(timer.step) : timer.kind === 'posting' ? delayName.posting(timer.step) : delayName.reminder(timer.step, index);
  for (let i = snapshot._nodes.length - 1; i >= 0; i--) {
    const node = snapshot._nodes[i];
    if (node === undefined) continue;
    const type = `xstate.after.${delay}.${node.id}`;
    if (node.transitions.has(type)) return { type };
  }
  return null;
}
