// What a host or the simulator needs to know about a compiled procedure, without reading the machine.
import type { DeadlineIR, DurationIR, FieldIR, ProcedureIR, SourceRef } from '../ir.js';
import { effectiveDeadline, stepsById } from './implementations.js';
import { hostEvent } from './names.js';

export interface StepDescription {
  readonly id: string;
  readonly title: string;
  readonly role: string | null;
  readonly level: string | null;
  readonly deadline: DeadlineIR | null;
  readonly posting: DurationIR | null;
  readonly reminders: readonly DurationIR[];
  readonly actions: readonly { readonly action: string; readonly target: string; readonly guarded: boolean }[];
  readonly routes: readonly string[];
  readonly timeouts: readonly string[];
  readonly escalation: { readonly to: string; readonly target: string | null } | null;
  readonly fanOut: { readonly level: string; readonly procedure: string; readonly next: string } | null;
  readonly source: SourceRef | null;
}

export interface ProcedureDescription {
  readonly name: string;
  readonly title: string;
  readonly fields: readonly FieldIR[];
  readonly roles: readonly string[];
  /** Action event types and the roles allowed to send each. */
  readonly events: readonly {
    readonly type: string;
    readonly roles: readonly string[];
    readonly steps: readonly string[];
  }[];
  readonly hostEvents: readonly string[];
  readonly steps: readonly StepDescription[];
  readonly finals: readonly { readonly id: string; readonly outcome: string }[];
}

/**
 * Describes a procedure's roles, events, steps and deadlines.
 *
 * @example
 * describeProcedure(ir).events // => [{ type: 'nộp', roles: ['cá_nhân'], steps: ['tự_đánh_giá'] }, …]
 */
export function describeProcedure(ir: ProcedureIR): ProcedureDescription {
  const steps = [...stepsById(ir).values()];
  const events = new Map<string, { roles: Set<string>; steps: Set<string> }>();
  for (const step of steps) {
    for (const t of step.transitions) {
      const entry = events.get(t.action) ?? { roles: new Set<string>(), steps: new Set<string>() };
      for (const role of step.roles ?? (step.role === undefined ? [] : [step.role])) entry.roles.add(role);
      entry.steps.add(step.id);
      events.set(t.action, entry);
    }
  }
  return {
    name: ir.name,
    title: ir.title,
    fields: ir.fields,
    roles: [...new Set(steps.flatMap((s) => s.roles ?? (s.role === undefined ? [] : [s.role])))],
    events: [...events].map(([type, e]) => ({ type, roles: [...e.roles], steps: [...e.steps] })),
    hostEvents: [hostEvent.eventOccurred, hostEvent.unitSubmitted],
    steps: steps.map((s) => ({
      id: s.id,
      title: s.title,
      role: s.role ?? null,
      level: s.level ?? null,
      deadline: effectiveDeadline(s) ?? null,
      posting: s.posting ?? null,
      reminders: s.reminders,
      actions: s.transitions.map((t) => ({ action: t.action, target: t.target, guarded: t.guard !== undefined })),
      routes: s.routes.map((r) => r.target),
      timeouts: (s.timeouts ?? []).map((t) => t.target),
      escalation: s.escalation ? { to: s.escalation.to, target: s.escalation.target ?? null } : null,
      fanOut: s.fanOut ? { level: s.fanOut.level, procedure: s.fanOut.procedure, next: s.fanOut.next } : null,
      source: s.source ?? null,
    })),
    finals: ir.finals.map((f) => ({ id: f.id, outcome: f.outcome })),
  };
}
