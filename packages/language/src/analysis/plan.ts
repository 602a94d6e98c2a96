// Analyses a plan: period and context, events, phases, sections, activities, dependencies, procedure links.
import {
  bindEvent,
  type DayWindow,
  defaultWorkingCalendar,
  type EventDate,
  eventRefsOf,
  periodWindow,
  type ResolveContext,
  type TimeExpr,
  tetDay,
} from '@tdkt/calendar';
import type { Activity, Plan, Section } from '../ast/index.js';
import type { ModelActivity, ModelEvent, ModelPhase, ModelSection, PlanModel, ResolvedTime } from '../model/types.js';
import { type FileEnv, resolveIn, timeOrigin } from './env.js';
import { activityTimes, type HeadingWindow } from './plan-bounds.js';
import { readPlanHeader } from './plan-header.js';
import { type LinkRow, linkRows } from './plan-links.js';
import { checkAfterCycles, comesAfter } from './plan-order.js';
import { Table } from './table.js';

function windowOf(t: ResolvedTime | undefined): DayWindow | undefined {
  const r = t?.resolution;
  if (!r) return undefined;
  return r.window ?? { start: r.lastDay, end: r.lastDay };
}

/** How sure a plan is of an event's date: a date or window as written, `dự kiến`, or none (run time). */
function certainty(time: ResolvedTime | undefined): ModelEvent['certainty'] {
  if (time?.resolution === undefined) return 'runtime';
  return time.resolution.soft ? 'estimated' : 'known';
}

/**
 * Builds a plan's model in its file's environment, validating every name and time it uses.
 *
 * @example
 * analyzePlan(planAst, env).activities.length
 */
export function analyzePlan(plan: Plan, env: FileEnv): PlanModel {
  const d = env.diagnostics;
  const header = readPlanHeader(plan, env);
  const { period, lenient } = header;
  const reading = lenient ? ('lenient' as const) : ('strict' as const);
  const events: Record<string, EventDate> = {};
  // Written titles bind a phrase's event by the words a plan uses (`sau hội nghị cán bộ viên chức`).
  const eventTitles: Record<string, string> = {};
  for (const item of plan.items) if (item.kind === 'Event' && item.name) eventTitles[item.id.name] = item.name.value;
  const ctx: ResolveContext | undefined = period
    ? {
        period,
        beforeReading: reading,
        calendar: defaultWorkingCalendar(),
        lunar: { tetDay },
        events,
        eventTitles,
        ...(header.frame ? { frame: header.frame } : {}),
      }
    : undefined;
  const pWindow = period ? periodWindow(period) : undefined;

  const names = new Table<'event' | 'activity'>('event-or-activity');
  const eventModels: ModelEvent[] = [];
  const phaseTable = new Table<ModelPhase>('phase');
  for (const item of plan.items) {
    if (item.kind === 'Event') {
      names.add(item.id.name, 'event', item.id.span, d, env.index);
      const time = item.time ? resolveIn(env, item.time, ctx) : undefined;
      const r = time?.resolution;
      // A single day written without `dự kiến` is the event's date; anything else is a window to expect it in.
      if (r)
        events[item.id.name] =
          !r.soft && r.window !== null && r.window.start === r.window.end
            ? { date: r.window.start }
            : { window: windowOf(time)! };
      eventModels.push({
        id: item.id.name,
        ...(item.name ? { name: item.name.value } : {}),
        ...(time ? { time } : {}),
        certainty: certainty(time),
        source: env.src(item.id.span),
      });
    } else if (item.kind === 'Phase') {
      const time = item.time ? resolveIn(env, item.time, ctx) : undefined;
      phaseTable.add(
        item.id.name,
        {
          id: item.id.name,
          ...(item.theme ? { theme: item.theme.value } : {}),
          ...(time ? { time } : {}),
          notes: item.notes.map((n) => n.text.value),
          source: env.src(item.id.span),
        },
        item.id.span,
        d,
        env.index,
      );
    }
  }

  const sections: ModelSection[] = [];
  const placed: Array<{ a: Activity; section: number | undefined; heading: HeadingWindow | undefined }> = [];
  for (const item of plan.items) {
    if (item.kind !== 'Schedule') continue;
    for (const a of item.activities) placed.push({ a, section: undefined, heading: undefined });
    for (const s of item.sections) {
      const { heading, window: hw } = sectionHeading(env, s, phaseTable, ctx, reading, pWindow);
      const index = sections.length;
      sections.push({
        heading: heading.model,
        ...(s.label ? { label: s.label.value } : {}),
        ...(hw ? { window: hw.window } : {}),
        activities: s.activities.map((a) => activityId(env, a)),
        source: env.src(s.span),
      });
      for (const a of s.activities) placed.push({ a, section: index, heading: hw });
    }
  }
  for (const { a } of placed) if (a.id) names.add(a.id.name, 'activity', a.id.span, d, env.index);

  const drafts = placed.map(({ a, section, heading }) => {
    const unknown: number[] = [];
    for (const t of a.times) {
      for (const ref of t.expr ? eventRefsOf(t.expr as TimeExpr) : []) {
        // A declared id or activity, a declared event's written title, or a school event (`khai giảng`).
        if (names.has(ref.name) || bindEvent(ref.name, { events, eventTitles }) !== undefined) continue;
        d.push(names.unknown(ref.name, { start: t.span.start + ref.span.start, end: t.span.start + ref.span.end }));
        unknown.push(t.span.start + ref.span.start);
      }
    }
    const sink: typeof d = [];
    const times = a.times.map((t) => resolveIn(env, t, ctx, heading?.window, sink));
    // A name already reported as unknown is not also an event "whose date is not known yet".
    d.push(...sink.filter((x) => !(x.code === 'time.unknown-event' && unknown.includes(x.span.start))));
    const { bounds, window, diagnostics } = activityTimes(heading, times, reading, pWindow);
    d.push(...diagnostics);
    if (a.id && window) events[a.id.name] = { window };
    for (const r of a.after) if (!names.has(r.name)) d.push(names.unknown(r.name, r.span));
    return {
      a,
      id: activityId(env, a),
      section,
      times,
      bounds,
      window,
      after: a.after.map((r) => names.declared(r.name) ?? r.name),
    };
  });
  const isAfter = comesAfter(drafts);
  const rows: LinkRow[] = drafts.map((x) => ({
    id: x.id,
    ast: x.a,
    bounds: x.bounds,
    after: (earlier: string) => isAfter(x.id, earlier),
  }));
  const links = linkRows(env, rows, ctx);
  const activities: ModelActivity[] = drafts.map((x) => {
    const { a } = x;
    const link = links.get(x.id);
    const fanOut = a.fanOut ? fanOutOf(env, a, header.issuer?.level) : undefined;
    if (a.rollUp && !a.fanOut)
      d.push({
        code: 'validate.rollup-without-fanout',
        severity: 'warning',
        span: a.rollUp.span,
        data: { step: x.id },
      });
    return {
      id: x.id,
      anonymous: a.id === undefined,
      text: a.text.value,
      by: a.by.map((r) => env.actor(r, true)),
      ...(x.section !== undefined ? { section: x.section } : {}),
      ...(x.times[0] ? { time: x.times[0] } : {}),
      times: x.times,
      bounds: x.bounds,
      ...(x.window ? { window: x.window } : {}),
      after: x.after,
      ...(link?.procedure ? { procedure: link.procedure } : {}),
      ...(link?.procedureStep ? { procedureStep: link.procedureStep } : {}),
      ...(fanOut ? { fanOut } : {}),
      ...(a.rollUp ? { rollUp: a.rollUp.policy } : {}),
      notes: a.notes.map((n) => n.text.value),
      source: env.src(a.span),
    };
  });
  checkAfterCycles(
    activities,
    placed.map((p) => p.a),
    d,
    env,
  );

  return {
    file: env.file,
    title: plan.title.value,
    ...(header.issuer ? { issuer: header.issuer } : {}),
    ...(header.docNumber ? { docNumber: header.docNumber } : {}),
    ...(header.issued ? { issued: header.issued } : {}),
    ...(period ? { period } : {}),
    ...(pWindow ? { periodWindow: pWindow } : {}),
    beforeReading: reading,
    bases: header.bases,
    notes: header.notes,
    levels: env.levels.values(),
    units: env.units.values(),
    roles: env.actors.values(),
    events: eventModels,
    phases: phaseTable.values(),
    sections,
    activities,
    source: env.src(plan.title.span),
  };
}

