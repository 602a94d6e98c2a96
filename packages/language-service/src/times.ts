// Every time phrase of an analysed workspace with its resolution, by where it was written.
import type { ProcedureModel, ResolvedTime, WorkspaceModel } from '@tdkt/language';

/** `file:start` of a phrase's span. */
export function timeKey(file: string, start: number): string {
  return `${file}:${start}`;
}

/**
 * Indexes the resolved times of a model: plans' headers, events, phases, section headings and activities,
 * and the deadlines of the procedures their activities run (resolved in the plan's context). A phrase
 * resolved somewhere wins over the same phrase left unresolved (a library procedure on its own).
 *
 * @example
 * timesOfModel(analysis.model).get('kh.tdkt:312')?.resolution?.lastDay
 */
export function timesOfModel(model: WorkspaceModel): Map<string, ResolvedTime> {
  const out = new Map<string, ResolvedTime>();
  const add = (t: ResolvedTime | undefined): void => {
    if (t === undefined) return;
    const key = timeKey(t.source.file, t.source.start);
    const prev = out.get(key);
    if (prev === undefined || (prev.resolution === undefined && t.resolution !== undefined)) out.set(key, t);
  };
  const procedure = (p: ProcedureModel | undefined): void => {
    for (const s of p?.steps ?? []) add(s.deadline?.time);
  };
  for (const plan of model.plans) {
    add(plan.issued);
    for (const e of plan.events) add(e.time);
    for (const p of plan.phases) add(p.time);
    for (const s of plan.sections) if (s.heading.kind === 'time') add(s.heading.time);
    for (const a of plan.activities) {
      add(a.time);
      procedure(a.procedure?.instance);
    }
  }
  for (const p of model.procedures) procedure(p);
  return out;
}
