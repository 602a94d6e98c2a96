// A small workspace for the service's tests: a plan that imports a library procedure, and position helpers.
import { dedent } from '@tdkt/language/test';
import {
  createLanguageService,
  DocumentText,
  type LanguageService,
  type Position,
  type TextEdit,
} from '@tdkt/language-service';

export const LIB = dedent(`
  quy trình xét "Xét cuối năm"
    tham số
      hạn_tổ = trước 15/5
    hồ sơ
      đã_đăng_ký: có/không
    bước tự_đánh_giá "Cá nhân tự đánh giá" do cá_nhân
      nộp -> tổ_xét
    bước tổ_xét "Tổ xét, đề nghị" do tổ_trưởng hạn hạn_tổ
      nếu không đã_đăng_ký -> không_đạt
      duyệt -> đạt
      trả lại -> tự_đánh_giá
    kết thúc đạt, không_đạt
`);

export const PLAN = dedent(`
  dùng "lib/xet.tdkt"

  tổ chức
    cấp cá_nhân < tổ < trường
    vai trò cá_nhân "Cá nhân" cấp cá_nhân
    vai trò tổ_trưởng "Tổ trưởng" cấp tổ
    hội đồng hđ_trường "Hội đồng TĐKT" cấp trường

  kế hoạch "Kế hoạch thử"
    năm học 2020-2021
    sự kiện hội_nghị "Hội nghị CBVC" dự kiến tháng 9/2020
    tiến độ
      tháng 10/2020
        đăng_ký: "Đăng ký thi đua" do cá_nhân
          chậm nhất 2 ngày sau hội_nghị
      tháng 6/2021
        bình_xét: "Bình xét cuối năm" do hđ_trường
          trước 30/6
          sau đăng_ký
          theo quy trình xét
          với hạn_tổ = trước 20/6
`);

/** A service over the fixture (plus extra files), with the plan open. */
export function fixture(files: Record<string, string> = {}, lang: 'vi' | 'en' = 'vi'): LanguageService {
  const all: Record<string, string> = { 'lib/xet.tdkt': LIB, 'kh.tdkt': PLAN, ...files };
  const service = createLanguageService({ readFile: (p) => all[p], lang });
  service.open('kh.tdkt', all['kh.tdkt']!);
  return service;
}

/** The position of the `nth` occurrence of `needle` in `text`, moved `delta` characters right. */
export function pos(text: string, needle: string, delta = 0, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`no ${needle}`);
  }
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** `text` with `typed` inserted right after `needle`, and the cursor after what was typed. */
export function typeAfter(text: string, needle: string, typed: string): { text: string; cursor: Position } {
  const at = text.indexOf(needle) + needle.length;
  const next = text.slice(0, at) + typed + text.slice(at);
  return { text: next, cursor: pos(next, needle + typed, needle.length + typed.length) };
}

/** Applies non-overlapping edits to a text (last first). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const doc = new DocumentText(text);
  const sorted = [...edits].sort((a, b) => doc.offsetAt(b.range.start) - doc.offsetAt(a.range.start));
  let out = text;
  for (const e of sorted)
    out = out.slice(0, doc.offsetAt(e.range.start)) + e.newText + out.slice(doc.offsetAt(e.range.end));
  return out;
}
