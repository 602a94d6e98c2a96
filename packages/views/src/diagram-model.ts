// A neutral diagram (nodes, edges, groups) of a procedure or a plan, which the Mermaid, DOT and SVG renderers draw.
import { formatVnDate, type Lang, parseIsoDate } from '@tdkt/calendar';
import type { DeadlineIR, ProcedureIR, StepIR } from '@tdkt/compiler';
import { actionLabel, keyword, type PlanModel, type ProcedureModel } from '@tdkt/language';
import { tentativeSuffix, viewText } from './messages.js';

export type DiagramNodeKind = 'start' | 'step' | 'final' | 'activity' | 'event' | 'end';
/** action: a forward action; return: back to an earlier step; route: a guard on entry; timeout/escalation: a missed deadline; rollup: a fan-out's join; after: a plan's `sau`. */
export type DiagramEdgeKind = 'action' | 'return' | 'route' | 'timeout' | 'escalation' | 'rollup' | 'after';

export interface DiagramNode {
  readonly id: string;
  readonly kind: DiagramNodeKind;
  /** First line: the title; the others: role, deadline, … */
  readonly lines: readonly string[];
  readonly group?: string;
}

export interface DiagramEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: DiagramEdgeKind;
  readonly label?: string;
}

export interface DiagramGroup {
  readonly id: string;
  readonly label: string;
}

export interface Diagram {
  readonly title: string;
  readonly nodes: readonly DiagramNode[];
  readonly edges: readonly DiagramEdge[];
  readonly groups: readonly DiagramGroup[];
}

const vnDay = (iso: string): string => {
  const day = parseIsoDate(iso);
  return day === undefined ? iso : formatVnDate(day);
};

/**
 * A step deadline as a label: the phrase and, where the calendar resolved it, the last allowed day.
 *
 * @example
 * deadlineLabel({ kind: 'absolute', at: 0, lastDay: '2021-05-14', soft: false, text: 'trước 15/5' }, 'vi') // => 'hạn: trước 15/5 → 14/5/2021'
 */
export function deadlineLabel(deadline: DeadlineIR, lang: Lang): string {
  const day =
    deadline.kind === 'absolute'
      ? ` → ${vnDay(deadline.lastDay)}`
      : deadline.kind === 'after-event' && deadline.estimate
        ? ` → ~${vnDay(deadline.estimate.lastDay)}`
        : '';
  return `${viewText('due', lang, { text: `${deadline.text}${day}` })}${tentativeSuffix(deadline.soft, lang)}`;
}

const trimText = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;

function stepLines(step: StepIR, lang: Lang, written: readonly string[]): string[] {
  const lines = [trimText(step.title || step.id, 70)];
  const roles = step.roles ?? (step.role ? [step.role] : written);
  if (roles.length > 0)
    lines.push(
      `${viewText('by', lang, { who: roles })}${step.level ? ` · ${viewText('diagram.level', lang, { level: step.level })}` : ''}`,
    );
  if (step.deadline) lines.push(deadlineLabel(step.deadline, lang));
  if (step.posting) lines.push(viewText('diagram.posting', lang, { text: step.posting.text }));
  if (step.fanOut)
    lines.push(viewText('diagram.fan-out', lang, { level: step.fanOut.level, procedure: step.fanOut.procedure }));
  return lines;
}

/** Where each step's edges lead (actions, routes, timeouts, escalation, roll-up, branches, join). */
function successors(step: StepIR): string[] {
  return [
    ...step.routes.map((r) => r.target),
    ...step.transitions.map((t) => t.target),
    ...(step.timeouts ?? []).map((t) => t.target),
    ...(step.escalation?.target ? [step.escalation.target] : []),
    ...(step.fanOut ? [step.fanOut.next] : []),
    ...(step.parallel ? [...step.parallel.branches.map((b) => b.initial), step.parallel.join] : []),
  ];
}

