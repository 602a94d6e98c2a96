// Walks a plan block (header, organisation, events, phases, schedule) into AST nodes.
import { checkPeriodYears } from '@tdkt/calendar';
import type {
  Activity,
  Council,
  EventDecl,
  Note,
  Organisation,
  OrgItem,
  ParamOverride,
  PeriodDecl,
  PhaseDecl,
  Plan,
  PlanItem,
  Schedule,
  Section,
} from '../ast/index.js';
import { buildFrame } from './build-frame.js';
import type { Builder } from './builder.js';
import type { Clause } from './clauses.js';
import { isNameToken } from './combinators.js';
import type { LineNode } from './layout.js';
import * as L from './lines.js';
import { prefix } from './parsec.js';
import { K, kwId, type Tok } from './tokens.js';

const ORG_KEYWORDS = ['level', 'unit', 'role', 'council'];
const PLAN_KEYWORDS = [
  'unit',
  'school-year',
  'year',
  'frame',
  'basis',
  'lenient-before',
  'doc-number',
  'issued',
  'note',
  'level',
  'role',
  'council',
  'organisation',
  'event',
  'phase',
  'schedule',
];

/** `tổ chức` block items (also accepted directly inside a plan). */
function buildOrgLine(b: Builder, node: LineNode, first: Tok | undefined, inPlan: boolean): OrgItem | undefined {
  switch (kwId(first)) {
    case 'level':
      b.noChildren(node, 'level');
      return b.run(L.levelsLine, node, first, 'levels');
    case 'unit':
      b.noChildren(node, 'unit');
      return b.run(L.unitLine, node, first, 'unit');
    case 'role':
      b.noChildren(node, 'role');
      return b.run(L.roleLine, node, first, 'role');
    case 'council': {
      const head = b.run(L.councilHead, node, first, 'council');
      const members = [];
      for (const child of node.children) {
        const t = b.tokens(child);
        if (kwId(t) !== 'member') {
          b.unknownLine(child, t, 'council', ['member']);
          continue;
        }
        b.noChildren(child, 'member');
        const m = b.run(L.memberLine, child, t, 'member');
        if (m) members.push(m);
      }
      return head ? ({ ...head, members, span: { start: node.start, end: node.end } } satisfies Council) : undefined;
    }
    default:
      b.unknownLine(node, first, inPlan ? 'plan' : 'organisation', inPlan ? PLAN_KEYWORDS : ORG_KEYWORDS);
      return undefined;
  }
}

export function buildOrganisation(b: Builder, node: LineNode): Organisation {
  const items: OrgItem[] = [];
  for (const child of node.children) {
    const item = buildOrgLine(b, child, b.tokens(child), false);
    if (item) items.push(item);
  }
  return { kind: 'Organisation', items, span: blockSpan(node) };
}

export function blockSpan(node: LineNode): { start: number; end: number } {
  let end = node.end;
  for (let n: LineNode | undefined = node; n; n = n.children[n.children.length - 1]) end = n.end;
  return { start: node.start, end };
}

export function buildPlan(b: Builder, node: LineNode, first: Tok | undefined): Plan | undefined {
  const title = b.run(L.planHead, node, first, 'plan');
  const items: PlanItem[] = [];
  for (const child of node.children) {
    const t = b.tokens(child);
    const item = buildPlanLine(b, child, t);
    if (Array.isArray(item)) items.push(...item);
    else if (item) items.push(item);
  }
  return title ? { kind: 'Plan', title, items, span: blockSpan(node) } : undefined;
}

/** A year outside 1900–2199, or a school year of non-consecutive years, is an error; the period is dropped. */
function checkedPeriod(b: Builder, p: PeriodDecl): PeriodDecl | undefined {
  const problems = checkPeriodYears(
    { kind: p.type === 'school-year' ? 'school-year' : 'year', startYear: p.startYear, endYear: p.endYear },
    p.span,
  );
  b.diagnostics.push(...problems);
  return problems.length > 0 ? undefined : p;
}

function leaf<R>(b: Builder, node: LineNode, context: string, r: R | undefined): R | undefined {
  b.noChildren(node, context);
  return r;
}

function buildPlanLine(b: Builder, node: LineNode, t: Tok | undefined): PlanItem | PlanItem[] | undefined {
  switch (kwId(t)) {
    case 'unit':
      return leaf(b, node, 'unit', b.run(L.issuerLine, node, t, 'issuer'));
    case 'school-year':
    case 'year': {
      const period = leaf(b, node, 'period', b.run(L.periodLine, node, t, 'period'));
      return period && checkedPeriod(b, period);
    }
    case 'frame':
      return buildFrame(b, node, t);
    case 'basis':
      return leaf(b, node, 'basis', b.run(L.basisLine, node, t, 'string'));
    case 'lenient-before':
      return leaf(b, node, 'lenient-before', b.run(L.lenientLine, node, t, 'end'));
    case 'doc-number':
      return leaf(b, node, 'doc-number', b.run(L.docNumberLine, node, t, 'string'));
    case 'issued':
      return leaf(b, node, 'issued', b.run(L.issuedLine, node, t, 'time'));
    case 'note':
      return leaf(b, node, 'note', b.run(L.noteLine, node, t, 'string'));
    case 'organisation':
      return buildOrganisation(b, node).items;
    case 'event': {
      const e = b.run(L.eventLine, node, t, 'event');
      b.noChildren(node, 'event');
      if (!e) return undefined;
      const ev: EventDecl = { kind: 'Event', id: e.id, span: { start: node.start, end: node.end } };
      for (const c of e.clauses) {
        if (c.c === 'label') ev.name === undefined ? (ev.name = c.str) : b.duplicate('name', c.str.span);
        else if (c.c === 'time') ev.time === undefined ? (ev.time = c.time) : b.duplicate('time', c.time.span);
      }
      return ev;
    }
    case 'phase':
      return buildPhase(b, node, t);
    case 'schedule':
      return buildSchedule(b, node);
    default:
      return buildOrgLine(b, node, t, true);
  }
}

