// The guards, delays and actions a compiled procedure machine runs, bound to a clock and calendar.

import { epochDayOfInstant, formatIsoDate } from '@tdkt/calendar';
import { type AnyStateMachine, assign, emit, enqueueActions } from 'xstate';
import type { z } from 'zod';
import { evaluateGuard } from '../expr.js';
import type { DeadlineIR, ExprIR, ProcedureIR, RollUpPolicy, StepIR, Value } from '../ir.js';
import { deadlineInstant, postingEnd, type Runtime, reminderInstant } from '../runtime-time.js';
import type { ActionEvent, ProcedureContext, UnitResult } from './context.js';
import { delayName, emitted, MAX_TIMER_DELAY, stepDoneEvent } from './names.js';

interface Params {
  readonly step: string;
}
// biome-ignore lint/suspicious/noExplicitAny: XState's enqueue type depends on the whole machine's type parameters, which this setup does not spell out
type LooseEnqueue = any;
type Ctx = { readonly context: ProcedureContext; readonly event: { readonly type: string } & Record<string, unknown> };

/** Every step of a procedure by id, branches included. */
export function stepsById(procedure: ProcedureIR): Map<string, StepIR> {
  const map = new Map<string, StepIR>();
  const visit = (steps: readonly StepIR[]): void => {
    for (const step of steps) {
      map.set(step.id, step);
      for (const branch of step.parallel?.branches ?? []) visit(branch.steps);
    }
  };
  visit(procedure.steps);
  return map;
}

/** A step's effective deadline: the declared one, else its processing time counted from entry. */
export function effectiveDeadline(step: StepIR): DeadlineIR | undefined {
  if (step.deadline !== undefined) return step.deadline;
  if (step.processing !== undefined)
    return { kind: 'after-entry', duration: step.processing, soft: false, text: step.processing.text };
  return undefined;
}

/**
 * Whether a roll-up policy lets the collecting step (or plan row) move on with `submitted` of `expected`
 * units in: all of them; a quorum (N units or N %, never more than there are); by deadline: all of them
 * early, otherwise the deadline decides.
 *
 * @example
 * rollUpHolds({ kind: 'quorum', percent: 70 }, 7, 10) // => true
 */
export function rollUpHolds(policy: RollUpPolicy, submitted: number, expected: number): boolean {
  if (policy.kind === 'quorum') {
    const needed = Math.max(policy.count ?? 0, Math.ceil(((policy.percent ?? 0) / 100) * expected));
    return submitted >= Math.min(needed, expected);
  }
  return submitted >= expected;
}

