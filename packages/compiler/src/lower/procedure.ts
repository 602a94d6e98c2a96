// Lowers a resolved procedure of the language's model into ProcedureIR (plus one child per fan-out step).
import type { ModelStep, ModelTarget, ModelTransition, ProcedureModel } from '@tdkt/language';
import type { FieldIR, ProcedureIR, RollUpPolicy, SourceRef, StepIR, TransitionIR, WritesIR } from '../ir.js';
import { branchEndId } from '../procedure/names.js';
import { lowerExpr } from './expr.js';
import { lowerDeadline, lowerDuration } from './time.js';

/** The procedure each unit runs for a fan-out step: its name, so hosts and diagrams can refer to it. */
export const fanOutProcedureName = (procedure: string, step: string): string => `${procedure}__${step}`;

function targetId(target: ModelTarget, branch: string | undefined): string | undefined {
  switch (target.kind) {
    case 'step':
    case 'final':
    case 'parallel':
      return target.id;
    case 'done':
      return branch === undefined ? undefined : branchEndId(branch);
    case 'unresolved':
      return undefined;
  }
}

/** A model position as the IR's SourceRef (only the fields the IR keeps). */
export function source(ref: { file: string; line: number; col: number; start: number; end: number }): SourceRef {
  return { file: ref.file, line: ref.line, col: ref.col, start: ref.start, end: ref.end };
}

/** A roll-up clause as the IR's policy (`gộp tất cả` when none is written). */
export function rollUpPolicy(policy: ModelStep['rollUp']): RollUpPolicy {
  switch (policy?.type) {
    case 'quorum-count':
      return { kind: 'quorum', count: policy.count };
    case 'quorum-percent':
      return { kind: 'quorum', percent: policy.percent };
    case 'on-time':
      return { kind: 'by-deadline' };
    default:
      return { kind: 'all' };
  }
}

interface Lowered {
  readonly step: StepIR;
  readonly children: ProcedureIR[];
}

/** `ghi F = V, …` as a record of field values (absent when nothing is written). */
function writesOf(writes: ModelStep['writes']): { writes?: WritesIR } {
  return writes === undefined || writes.length === 0
    ? {}
    : { writes: Object.fromEntries(writes.map((w) => [w.field, w.value])) };
}

function lowerStep(procedure: ProcedureModel, step: ModelStep): Lowered {
  const fields = procedure.fields;
  const guardOf = (t: ModelTransition) => (t.guard === undefined ? {} : { guard: lowerExpr(t.guard, fields) });
  const transitions: TransitionIR[] = [];
  const routes: StepIR['routes'][number][] = [];
  const timeouts: NonNullable<StepIR['timeouts']>[number][] = [];
  for (const t of step.transitions) {
    const target = targetId(t.target, step.branch);
    if (target === undefined) continue; // unresolved: the language has reported it
    const common = { target, ...guardOf(t), ...writesOf(t.writes), source: source(t.source) };
    if (t.trigger === 'action') transitions.push({ action: t.actionName ?? t.action ?? 'custom', ...common });
    else if (t.trigger === 'auto' && t.guard !== undefined)
      routes.push({ ...common, guard: lowerExpr(t.guard, fields) });
    else if (t.trigger === 'timeout') timeouts.push(common);
  }
  // A library file may name roles its plan declares: the written name is still who acts (never "anyone").
  const roles = step.by.map((a) => a.id);
  const escalation = step.escalations[0];
  const escalationTarget = escalation?.target && targetId(escalation.target, step.branch);
  const deadline = lowerDeadline(step.deadline?.time, new Set(procedure.steps.map((s) => s.id)));
  const processing = lowerDuration(step.takes);
  const posting = lowerDuration(step.posting);
  const reminder = lowerDuration(step.remind);
  const base: StepIR = {
    id: step.id,
    title: step.title ?? step.id,
    ...(roles[0] !== undefined ? { role: roles[0], roles } : {}),
    ...(step.level !== undefined ? { level: step.level } : {}),
    ...(step.outcome === 'entry' ? { waiting: true as const } : {}),
    ...writesOf(step.writes),
    ...(deadline ? { deadline } : {}),
    ...(processing ? { processing } : {}),
    ...(posting ? { posting } : {}),
    reminders: reminder ? [reminder] : [],
    routes,
    transitions,
    ...(timeouts.length > 0 ? { timeouts } : {}),
    ...(escalation
      ? {
          escalation: {
            to: escalation.to.id,
            ...(escalationTarget ? { target: escalationTarget } : {}),
            source: source(escalation.source),
          },
        }
      : {}),
    source: source(step.source),
  };
  if (step.fanOut === undefined || transitions[0] === undefined) return { step: base, children: [] };
  // Fan-out: every unit of the level takes the step's actions in its own instance; the roll-up then
  // goes where the step's first action leads.
  const childName = fanOutProcedureName(procedure.id, step.id);
  const outcomes = [...new Set(transitions.map((t) => t.action))];
  // The unit's own instance ends in its action's outcome: the step's conditions and its `quá hạn` lead to
  // the parent procedure's steps and finals, so they stay with the parent (a unit that misses the
  // deadline is recorded late there, and the roll-up policy decides).
  const { timeouts: _timeouts, escalation: _escalation, ...unitStep } = base;
  const needs = (procedure.needsPeriod ?? [])
    .filter((n) => n.step === step.id)
    .map((n) => ({ step: n.step, text: n.text, source: source(n.source) }));
  const child: ProcedureIR = {
    name: childName,
    title: step.title ?? step.id,
    fields: lowerFields(procedure),
    initial: step.id,
    steps: [
      { ...unitStep, routes: [], transitions: transitions.map((t) => ({ ...t, target: `${childName}__${t.action}` })) },
    ],
    finals: outcomes.map((action) => ({ id: `${childName}__${action}`, outcome: action })),
    ...(needs.length > 0 ? { needsPeriod: needs } : {}),
    source: source(step.source),
  };
  const parent: StepIR = {
    ...base,
    transitions: [],
    fanOut: {
      level: step.fanOut.level,
      procedure: childName,
      policy: rollUpPolicy(step.rollUp),
      next: transitions[0].target,
    },
  };
  return { step: parent, children: [child] };
}