/** Breadth-first rank of every step reachable from `initial`. */
function flowOrder(initial: string, steps: readonly StepIR[]): Map<string, number> {
  const byId = new Map(steps.map((s) => [s.id, s]));
  const rank = new Map<string, number>([[initial, 0]]);
  const queue = [initial];
  for (let i = 0; i < queue.length; i++) {
    const step = byId.get(queue[i] as string);
    if (!step) continue;
    for (const next of successors(step)) {
      if (rank.has(next) || !byId.has(next)) continue;
      rank.set(next, rank.size);
      queue.push(next);
    }
  }
  return rank;
}

/**
 * The diagram of a procedure: a start, its steps (branches of parallel blocks grouped), its finals;
 * steps in flow order (breadth-first from the initial step); transitions back to an earlier step are
 * `return` edges, missed deadlines `timeout`/`escalation` edges.
 *
 * `model`, when given, supplies the actors as written for steps whose roles the compiler could not resolve
 * (a library procedure read without the file declaring its roles).
 *
 * @example
 * procedureDiagram(compiled.procedures.get('xét_cuối_năm')!.ir, 'vi').edges.filter((e) => e.kind === 'return')
 */
export function procedureDiagram(ir: ProcedureIR, lang: Lang, model?: ProcedureModel): Diagram {
  const written = new Map((model?.steps ?? []).map((s) => [s.id, s.by.map((a) => a.id)]));
  const nodes: DiagramNode[] = [{ id: '__start', kind: 'start', lines: [viewText('diagram.start', lang)] }];
  const edges: DiagramEdge[] = [];
  const groups: DiagramGroup[] = [];
  const order = new Map<string, number>();
  const all: { step: StepIR; group?: string }[] = [];
  const visit = (step: StepIR, group?: string): void => {
    if (order.has(step.id)) return;
    order.set(step.id, order.size);
    all.push(group === undefined ? { step } : { step, group });
    for (const branch of step.parallel?.branches ?? []) {
      const id = `${step.id}/${branch.name}`;
      groups.push({ id, label: `${step.title || step.id} — ${branch.name}` });
      for (const inner of branch.steps) visit(inner, id);
    }
  };
  for (const step of ir.steps) visit(step);
  // Flow order: breadth-first from the initial step, so that "back" means back along the flow, not up the file.
  const flow = flowOrder(
    ir.initial,
    all.map((a) => a.step),
  );
  all.sort(
    (a, b) =>
      (flow.get(a.step.id) ?? Number.MAX_SAFE_INTEGER) - (flow.get(b.step.id) ?? Number.MAX_SAFE_INTEGER) ||
      (order.get(a.step.id) ?? 0) - (order.get(b.step.id) ?? 0),
  );
  order.clear();
  for (const { step } of all) order.set(step.id, order.size);
  for (const final of ir.finals) order.set(final.id, order.size);
  for (const { step, group } of all)
    nodes.push({
      id: step.id,
      kind: 'step',
      lines: stepLines(step, lang, written.get(step.id) ?? []),
      ...(group ? { group } : {}),
    });
  for (const final of ir.finals) nodes.push({ id: final.id, kind: 'final', lines: [final.outcome || final.id] });
  const known = new Set(nodes.map((n) => n.id));
  const target = (id: string): string => {
    if (!known.has(id)) {
      known.add(id);
      nodes.push({ id, kind: 'end', lines: [id] });
    }
    return id;
  };
  edges.push({ from: '__start', to: target(ir.initial), kind: 'action' });
  for (const { step } of all) {
    const at = order.get(step.id) ?? 0;
    for (const route of step.routes)
      edges.push({ from: step.id, to: target(route.target), kind: 'route', label: viewText('diagram.route', lang) });
    for (const t of step.transitions) {
      const back = (order.get(t.target) ?? Number.POSITIVE_INFINITY) <= at;
      edges.push({
        from: step.id,
        to: target(t.target),
        kind: back ? 'return' : 'action',
        label: `${actionLabel(t.action, lang)}${t.guard ? ` ${viewText('diagram.guarded', lang)}` : ''}`,
      });
    }
    for (const t of step.timeouts ?? [])
      edges.push({ from: step.id, to: target(t.target), kind: 'timeout', label: viewText('diagram.timeout', lang) });
    if (step.escalation) {
      const label = viewText('diagram.escalation', lang, { to: step.escalation.to });
      if (step.escalation.target)
        edges.push({ from: step.id, to: target(step.escalation.target), kind: 'escalation', label });
      else edges.push({ from: step.id, to: step.id, kind: 'escalation', label });
    }
    if (step.fanOut)
      edges.push({
        from: step.id,
        to: target(step.fanOut.next),
        kind: 'rollup',
        label: viewText('diagram.roll-up', lang),
      });
    if (step.parallel) {
      for (const branch of step.parallel.branches)
        edges.push({ from: step.id, to: target(branch.initial), kind: 'action' });
      edges.push({
        from: step.id,
        to: target(step.parallel.join),
        kind: 'rollup',
        label: viewText(step.parallel.joinPolicy === 'any' ? 'diagram.join-any' : 'diagram.join-all', lang),
      });
    }
  }
  return { title: ir.title || ir.name, nodes, edges, groups };
}