/** Builds the named implementations for one runtime (clock + calendar). */
export function procedureImplementations(
  procedure: ProcedureIR,
  runtime: Runtime,
  patchSchema: z.ZodObject,
  children: Readonly<Record<string, AnyStateMachine>>,
) {
  const steps = stepsById(procedure);
  const now = (): number => runtime.clock.now();
  const deadlineOf = (context: ProcedureContext, id: string): number => {
    const step = steps.get(id);
    const deadline = step && effectiveDeadline(step);
    if (deadline === undefined) return Number.POSITIVE_INFINITY;
    return deadlineInstant(deadline, context.enteredAt[id] ?? now(), context.events, runtime.time);
  };
  const reminderAt = (context: ProcedureContext, id: string, index: number): number => {
    const before = steps.get(id)?.reminders[index];
    const deadline = deadlineOf(context, id);
    return before === undefined || !Number.isFinite(deadline)
      ? Number.POSITIVE_INFINITY
      : reminderInstant(deadline, before, runtime.time);
  };
  // Long waits are cut into timer-sized pieces; the guards below re-check the real instant.
  // In analysis mode a delayed event arriving means its time has come: exploration needs no clock.
  const due = (at: number): boolean => runtime.analysis === true || now() >= at;
  const wait = (at: number): number => Math.min(Math.max(0, at - now()), MAX_TIMER_DELAY);

  const delays: Record<string, (args: Ctx) => number> = {};
  for (const step of steps.values()) {
    delays[delayName.deadline(step.id)] = ({ context }) => wait(deadlineOf(context, step.id));
    if (step.posting !== undefined) {
      const posting = step.posting;
      delays[delayName.posting(step.id)] = ({ context }) =>
        wait(postingEnd(context.enteredAt[step.id] ?? now(), posting, runtime.time));
    }
    step.reminders.forEach((_, index) => {
      delays[delayName.reminder(step.id, index)] = ({ context }) =>
        context.reminded.includes(`${step.id}:${index}`) ? MAX_TIMER_DELAY : wait(reminderAt(context, step.id, index));
    });
  }

  const rollUpReady = (context: ProcedureContext, id: string, policy: RollUpPolicy): boolean =>
    rollUpHolds(policy, (context.units[id] ?? []).length, context.subunits.length);

  return {
    delays,
    guards: {
      expr: ({ context }: Ctx, params: { expr: ExprIR }) => evaluateGuard(params.expr, context.dossier),
      mayAct: ({ context, event }: Ctx, params: { roles: readonly string[] | null; expr?: ExprIR }) => {
        const action = event as unknown as ActionEvent;
        if (params.roles !== null && !params.roles.includes(action.actor?.role)) return false;
        if (action.data !== undefined && !patchSchema.safeParse(action.data).success) return false;
        const dossier = action.data === undefined ? context.dossier : { ...context.dossier, ...action.data };
        return params.expr === undefined || evaluateGuard(params.expr, dossier);
      },
      deadlinePassed: ({ context }: Ctx, params: Params & { expr?: ExprIR }) =>
        due(deadlineOf(context, params.step)) &&
        (params.expr === undefined || evaluateGuard(params.expr, context.dossier)),
      postingOver: ({ context }: Ctx, params: Params) => {
        const posting = steps.get(params.step)?.posting;
        return posting === undefined || due(postingEnd(context.enteredAt[params.step] ?? now(), posting, runtime.time));
      },
      reminderDue: ({ context }: Ctx, params: Params & { index: number }) =>
        !context.reminded.includes(`${params.step}:${params.index}`) &&
        due(reminderAt(context, params.step, params.index)),
      reminderPending: ({ context }: Ctx, params: Params & { index: number }) =>
        runtime.analysis !== true &&
        !context.reminded.includes(`${params.step}:${params.index}`) &&
        now() < reminderAt(context, params.step, params.index),
      rollUpReady: ({ context }: Ctx, params: Params & { policy: RollUpPolicy }) =>
        context.subunits.length > 0 && rollUpReady(context, params.step, params.policy),
    },
    actions: {
      // A re-armed timer re-enters its step: keep the entry time of the visit that is still going on.
      enterStep: assign(({ context }: Ctx, params: Params) =>
        context.rearming === params.step
          ? { rearming: null }
          : { enteredAt: { ...context.enteredAt, [params.step]: now() } },
      ),
      markRearm: assign((_: Ctx, params: Params) => ({ rearming: params.step })),
      // `ghi F = V`: a step's entry writes again only on a real entry, not when a timer re-arms the step.
      writeFields: assign(({ context }: Ctx, params: { fields: Readonly<Record<string, Value>>; step?: string }) =>
        params.step !== undefined && context.rearming === params.step
          ? {}
          : { dossier: { ...context.dossier, ...params.fields } },
      ),
      applyData: assign(({ context, event }: Ctx) => {
        const action = event as unknown as ActionEvent;
        return action.data ? { dossier: { ...context.dossier, ...action.data } } : {};
      }),
      learnEvent: assign(({ context, event }: Ctx) => ({
        events: { ...context.events, [String(event['name'])]: String(event['date']) },
      })),
      // The day a step is left: what a later step's "N ngày kể từ <step>" counts from.
      learnStepDone: assign(({ context }: Ctx, params: Params) => ({
        events: { ...context.events, [stepDoneEvent(params.step)]: formatIsoDate(epochDayOfInstant(now())) },
      })),
      recordLate: enqueueActions(({ context, enqueue }: Ctx & { enqueue: LooseEnqueue }, params: Params) => {
        const done = new Set((context.units[params.step] ?? []).map((u) => u.unit));
        const missing = context.subunits.filter((unit) => !done.has(unit));
        const record = { step: params.step, at: now(), ...(steps.get(params.step)?.fanOut ? { units: missing } : {}) };
        enqueue.assign({ late: [...context.late, record] });
        enqueue.emit({ type: emitted.overdue, step: params.step, at: record.at });
      }),
      remind: enqueueActions(
        ({ context, enqueue }: Ctx & { enqueue: LooseEnqueue }, params: Params & { index: number }) => {
          enqueue.assign({ reminded: [...context.reminded, `${params.step}:${params.index}`] });
          enqueue.emit({ type: emitted.reminder, step: params.step, deadline: deadlineOf(context, params.step) });
        },
      ),
      announcePostingEnd: emit((_: Ctx, params: Params) => ({ type: emitted.postingEnded, step: params.step })),
      recordUnit: assign(({ context, event }: Ctx, params: Params) => {
        const prefix = `xstate.done.actor.${params.step}:`;
        const unit = String(
          event['unit'] ?? (event.type.startsWith(prefix) ? event.type.slice(prefix.length) : event.type),
        );
        const output = event['output'] as { outcome?: string } | undefined;
        const outcome = (event['outcome'] as string | undefined) ?? output?.outcome ?? null;
        const list = context.units[params.step] ?? [];
        if (list.some((u) => u.unit === unit)) return {};
        const result: UnitResult = { unit, outcome, at: now(), late: now() >= deadlineOf(context, params.step) };
        return { units: { ...context.units, [params.step]: [...list, result] } };
      }),
      spawnUnits: enqueueActions(
        ({ context, enqueue }: Ctx & { enqueue: LooseEnqueue }, params: Params & { procedure: string }) => {
          if (children[params.procedure] === undefined) return;
          for (const unit of context.subunits) {
            enqueue.spawnChild(params.procedure, {
              id: `${params.step}:${unit}`,
              input: { unit, events: context.events },
            });
          }
        },
      ),
    },
  };
}

export type { Value };
