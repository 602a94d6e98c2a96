// Walks a procedure block (parameters, dossier, steps, parallel blocks, finals) into AST nodes.
import type { Branch, Dossier, Field, Ident, Parallel, Param, Procedure, ProcedureItem, Step } from '../ast/index.js';
import { blockSpan } from './build-plan.js';
import type { Builder } from './builder.js';
import type { Clause } from './clauses.js';
import type { LineNode } from './layout.js';
import * as L from './lines.js';
import { prefix } from './parsec.js';
import { kwId, type Tok } from './tokens.js';

const PROCEDURE_KEYWORDS = ['basis', 'note', 'params', 'dossier', 'step', 'parallel', 'final', 'start'];

export function buildProcedure(b: Builder, node: LineNode, first: Tok | undefined): Procedure | undefined {
  const head = b.run(L.procedureHead, node, first, 'procedure') ?? prefix(L.procedurePrefix, first);
  const items: ProcedureItem[] = [];
  for (const child of node.children) {
    const t = b.tokens(child);
    const item = buildProcedureLine(b, child, t);
    if (Array.isArray(item)) items.push(...item);
    else if (item) items.push(item);
  }
  if (!head) return undefined;
  return { kind: 'Procedure', id: head.id, ...(head.title ? { title: head.title } : {}), items, span: blockSpan(node) };
}

function buildProcedureLine(
  b: Builder,
  node: LineNode,
  t: Tok | undefined,
): ProcedureItem | ProcedureItem[] | undefined {
  switch (kwId(t)) {
    case 'basis':
      b.noChildren(node, 'basis');
      return b.run(L.basisLine, node, t, 'string');
    case 'note':
      b.noChildren(node, 'note');
      return b.run(L.noteLine, node, t, 'string');
    case 'params':
      return buildParams(b, node, t);
    case 'dossier':
      return buildDossier(b, node, t);
    case 'step':
      return buildStep(b, node, t);
    case 'parallel':
      return buildParallel(b, node, t);
    case 'final':
      b.noChildren(node, 'final');
      return b.run(L.finalLine, node, t, 'final');
    case 'start':
      b.noChildren(node, 'start');
      return b.run(L.startLine, node, t, 'start');
    default:
      b.unknownLine(node, t, 'procedure', PROCEDURE_KEYWORDS);
      return undefined;
  }
}

function headerOnly(b: Builder, node: LineNode, t: Tok | undefined, id: string): void {
  if (t?.next) {
    b.diagnostics.push({
      code: 'syntax.unexpected',
      severity: 'error',
      span: { start: t.next.pos.index, end: node.end },
      data: { found: t.next.text, expected: 'end' },
    });
  }
  void id;
}

function buildParams(b: Builder, node: LineNode, t: Tok | undefined): Param[] {
  headerOnly(b, node, t, 'params');
  const out: Param[] = [];
  for (const child of node.children) {
    b.noChildren(child, 'param');
    const p = b.run(L.paramLine, child, b.tokens(child), 'param');
    if (p) out.push(p);
  }
  return out;
}

function buildDossier(b: Builder, node: LineNode, t: Tok | undefined): Dossier {
  headerOnly(b, node, t, 'dossier');
  const fields: Field[] = [];
  for (const child of node.children) {
    b.noChildren(child, 'field');
    const f = b.run(L.fieldLine, child, b.tokens(child), 'field');
    if (f) fields.push(f);
  }
  return { kind: 'Dossier', fields, span: blockSpan(node) };
}

function buildStep(b: Builder, node: LineNode, t: Tok | undefined): Step | undefined {
  // A broken head still declares the step (from `bước ID`), so its children are checked and other
  // steps' transitions to it do not cascade into "unknown step".
  const head = b.run(L.stepHead, node, t, 'step') ?? prefixStep(t);
  const clauses: Clause[] = head ? [...head.clauses] : [];
  for (const child of node.children) {
    b.noChildren(child, 'clause');
    const more = b.run(L.stepMore, child, b.tokens(child), 'step-clause');
    if (more) clauses.push(...more);
  }
  if (!head) return undefined;
  const s: Step = {
    kind: 'Step',
    id: head.id,
    ...(head.title ? { title: head.title } : {}),
    by: [],
    transitions: [],
    escalations: [],
    writes: [],
    notes: [],
    span: blockSpan(node),
  };
  for (const c of clauses) {
    switch (c.c) {
      case 'by':
        s.by.push(...c.refs);
        break;
      case 'deadline':
        if (s.deadline) b.duplicate('deadline', c.span);
        else s.deadline = c.time;
        break;
      case 'takes':
      case 'posting':
      case 'remind':
        if (s[c.c]) b.duplicate(c.c, c.span);
        else s[c.c] = c.duration;
        break;
      case 'for-each':
        if (s.fanOut) b.duplicate('for-each', c.fanOut.span);
        else s.fanOut = c.fanOut;
        break;
      case 'roll-up':
        if (s.rollUp) b.duplicate('roll-up', c.rollUp.span);
        else s.rollUp = c.rollUp;
        break;
      case 'transition':
        s.transitions.push(c.transition);
        break;
      case 'escalation':
        s.escalations.push(c.escalation);
        break;
      case 'record':
        s.writes.push(...c.writes);
        break;
      case 'note':
        s.notes.push(c.note);
        break;
      default:
        break;
    }
  }
  return s;
}

function buildParallel(b: Builder, node: LineNode, t: Tok | undefined): Parallel | undefined {
  const head = b.run(L.parallelHead, node, t, 'parallel');
  const branches: Branch[] = [];
  let join: Parallel['join'];
  for (const child of node.children) {
    const ct = b.tokens(child);
    if (kwId(ct) === 'branch') {
      const id = b.run(L.branchHead, child, ct, 'branch');
      const steps: Step[] = [];
      for (const grand of child.children) {
        const gt = b.tokens(grand);
        if (kwId(gt) !== 'step') {
          b.unknownLine(grand, gt, 'branch', ['step']);
          continue;
        }
        const s = buildStep(b, grand, gt);
        if (s) steps.push(s);
      }
      if (id) branches.push({ kind: 'Branch', id, steps, span: blockSpan(child) });
    } else if (kwId(ct) === 'join') {
      b.noChildren(child, 'join');
      const j = b.run(L.joinLine, child, ct, 'join');
      if (j && join) b.duplicate('join', j.span);
      else if (j) join = j;
    } else b.unknownLine(child, ct, 'parallel', ['branch', 'join']);
  }
  if (!head) return undefined;
  return {
    kind: 'Parallel',
    id: head.id,
    ...(head.title ? { title: head.title } : {}),
    branches,
    ...(join ? { join } : {}),
    span: blockSpan(node),
  };
}

function prefixStep(t: Tok | undefined): { id: Ident; title: undefined; clauses: Clause[] } | undefined {
  const id = prefix(L.stepPrefix, t);
  return id ? { id, title: undefined, clauses: [] } : undefined;
}
