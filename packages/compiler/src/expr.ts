// Interprets guard expressions over a dossier: a tree walk, never code generation.
import type { ExprIR, Value } from './ir.js';

export type Dossier = Readonly<Record<string, Value | undefined>>;

function operandValue(expr: ExprIR, dossier: Dossier): Value | undefined {
  switch (expr.kind) {
    case 'field':
      return dossier[expr.name];
    case 'literal':
      return expr.value;
    default:
      return evaluateGuard(expr, dossier);
  }
}

function compare(
  op: Extract<ExprIR, { kind: 'compare' }>['op'],
  left: Value | undefined,
  right: Value | undefined,
): boolean {
  if (op === '=') return left === right;
  if (op === '!=') return left !== right;
  // Ordering is defined only between two numbers or two strings (dates are YYYY-MM-DD strings).
  if (left === undefined || right === undefined || left === null || right === null) return false;
  if (typeof left !== typeof right || typeof left === 'boolean') return false;
  switch (op) {
    case '<':
      return left < right;
    case '<=':
      return left <= right;
    case '>':
      return left > right;
    case '>=':
      return left >= right;
  }
}

/**
 * Evaluates a guard against a dossier. Missing fields are falsy; comparisons of mismatched types are false.
 *
 * @example
 * evaluateGuard({ kind: 'not', item: { kind: 'field', name: 'đã_đăng_ký' } }, { đã_đăng_ký: false }) // => true
 */
export function evaluateGuard(expr: ExprIR, dossier: Dossier): boolean {
  switch (expr.kind) {
    case 'field':
    case 'literal': {
      const value = operandValue(expr, dossier);
      return value !== undefined && value !== null && value !== false && value !== 0 && value !== '';
    }
    case 'compare':
      return compare(expr.op, operandValue(expr.left, dossier), operandValue(expr.right, dossier));
    case 'and':
      return expr.items.every((item) => evaluateGuard(item, dossier));
    case 'or':
      return expr.items.some((item) => evaluateGuard(item, dossier));
    case 'not':
      return !evaluateGuard(expr.item, dossier);
  }
}

/** The dossier fields an expression reads. */
export function fieldsOf(expr: ExprIR): string[] {
  switch (expr.kind) {
    case 'field':
      return [expr.name];
    case 'literal':
      return [];
    case 'compare':
      return [...fieldsOf(expr.left), ...fieldsOf(expr.right)];
    case 'and':
    case 'or':
      return expr.items.flatMap(fieldsOf);
    case 'not':
      return fieldsOf(expr.item);
  }
}
