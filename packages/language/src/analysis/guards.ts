// Checks guard expressions against the dossier: declared fields, enumeration values, comparable types.
import type { Diagnostic } from '@tdkt/calendar';
import type { Expr } from '../ast/index.js';
import { closest } from '../diagnostics/suggest.js';
import type { ModelField } from '../model/types.js';
import type { Table } from './table.js';

const TYPE_OF_LITERAL = (v: string | number | boolean): string => (typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'bool' : 'text');

/**
 * Reports fields the dossier does not declare and literals that cannot match the field's type.
 *
 * @example
 * checkGuard(expr, fields, diagnostics)
 */
export function checkGuard(expr: Expr, fields: Table<ModelField>, diagnostics: Diagnostic[]): void {
  switch (expr.kind) {
    case 'And':
    case 'Or':
      checkGuard(expr.left, fields, diagnostics);
      checkGuard(expr.right, fields, diagnostics);
      return;
    case 'Not':
      checkGuard(expr.operand, fields, diagnostics);
      return;
    case 'Field':
      field(expr.name, expr.span, fields, diagnostics);
      return;
    case 'Literal':
      return;
    case 'Compare': {
      if (expr.left.kind !== 'Field') return;
      const f = field(expr.left.name, expr.left.span, fields, diagnostics);
      if (!f || expr.right.kind !== 'Literal') return;
      const v = expr.right.value;
      if (f.type === 'enum') {
        const values = f.values ?? [];
        if (!values.some((x) => x.toLowerCase() === String(v).toLowerCase())) {
          const suggestion = closest(String(v), values);
          diagnostics.push({
            code: 'validate.enum-value', severity: 'error', span: expr.right.span,
            data: { value: String(v), field: f.id, values: values.join(', '), ...(suggestion ? { suggestion } : {}) },
          });
        }
        return;
      }
      const lit = TYPE_OF_LITERAL(v);
      const ok = f.type === lit || (f.type === 'date' && lit === 'text') || (f.type === 'text' && lit === 'text');
      if (!ok) diagnostics.push({ code: 'validate.guard-type', severity: 'error', span: expr.right.span, data: { field: f.id, type: f.type, value: String(v) } });
      return;
    }
  }
}

function field(name: string, span: { start: number; end: number }, fields: Table<ModelField>, diagnostics: Diagnostic[]): ModelField | undefined {
  const f = fields.get(name);
  if (f) return f;
  const suggestion = closest(name, fields.names());
  diagnostics.push({ code: 'validate.guard-unknown-field', severity: 'error', span, data: { field: name, ...(suggestion ? { suggestion } : {}) } });
  return undefined;
}
