// Analyses a plan: period and context, events, phases, sections, activities, dependencies, procedure links.
import { defaultWorkingCalendar, periodWindow, tetDay, type DayWindow, type Diagnostic, type EventDate, type Period, type ResolveContext, type TimeExpr } from '@tdkt/calendar';
import type { Activity, Plan, TimePhrase } from '../ast/index.js';
import type { ModelActivity, ModelEvent, ModelParam, ModelPhase, ModelSection, PlanModel, ResolvedTime } from '../model/types.js';
import { resolveIn, unresolvedTime, type FileEnv } from './env.js';
import { analyzeProcedure } from './procedure.js';
import { nameKey, Table } from './table.js';

function windowOf(t: ResolvedTime | undefined): DayWindow | undefined {
  const r = t?.resolution;
  if (!r) return undefined;
  return r.window ?? { start: r.lastDay, end: r.lastDay };
}

function relativeEvents(expr: unknown): Array<{ name: string; span: { start: number; end: number } }> {
  const e = expr as TimeExpr | undefined;
  if (!e) return [];
  if (e.kind === 'relative') return [{ name: e.event.name, span: e.event.span }];
  if (e.kind === 'tentative') return relativeEvents(e.inner);
  return [];
}

/**
 * Builds a plan's model in its file's environment, validating every name and time it uses.
 *
 * @example
 * analyzePlan(planAst, env).activities.length
 */
export function analyzePlan(plan: Plan, env: FileEnv): PlanModel {
  const d = env.diagnostics;
  let period: Period | undefined;
  let lenient = false;
  let frame: TimePhrase | undefined;
  const bases: string[] = [];
  const notes: string[] = [];
  let issuer: PlanModel['issuer'];
  let docNumber: string | undefined;
  let issuedAst: TimePhrase | undefined;
  const once = new Map<string, true>();
  for (const item of plan.items) {
    if (['Period', 'Frame', 'LenientBefore', 'DocNumber', 'Issued', 'Issuer'].includes(item.kind)) {
      if (once.has(item.kind)) d.push({ code: 'syntax.duplicate-clause', severity: 'error', span: item.span, data: { clause: item.kind.toLowerCase() } });
      once.set(item.kind, true);
    }
    if (item.kind === 'Period') period = item.type === 'school-year' ? { kind: 'school-year', startYear: item.startYear } : { kind: 'year', year: item.startYear };
    else if (item.kind === 'LenientBefore') lenient = true;
    else if (item.kind === 'Frame') frame = item.time;
    else if (item.kind === 'Basis') bases.push(item.text.value);
    else if (item.kind === 'Note') notes.push(item.text.value);
    else if (item.kind === 'DocNumber') docNumber = item.text.value;
    else if (item.kind === 'Issued') issuedAst = item.time;
    else if (item.kind === 'Issuer') {
      if (item.level && !env.levels.has(item.level.name) && env.hasOrg) d.push(env.levels.unknown(item.level.name, item.level.span));
      issuer = { name: item.name.value, ...(item.level ? { level: item.level.name } : {}), ...(item.parent ? { parent: item.parent.kind === 'Str' ? item.parent.value : item.parent.name } : {}), source: env.src(item.span) };
    }
  }
  const events: Record<string, EventDate> = {};
  const baseCtx = period ? { period, beforeReading: lenient ? ('lenient' as const) : ('strict' as const), calendar: defaultWorkingCalendar(), lunar: { tetDay }, events } : undefined;
  if (!period) d.push({ code: 'validate.no-period', severity: 'warning', span: plan.title.span, data: {} });
  if (period?.kind === 'school-year' && frame && baseCtx) {
    const w = windowOf(resolveIn(env, frame, baseCtx));
    if (w) period = { ...period, bounds: w };
  }
  const ctx: ResolveContext | undefined = baseCtx && period ? { ...baseCtx, period } : undefined;
  const pWindow = period ? periodWindow(period) : undefined;

  const names = new Table<'event' | 'activity'>('event-or-activity');
  const eventModels: ModelEvent[] = [];
  const phaseTable = new Table<ModelPhase>('phase');
  for (const item of plan.items) {
    if (item.kind === 'Event') {
      names.add(item.id.name, 'event', item.id.span, d, env.index);
      const time = item.time ? resolveIn(env, item.time, ctx) : undefined;
      const w = windowOf(time);
      if (w) events[item.id.name] = { window: w };
      eventModels.push({ id: item.id.name, ...(item.name ? { name: item.name.value } : {}), ...(time ? { time } : {}), source: env.src(item.id.span) });
    } else if (item.kind === 'Phase') {
      const time = item.time ? resolveIn(env, item.time, ctx) : undefined;
      phaseTable.add(item.id.name, { id: item.id.name, ...(item.theme ? { theme: item.theme.value } : {}), ...(time ? { time } : {}), notes: item.notes.map((n) => n.text.value), source: env.src(item.id.span) }, item.id.span, d, env.index);
    }
  }

  const sections: ModelSection[] = [];
  const placed: Array<{ a: Activity; section: number | undefined; window: DayWindow | undefined }> = [];
  for (const item of plan.items) {
    if (item.kind !== 'Schedule') continue;
    for (const a of item.activities) placed.push({ a, section: undefined, window: undefined });
    for (const s of item.sections) {
      let heading: ModelSection['heading'];
      let window: DayWindow | undefined;
      if (s.heading.kind === 'Time') {
        const time = resolveIn(env, s.heading, ctx);
        heading = { kind: 'time', time };
        window = windowOf(time);
      } else if (s.heading.kind === 'PhaseRef') {
        const ph = phaseTable.get(s.heading.phase.name);
        if (!ph) d.push(phaseTable.unknown(s.heading.phase.name, s.heading.phase.span));
        heading = { kind: 'phase', phase: ph?.id ?? s.heading.phase.name };
        window = windowOf(ph?.time);
      } else {
        heading = { kind: 'year-round', form: s.heading.form };
        window = pWindow;
      }
      const index = sections.length;
      const ids = s.activities.map((a) => activityId(env, a));
      sections.push({ heading, ...(s.label ? { label: s.label.value } : {}), ...(window ? { window } : {}), activities: ids, source: env.src(s.span) });
      for (const a of s.activities) placed.push({ a, section: index, window });
    }
  }
  for (const { a } of placed) if (a.id) names.add(a.id.name, 'activity', a.id.span, d, env.index);

  const activities: ModelActivity[] = placed.map(({ a, section, window }) => {
    for (const ref of relativeEvents(a.time?.expr)) {
      if (!names.has(ref.name)) d.push(names.unknown(ref.name, { start: a.time!.span.start + ref.span.start, end: a.time!.span.start + ref.span.end }));
    }
    const time = a.time ? resolveIn(env, a.time, ctx, window) : undefined;
    const own = windowOf(time);
    if (a.id && own) events[a.id.name] = { window: own };
    for (const r of a.after) if (!names.has(r.name)) d.push(names.unknown(r.name, r.span));
    const link = a.procedure ? linkProcedure(env, a, ctx) : undefined;
    const w = own ?? window;
    return {
      id: activityId(env, a), anonymous: a.id === undefined, text: a.text.value, by: a.by.map((r) => env.actor(r, true)),
      ...(section !== undefined ? { section } : {}), ...(time ? { time } : {}), ...(w ? { window: w } : {}),
      after: a.after.map((r) => names.declared(r.name) ?? r.name), ...(link ? { procedure: link } : {}), notes: a.notes.map((n) => n.text.value), source: env.src(a.span),
    };
  });
  checkAfterCycles(activities, placed.map((p) => p.a), d);

  return {
    file: env.file, title: plan.title.value, ...(issuer ? { issuer } : {}), ...(docNumber ? { docNumber } : {}),
    ...(issuedAst ? { issued: resolveIn(env, issuedAst, ctx) } : {}), ...(period ? { period } : {}), ...(pWindow ? { periodWindow: pWindow } : {}),
    beforeReading: lenient ? 'lenient' : 'strict', bases, notes,
    levels: env.levels.values(), units: env.units.values(), roles: env.actors.values(), events: eventModels, phases: phaseTable.values(),
    sections, activities, source: env.src(plan.title.span),
  };
}

