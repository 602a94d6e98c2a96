// Lowers the language's guard expressions into the compiler's ExprIR.
import type { Expr, ModelField } from '@tdkt/language';
import type { ExprIR } from '../ir.js';

/**
 * An AST expression as an ExprIR. A bare name compared with an enumeration field is that enumeration's
 * value (`xếp_loại = xuất_sắc`), not a field.
 *
 * @example
 * lowerExpr({ kind: 'Not', operand: { kind: 'Field', name: 'đã_đăng_ký', span } , span }, fields)
 * // => { kind: 'not', item: { kind: 'field', name: 'đã_đăng_ký' } }
 */
export function lowerExpr(expr: Expr, fields: readonly ModelField[]): ExprIR {
  const declared = new Set(fields.map((f) => f.id));
  const enumValues = (name: string): readonly string[] | undefined =>
    fields.find((f) => f.id === name && f.type === 'enum')?.values;
  const side = (e: Expr, other: Expr): ExprIR => {
    if (
      e.kind === 'Field' &&
      !declared.has(e.name) &&
      other.kind === 'Field' &&
      enumValues(other.name)?.includes(e.name)
    ) {
      return { kind: 'literal', value: e.name };
    }
    return lowerExpr(e, fields);
  };
  switch (expr.kind) {
    case 'And':
    case 'Or': {
      const kind = expr.kind === 'And' ? 'and' : 'or';
      const items = [lowerExpr(expr.left, fields), lowerExpr(expr.right, fields)].flatMap((item) =>
        item.kind === kind ? item.items : [item],
      );
      return { kind, items };
    }
    case 'Not':
      return { kind: 'not', item: lowerExpr(expr.operand, fields) };
    case 'Compare':
      return { kind: 'compare', op: expr.op, left: side(expr.left, expr.right), right: side(expr.right, expr.left) };
    case 'Field':
      return { kind: 'field', name: expr.name };
    case 'Literal':
      return { kind: 'literal', value: expr.value };
  }
}
