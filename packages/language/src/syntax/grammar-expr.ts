// Guard expressions: `không a và (b >= 3 hoặc c = "x")`; và binds tighter than hoặc.
import { alt_sc, apply, kmid, lrec_sc, rule, seq } from 'typescript-parsec';
import type { CompareOp, Expr } from '../ast/index.js';
import { isNameToken, kw, punct, spanOf, unquote } from './combinators.js';
import { custom, type P } from './parsec.js';
import { K, kwId, type Tok } from './tokens.js';

const OPS: Record<string, CompareOp> = {
  '=': '=',
  '!=': '!=',
  '≠': '!=',
  '<': '<',
  '<=': '<=',
  '≤': '<=',
  '>': '>',
  '>=': '>=',
  '≥': '>=',
};

const compareOp: P<CompareOp> = custom((t) => {
  if (!t) return undefined;
  if (t.kind === K.punct && OPS[t.text]) return { result: OPS[t.text]!, next: t.next };
  if (kwId(t) === 'differs') return { result: '!=', next: t.next };
  return undefined;
}, 'expected.operator');

const field: P<Expr> = custom<Expr>(
  (t: Tok | undefined) =>
    isNameToken(t) && !['and', 'or', 'not', 'no', 'yes'].includes(kwId(t) ?? '')
      ? { result: { kind: 'Field', name: t.text, span: spanOf(t, t.next) }, next: t.next }
      : undefined,
  'expected.name',
);

/** Right-hand operands: numbers, strings, yes/no, enumeration names (as literal strings). */
const literal: P<Expr> = custom<Expr>((t: Tok | undefined) => {
  if (!t) return undefined;
  const span = { start: t.pos.index, end: t.end };
  if (t.kind === K.num) return { result: { kind: 'Literal', value: Number(t.text), span }, next: t.next };
  if (t.kind === K.str) return { result: { kind: 'Literal', value: unquote(t.text), span }, next: t.next };
  if (kwId(t) === 'yes') return { result: { kind: 'Literal', value: true, span }, next: t.next };
  if (kwId(t) === 'no') return { result: { kind: 'Literal', value: false, span }, next: t.next };
  if (isNameToken(t) && !['and', 'or', 'not'].includes(kwId(t) ?? ''))
    return { result: { kind: 'Literal', value: t.text, span }, next: t.next };
  return undefined;
}, 'expected.value');

export const expr = rule<string, Expr>();
const atom = rule<string, Expr>();
const unary = rule<string, Expr>();
const conj = rule<string, Expr>();

const comparison: P<Expr> = apply(seq(field, compareOp, literal), ([left, op, right]) => ({
  kind: 'Compare' as const,
  op,
  left,
  right,
  span: { start: left.span.start, end: right.span.end },
}));

atom.setPattern(alt_sc(kmid(punct('('), expr, punct(')')), comparison, field));
unary.setPattern(
  alt_sc(
    apply(seq(alt_sc(kw('no'), kw('not')), unary), ([t, operand]) => ({
      kind: 'Not' as const,
      operand,
      span: { start: t.pos.index, end: operand.span.end },
    })),
    atom,
  ),
);
conj.setPattern(
  lrec_sc(unary, seq(kw('and'), unary), (left, [, right]) => ({
    kind: 'And' as const,
    left,
    right,
    span: { start: left.span.start, end: right.span.end },
  })),
);
expr.setPattern(
  lrec_sc(conj, seq(kw('or'), conj), (left, [, right]) => ({
    kind: 'Or' as const,
    left,
    right,
    span: { start: left.span.start, end: right.span.end },
  })),
);