function activityId(env: FileEnv, a: Activity): string {
  return a.id ? a.id.name : `#${env.index.lineCol(a.span.start).line}`;
}

function linkProcedure(env: FileEnv, a: Activity, ctx: ResolveContext | undefined): ModelActivity['procedure'] {
  const link = a.procedure!;
  const entry = env.procedures.get(link.procedure.name);
  if (!entry) {
    env.diagnostics.push(env.procedures.unknown(link.procedure.name, link.procedure.span));
    return undefined;
  }
  const declared = new Set(entry.ast.items.flatMap((i) => (i.kind === 'Param' ? [nameKey(i.id.name)] : [])));
  const overrides = new Map<string, ModelParam>();
  for (const o of link.overrides) {
    if (!declared.has(nameKey(o.name.name))) {
      const names = entry.ast.items.flatMap((i) => (i.kind === 'Param' ? [i.id.name] : []));
      const t = new Table<string>('param');
      for (const n of names) t.add(n, n, o.name.span, [], env.index);
      const u = t.unknown(o.name.name, o.name.span);
      env.diagnostics.push({ ...u, code: 'validate.override-unknown', data: { ...u.data, procedure: link.procedure.name } });
      continue;
    }
    const { kind: _k, span: _s, ...value } = o.value;
    overrides.set(nameKey(o.name.name), { id: o.name.name, value, overridden: true, source: env.src(o.span) });
  }
  const sink: Diagnostic[] = [];
  const instance = analyzeProcedure(entry, { actorEnv: entry.env.hasOrg ? entry.env : env, ...(ctx ? { ctx } : {}), overrides, structural: false, sink });
  // Time problems of an instance come from this plan's context (its period, its events): report them
  // at the activity's `theo quy trình`, naming the procedure, unless the procedure is in this very file.
  for (const x of sink) {
    if (entry.env === env) env.diagnostics.push(x);
    else env.diagnostics.push({ ...x, span: link.span, data: { ...x.data, procedure: entry.ast.id.name } });
  }
  return { procedure: entry.ast.id.name, file: entry.env.file, overrides: [...overrides.values()], instance, source: env.src(link.span) };
}

function checkAfterCycles(acts: ModelActivity[], asts: Activity[], d: Diagnostic[]): void {
  const byId = new Map(acts.map((a, i) => [nameKey(a.id), i]));
  const state = new Array<number>(acts.length).fill(0);
  const stack: number[] = [];
  const visit = (i: number): void => {
    state[i] = 1;
    stack.push(i);
    for (const n of acts[i]!.after) {
      const j = byId.get(nameKey(n));
      if (j === undefined) continue;
      if (state[j] === 1) {
        const chain = [...stack.slice(stack.indexOf(j)), j].map((k) => acts[k]!.id);
        const ref = asts[i]!.after.find((r) => nameKey(r.name) === nameKey(n))!;
        d.push({ code: 'validate.after-cycle', severity: 'error', span: ref.span, data: { chain } });
      } else if (state[j] === 0) visit(j);
    }
    stack.pop();
    state[i] = 2;
  };
  for (let i = 0; i < acts.length; i++) if (state[i] === 0) visit(i);
}

export { unresolvedTime };
