// Leaf nodes shared by every construct: spans, identifiers, references, strings, time and duration phrases.
import { z } from 'zod';

/** Offsets in UTF-16 code units into the file's NFC text; `end` is exclusive. Line/col come from a LineIndex. */
export const Span = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type Span = z.infer<typeof Span>;

/** A declared name (`tự_đánh_giá`, `1` for a phase), NFC, as written. */
export const Ident = z.object({ kind: z.literal('Ident'), name: z.string(), span: Span });
export type Ident = z.infer<typeof Ident>;

/**
 * A use of a name. Several words are joined by `_` (`tổ trưởng chuyên môn` → `tổ_trưởng_chuyên_môn`), so
 * designers may write references with spaces; `name` is that joined form, case kept.
 */
export const Ref = z.object({ kind: z.literal('Ref'), name: z.string(), span: Span });
export type Ref = z.infer<typeof Ref>;

/** A quoted text kept verbatim (escapes `\"` and `\\` already undone). */
export const Str = z.object({ kind: z.literal('Str'), value: z.string(), span: Span });
export type Str = z.infer<typeof Str>;

/**
 * A time phrase in the calendar's sublanguage (`chậm nhất 2 ngày sau hội_nghị_cbvc`, `tháng 10/2020`).
 * `text` is the source slice; `expr` is the calendar's parsed `TimeExpr` when it parsed (plain data).
 */
export const TimePhrase = z.object({
  kind: z.literal('Time'),
  text: z.string(),
  expr: z.unknown().optional(),
  span: Span,
});
export type TimePhrase = z.infer<typeof TimePhrase>;

/** A duration phrase (`10 ngày làm việc`); `expr` is the calendar's parsed duration when it parsed. */
export const DurationPhrase = z.object({
  kind: z.literal('Duration'),
  text: z.string(),
  expr: z.unknown().optional(),
  span: Span,
});
export type DurationPhrase = z.infer<typeof DurationPhrase>;

/** A free-text note (`ghi chú "…"`) kept with its construct. */
export const Note = z.object({ kind: z.literal('Note'), text: Str, span: Span });
export type Note = z.infer<typeof Note>;

/** A legal basis (`căn cứ "Thông tư 21/2020/TT-BGDĐT ngày 31/7/2020"`), verbatim. */
export const Basis = z.object({ kind: z.literal('Basis'), text: Str, span: Span });
export type Basis = z.infer<typeof Basis>;

/**
 * A parameter value: a text, a number, yes/no, a name, or a phrase (time or duration) whose reading depends
 * on the parameter it sets (decided during analysis).
 */
export const Value = z.discriminatedUnion('type', [
  z.object({ kind: z.literal('Value'), type: z.literal('text'), value: z.string(), span: Span }),
  z.object({ kind: z.literal('Value'), type: z.literal('number'), value: z.number(), span: Span }),
  z.object({ kind: z.literal('Value'), type: z.literal('bool'), value: z.boolean(), span: Span }),
  z.object({ kind: z.literal('Value'), type: z.literal('ref'), value: z.string(), span: Span }),
  /** `expr`: the calendar's reading as a time phrase (`TimeExpr`) or a duration, when it reads as one. */
  z.object({
    kind: z.literal('Value'),
    type: z.literal('phrase'),
    value: z.string(),
    expr: z.unknown().optional(),
    span: Span,
  }),
]);
export type Value = z.infer<typeof Value>;
