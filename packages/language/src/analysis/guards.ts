// Guards and writes over the dossier: names resolved to declared fields, parameters to their values, checked.
import type { Diagnostic } from '@tdkt/calendar';
import type { Assignment, Expr } from '../ast/index.js';
import { closest } from '../diagnostics/suggest.js';
import type { ModelField, ModelParam, ModelWrite, SourceRef } from '../model/types.js';
import { nameKey, type Table } from './table.js';

/** What a guard may name: the dossier's fields and the procedure's parameters (with the plan's values). */
export interface GuardScope {
  readonly fields: Table<ModelField>;
  readonly params: Table<ModelParam>;
}

type Value = string | number | boolean;
const typeOfValue = (v: Value): string => (typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'bool' : 'text');

/** A field's type accepts a literal of this type (dates are written as text). */
function accepts(field: ModelField, v: Value): boolean {
  const t = typeOfValue(v);
  return field.type === t || (field.type === 'date' && t === 'text');
}

/** A parameter as a literal: its value (a name is an enumeration value or a text). */
function paramValue(p: ModelParam): Value {
  const v = p.value;
  return v.type === 'number' ? v.value : v.type === 'bool' ? v.value : String(v.value);
}

function unknownField(name: string, span: Expr['span'], scope: GuardScope, diagnostics: Diagnostic[]): void {
  const suggestion = closest(name, [...scope.fields.names(), ...scope.params.names()]);
  diagnostics.push({
    code: 'validate.guard-unknown-field',
    severity: 'error',
    span,
    data: { field: name, ...(suggestion ? { suggestion } : {}) },
  });
}

/** An enumeration value as declared (`Xuất_sắc` and `xuat_sac` are `xuất_sắc`), or undefined. */
function enumValue(field: ModelField, v: Value): string | undefined {
  return typeof v === 'string' ? field.values?.find((x) => nameKey(x) === nameKey(v)) : undefined;
}

/**
 * One side of a comparison: a declared field (by its declared name), a parameter (its value in this use of
 * the procedure), or a literal.
 */
function operand(e: Expr, scope: GuardScope, other: ModelField | undefined): { expr: Expr; field?: ModelField } {
  const word = e.kind === 'Field' ? e.name : e.kind === 'Literal' && typeof e.value === 'string' ? e.value : undefined;
  if (word === undefined) return { expr: e };
  // The value of an enumeration field wins over a name: `xếp_loại = tốt` compares with the value `tốt`.
  const asEnum = other?.type === 'enum' ? enumValue(other, word) : undefined;
  if (asEnum !== undefined) return { expr: { kind: 'Literal', value: asEnum, span: e.span } };
  const f = scope.fields.get(word);
  if (f) return { expr: { kind: 'Field', name: f.id, span: e.span }, field: f };
  const p = scope.params.get(word);
  if (p) return { expr: { kind: 'Literal', value: paramValue(p), span: e.span } };
  return { expr: e.kind === 'Field' ? e : { kind: 'Literal', value: word, span: e.span } };
}

/**
 * Resolves a guard: field names to the declared fields (any spelling), a parameter to its value, an
 * enumeration value to its declared spelling; reports unknown names, impossible enumeration values and
 * comparisons of different types. The result is what the compiler evaluates.
 *
 * @example
 * resolveGuard(parseExpr('số_năm_cstđcs_liên_tục >= số_năm_tối_thiểu'), scope, diagnostics)
 * // => { kind: 'Compare', op: '>=', left: { kind: 'Field', … }, right: { kind: 'Literal', value: 3 } }
 */
export function resolveGuard(expr: Expr, scope: GuardScope, diagnostics: Diagnostic[]): Expr {
  switch (expr.kind) {
    case 'And':
    case 'Or':
      return {
        ...expr,
        left: resolveGuard(expr.left, scope, diagnostics),
        right: resolveGuard(expr.right, scope, diagnostics),
      };
    case 'Not':
      return { ...expr, operand: resolveGuard(expr.operand, scope, diagnostics) };
    case 'Literal':
      return expr;
    case 'Field': {
      const f = scope.fields.get(expr.name);
      if (f) return { ...expr, name: f.id };
      const p = scope.params.get(expr.name);
      if (p) return { kind: 'Literal', value: paramValue(p), span: expr.span };
      unknownField(expr.name, expr.span, scope, diagnostics);
      return expr;
    }
    case 'Compare': {
      const left = operand(expr.left, scope, undefined);
      const right = operand(expr.right, scope, left.field);
      if (left.expr.kind === 'Field' && left.field === undefined)
        unknownField(left.expr.name, left.expr.span, scope, diagnostics);
      const f = left.field;
      if (f && right.field) {
        if (f.type !== right.field.type)
          diagnostics.push({
            code: 'validate.guard-type',
            severity: 'error',
            span: expr.right.span,
            data: { field: f.id, type: f.type, value: right.field.id },
          });
      } else if (f && right.expr.kind === 'Literal') {
        const v = right.expr.value;
        if (f.type === 'enum' && enumValue(f, v) === undefined) {
          const values = f.values ?? [];
          const suggestion = closest(String(v), values);
          diagnostics.push({
            code: 'validate.enum-value',
            severity: 'error',
            span: expr.right.span,
            data: { value: String(v), field: f.id, values: values.join(', '), ...(suggestion ? { suggestion } : {}) },
          });
        } else if (f.type !== 'enum' && !accepts(f, v)) {
          diagnostics.push({
            code: 'validate.guard-type',
            severity: 'error',
            span: expr.right.span,
            data: { field: f.id, type: f.type, value: String(v) },
          });
        }
      }
      return { ...expr, left: left.expr, right: right.expr };
    }
  }
}

/**
 * Resolves `ghi F = V`: F a declared field (any spelling), V a value of its type (an enumeration value as
 * declared).
 *
 * @example
 * resolveWrites([kết_quả = đạt], scope, src, diagnostics) // => [{ field: 'kết_quả', value: 'đạt', source }]
 */
export function resolveWrites(
  writes: readonly Assignment[],
  scope: GuardScope,
  src: (span: Expr['span']) => SourceRef,
  diagnostics: Diagnostic[],
): ModelWrite[] {
  const out: ModelWrite[] = [];
  for (const w of writes) {
    const f = scope.fields.get(w.field.name);
    if (!f) {
      unknownField(w.field.name, w.field.span, scope, diagnostics);
      continue;
    }
    const v = w.value.value;
    const value = f.type === 'enum' ? enumValue(f, v) : accepts(f, v) ? v : undefined;
    if (value === undefined) {
      const values = f.type === 'enum' ? (f.values ?? []).join(', ') : f.type;
      diagnostics.push({
        code: 'validate.record-type',
        severity: 'error',
        span: w.value.span,
        data: { field: f.id, type: f.type, value: String(v), values },
      });
      continue;
    }
    out.push({ field: f.id, value, source: src(w.span) });
  }
  return out;
}
