// The names of one parsed file: every declaration and every reference, with the namespaces a reference may name.

import type { TimeExpr } from '@tdkt/calendar';
import type {
  Activity,
  DurationPhrase,
  Expr,
  Ident,
  Organisation,
  OrgItem,
  Plan,
  PlanItem,
  Procedure,
  Ref,
  SourceFile,
  Span,
  Step,
  TimePhrase,
} from '@tdkt/language';

/** Namespaces of the language: steps, finals and parallel blocks share one (they are all transition targets). */
export type Namespace =
  | 'level'
  | 'unit'
  | 'actor'
  | 'procedure'
  | 'event'
  | 'phase'
  | 'activity'
  | 'param'
  | 'field'
  | 'step'
  | 'branch';

/** What a declaration is, finer than its namespace (for hover and outline). */
export type DeclarationKind =
  | 'level'
  | 'unit'
  | 'role'
  | 'council'
  | 'procedure'
  | 'event'
  | 'phase'
  | 'activity'
  | 'param'
  | 'field'
  | 'step'
  | 'final'
  | 'parallel'
  | 'branch';

const NAMESPACE: Readonly<Record<DeclarationKind, Namespace>> = {
  level: 'level',
  unit: 'unit',
  role: 'actor',
  council: 'actor',
  procedure: 'procedure',
  event: 'event',
  phase: 'phase',
  activity: 'activity',
  param: 'param',
  field: 'field',
  step: 'step',
  final: 'step',
  parallel: 'step',
  branch: 'branch',
};

/** Namespaces that live inside one procedure. */
export const PROCEDURE_SCOPED: ReadonlySet<Namespace> = new Set(['param', 'field', 'step', 'branch']);

export interface Declaration {
  readonly file: string;
  readonly kind: DeclarationKind;
  readonly namespace: Namespace;
  readonly name: string;
  /** The name's span. */
  readonly span: Span;
  /** The whole construct's span. */
  readonly node: Span;
  /** The procedure a procedure-scoped name belongs to. */
  readonly procedure?: string;
  /** The AST node, for hover. */
  readonly ast: unknown;
}

export interface Reference {
  readonly file: string;
  readonly name: string;
  readonly span: Span;
  /** Namespaces tried in order. */
  readonly namespaces: readonly Namespace[];
  /** The enclosing procedure, for procedure-scoped names. */
  readonly procedure?: string;
  /** A `với` override names a parameter of the linked procedure: the reference to that procedure. */
  readonly ofProcedure?: Reference;
}

/** `dùng "…"`: the written path's span and the file it resolves to. */
interface UseSite {
  readonly span: Span;
  readonly target: string;
}

export interface FileSymbols {
  readonly file: string;
  readonly declarations: readonly Declaration[];
  readonly references: readonly Reference[];
  readonly uses: readonly UseSite[];
}

const ACTORS: readonly Namespace[] = ['actor', 'level', 'unit'];
const EVENTS: readonly Namespace[] = ['event', 'activity', 'step'];
const LONE_NAME = /^[\p{L}_][\p{L}\p{M}\p{N}_]*$/u;

/**
 * Collects the declarations and references of a parsed file.
 *
 * @example
 * fileSymbols(parse(text, 'kh.tdkt').ast, (p) => resolveImport('kh.tdkt', p)).declarations.map((d) => d.name)
 */
