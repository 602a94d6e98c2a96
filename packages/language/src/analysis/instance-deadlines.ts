// A plan's instance of a procedure: step deadlines from the rows that perform steps, and derived backwards.
import { type Duration, deadlineOf, type EpochDay, latestStartBefore, type WorkingDays } from '@tdkt/calendar';
import { forwardEdges } from '../model/flow.js';
import type { ModelBound, ModelDeadline, ModelStep, ProcedureModel, ResolvedTime, TimeOrigin } from '../model/types.js';

/** What the plan says about an instance: the rows bound to its steps, and the row running all of it. */
export interface InstanceBinding {
  /** The plan's file: steps' own deadlines written in another file are the library's defaults. */
  readonly planFile: string;
  /** For each step a row performs, the row and its binding end bound (the earliest hard one). */
  readonly rows: ReadonlyMap<string, { readonly activity: string; readonly end: ModelBound | undefined }>;
  /** The row that runs the whole procedure, with its end bound when its time is specific (not year-round). */
  readonly whole?: { readonly activity: string; readonly end: ModelBound | undefined };
  readonly calendar: WorkingDays;
}

export interface BoundInstance {
  readonly instance: ProcedureModel;
  /** Whether the plan changed any step deadline (rows, derived deadlines, dropped defaults). */
  readonly changed: boolean;
  /** The library defaults this use relies on (deadlines and durations), in step order. */
  readonly inherited: TimeOrigin[];
}

/** A deadline as a resolved time: the last allowed day, hard or soft, for a bound that is not a phrase of the step. */
function deadlineAt(day: EpochDay, soft: boolean, origin: TimeOrigin): ModelDeadline {
  const time: ResolvedTime = {
    text: origin.text,
    expr: undefined,
    resolution: { kind: 'deadline', exprKind: 'deadline', window: null, lastDay: day, deadline: deadlineOf(day), soft },
    source: origin.source,
  };
  return { time, origin };
}

/** Whether a step's deadline is the library's calendar guess: its own or a default parameter, absolute, in another file. */
function isLibraryDate(deadline: ModelDeadline | undefined, planFile: string): boolean {
  if (deadline === undefined) return false;
  const { origin, time } = deadline;
  const library = origin.kind === 'default' || (origin.kind === 'step' && origin.source.file !== planFile);
  return library && time.resolution !== undefined && time.resolution.relative === undefined;
}

function sum(durations: readonly (Duration | undefined)[]): Duration[] {
  return durations.filter((d): d is Duration => d !== undefined && d.amount > 0);
}

/**
 * Applies what a plan says to its instance of a procedure. A step performed by a row is due by that row's
 * deadline; when a row with a specific time runs the whole procedure, the library's dates for the steps
 * before the outcome give way to it; every step left without a deadline that a later one constrains gets
 * the latest finish that keeps the later deadlines (CPM backward pass, Eder–Panagos–Rabinovich internal
 * deadlines), so that its `quá hạn` still fires on time. Library defaults still in use are listed.
 *
 * @example
 * bindInstance(instance, { planFile, rows: new Map([['tổ_xét', { activity: 'tổ_xét', end }]]), calendar }).instance
 */
