// Guard expressions over dossier fields: comparisons combined with và / hoặc / không, as trees.
import { z } from 'zod';
import { Span } from './common.js';

export type CompareOp = '=' | '!=' | '<' | '<=' | '>' | '>=';
export const CompareOp = z.enum(['=', '!=', '<', '<=', '>', '>=']);

/** A guard expression tree. `Field` alone means "the yes/no field is yes". */
export type Expr =
  | { kind: 'And'; left: Expr; right: Expr; span: Span }
  | { kind: 'Or'; left: Expr; right: Expr; span: Span }
  | { kind: 'Not'; operand: Expr; span: Span }
  | { kind: 'Compare'; op: CompareOp; left: Expr; right: Expr; span: Span }
  | { kind: 'Field'; name: string; span: Span }
  | { kind: 'Literal'; value: string | number | boolean; span: Span };

export const Expr: z.ZodType<Expr> = z.lazy(() =>
  z.union([
    z.object({ kind: z.literal('And'), left: Expr, right: Expr, span: Span }),
    z.object({ kind: z.literal('Or'), left: Expr, right: Expr, span: Span }),
    z.object({ kind: z.literal('Not'), operand: Expr, span: Span }),
    z.object({ kind: z.literal('Compare'), op: CompareOp, left: Expr, right: Expr, span: Span }),
    z.object({ kind: z.literal('Field'), name: z.string(), span: Span }),
    z.object({ kind: z.literal('Literal'), value: z.union([z.string(), z.number(), z.boolean()]), span: Span }),
  ]),
);