function lowerFields(procedure: ProcedureModel): FieldIR[] {
  return procedure.fields.map((f) => ({
    name: f.id,
    ...(f.label !== undefined ? { title: f.label } : {}),
    type:
      f.type === 'bool'
        ? { kind: 'boolean' }
        : f.type === 'enum'
          ? { kind: 'enum', values: f.values ?? [] }
          : { kind: f.type },
    // Dossiers fill in over time (the council adds its score): fields are typed, not required.
    required: false,
  }));
}

/**
 * The procedure as ProcedureIR, plus the procedures its fan-out steps run in each unit.
 *
 * @example
 * const { procedure, children } = lowerProcedure(model.procedures[0]);
 * compileProcedure(procedure)
 */
export function lowerProcedure(model: ProcedureModel): { procedure: ProcedureIR; children: ProcedureIR[] } {
  const children: ProcedureIR[] = [];
  const lowered = new Map<string, StepIR>();
  for (const step of model.steps) {
    const { step: ir, children: more } = lowerStep(model, step);
    lowered.set(step.id, ir);
    children.push(...more);
  }
  const steps: StepIR[] = model.steps.filter((s) => s.parallel === undefined).map((s) => lowered.get(s.id) as StepIR);
  for (const parallel of model.parallels) {
    const join = parallel.join && targetId(parallel.join.target, undefined);
    steps.push({
      id: parallel.id,
      title: parallel.title ?? parallel.id,
      reminders: [],
      routes: [],
      transitions: [],
      parallel: {
        join: join ?? model.finals[0]?.id ?? parallel.id,
        joinPolicy: parallel.join?.policy ?? 'all',
        branches: parallel.branches.map((b) => ({
          name: b.id,
          initial: b.initial ?? b.steps[0] ?? '',
          steps: b.steps.flatMap((id) => (lowered.has(id) ? [lowered.get(id) as StepIR] : [])),
        })),
      },
      source: source(parallel.source),
    });
  }
  const procedure: ProcedureIR = {
    name: model.id,
    title: model.title ?? model.id,
    fields: lowerFields(model),
    initial: model.initial ?? steps[0]?.id ?? '',
    steps,
    finals: model.finals.map((f) => ({ id: f.id, outcome: f.id, source: source(f.source) })),
    ...(model.needsPeriod !== undefined && model.needsPeriod.length > 0
      ? { needsPeriod: model.needsPeriod.map((n) => ({ step: n.step, text: n.text, source: source(n.source) })) }
      : {}),
    source: source(model.source),
  };
  return { procedure, children };
}