export function bindInstance(procedure: ProcedureModel, binding: InstanceBinding): BoundInstance {
  let changed = false;
  const wholeEnd = binding.whole?.end;
  // A waiting step (an announcement waiting out the complaint period) is settled when entered: a row's
  // deadline bounds its entry, and its own period stays (it is the law's, not the plan's).
  const entryBound = (step: ModelStep): ModelBound | undefined =>
    step.outcome !== 'entry'
      ? undefined
      : (binding.rows.get(step.id)?.end ?? (step.afterOutcome ? undefined : wholeEnd));
  const steps: ModelStep[] = procedure.steps.map((step) => {
    const row = binding.rows.get(step.id);
    if (row?.end !== undefined && step.outcome !== 'entry') {
      const own = step.deadline;
      // A `với` earlier than the row's deadline still binds; anything else gives way to the row.
      if (own?.origin.kind === 'override' && own.time.resolution && own.time.resolution.lastDay <= row.end.day)
        return step;
      changed = true;
      return {
        ...step,
        deadline: deadlineAt(row.end.day, row.end.soft, { ...row.end.origin, kind: 'row', activity: row.activity }),
      };
    }
    if (wholeEnd !== undefined && !step.afterOutcome && !row && isLibraryDate(step.deadline, binding.planFile)) {
      changed = true;
      const { deadline: _dropped, ...rest } = step;
      return rest;
    }
    return step;
  });

  // Backward pass over the forward flow (edges only go to steps written later: reverse order is topological).
  type Latest = { day: EpochDay; origin: TimeOrigin; soft: boolean };
  const byId = new Map(steps.map((s, i) => [s.id, i]));
  const latest = new Map<string, Latest>();
  const out = new Map<string, string[]>();
  for (const e of forwardEdges({ steps, parallels: procedure.parallels }))
    out.set(e.from, [...(out.get(e.from) ?? []), e.to]);
  const bound = (a: Latest | undefined, b: Latest | undefined): Latest | undefined =>
    a === undefined || (b !== undefined && b.day < a.day) ? b : a;
  const startLimit = (step: ModelStep): Latest | undefined => {
    let best: Latest | undefined;
    const finish = latest.get(step.id);
    if (finish && step.outcome !== 'entry') {
      let day = finish.day;
      for (const d of sum([step.posting?.duration, step.takes?.duration]))
        day = latestStartBefore(day, d, binding.calendar);
      best = { ...finish, day };
    }
    const entry = entryBound(step);
    if (entry && !entry.soft) best = bound(best, { day: entry.day, origin: entry.origin, soft: false });
    return best;
  };
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i] as ModelStep;
    const r = step.deadline?.time.resolution;
    let best: Latest | undefined =
      r && !r.soft && r.relative === undefined
        ? { day: r.lastDay, origin: step.deadline!.origin, soft: false }
        : undefined;
    if (step.outcome === 'finish' && wholeEnd && !wholeEnd.soft)
      best = bound(best, { day: wholeEnd.day, origin: wholeEnd.origin, soft: false });
    for (const next of out.get(step.id) ?? []) {
      const j = byId.get(next);
      if (j !== undefined) best = bound(best, startLimit(steps[j] as ModelStep));
    }
    if (best) latest.set(step.id, best);
  }
  const derived = (step: ModelStep, l: Latest): ModelStep => {
    changed = true;
    const activity = binding.whole?.activity ?? l.origin.activity;
    return {
      ...step,
      deadline: deadlineAt(l.day, false, {
        kind: 'derived',
        text: l.origin.text,
        source: l.origin.source,
        ...(activity ? { activity } : {}),
      }),
    };
  };
  const derivedSteps = steps.map((step) => {
    const l = latest.get(step.id);
    if (l === undefined || step.outcome === 'entry') return step;
    if (step.deadline === undefined) return derived(step, l);
    // A row's deadline is the end of its window, and a library date applies only where the plan says
    // nothing: when a later bound the plan itself sets leaves less time, the step is due earlier (the
    // engine's timer fires then).
    const own = step.deadline.time.resolution;
    const fromPlan = !(
      l.origin.kind === 'default' ||
      (l.origin.kind === 'step' && l.origin.source.file !== binding.planFile)
    );
    const yields = step.deadline.origin.kind === 'row' || isLibraryDate(step.deadline, binding.planFile);
    if (yields && fromPlan && own !== undefined && l.day < own.lastDay) return derived(step, l);
    return step;
  });

  return {
    instance: { ...procedure, steps: derivedSteps },
    changed,
    inherited: inheritedOf(derivedSteps, procedure, binding.planFile),
  };
}

/** The library defaults an instance keeps: step deadlines and durations it did not get from the plan. */
function inheritedOf(steps: readonly ModelStep[], procedure: ProcedureModel, planFile: string): TimeOrigin[] {
  const found = new Map<string, TimeOrigin>();
  const overridden = new Set(procedure.params.filter((p) => p.overridden).map((p) => p.id));
  for (const step of steps) {
    const o = step.deadline?.origin;
    if (o && (o.kind === 'default' || (o.kind === 'step' && o.source.file !== planFile)))
      found.set(`${o.source.file}:${o.source.start}`, o);
    for (const d of [step.takes, step.posting, step.remind]) {
      if (d?.param === undefined || overridden.has(d.param) || d.source.file === planFile) continue;
      found.set(`${d.source.file}:${d.source.start}`, {
        kind: 'default',
        text: d.text,
        source: d.source,
        param: d.param,
      });
    }
  }
  return [...found.values()].sort((a, b) =>
    a.source.file === b.source.file ? a.source.start - b.source.start : a.source.file < b.source.file ? -1 : 1,
  );
}
