import { readFileSync } from 'node:fs';
import { parse } from '@tdkt/language';
import { parseOk, stripSpans } from '@tdkt/language/test';
import { describe, expect, it } from 'vitest';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');

describe('parse: the design.md sketch', () => {
  it('checks clean in Vietnamese, without diacritics and in English, with equal ASTs', () => {
    const vi = parseOk(fixture('sketch.tdkt'), 'sketch.tdkt').ast;
    const ascii = parseOk(fixture('sketch-ascii.tdkt'), 'sketch.tdkt').ast;
    const en = parseOk(fixture('sketch-en.tdkt'), 'sketch.tdkt').ast;
    expect(stripSpans(ascii)).toEqual(stripSpans(vi));
    expect(stripSpans(en)).toEqual(stripSpans(vi));
  });

  it('keeps time phrases verbatim and parsed by the calendar', () => {
    const { model } = parseOk(fixture('sketch.tdkt'));
    const reg = model.plans[0]!.activities.find((a) => a.id === 'đăng_ký')!;
    expect(reg.time?.text).toBe('chậm nhất 2 ngày sau hội_nghị_cbvc');
    expect(reg.time?.expr?.kind).toBe('relative');
    expect(reg.time?.resolution?.soft).toBe(true);
  });

  it('normalises NFD input to NFC', () => {
    const nfd = fixture('sketch.tdkt').normalize('NFD');
    const r = parse(nfd, 'x.tdkt');
    expect(r.diagnostics).toEqual([]);
    expect(stripSpans(r.ast)).toEqual(stripSpans(parse(fixture('sketch.tdkt'), 'x.tdkt').ast));
  });
});

