// Document symbols (the outline): organisation, the plan's sections and activities, procedures and their steps.
import type { Activity, OrgItem, PlanItem, Procedure, SourceFile, Step } from '@tdkt/language';
import { type DocumentSymbol, SymbolKind } from './protocol.js';
import type { DocumentText } from './text.js';

type Spanned = { readonly span: { readonly start: number; readonly end: number } };

/**
 * The outline of a parsed file.
 *
 * @example
 * documentSymbols(ast, text).map((s) => s.name) // ['tổ chức', 'Công tác thi đua…', 'xét_cuối_năm']
 */
export function documentSymbols(ast: SourceFile, text: DocumentText): DocumentSymbol[] {
  const sym = (
    name: string,
    kind: SymbolKind,
    node: Spanned,
    selection: Spanned,
    children: DocumentSymbol[] = [],
    detail?: string,
  ): DocumentSymbol => ({
    name: name === '' ? '?' : name,
    kind,
    range: text.rangeOf(node.span),
    selectionRange: text.rangeOf(selection.span),
    children,
    ...(detail === undefined || detail === '' ? {} : { detail }),
  });
  const org = (item: OrgItem | PlanItem): DocumentSymbol[] => {
    switch (item.kind) {
      case 'Levels':
        return item.levels.map((l) => sym(l.id.name, SymbolKind.Constant, l, l.id, [], l.name?.value));
      case 'Unit':
        return [sym(item.id.name, SymbolKind.Module, item, item.id, [], item.name?.value)];
      case 'Role':
        return [sym(item.id.name, SymbolKind.Property, item, item.id, [], item.name?.value)];
      case 'Council':
        return [sym(item.id.name, SymbolKind.Property, item, item.id, [], item.name?.value)];
      default:
        return [];
    }
  };
  const activity = (a: Activity): DocumentSymbol =>
    sym(a.id?.name ?? a.text.value, SymbolKind.Event, a, a.id ?? a.text, [], a.id ? a.text.value : undefined);
  const step = (s: Step): DocumentSymbol => sym(s.id.name, SymbolKind.Method, s, s.id, [], s.title?.value);
  const procedure = (p: Procedure): DocumentSymbol => {
    const children: DocumentSymbol[] = [];
    for (const item of p.items) {
      if (item.kind === 'Step') children.push(step(item));
      else if (item.kind === 'Parallel') {
        const branches = item.branches.map((b) => sym(b.id.name, SymbolKind.Namespace, b, b.id, b.steps.map(step)));
        children.push(sym(item.id.name, SymbolKind.Struct, item, item.id, branches, item.title?.value));
      } else if (item.kind === 'Final')
        children.push(sym(item.id.name, SymbolKind.EnumMember, item, item.id, [], item.label?.value));
      else if (item.kind === 'Param') children.push(sym(item.id.name, SymbolKind.Key, item, item.id));
    }
    return sym(p.id.name, SymbolKind.Class, p, p.id, children, p.title?.value);
  };
  const out: DocumentSymbol[] = [];
  for (const item of ast.items) {
    if (item.kind === 'Organisation')
      out.push(sym('tổ chức', SymbolKind.Namespace, item, item, item.items.flatMap(org)));
    else if (item.kind === 'Plan') {
      const children: DocumentSymbol[] = [];
      for (const p of item.items) {
        if (p.kind === 'Event') children.push(sym(p.id.name, SymbolKind.Event, p, p.id, [], p.time?.text));
        else if (p.kind === 'Phase') children.push(sym(`đợt ${p.id.name}`, SymbolKind.Enum, p, p.id, [], p.time?.text));
        else if (p.kind === 'Schedule') {
          const sections = p.sections.map((s) => {
            const heading =
              s.heading.kind === 'Time'
                ? s.heading.text
                : s.heading.kind === 'PhaseRef'
                  ? `đợt ${s.heading.phase.name}`
                  : s.heading.form === 'all-year'
                    ? 'cả năm'
                    : 'thường xuyên';
            return sym(heading, SymbolKind.Namespace, s, s.heading, s.activities.map(activity), s.label?.value);
          });
          children.push(sym('tiến độ', SymbolKind.Namespace, p, p, [...p.activities.map(activity), ...sections]));
        } else children.push(...org(p));
      }
      out.push(sym(item.title.value, SymbolKind.Module, item, item.title, children));
    } else if (item.kind === 'Procedure') out.push(procedure(item));
  }
  return out;
}
