// Procedures (quy trình): parameters, dossier schema, steps, transitions, parallel blocks, finals.
import { z } from 'zod';
import { Basis, DurationPhrase, Ident, Note, Ref, Span, Str, TimePhrase, Value } from './common.js';
import { Expr } from './expr.js';

/** `hạn_tổ = trước 15/5` inside `tham số`: a default a plan may override. */
export const Param = z.object({ kind: z.literal('Param'), id: Ident, value: Value, span: Span });
export type Param = z.infer<typeof Param>;

export const FieldType = z.discriminatedUnion('type', [
  z.object({ kind: z.literal('FieldType'), type: z.literal('text'), span: Span }),
  z.object({ kind: z.literal('FieldType'), type: z.literal('number'), span: Span }),
  z.object({ kind: z.literal('FieldType'), type: z.literal('bool'), span: Span }),
  z.object({ kind: z.literal('FieldType'), type: z.literal('date'), span: Span }),
  z.object({ kind: z.literal('FieldType'), type: z.literal('enum'), values: z.array(Ident), span: Span }),
]);
export type FieldType = z.infer<typeof FieldType>;

/** `đã_đăng_ký: có/không "Đã đăng ký danh hiệu"` */
export const Field = z.object({
  kind: z.literal('Field'),
  id: Ident,
  type: FieldType,
  label: Str.optional(),
  span: Span,
});
export type Field = z.infer<typeof Field>;

export const Dossier = z.object({ kind: z.literal('Dossier'), fields: z.array(Field), span: Span });
export type Dossier = z.infer<typeof Dossier>;

/** Built-in actions by canonical id; `custom` carries the designer's own action name. */
export const ActionName = z.enum(['submit', 'approve', 'return', 'reject', 'concur', 'appraise', 'forward', 'custom']);
export type ActionName = z.infer<typeof ActionName>;

/** What fires a transition: an action, entering the step (a bare `nếu`), or the deadline passing (`quá hạn`). */
export const Trigger = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('Action'), action: ActionName, name: z.string(), span: Span }),
  z.object({ kind: z.literal('Auto'), span: Span }),
  z.object({ kind: z.literal('Timeout'), span: Span }),
]);
export type Trigger = z.infer<typeof Trigger>;

/** Where a transition goes: a step, a final, a parallel block, or `xong` (end of the enclosing branch). */
export const Target = z.discriminatedUnion('kind', [Ref, z.object({ kind: z.literal('BranchDone'), span: Span })]);
export type Target = z.infer<typeof Target>;

/** `kết_quả = đạt` after `ghi`: a dossier field and the value a step or transition writes into it. */
export const Assignment = z.object({
  kind: z.literal('Assign'),
  field: Ref,
  value: z.object({ value: z.union([z.string(), z.number(), z.boolean()]), span: Span }),
  span: Span,
});
export type Assignment = z.infer<typeof Assignment>;

/**
 * `duyệt nếu điểm >= 8 -> hội_đồng`, `quá hạn -> báo_cáo`, `nếu không đã_đăng_ký -> không_xét`,
 * `duyệt -> công_bố ghi kết_quả = đạt` (the transition writes the dossier as it is taken).
 */
export const Transition = z.object({
  kind: z.literal('Transition'),
  trigger: Trigger,
  guard: Expr.optional(),
  target: Target,
  writes: z.array(Assignment),
  span: Span,
});
export type Transition = z.infer<typeof Transition>;

/** `quá hạn chuyển lên phòng [-> bước]`: when overdue, hand the dossier to a higher level (or role). */
export const Escalation = z.object({ kind: z.literal('Escalation'), to: Ref, target: Ref.optional(), span: Span });
export type Escalation = z.infer<typeof Escalation>;

/** `cho mỗi trường`: the step runs once per subordinate unit of that level. */
export const FanOut = z.object({ kind: z.literal('FanOut'), level: Ref, span: Span });
export type FanOut = z.infer<typeof FanOut>;

/** `gộp tất cả` | `gộp đủ 70%` | `gộp đủ 5` | `gộp đúng hạn`: how fanned-out results roll up. */
export const RollUpPolicy = z.discriminatedUnion('type', [
  z.object({ type: z.literal('all') }),
  z.object({ type: z.literal('quorum-count'), count: z.number().int().positive() }),
  z.object({ type: z.literal('quorum-percent'), percent: z.number().positive() }),
  z.object({ type: z.literal('on-time') }),
]);
export type RollUpPolicy = z.infer<typeof RollUpPolicy>;
export const RollUp = z.object({ kind: z.literal('RollUp'), policy: RollUpPolicy, span: Span });
export type RollUp = z.infer<typeof RollUp>;

/** `bước tổ_xét "Tổ chuyên môn xét, đề nghị" do tổ trưởng chuyên môn hạn trước 15/5` and its clauses. */
export const Step = z.object({
  kind: z.literal('Step'),
  id: Ident,
  title: Str.optional(),
  by: z.array(Ref),
  deadline: TimePhrase.optional(),
  takes: DurationPhrase.optional(),
  posting: DurationPhrase.optional(),
  remind: DurationPhrase.optional(),
  fanOut: FanOut.optional(),
  rollUp: RollUp.optional(),
  transitions: z.array(Transition),
  escalations: z.array(Escalation),
  /** `ghi F = V` on the step's own line: written when a dossier enters the step. */
  writes: z.array(Assignment),
  notes: z.array(Note),
  span: Span,
});
export type Step = z.infer<typeof Step>;

/** `nhánh công_đoàn` inside `song song`: a sequence of steps ending with `-> xong`. */
export const Branch = z.object({ kind: z.literal('Branch'), id: Ident, steps: z.array(Step), span: Span });
export type Branch = z.infer<typeof Branch>;

/** `hợp nhất tất cả -> hội_đồng` (or `bất kỳ`): leave the parallel block when all (any) branches are done. */
export const Join = z.object({ kind: z.literal('Join'), policy: z.enum(['all', 'any']), target: Ref, span: Span });
export type Join = z.infer<typeof Join>;

/** `song song thẩm_định "…"`: branches run together, then join. */
export const Parallel = z.object({
  kind: z.literal('Parallel'),
  id: Ident,
  title: Str.optional(),
  branches: z.array(Branch),
  join: Join.optional(),
  span: Span,
});
export type Parallel = z.infer<typeof Parallel>;

/** `kết thúc đạt, không_đạt, không_xét`: final states; the id is the outcome. */
export const Final = z.object({ kind: z.literal('Final'), id: Ident, label: Str.optional(), span: Span });
export type Final = z.infer<typeof Final>;

/** `bắt đầu tự_đánh_giá`: the initial step when it is not the first one written. */
export const Start = z.object({ kind: z.literal('Start'), step: Ref, span: Span });
export type Start = z.infer<typeof Start>;

export const ProcedureItem = z.discriminatedUnion('kind', [Basis, Note, Param, Dossier, Step, Parallel, Final, Start]);
export type ProcedureItem = z.infer<typeof ProcedureItem>;

/** `quy trình xét_cuối_năm "Bình xét danh hiệu thi đua cuối năm học"`; items in source order. */
export const Procedure = z.object({
  kind: z.literal('Procedure'),
  id: Ident,
  title: Str.optional(),
  items: z.array(ProcedureItem),
  span: Span,
});
export type Procedure = z.infer<typeof Procedure>;