const windowText = (start: number, end: number): string =>
  start === end ? formatVnDate(end) : `${formatVnDate(start)} – ${formatVnDate(end)}`;

/**
 * The diagram of a plan: its activities grouped by section (month, phase, year-round), `sau` edges
 * between them and from events, each activity with who does it, its window and its procedure.
 *
 * @example
 * planDiagram(model.plans[0]!, 'vi').groups.map((g) => g.label)
 */
export function planDiagram(plan: PlanModel, lang: Lang): Diagram {
  const nodes: DiagramNode[] = [];
  const edges: DiagramEdge[] = [];
  const groups: DiagramGroup[] = plan.sections.map((section, i) => ({
    id: `s${i}`,
    label:
      section.label ??
      (section.heading.kind === 'time'
        ? section.heading.time.text
        : section.heading.kind === 'phase'
          ? viewText('diagram.section-phase', lang, { phase: section.heading.phase })
          : viewText('diagram.all-year', lang)),
  }));
  const eventIds = new Set(plan.events.map((e) => e.id));
  const usedEvents = new Set(plan.activities.flatMap((a) => a.after.filter((d) => eventIds.has(d))));
  for (const event of plan.events) {
    if (!usedEvents.has(event.id)) continue;
    const w = event.time?.resolution?.window;
    nodes.push({
      id: `sk:${event.id}`,
      kind: 'event',
      lines: [
        event.name ?? event.id,
        ...(w ? [viewText('diagram.expected', lang, { window: windowText(w.start, w.end) })] : []),
      ],
    });
  }
  for (const a of plan.activities) {
    const lines = [trimText(a.text, 70)];
    if (a.by.length > 0) lines.push(viewText('by', lang, { who: a.by.map((b) => b.id) }));
    if (a.window) lines.push(`${a.time ? `${a.time.text} → ` : ''}${windowText(a.window.start, a.window.end)}`);
    if (a.procedure) lines.push(viewText('diagram.procedure', lang, { procedure: a.procedure.procedure }));
    nodes.push({
      id: `hđ:${a.id}`,
      kind: 'activity',
      lines,
      ...(a.section !== undefined ? { group: `s${a.section}` } : {}),
    });
  }
  const ids = new Set(nodes.map((n) => n.id));
  const after = keyword('after')[lang];
  for (const a of plan.activities) {
    for (const dep of a.after) {
      const from = eventIds.has(dep) ? `sk:${dep}` : `hđ:${dep}`;
      if (ids.has(from)) edges.push({ from, to: `hđ:${a.id}`, kind: 'after', label: after });
    }
  }
  return { title: plan.title, nodes, edges, groups: groups.filter((g) => nodes.some((n) => n.group === g.id)) };
}
