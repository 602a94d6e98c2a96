// The plan (kế hoạch): header, events, phases and the schedule of activities.
import { z } from 'zod';
import { Basis, Ident, Note, Ref, Span, Str, TimePhrase, Value } from './common.js';
import { Council, Levels, Role, Unit } from './organisation.js';
import { FanOut, RollUp } from './procedure.js';

/** `năm học 2020-2021` (school-year) or `năm 2024` (calendar-year). */
export const PeriodDecl = z.object({
  kind: z.literal('Period'),
  type: z.enum(['school-year', 'calendar-year']),
  startYear: z.number().int(),
  endYear: z.number().int(),
  span: Span,
});
export type PeriodDecl = z.infer<typeof PeriodDecl>;

/** `đơn vị "Trường THCS Kim Sơn" cấp trường thuộc "Phòng GD&ĐT Gia Lâm"`: the issuing unit. */
export const Issuer = z.object({
  kind: z.literal('Issuer'),
  id: Ident.optional(),
  name: Str,
  level: Ref.optional(),
  parent: z.union([Ref, Str]).optional(),
  span: Span,
});
export type Issuer = z.infer<typeof Issuer>;

/** A day of the school-year frame written under `khung năm học` (`khai giảng 5/9/2020`). */
export const FrameMilestone = z.object({
  kind: z.literal('FrameMilestone'),
  milestone: z.enum(['gathering', 'opening', 'semester1End', 'semester2End', 'teachingEnd']),
  time: TimePhrase,
  span: Span,
});
export type FrameMilestone = z.infer<typeof FrameMilestone>;

/**
 * `khung năm học từ 5/9/2025 đến 31/7/2026 "QĐ …"`: the plan's school-year frame. Its time moves the period's
 * ends (default 1/8 – 31/7); its lines give the frame's days (tựu trường, khai giảng, ends of the semesters and
 * of the year), which win over the Ministry's decision; the string cites where they come from.
 */
export const FrameDecl = z.object({
  kind: z.literal('Frame'),
  time: TimePhrase.optional(),
  citation: Str.optional(),
  milestones: z.array(FrameMilestone),
  span: Span,
});
export type FrameDecl = z.infer<typeof FrameDecl>;

/** `trước tính cả ngày`: read "trước D" leniently (D included) throughout the plan. */
export const LenientBefore = z.object({ kind: z.literal('LenientBefore'), span: Span });
export type LenientBefore = z.infer<typeof LenientBefore>;

/** `số "85/KH-PGD&ĐT"`: the document's number. */
export const DocNumber = z.object({ kind: z.literal('DocNumber'), text: Str, span: Span });
export type DocNumber = z.infer<typeof DocNumber>;

/** `ban hành 24/1/2019`: when the document was issued. */
export const Issued = z.object({ kind: z.literal('Issued'), time: TimePhrase, span: Span });
export type Issued = z.infer<typeof Issued>;

/** `sự kiện hội_nghị_cbvc "Hội nghị cán bộ, viên chức" dự kiến tháng 9/2020` */
export const EventDecl = z.object({
  kind: z.literal('Event'),
  id: Ident,
  name: Str.optional(),
  time: TimePhrase.optional(),
  span: Span,
});
export type EventDecl = z.infer<typeof EventDecl>;

/** `đợt 1 từ ngày 1/8/2020- 20-10-2020 "Chủ đề: …"` */
export const PhaseDecl = z.object({
  kind: z.literal('Phase'),
  id: Ident,
  theme: Str.optional(),
  time: TimePhrase.optional(),
  notes: z.array(Note),
  span: Span,
});
export type PhaseDecl = z.infer<typeof PhaseDecl>;

/** `với hạn_tổ = trước 15/5`: a parameter of the linked procedure set for this use. */
export const ParamOverride = z.object({ kind: z.literal('ParamOverride'), name: Ref, value: Value, span: Span });
export type ParamOverride = z.infer<typeof ParamOverride>;

/**
 * `theo quy trình xét_cuối_năm` with its overrides; `theo quy trình xét_cuối_năm bước tổ_xét, hđ_trường_xét`
 * when the activity performs only those steps of the procedure (empty `steps`: the whole procedure).
 */
export const ProcedureLink = z.object({
  kind: z.literal('ProcedureLink'),
  procedure: Ref,
  steps: z.array(Ref),
  overrides: z.array(ParamOverride),
  span: Span,
});
export type ProcedureLink = z.infer<typeof ProcedureLink>;

/**
 * `đăng_ký: "Cá nhân, tập thể đăng ký…" do cá nhân chậm nhất 2 ngày sau hội_nghị_cbvc sau x, y`. An activity
 * may carry several time phrases (each on its own line): they all bind, together with its section's window.
 */
export const Activity = z.object({
  kind: z.literal('Activity'),
  id: Ident.optional(),
  text: Str,
  by: z.array(Ref),
  times: z.array(TimePhrase),
  after: z.array(Ref),
  procedure: ProcedureLink.optional(),
  /** `cho mỗi trường`: the activity runs once in every unit of that level below the plan's issuer. */
  fanOut: FanOut.optional(),
  /** `gộp tất cả | đủ N | đủ N% | đúng hạn`: how the units' results roll up for the activities after it. */
  rollUp: RollUp.optional(),
  notes: z.array(Note),
  span: Span,
});
export type Activity = z.infer<typeof Activity>;

/** A section heading: a time phrase (`tháng 10/2020`, `quý I năm 2024`), a phase, or year-round. */
export const SectionHeading = z.discriminatedUnion('kind', [
  TimePhrase,
  z.object({ kind: z.literal('PhaseRef'), phase: Ref, span: Span }),
  z.object({ kind: z.literal('YearRound'), form: z.enum(['all-year', 'regular']), span: Span }),
]);
export type SectionHeading = z.infer<typeof SectionHeading>;

export const Section = z.object({
  kind: z.literal('Section'),
  heading: SectionHeading,
  label: Str.optional(),
  activities: z.array(Activity),
  span: Span,
});
export type Section = z.infer<typeof Section>;

/** `tiến độ`: sections in order; activities written directly under it have no section window. */
export const Schedule = z.object({
  kind: z.literal('Schedule'),
  sections: z.array(Section),
  activities: z.array(Activity),
  span: Span,
});
export type Schedule = z.infer<typeof Schedule>;

export const PlanItem = z.discriminatedUnion('kind', [
  Issuer,
  PeriodDecl,
  FrameDecl,
  LenientBefore,
  DocNumber,
  Issued,
  Basis,
  Note,
  Levels,
  Unit,
  Role,
  Council,
  EventDecl,
  PhaseDecl,
  Schedule,
]);
export type PlanItem = z.infer<typeof PlanItem>;

/** `kế hoạch "Công tác thi đua, khen thưởng năm học 2020-2021"` and its items in source order. */
export const Plan = z.object({ kind: z.literal('Plan'), title: Str, items: z.array(PlanItem), span: Span });
export type Plan = z.infer<typeof Plan>;