describe('parse: every construct', () => {
  const { ast, model } = parseOk(fixture('constructs.tdkt'), 'constructs.tdkt');
  const plan = model.plans[0]!;
  const proc = model.procedures.find((p) => p.id === 'đề_nghị')!;

  it('reads the plan header', () => {
    expect(plan.period).toEqual({ kind: 'school-year', startYear: 2025, bounds: expect.anything() });
    expect(plan.beforeReading).toBe('lenient');
    expect(plan.bases).toHaveLength(2);
    expect(plan.docNumber).toBe('12/KH-THCS');
    expect(plan.issuer?.name).toBe('Trường THCS Mẫu');
    expect(plan.levels.map((l) => l.id)).toEqual(['cá_nhân', 'tổ', 'trường', 'xã', 'tỉnh']);
    expect(plan.roles.find((r) => r.kind === 'council')?.members).toHaveLength(2);
  });

  it('reads events, phases, sections and activities', () => {
    expect(plan.events[0]?.time?.resolution?.soft).toBe(true);
    expect(plan.phases.map((p) => p.id)).toEqual(['1', '2']);
    expect(plan.sections.map((s) => s.heading.kind)).toEqual(['time', 'time', 'phase', 'year-round']);
    const anon = plan.activities.find((a) => a.anonymous)!;
    expect(anon.id).toMatch(/^#\d+$/);
    const link = plan.activities.find((a) => a.procedure)!.procedure!;
    expect(link.overrides.map((o) => o.id)).toEqual(['hạn_trường']);
    expect(link.instance?.params.find((p) => p.id === 'hạn_trường')?.overridden).toBe(true);
    expect(plan.activities.find((a) => a.id === 'họp')?.time?.resolution?.window).not.toBeNull();
  });

  it('reads procedures: params, dossier, steps, guards, parallel, fan-out, escalation, finals', () => {
    expect(proc.fields.map((f) => f.type)).toEqual(['bool', 'number', 'text', 'date', 'enum']);
    expect(proc.initial).toBe('lập_hồ_sơ');
    const s = proc.steps.find((x) => x.id === 'các_trường')!;
    expect(s.fanOut?.level).toBe('trường');
    expect(s.rollUp).toEqual({ type: 'quorum-percent', percent: 70 });
    const h = proc.steps.find((x) => x.id === 'hội_đồng')!;
    expect(h.posting?.duration).toEqual({ amount: 5, unit: 'working-day' });
    expect(h.remind?.duration).toEqual({ amount: 2, unit: 'working-day' });
    expect(h.takes?.duration).toEqual({ amount: 10, unit: 'working-day' });
    expect(h.deadline?.param).toBe('hạn_trường');
    expect(h.transitions.map((t) => t.trigger)).toEqual(['action', 'action', 'action', 'timeout']);
    expect(h.transitions[0]?.guard?.kind).toBe('Or');
    expect(h.escalations[0]?.to.id).toBe('xã');
    expect(proc.parallels[0]?.join).toMatchObject({ policy: 'all', target: { kind: 'step', id: 'trình_xã' } });
    expect(proc.steps.find((x) => x.id === 'bổ_sung_hồ_sơ')?.transitions[0]?.actionName).toBe('bổ_sung');
    expect(proc.finals.map((f) => f.id)).toEqual(['đạt', 'không_đạt']);
    expect(ast.items.some((i) => i.kind === 'Use')).toBe(false);
  });
});

describe('parse: time wordings of issue 13 reach the calendar', () => {
  const plan = (body: string): string =>
    `tổ chức\n  cấp cá_nhân "Cá nhân"\n  vai trò giáo_viên "Giáo viên" cấp cá_nhân\n\nkế hoạch "KH"\n  năm học 2020-2021\n  tiến độ\n    tháng 10/2020\n      a: "Hoạt động" do giáo_viên\n        ${body}\n`;
  const activity = (body: string) => {
    const r = parse(plan(body), 'x.tdkt');
    const a = (
      r.ast?.items.find((i) => i.kind === 'Plan') as
        | {
            items: Array<{
              kind: string;
              activities?: unknown[];
              sections?: Array<{
                activities: Array<{ times: Array<{ text: string; expr?: { kind: string } }>; after: unknown[] }>;
              }>;
            }>;
          }
        | undefined
    )?.items.find((i) => i.kind === 'Schedule')?.sections?.[0]?.activities[0];
    return { diagnostics: r.diagnostics, time: a?.times[0], after: a?.after };
  };

  it('reads `sau Tết 2 tuần`, `sau khai giảng`, `sau 30 ngày kể từ E` as times, `sau đăng_ký` as a dependency', () => {
    for (const text of ['sau Tết 2 tuần', 'sau khai giảng', 'sau 30 ngày kể từ ngày 1/10/2020', 'sau 20/11']) {
      const a = activity(text);
      expect(a.diagnostics, text).toEqual([]);
      expect(a.time?.text, text).toBe(text);
      expect(a.time?.expr?.kind, text).toBe('relative');
      expect(a.after, text).toEqual([]);
    }
    const dep = activity('sau đăng_ký');
    expect(dep.time).toBeUndefined();
    expect(dep.after).toHaveLength(1);
  });

  it('keeps event words with spaces, times of day and repetitions in one phrase', () => {
    for (const text of [
      'chậm nhất 2 ngày sau hội nghị cán bộ viên chức',
      'trước 17h ngày 30/10/2020',
      'trước ngày 25 hằng tháng',
      'hạn cuối tháng 10/2020',
      'tuần cuối tháng 10',
    ]) {
      const a = activity(text);
      expect(a.diagnostics, text).toEqual([]);
      expect(a.time?.text, text).toBe(text);
    }
  });

  it('refuses a period outside 1900–2199 or of non-consecutive years (issue 18)', () => {
    const huge = parse(
      plan('tháng 10/2020').replace('năm học 2020-2021', 'năm học 10000000000000000-10000000000000001'),
      'x.tdkt',
    );
    expect(huge.diagnostics.map((d) => d.code)).toEqual(['time.year-out-of-range']);
    const far = parse(plan('tháng 10/2020').replace('năm học 2020-2021', 'năm học 2020-2099'), 'x.tdkt');
    expect(far.diagnostics.map((d) => d.code)).toEqual(['time.bad-school-year']);
  });

  it('refuses lone UTF-16 surrogates in names and strings (issue 18)', () => {
    const name = parse('quy trình a\uD800b\n  bước x\n', 'x.tdkt');
    expect(name.diagnostics.filter((d) => d.code === 'syntax.lone-surrogate')).toEqual([
      { code: 'syntax.lone-surrogate', severity: 'error', span: { start: 11, end: 12 }, data: { unit: 'U+D800' } },
    ]);
    const title = parse('kế hoạch "K\uDC00"\n  năm 2024\n', 'x.tdkt');
    expect(title.diagnostics.map((d) => d.code)).toEqual(['syntax.lone-surrogate']);
    // A well-formed pair (an emoji) is not a lone surrogate.
    expect(parse('kế hoạch "K 🎓"\n  năm 2024\n', 'x.tdkt').diagnostics).toEqual([]);
  });
});

describe('parse: where a line stops making sense', () => {
  it('points at the first token that does not fit, and proposes no keyword for a name read before it', () => {
    const r = parse('tổ chức\n  cấp trường thuộc phòng\n', 'a.tdkt');
    expect(r.diagnostics.map((d) => [d.code, d.data['found'], d.data['suggestion']])).toEqual([
      ['syntax.unexpected', 'thuộc', undefined],
    ]);
    const list = parse('tổ chức\n  cấp trường < phòng xyz\n', 'a.tdkt');
    expect(list.diagnostics.map((d) => [d.code, d.data['found'], d.data['suggestion']])).toEqual([
      ['syntax.unexpected', 'xyz', undefined],
    ]);
  });
});
