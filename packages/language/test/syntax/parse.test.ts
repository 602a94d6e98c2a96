import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '@tdkt/language';
import { parseOk, stripSpans } from '@tdkt/language/test';

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
