// Organisation: declared, ordered levels (never hard-coded), units, roles, councils and their members.
import { z } from 'zod';
import { Ident, Ref, Span, Str } from './common.js';

/** One level in a chain, lowest first: `cấp cá_nhân < tổ < trường < phòng < sở < bộ`. */
export const LevelDecl = z.object({ kind: z.literal('Level'), id: Ident, name: Str.optional(), span: Span });
export type LevelDecl = z.infer<typeof LevelDecl>;

/** A `cấp a < b < c` line; several lines continue the chain upwards. */
export const Levels = z.object({ kind: z.literal('Levels'), levels: z.array(LevelDecl), span: Span });
export type Levels = z.infer<typeof Levels>;

/** `đơn vị phòng_gia_lâm "Phòng GD&ĐT Gia Lâm" cấp phòng thuộc sở_hà_nội` */
export const Unit = z.object({
  kind: z.literal('Unit'),
  id: Ident,
  name: Str.optional(),
  level: Ref.optional(),
  parent: z.union([Ref, Str]).optional(),
  span: Span,
});
export type Unit = z.infer<typeof Unit>;

/** `vai trò tổ_trưởng "Tổ trưởng chuyên môn" cấp tổ` */
export const Role = z.object({
  kind: z.literal('Role'),
  id: Ident,
  name: Str.optional(),
  level: Ref.optional(),
  span: Span,
});
export type Role = z.infer<typeof Role>;

/** `thành viên "Bà Phạm Thị Lệ Hằng" chức vụ "Trưởng phòng GD&ĐT - Chủ tịch Hội đồng" phụ trách "toàn Ngành"` */
export const Member = z.object({
  kind: z.literal('Member'),
  name: Str,
  position: Str.optional(),
  scope: Str.optional(),
  span: Span,
});
export type Member = z.infer<typeof Member>;

/** A council acts like a role (`do hđ_trường`) and lists its members with their scopes. */
export const Council = z.object({
  kind: z.literal('Council'),
  id: Ident,
  name: Str.optional(),
  level: Ref.optional(),
  members: z.array(Member),
  span: Span,
});
export type Council = z.infer<typeof Council>;

export const OrgItem = z.discriminatedUnion('kind', [Levels, Unit, Role, Council]);
export type OrgItem = z.infer<typeof OrgItem>;

/** A `tổ chức` block (at top level or inside a plan). */
export const Organisation = z.object({ kind: z.literal('Organisation'), items: z.array(OrgItem), span: Span });
export type Organisation = z.infer<typeof Organisation>;