function activityId(env: FileEnv, a: Activity): string {
  return a.id ? a.id.name : `#${env.index.lineCol(a.span.start).line}`;
}

/** A section heading's model and the window it gives its activities (with the heading as their origin). */
function sectionHeading(
  env: FileEnv,
  s: Section,
  phases: Table<ModelPhase>,
  ctx: ResolveContext | undefined,
  reading: 'strict' | 'lenient',
  pWindow: DayWindow | undefined,
): { heading: { model: ModelSection['heading'] }; window: HeadingWindow | undefined } {
  if (s.heading.kind === 'Time') {
    const time = resolveIn(env, s.heading, ctx);
    const w = windowOf(time);
    const window = w
      ? { window: w, soft: time.resolution?.soft ?? false, origin: timeOrigin('heading', time, reading) }
      : undefined;
    return { heading: { model: { kind: 'time', time } }, window };
  }
  if (s.heading.kind === 'PhaseRef') {
    const ph = phases.get(s.heading.phase.name);
    if (!ph) env.diagnostics.push(phases.unknown(s.heading.phase.name, s.heading.phase.span));
    const w = windowOf(ph?.time);
    const text = `đợt ${ph?.id ?? s.heading.phase.name}`;
    const window =
      w && ph?.time
        ? {
            window: w,
            soft: ph.time.resolution?.soft ?? false,
            origin: { kind: 'heading' as const, text, source: env.src(s.heading.span) },
          }
        : undefined;
    return { heading: { model: { kind: 'phase', phase: ph?.id ?? s.heading.phase.name } }, window };
  }
  const text = s.heading.form === 'all-year' ? 'cả năm' : 'thường xuyên';
  const window = pWindow
    ? { window: pWindow, soft: false, origin: { kind: 'period' as const, text, source: env.src(s.heading.span) } }
    : undefined;
  return { heading: { model: { kind: 'year-round', form: s.heading.form } }, window };
}

/** `cho mỗi LEVEL` on a row: the level must be declared and below the plan's issuer. */
function fanOutOf(env: FileEnv, a: Activity, issuerLevel: string | undefined): ModelActivity['fanOut'] {
  const f = a.fanOut!;
  const actor = env.actor(f.level, true);
  const level = actor.level ?? f.level.name;
  const rank = env.levelRank(level);
  const top = env.levelRank(issuerLevel);
  if (rank !== undefined && top !== undefined && rank >= top) {
    env.diagnostics.push({
      code: 'validate.fanout-not-lower',
      severity: 'warning',
      span: f.level.span,
      data: { step: a.id?.name ?? a.text.value, level: issuerLevel ?? '', to: f.level.name },
    });
  }
  return { level, source: env.src(f.span) };
}
