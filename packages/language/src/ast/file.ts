// The root of one parsed file: imports, organisation blocks, the plan and procedures, in source order.
import { z } from 'zod';
import { Span, Str } from './common.js';
import { Organisation } from './organisation.js';
import { Plan } from './plan.js';
import { Procedure } from './procedure.js';

/** `dùng "../dsl/lib/xet-cuoi-nam.tdkt"`: makes that file's procedures (and organisation) visible here. */
export const Use = z.object({ kind: z.literal('Use'), path: Str, span: Span });
export type Use = z.infer<typeof Use>;

export const TopItem = z.discriminatedUnion('kind', [Use, Organisation, Plan, Procedure]);
export type TopItem = z.infer<typeof TopItem>;

/** One file. `file` is the name it was parsed under (as given by the caller). */
export const SourceFile = z.object({ kind: z.literal('File'), file: z.string(), items: z.array(TopItem), span: Span });
export type SourceFile = z.infer<typeof SourceFile>;
