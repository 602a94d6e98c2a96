// Lowers a resolved plan of the language's model into PlanIR.
import type { PlanModel } from '@tdkt/language';
import type { ActivityIR, PhaseIR, PlanIR } from '../ir.js';
import { rollUpPolicy, source } from './procedure.js';
import { lowerWindow } from './time.js';

/** State keys cannot hold `#` or `.`: anonymous activities (`#12`) become `hoạt_động_12`. */
export const activityKey = (id: string): string => id.replace(/^#/, 'hoạt_động_').replace(/\./g, '_');

/**
 * The plan as PlanIR: its activities (windows, `sau` orderings among activities, procedure links) and phases.
 *
 * @example
 * compilePlan(lowerPlan(model.plans[0]))
 */
export function lowerPlan(model: PlanModel, name: string = planName(model)): PlanIR {
  const activityIds = new Set(model.activities.map((a) => a.id));
  const activities: ActivityIR[] = model.activities.map((a) => {
    // The window every bound leaves; soft only when no hard bound shapes it.
    const soft = a.bounds.length > 0 && a.bounds.every((b) => b.soft);
    const window = lowerWindow(a.window, a.times.map((t) => t.text).join('; '), soft);
    const responsible = a.by[0]?.id;
    const responsibles = a.by.flatMap((b) =>
      b.kind === 'unresolved' ? [] : [{ kind: b.kind, id: b.id, ...(b.level !== undefined ? { level: b.level } : {}) }],
    );
    return {
      id: activityKey(a.id),
      text: a.text,
      ...(responsible !== undefined ? { responsible } : {}),
      ...(responsibles.length > 0 ? { responsibles } : {}),
      ...(window ? { window } : {}),
      // `sau` may also name an event: the plan machine orders activities only; events are run-time input.
      after: a.after.filter((id) => activityIds.has(id)).map(activityKey),
      ...(a.procedure
        ? {
            procedure: procedureKey(a.procedure.procedure, a.id, a.procedure.customised),
            startsAtRow: a.procedure.startsAtRow,
          }
        : {}),
      ...(a.procedure?.performs ? { runSteps: a.procedure.performs } : {}),
      ...(a.procedureStep
        ? {
            performs: {
              activity: activityKey(a.procedureStep.startedBy),
              procedure: a.procedureStep.procedure,
              steps: a.procedureStep.steps,
            },
          }
        : {}),
      ...(a.fanOut ? { fanOut: { level: a.fanOut.level, rollUp: rollUpPolicy(a.rollUp) } } : {}),
      source: source(a.source),
    };
  });
  const phases: PhaseIR[] = model.phases.flatMap((p) => {
    const window = lowerWindow(
      p.time?.resolution?.window ?? undefined,
      p.time?.text ?? '',
      p.time?.resolution?.soft ?? false,
    );
    return window ? [{ id: p.id, title: p.theme ?? `Đợt ${p.id}`, window, source: source(p.source) }] : [];
  });
  return {
    name,
    title: model.title,
    activities,
    phases,
    source: source(model.source),
  };
}

/** The name an activity's procedure is compiled under: its own when the plan changed its deadlines. */
export function procedureKey(procedure: string, activity: string, customised: boolean): string {
  return customised ? `${procedure}@${activityKey(activity)}` : procedure;
}

/** A machine id for a plan: its file's base name. */
export function planName(model: PlanModel): string {
  const base = model.file.split(/[\\/]/).pop() ?? 'kế_hoạch';
  return base.replace(/\.tdkt$/, '').replace(/[^\p{L}\p{N}_-]/gu, '_');
}