function buildPhase(b: Builder, node: LineNode, t: Tok | undefined): PhaseDecl | undefined {
  const p = b.run(L.phaseHead, node, t, 'phase');
  const notes: Note[] = [];
  for (const child of node.children) {
    const ct = b.tokens(child);
    if (kwId(ct) !== 'note') {
      b.unknownLine(child, ct, 'phase', ['note']);
      continue;
    }
    const n = leaf(b, child, 'note', b.run(L.noteLine, child, ct, 'string'));
    if (n) notes.push(n);
  }
  if (!p) return undefined;
  const phase: PhaseDecl = { kind: 'Phase', id: p.id, notes, span: blockSpan(node) };
  for (const c of p.clauses) {
    if (c.c === 'label') phase.theme === undefined ? (phase.theme = c.str) : b.duplicate('theme', c.str.span);
    else if (c.c === 'time') phase.time === undefined ? (phase.time = c.time) : b.duplicate('time', c.time.span);
  }
  return phase;
}

function isActivityStart(t: Tok | undefined): boolean {
  if (!t) return false;
  if (t.kind === K.str || t.kind === K.badStr || (t.kind === K.punct && t.text === '-')) return true;
  return isNameToken(t) && t.next !== undefined && t.next.kind === K.punct && t.next.text === ':';
}

function buildSchedule(b: Builder, node: LineNode): Schedule {
  const sections: Section[] = [];
  const activities: Activity[] = [];
  for (const child of node.children) {
    const t = b.tokens(child);
    if (isActivityStart(t)) {
      const a = buildActivity(b, child, t);
      if (a) activities.push(a);
      continue;
    }
    const head = b.run(L.sectionLine, child, t, 'section');
    const acts: Activity[] = [];
    for (const grand of child.children) {
      const gt = b.tokens(grand);
      if (!isActivityStart(gt)) {
        b.diagnostics.push({
          code: 'syntax.expected-activity',
          severity: 'error',
          span: { start: grand.start, end: grand.end },
          data: {},
        });
        continue;
      }
      const a = buildActivity(b, grand, gt);
      if (a) acts.push(a);
    }
    if (head)
      sections.push({
        kind: 'Section',
        heading: head.heading,
        ...(head.label ? { label: head.label } : {}),
        activities: acts,
        span: blockSpan(child),
      });
  }
  return { kind: 'Schedule', sections, activities, span: blockSpan(node) };
}

function buildActivity(b: Builder, node: LineNode, t: Tok | undefined): Activity | undefined {
  const head = b.run(L.activityHead, node, t, 'activity') ?? prefix(L.activityPrefix, t);
  const clauses: Clause[] = head ? [...head.clauses] : [];
  for (const child of node.children) {
    b.noChildren(child, 'clause');
    const more = b.run(L.activityMore, child, b.tokens(child), 'activity-clause');
    if (more) clauses.push(...more);
  }
  if (!head) return undefined;
  const a: Activity = {
    kind: 'Activity',
    ...(head.id ? { id: head.id } : {}),
    text: head.text,
    by: [],
    times: [],
    after: [],
    notes: [],
    span: blockSpan(node),
  };
  const overrides: ParamOverride[] = [];
  for (const c of clauses) {
    switch (c.c) {
      case 'by':
        a.by.push(...c.refs);
        break;
      case 'after':
        a.after.push(...c.refs);
        break;
      case 'time':
        a.times.push(c.time);
        break;
      case 'procedure':
        if (a.procedure) b.duplicate('procedure', c.span);
        else a.procedure = { kind: 'ProcedureLink', procedure: c.ref, steps: c.steps, overrides: [], span: c.span };
        break;
      case 'for-each':
        if (a.fanOut) b.duplicate('for-each', c.fanOut.span);
        else a.fanOut = c.fanOut;
        break;
      case 'roll-up':
        if (a.rollUp) b.duplicate('roll-up', c.rollUp.span);
        else a.rollUp = c.rollUp;
        break;
      case 'with':
        overrides.push(...c.overrides);
        break;
      case 'note':
        a.notes.push(c.note);
        break;
      default:
        break;
    }
  }
  if (a.procedure) a.procedure.overrides.push(...overrides);
  else
    for (const o of overrides)
      b.diagnostics.push({ code: 'syntax.with-without-procedure', severity: 'error', span: o.span, data: {} });
  return a;
}
