// The adapter from @tdkt/compiler's compiled procedures to the engine's WorkflowDefinition.
import { createHash } from 'node:crypto';
import type { WorkingDays } from '@tdkt/calendar';
import {
  type CompiledProcedure,
  deadlineInstant,
  delayName,
  dossierPatchSchema,
  effectiveDeadline,
  escalationId,
  hostEvent,
  postingEnd,
  reminderInstant,
  type StepIR,
  stepsById,
  timeRulesFromCalendar,
  timerEvent,
} from '@tdkt/compiler';
import type { EventObject } from 'xstate';
import type {
  ChildHooks,
  FiredTimer,
  StepEntry,
  StepSpec,
  WorkflowDefinition,
  WorkflowSource,
} from '../engine/definition.js';

export interface CompiledWorkflowOptions {
  /** The version stored with instances; default 1. Bump it when the source changes. */
  readonly version?: number;
  /** Default: a hash of the compiled config (so a changed source under the same version is refused). */
  readonly sourceHash?: string;
  /** The working calendar deadlines are counted on; default the engine's (`createEngine({ calendar })`). */
  readonly calendar?: WorkingDays;
  /** Steps at this level are the dossier owner's own (self-assessment); default `cá_nhân`. */
  readonly individualLevel?: string;
  /** The period (`2020-2021`, `2024`) the procedure's dates were resolved in; `start({ period })` selects by it. */
  readonly period?: string | null;
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
export function workflowFromCompiled(
  compiled: CompiledProcedure,
  options: CompiledWorkflowOptions = {},
): WorkflowSource {
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
        reminders: (_entry, due) =>
          due === null ? [] : step.reminders.map((before) => reminderInstant(due, before, time)),
        ...(posting !== undefined
          ? { postingEnd: (entry: StepEntry) => postingEnd(entry.enteredAt, posting, time) }
          : {}),
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
    const fanOuts = [...stepsById(compiled.ir).values()].filter((step) => step.fanOut !== undefined);
    const needsPeriod = compiled.ir.needsPeriod ?? [];
    return {
      name: compiled.name,
      version: options.version ?? 1,
      sourceHash,
      title: compiled.ir.title,
      machine,
      steps,
      dossierSchema: compiled.schema,
      dataSchema: () => patch,
      timerEvent: (timer) => delayedEvent(timer),
      json: compiled.config,
      period: options.period ?? null,
      ...(needsPeriod.length > 0 ? { needsPeriod: needsPeriod.map((n) => ({ step: n.step, text: n.text })) } : {}),
      ...(fanOuts[0]?.fanOut !== undefined
        ? {
            fanOutLevel: fanOuts[0].fanOut.level,
            children: fanOutChildren(fanOuts),
            requires: fanOuts.map((s) => (s.fanOut as NonNullable<StepIR['fanOut']>).procedure),
          }
        : {}),
    };
  };
}

/**
 * A fan-out step in the engine: entering it starts the child procedure in each subordinate unit (the
 * machine's `subunits`), ids `<parent>/<step>/<unit>`; each child's end is delivered as
 * `tdkt.unit-submitted`; leaving the step leaves the children still open behind.
 */
function fanOutChildren(steps: readonly StepIR[]): ChildHooks {
  const byStep = new Map(steps.map((s) => [s.id, s.fanOut as NonNullable<StepIR['fanOut']>]));
  const byChild = new Map(steps.map((s) => [(s.fanOut as NonNullable<StepIR['fanOut']>).procedure, s.id]));
  return {
    start(entered, scope) {
      const children = entered.flatMap((step) => {
        const fan = byStep.get(step);
        if (fan === undefined) return [];
        const context = scope.snapshot.context as {
          subunits?: readonly string[];
          dossier?: Record<string, unknown>;
          events?: Record<string, string>;
        };
        return (context.subunits ?? []).map((unit) => ({
          id: `${scope.id}/${step}/${unit}`,
          workflow: fan.procedure,
          unit,
          owner: null,
          dossier: context.dossier ?? {},
          input: { events: context.events ?? {} },
        }));
      });
      return { children, events: [] };
    },
    progress(child) {
      if (child.status !== 'done' || !byChild.has(child.workflow)) return [];
      return [{ type: hostEvent.unitSubmitted, unit: child.unit, outcome: child.outcome }];
    },
    leftBehind(left, child) {
      const step = byChild.get(child.workflow);
      return step !== undefined && left.includes(step);
    },
  };
}

/** The named event (`tdkt.timer.<delay>`) a compiled machine takes when a durable timer fires. */
function delayedEvent(timer: FiredTimer): EventObject | null {
  const index = (timer.payload as { index?: number } | null)?.index ?? 0;
  if (timer.kind === 'window') return null;
  const delay =
    timer.kind === 'deadline'
      ? delayName.deadline(timer.step)
      : timer.kind === 'posting'
        ? delayName.posting(timer.step)
        : delayName.reminder(timer.step, index);
  return { type: timerEvent(delay) };
}
