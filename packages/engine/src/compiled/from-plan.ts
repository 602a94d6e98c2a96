// The adapter from a compiled plan to the engine: the plan as an instance whose activities open and close on
// durable timers and start their procedures' dossiers as its children, for its unit and the units below.
import { createHash } from 'node:crypto';
import type { Period } from '@tdkt/calendar';
import {
  type ActivityIR,
  activityKey as activityKeyOf,
  type CompiledProcedure,
  type CompiledWorkspacePlan,
  hostEvent,
  type PlanContext,
  planDelay,
  planStateId,
  type ResponsibleIR,
  runOf,
  stepsById,
  timeRulesFromCalendar,
  timerEvent,
} from '@tdkt/compiler';
import { type AnyStateMachine, createMachine } from 'xstate';
import type { ChildHooks, ChildStart, StepSpec, WorkflowDefinition, WorkflowSource } from '../engine/definition.js';
import type { PlanSummary } from '../engine/types.js';

/** An event the plan takes from the engine: a type and its fields. */
type PlanEvent = { readonly type: string } & Readonly<Record<string, unknown>>;

import { type CompiledWorkflowOptions, workflowFromCompiled } from './from-compiled.js';

/** The role that acts for a row done by a unit or a level (`do trường_kim_sơn`): whoever keeps the plan in that unit. */
export const UNIT_ROLE = 'đơn_vị';

/**
 * A period as the engine names it: `2020-2021` for a school year, `2024` for a calendar year.
 *
 * @example
 * periodKey({ kind: 'school-year', startYear: 2020 }) // => '2020-2021'
 */
export function periodKey(period: Period): string {
  return period.kind === 'year' ? String(period.year) : `${period.startYear}-${period.startYear + 1}`;
}

/** The workflow a plain fan-out activity runs in each unit (`<plan>#<activity>`). */
export const activityWorkflowName = (plan: string, activity: string): string => `${plan}#${activity}`;

/** Who acts in a plan row: its roles and councils, else the unit role; at their level. */
function actorsOf(activity: ActivityIR): { roles: string[]; level: string | undefined } {
  const by: readonly ResponsibleIR[] =
    activity.responsibles ?? (activity.responsible === undefined ? [] : [{ kind: 'role', id: activity.responsible }]);
  const roles = by.filter((b) => b.kind === 'role' || b.kind === 'council').map((b) => b.id);
  const first = by[0];
  const level = first === undefined ? undefined : first.kind === 'level' ? first.id : first.level;
  return { roles: roles.length > 0 ? roles : [UNIT_ROLE], level };
}

/** The one-step workflow each unit of a plain fan-out activity runs: the row's actors act `done` by its deadline. */
function activityWorkflow(plan: string, activity: ActivityIR, version: number, sourceHash: string): WorkflowDefinition {
  const name = activityWorkflowName(plan, activity.id);
  const machine: AnyStateMachine = createMachine({
    id: name,
    initial: activity.id,
    output: { outcome: 'xong' },
    states: {
      [activity.id]: { id: activity.id, on: { done: { target: 'xong' } } },
      xong: { type: 'final' },
    },
  });
  const { roles, level } = actorsOf(activity);
  const end = activity.window?.end;
  return {
    name,
    version,
    sourceHash,
    title: activity.text,
    machine,
    steps: {
      [activity.id]: {
        title: activity.text,
        role: roles,
        ...(level !== undefined ? { level } : {}),
        deadline: () => end ?? null,
      },
    },
    // The row's deadline is the parent's: recorded here, decided there (roll-up or lateness).
    timerEvent: () => null,
  };
}

/** Step order of a procedure (document order, branches included): "past a row's steps" compares positions. */
function stepOrder(procedure: CompiledProcedure): Map<string, number> {
  const order = new Map<string, number>();
  for (const [index, id] of [...stepsById(procedure.ir).keys()].entries()) order.set(id, index);
  return order;
}

/** Whether a dossier's active steps all come after a row's steps (an escalated step counts as its origin). */
function pastSteps(active: readonly string[], steps: readonly string[], order: ReadonlyMap<string, number>): boolean {
  const last = Math.max(...steps.map((s) => order.get(s) ?? Number.POSITIVE_INFINITY));
  if (active.length === 0 || !Number.isFinite(last)) return false;
  return active.every((step) => {
    const at = order.get(step) ?? order.get(step.replace(/_chuyển_lên$/, ''));
    return at !== undefined && at > last;
  });
}

