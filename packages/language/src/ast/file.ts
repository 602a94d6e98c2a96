// The root of one parsed file: imports, organisation blocks, the plan and procedures, in source order.
import { z } from 'zod';
import { Ref, Span, Str } from './common.js';
import { Organisation } from './organisation.js';
import { Plan } from './plan.js';
import { Procedure } from './procedure.js';

/**
 * `dùng "../dsl/lib/cap-bac.tdkt"`: makes every declaration of that file (levels, units, roles, councils,
 * procedures, with those it imports itself) visible here; `dùng "…" chỉ a, b` only the names listed.
 */
export const Use = z.object({ kind: z.literal('Use'), path: Str, only: z.array(Ref).optional(), span: Span });
export type Use = z.infer<typeof Use>;

export const TopItem = z.discriminatedUnion('kind', [Use, Organisation, Plan, Procedure]);
export type TopItem = z.infer<typeof TopItem>;

/** One file. `file` is the name it was parsed under (as given by the caller). */
export const SourceFile = z.object({ kind: z.literal('File'), file: z.string(), items: z.array(TopItem), span: Span });
export type SourceFile = z.infer<typeof SourceFile>;