export function fileSymbols(ast: SourceFile, resolve: (written: string) => string): FileSymbols {
  const file = ast.file;
  const declarations: Declaration[] = [];
  const references: Reference[] = [];
  const uses: UseSite[] = [];
  const declare = (kind: DeclarationKind, id: Ident, node: Span, ast: unknown, procedure?: string): void => {
    declarations.push({
      file,
      kind,
      namespace: NAMESPACE[kind],
      name: id.name,
      span: id.span,
      node,
      ast,
      ...(procedure === undefined ? {} : { procedure }),
    });
  };
  const refer = (ref: Ref | undefined, namespaces: readonly Namespace[], procedure?: string): Reference | undefined => {
    if (ref === undefined) return undefined;
    const r: Reference = {
      file,
      name: ref.name,
      span: ref.span,
      namespaces,
      ...(procedure === undefined ? {} : { procedure }),
    };
    references.push(r);
    return r;
  };
  const phrase = (p: TimePhrase | DurationPhrase | undefined, procedure?: string): void => {
    if (p === undefined) return;
    if (LONE_NAME.test(p.text) && (p.kind === 'Duration' || p.expr === undefined)) {
      if (procedure !== undefined) refer({ kind: 'Ref', name: p.text, span: p.span }, ['param'], procedure);
      return;
    }
    if (p.kind === 'Time' && p.expr !== undefined) {
      const event = relativeEvent(p.expr as TimeExpr);
      if (event !== undefined && !event.quoted) {
        const start = p.span.start + event.span.start;
        refer(
          { kind: 'Ref', name: event.name.replace(/\s+/gu, '_'), span: { start, end: p.span.start + event.span.end } },
          EVENTS,
          procedure,
        );
      }
    }
  };
  const org = (item: OrgItem | PlanItem): void => {
    switch (item.kind) {
      case 'Levels':
        for (const l of item.levels) declare('level', l.id, l.span, l);
        return;
      case 'Unit':
        declare('unit', item.id, item.span, item);
        refer(item.level, ['level']);
        if (item.parent?.kind === 'Ref') refer(item.parent, ['unit']);
        return;
      case 'Role':
        declare('role', item.id, item.span, item);
        refer(item.level, ['level']);
        return;
      case 'Council':
        declare('council', item.id, item.span, item);
        refer(item.level, ['level']);
        return;
      default:
    }
  };
  const activity = (a: Activity): void => {
    if (a.id) declare('activity', a.id, a.span, a);
    for (const by of a.by) refer(by, ACTORS);
    for (const t of a.times) phrase(t);
    for (const after of a.after) refer(after, ['activity', 'event']);
    if (a.procedure) {
      const proc = refer(a.procedure.procedure, ['procedure']);
      for (const o of a.procedure.overrides) {
        if (proc)
          references.push({ file, name: o.name.name, span: o.name.span, namespaces: ['param'], ofProcedure: proc });
      }
      for (const st of a.procedure.steps) {
        if (proc) references.push({ file, name: st.name, span: st.span, namespaces: ['step'], ofProcedure: proc });
      }
    }
  };
  const plan = (p: Plan): void => {
    for (const item of p.items) {
      switch (item.kind) {
        case 'Issuer':
          refer(item.level, ['level']);
          if (item.parent?.kind === 'Ref') refer(item.parent, ['unit']);
          break;
        case 'Event':
          declare('event', item.id, item.span, item);
          phrase(item.time);
          break;
        case 'Phase':
          declare('phase', item.id, item.span, item);
          phrase(item.time);
          break;
        case 'Frame':
          phrase(item.time);
          for (const m of item.milestones) phrase(m.time);
          break;
        case 'Issued':
          phrase(item.time);
          break;
        case 'Schedule':
          for (const a of item.activities) activity(a);
          for (const s of item.sections) {
            if (s.heading.kind === 'PhaseRef') refer(s.heading.phase, ['phase']);
            else if (s.heading.kind === 'Time') phrase(s.heading);
            for (const a of s.activities) activity(a);
          }
          break;
        default:
          org(item);
      }
    }
  };
  const step = (s: Step, proc: string): void => {
    declare('step', s.id, s.span, s, proc);
    for (const by of s.by) refer(by, ACTORS);
    phrase(s.deadline, proc);
    phrase(s.takes, proc);
    phrase(s.posting, proc);
    phrase(s.remind, proc);
    if (s.fanOut) refer(s.fanOut.level, ['level']);
    for (const t of s.transitions) {
      if (t.guard) fields(t.guard, proc);
      if (t.target.kind === 'Ref') refer(t.target, ['step'], proc);
    }
    for (const e of s.escalations) {
      refer(e.to, ['level', 'actor', 'unit']);
      refer(e.target, ['step'], proc);
    }
  };
  const fields = (e: Expr, proc: string): void => {
    switch (e.kind) {
      case 'And':
      case 'Or':
      case 'Compare':
        fields(e.left, proc);
        fields(e.right, proc);
        return;
      case 'Not':
        fields(e.operand, proc);
        return;
      case 'Field':
        refer({ kind: 'Ref', name: e.name, span: e.span }, ['field'], proc);
        return;
      default:
    }
  };
  const procedure = (p: Procedure): void => {
    declare('procedure', p.id, p.span, p);
    const proc = p.id.name;
    for (const item of p.items) {
      switch (item.kind) {
        case 'Param':
          declare('param', item.id, item.span, item, proc);
          break;
        case 'Dossier':
          for (const f of item.fields) declare('field', f.id, f.span, f, proc);
          break;
        case 'Step':
          step(item, proc);
          break;
        case 'Parallel':
          declare('parallel', item.id, item.span, item, proc);
          for (const b of item.branches) {
            declare('branch', b.id, b.span, b, proc);
            for (const s of b.steps) step(s, proc);
          }
          if (item.join) refer(item.join.target, ['step'], proc);
          break;
        case 'Final':
          declare('final', item.id, item.span, item, proc);
          break;
        case 'Start':
          refer(item.step, ['step'], proc);
          break;
        default:
      }
    }
  };
  for (const item of ast.items) {
    if (item.kind === 'Use') uses.push({ span: item.path.span, target: resolve(item.path.value) });
    else if (item.kind === 'Organisation') for (const o of (item as Organisation).items) org(o);
    else if (item.kind === 'Plan') plan(item);
    else procedure(item);
  }
  return { file, declarations, references, uses };
}

/** The event a relative phrase counts from (`2 ngày sau hội_nghị_cbvc`), through `dự kiến` and `chậm nhất`. */
function relativeEvent(expr: TimeExpr): { name: string; quoted: boolean; span: Span } | undefined {
  const e = expr.kind === 'tentative' ? expr.inner : expr;
  return e.kind === 'relative' ? e.event : undefined;
}