export interface PlanWorkflowOptions extends CompiledWorkflowOptions {
  /** The level whose units are people: their dossiers belong to the parent unit and are owned by the person. Default `cá_nhân`. */
  readonly individualLevel?: string;
}

/**
 * The engine workflows of a compiled plan: the plan itself (started with `engine.startPlan`), the one-step
 * workflows of its plain fan-out rows, and the procedures its rows run (with their fan-out children).
 *
 * @example
 * const { plans } = compileWorkspace(model);
 * const engine = await createEngine({ workflows: workflowsFromPlan(plans[0]!, { version: 1 }), store, organisation });
 * await engine.startPlan(plans[0]!.compiled.name, { unit: 'phong-gia-lam' });
 */
export function workflowsFromPlan(plan: CompiledWorkspacePlan, options: PlanWorkflowOptions = {}): WorkflowSource[] {
  const ir = plan.compiled.ir;
  const version = options.version ?? 1;
  const period = plan.model.period === undefined ? null : periodKey(plan.model.period);
  // Without a period, a row's written times resolve to nothing: starting the plan would run it without timers.
  const needsPeriod =
    period !== null
      ? []
      : plan.model.activities.flatMap((a) => {
          const section = a.section === undefined ? undefined : plan.model.sections[a.section];
          const text = a.times[0]?.text ?? (section?.heading.kind === 'time' ? section.heading.time.text : undefined);
          return text === undefined ? [] : [{ step: activityKeyOf(a.id), text }];
        });
  const sourceHash =
    options.sourceHash ??
    createHash('sha256')
      .update(JSON.stringify(plan.compiled.config))
      .update(JSON.stringify([...plan.procedures.keys()]))
      .digest('hex');
  const individual = options.individualLevel ?? 'cá_nhân';
  const activities = new Map(ir.activities.map((a) => [a.id, a]));
  const runs = ir.activities.filter((a) => a.procedure !== undefined);
  const plainFanOut = ir.activities.filter(
    (a) => a.fanOut !== undefined && a.procedure === undefined && a.performs === undefined,
  );
  const byWorkflow = new Map(plainFanOut.map((a) => [activityWorkflowName(ir.name, a.id), a.id]));
  // The procedures the plan runs, with their fan-out children.
  const procedures = new Map<string, CompiledProcedure>();
  const add = (name: string): void => {
    const compiled = plan.procedures.get(name);
    if (compiled === undefined || procedures.has(name)) return;
    procedures.set(name, compiled);
    for (const step of stepsById(compiled.ir).values()) if (step.fanOut !== undefined) add(step.fanOut.procedure);
  };
  for (const a of runs) add(a.procedure as string);
  const orders = new Map([...procedures].map(([name, compiled]) => [name, stepOrder(compiled)]));
  const baseName = (key: string): string => key.split('@')[0] as string;

  const hooks: ChildHooks = {
    start(entered, scope, initial) {
      const children: ChildStart[] = [];
      const events: PlanEvent[] = [];
      const inputs = (scope.snapshot.context as PlanContext).procedureInputs as Readonly<
        Record<string, Readonly<Record<string, unknown>>>
      >;
      const fanUnits = (a: ActivityIR): string[] =>
        a.fanOut === undefined ? [scope.unit] : [...scope.unitsAt(scope.unit, a.fanOut.level)];
      for (const a of ir.activities) {
        const opened = entered.includes(planStateId.open(a.id));
        if (opened && a.fanOut !== undefined)
          events.push({ type: hostEvent.fanOutStarted, activity: a.id, units: fanUnits(a) });
        if (opened && plainFanOut.includes(a)) {
          for (const unit of fanUnits(a))
            children.push({
              id: `${scope.id}/${a.id}/${unit}`,
              workflow: activityWorkflowName(ir.name, a.id),
              unit,
              owner: null,
              dossier: {},
            });
        }
        const key = a.procedure;
        if (key === undefined || !(a.startsAtRow === false ? initial : opened)) continue;
        const compiled = procedures.get(key);
        if (compiled === undefined) continue;
        const first = stepsById(compiled.ir).get(compiled.ir.initial);
        const ownerLevel = first?.level;
        const dossier = inputs[key] ?? inputs[baseName(key)] ?? inputs[a.id] ?? {};
        const instances: { id: string; group: string }[] = [];
        for (const group of fanUnits(a)) {
          const found = ownerLevel === undefined ? [] : scope.unitsAt(group, ownerLevel);
          for (const owner of found.length > 0 ? found : [group]) {
            const person = ownerLevel === individual && found.length > 0;
            const id = `${scope.id}/${a.id}/${owner}`;
            children.push({
              id,
              workflow: key,
              unit: person ? (scope.parentOf(owner) ?? owner) : owner,
              owner: person ? owner : null,
              dossier,
            });
            instances.push({ id, group });
          }
        }
        events.push({ type: hostEvent.runStarted, run: a.id, instances });
      }
      return { children, events };
    },
    progress(child, parent) {
      const activity = byWorkflow.get(child.workflow);
      if (activity !== undefined)
        return child.status === 'done'
          ? [{ type: hostEvent.unitDone, activity, unit: child.unit, outcome: child.outcome }]
          : [];
      // A run's dossier: its id is `<plan>/<activity that started the run>/<unit>`.
      if (!child.id.startsWith(`${parent.id}/`)) return [];
      const run = child.id.slice(parent.id.length + 1).split('/')[0] ?? '';
      const starter = activities.get(run);
      if (starter?.procedure === undefined) return [];
      const order = orders.get(starter.procedure) ?? new Map<string, number>();
      const context = parent.snapshot.context as PlanContext;
      const events: PlanEvent[] = [];
      for (const a of ir.activities) {
        if (runOf(a) !== run || (context.progress[a.id] ?? []).includes(child.id)) continue;
        const steps = a.id === run ? a.runSteps : a.performs?.steps;
        if (child.status === 'done' || (steps !== undefined && pastSteps(child.steps, steps, order)))
          events.push({ type: hostEvent.progress, activity: a.id, instance: child.id });
      }
      return events;
    },
    leftBehind(left, child) {
      const activity = byWorkflow.get(child.workflow);
      return activity !== undefined && left.includes(planStateId.open(activity));
    },
  };

  const planSource: WorkflowSource = (env): WorkflowDefinition => {
    const time = timeRulesFromCalendar(options.calendar ?? env.calendar);
    const machine = plan.compiled.machine({ clock: env.clock, time });
    const steps: Record<string, StepSpec> = {};
    for (const a of ir.activities) {
      const window = a.window;
      const { roles, level } = actorsOf(a);
      // A person marks a plain row done on the plan itself; rows with runs or units are done by their progress.
      const plain = a.procedure === undefined && a.performs === undefined && a.fanOut === undefined;
      steps[planStateId.open(a.id)] = {
        title: a.text,
        role: plain ? roles : null,
        ...(plain && level !== undefined ? { level } : {}),
        deadline: () => window?.end ?? null,
      };
      if (window !== undefined)
        steps[planStateId.waiting(a.id)] = { title: a.text, role: null, windowEdge: () => window.start };
      // Waiting for `sau`: a dependency that lets its window pass stops holding the row back at that instant.
      const ends = a.after.map((dep) => activities.get(dep)?.window?.end);
      if (ends.length > 0 && ends.every((end) => end !== undefined)) {
        const late = Math.max(...(ends as number[]));
        steps[planStateId.after(a.id)] = { title: a.text, role: null, windowEdge: () => late };
      }
    }
    for (const phase of ir.phases) {
      steps[planStateId.phaseWaiting(phase.id)] = {
        title: phase.title,
        role: null,
        windowEdge: () => phase.window.start,
      };
      steps[planStateId.phase(phase.id)] = { title: phase.title, role: null, windowEdge: () => phase.window.end };
    }
    const waitingOf = new Map(ir.activities.map((a) => [planStateId.waiting(a.id), a.id]));
    const afterOf = new Map(ir.activities.map((a) => [planStateId.after(a.id), a.id]));
    const phaseWaiting = new Map(ir.phases.map((p) => [planStateId.phaseWaiting(p.id), p.id]));
    const phaseOpen = new Map(ir.phases.map((p) => [planStateId.phase(p.id), p.id]));
    return {
      name: ir.name,
      version,
      sourceHash,
      title: ir.title,
      kind: 'plan',
      period,
      ...(needsPeriod.length > 0 ? { needsPeriod } : {}),
      machine,
      steps,
      timerEvent: (timer) => {
        if (timer.kind === 'deadline' && activities.has(timer.step))
          return { type: timerEvent(planDelay.windowEnd(timer.step)) };
        if (timer.kind !== 'window') return null;
        const opening = waitingOf.get(timer.step);
        if (opening !== undefined) return { type: timerEvent(planDelay.windowStart(opening)) };
        const held = afterOf.get(timer.step);
        if (held !== undefined) return { type: timerEvent(planDelay.depsLate(held)) };
        const starting = phaseWaiting.get(timer.step);
        if (starting !== undefined) return { type: timerEvent(planDelay.phaseStart(starting)) };
        const ending = phaseOpen.get(timer.step);
        return ending === undefined ? null : { type: timerEvent(planDelay.phaseEnd(ending)) };
      },
      outcome: (snapshot) => (snapshot.status === 'done' ? 'hoàn_thành' : null),
      summary: (snapshot): PlanSummary => {
        const context = snapshot.context as PlanContext;
        const regions = ((snapshot.value as { đang_thực_hiện?: Record<string, unknown> }).đang_thực_hiện ??
          {}) as Record<string, unknown>;
        const finished = snapshot.status === 'done';
        const late = new Set(context.late.map((l) => l.activity));
        return {
          kind: 'plan',
          activities: ir.activities.map((a) => ({
            id: a.id,
            text: a.text,
            startDay: a.window?.startDay ?? null,
            lastDay: a.window?.lastDay ?? null,
            status:
              finished || context.done.includes(a.id) ? 'done' : regions[a.id] === 'đang_làm' ? 'open' : 'waiting',
            late: late.has(a.id),
            procedure: a.procedure ?? a.performs?.procedure ?? null,
            fanOut: a.fanOut?.level ?? null,
          })),
          phases: ir.phases.map((p) => {
            const at = regions['đợt'];
            const status =
              finished || at === 'hết'
                ? 'done'
                : at === `đợt_${p.id}`
                  ? 'open'
                  : ir.phases.findIndex((q) => at === `đợt_${q.id}` || at === `chờ_đợt_${q.id}`) > ir.phases.indexOf(p)
                    ? 'done'
                    : 'waiting';
            return { id: p.id, title: p.title, startDay: p.window.startDay, lastDay: p.window.lastDay, status };
          }),
        };
      },
      // The plan's state in a few words: which activities are open (a state value of thirty regions is unreadable).
      state: (snapshot) => {
        if (snapshot.status === 'done') return 'hoàn_thành';
        const regions = ((snapshot.value as { đang_thực_hiện?: Record<string, unknown> }).đang_thực_hiện ??
          {}) as Record<string, unknown>;
        const open = ir.activities.filter((a) => regions[a.id] === 'đang_làm').map((a) => a.id);
        const phase =
          typeof regions['đợt'] === 'string' && (regions['đợt'] as string).startsWith('đợt_')
            ? [(regions['đợt'] as string).replace('_', ' ')]
            : [];
        return open.length === 0 && phase.length === 0
          ? 'đang_thực_hiện'
          : `đang_thực_hiện(${[...phase, ...open].join(', ')})`;
      },
      dataSchema: () => undefined,
      checkInput: (input) => {
        const dossiers = (input['procedureInputs'] ?? {}) as Readonly<Record<string, unknown>>;
        const issues: { path: string; message: string; code: string }[] = [];
        for (const [key, dossier] of Object.entries(dossiers)) {
          const compiled =
            procedures.get(key) ??
            [...procedures.values()].find((p) => baseName(p.name) === key) ??
            procedures.get(activities.get(key)?.procedure ?? '');
          if (compiled === undefined) {
            issues.push({
              path: `dossiers.${key}`,
              message: 'no row of the plan runs this procedure',
              code: 'unknown-procedure',
            });
            continue;
          }
          const result = compiled.schema.safeParse(dossier);
          if (!result.success)
            for (const issue of result.error.issues)
              issues.push({
                path: ['dossiers', key, ...issue.path.map(String)].join('.'),
                message: issue.message,
                code: issue.code,
              });
        }
        return issues;
      },
      json: plan.compiled.config,
      children: hooks,
      requires: [...procedures.keys(), ...byWorkflow.keys()],
    };
  };
  const { sourceHash: _own, ...rest } = options;
  const procedureOptions: CompiledWorkflowOptions = { ...rest, period };
  return [
    planSource,
    ...plainFanOut.map((a) => activityWorkflow(ir.name, a, version, sourceHash)),
    ...[...procedures.values()].map((compiled) => workflowFromCompiled(compiled, procedureOptions)),
  ];
}
