import type { NetworkBuilder, Provenance } from '@tdkt/simulator';
import { analyseTemporal, createNetworkBuilder, explainProblem } from '@tdkt/simulator';
import { describe, expect, it } from 'vitest';
import { cal, day } from '../fixtures.js';

const wd = (amount: number) => ({ amount, unit: 'working-day' as const });
const PLAN = 'ke-hoach.tdkt';
const LIB = 'lib/xet.tdkt';

/** A provenance in `file` at `line`, with its origin. */
const from = (
  file: string,
  line: number,
  phrase: string,
  origin: NonNullable<Provenance['origin']>,
  label = 'Quyết định',
): Provenance => ({ label, span: { file, line, col: 5 }, phrase, origin });

const linked = (b: NetworkBuilder, row: string, step: string): NetworkBuilder =>
  b
    .precede(`${row}.start`, `${step}.start`, { label: step, origin: { kind: 'row' } }, undefined, 'link')
    .precede(`${step}.finish`, `${row}.finish`, { label: step, origin: { kind: 'row' } }, undefined, 'link');

/**
 * One run of a procedure: cấp_trên (performed by the row `ngành`, July–September), then hđ_ngành (10 working
 * days), then quyết_định with the deadline `last` (a library default unless said otherwise).
 */
function network(last: Provenance, options: { rowEnd?: number; file?: string } = {}) {
  const b = createNetworkBuilder(day(1, 1, 2024), day(31, 12, 2024), options.file ?? PLAN)
    .activity('ngành', 'Hội đồng ngành bình xét')
    .activity('cấp_trên', 'Cấp trên xét')
    .activity('hđ_ngành', 'Hội đồng ngành xét', { duration: wd(10) })
    .activity('quyết_định', 'Quyết định')
    .notBefore('ngành.start', day(1, 7, 2024), from(PLAN, 57, 'quý III năm 2024', { kind: 'heading' }, 'Ngành'))
    .notAfter(
      'ngành.finish',
      options.rowEnd ?? day(30, 9, 2024),
      from(PLAN, 57, 'quý III năm 2024', { kind: 'heading' }, 'Ngành'),
      false,
      'window',
    )
    .precede('cấp_trên.finish', 'hđ_ngành.start', { label: 'Cấp trên xét' }, undefined, 'step-order')
    .precede('hđ_ngành.finish', 'quyết_định.start', { label: 'Hội đồng ngành xét' }, undefined, 'step-order')
    .notAfter('quyết_định.finish', day(31, 7, 2024), last);
  return linked(b, 'ngành', 'cấp_trên').build();
}

const DEFAULT = from(LIB, 22, 'chậm nhất 31/7', { kind: 'default', param: 'hạn_quyết_định' });

describe('a library default that shortens a row performing steps (temporal.default-shortens-row)', () => {
  it('warns with the row, its end, the step’s latest day and the default', () => {
    const r = analyseTemporal(network(DEFAULT), cal);
    expect(r.ok).toBe(true);
    expect(r.defaultShortens).toHaveLength(1);
    const [p] = r.defaultShortens;
    // 31/7/2024 is a Wednesday: 10 working days before it start on Tuesday 16/7, so the step is due 17/7.
    expect(p).toMatchObject({
      code: 'temporal.default-shortens-row',
      severity: 'warning',
      node: 'ngành.finish',
      step: 'cấp_trên.finish',
      rowEnd: day(30, 9, 2024),
      latest: day(17, 7, 2024),
    });
    expect(p?.chain.map((l) => [l.kind, l.provenance.span?.file, l.provenance.span?.line])).toEqual([
      ['upper-bound', PLAN, 57],
      ['precedence', undefined, undefined],
      ['precedence', undefined, undefined],
      ['precedence', undefined, undefined],
      ['precedence', undefined, undefined],
      ['upper-bound', LIB, 22],
    ]);
    const vi = explainProblem(p!, 'vi');
    expect(vi).toContain('Ngành được đến hết 30/9/2024');
    expect(vi).toContain('phải xong chậm nhất 17/7/2024');
    expect(vi).toContain('hạn_quyết_định = „chậm nhất 31/7” (lib/xet.tdkt:22)');
    expect(vi).toContain('`với hạn_quyết_định = …`');
    expect(explainProblem(p!, 'en')).toContain('set it on the row with `với hạn_quyết_định = …` (or move the row)');
  });

  it('is silent once the plan sets the deadline with `với` on the row', () => {
    const override = from(PLAN, 66, 'chậm nhất 31/7', { kind: 'override', param: 'hạn_quyết_định' });
    expect(analyseTemporal(network(override), cal).defaultShortens).toEqual([]);
  });

  it('counts a step’s own `hạn` only when it is written in another file than the plan', () => {
    const own = (file: string) => from(file, 40, 'chậm nhất 31/7', { kind: 'step' });
    const inLibrary = analyseTemporal(network(own(LIB)), cal).defaultShortens;
    expect(inLibrary.map((p) => p.step)).toEqual(['cấp_trên.finish']);
    // Without the `với` a parameter allows, the hint is to move the row.
    expect(explainProblem(inLibrary[0]!, 'en')).toMatch(/move the row$/u);
    expect(analyseTemporal(network(own(PLAN)), cal).defaultShortens).toEqual([]);
  });

  it('leaves a later bound the plan writes to the schedule (the engine already makes the step due earlier)', () => {
    const row = from(PLAN, 70, 'tháng 7/2024', { kind: 'heading' });
    expect(analyseTemporal(network(row), cal).defaultShortens).toEqual([]);
  });

  it('is silent when the row ends before the default’s limit', () => {
    expect(analyseTemporal(network(DEFAULT, { rowEnd: day(15, 7, 2024) }), cal).defaultShortens).toEqual([]);
  });

  it('is silent when the default ties with the row’s own end (the row’s steps are due by its end anyway)', () => {
    // The row performs both steps; the default is due on the row's last day: only the row's own 10 days
    // of review make its first step due earlier, and the engine derives that from the row.
    const b = createNetworkBuilder(day(1, 1, 2024), day(31, 12, 2024), PLAN)
      .activity('tháng_7', 'Tháng 7')
      .activity('đơn_vị', 'Đơn vị nộp')
      .activity('phòng', 'Phòng xét', { duration: wd(10) })
      .activity('sở', 'Sở hiệp y')
      .notAfter(
        'tháng_7.finish',
        day(31, 7, 2024),
        from(PLAN, 9, 'tháng 07/2024', { kind: 'heading' }),
        false,
        'window',
      )
      .precede('đơn_vị.finish', 'phòng.start', { label: 'Đơn vị nộp' }, undefined, 'step-order')
      .precede('phòng.finish', 'sở.start', { label: 'Phòng xét' }, undefined, 'step-order')
      .notAfter('sở.finish', day(31, 7, 2024), from(LIB, 40, 'chậm nhất 31/7', { kind: 'default', param: 'hạn_sở' }));
    linked(linked(b, 'tháng_7', 'đơn_vị'), 'tháng_7', 'phòng');
    expect(analyseTemporal(b.build(), cal).defaultShortens).toEqual([]);
  });

  it('reports once per default: a row shortened only through a later row’s step is not reported again', () => {
    const b = createNetworkBuilder(day(1, 1, 2024), day(31, 12, 2024), PLAN)
      .activity('trường', 'Trường xét')
      .activity('gửi', 'Gửi cấp trên')
      .activity('s1', 'Hội đồng trường xét')
      .activity('s2', 'Trình cấp trên')
      .activity('s3', 'Cấp trên xét', { duration: wd(10) })
      .notAfter('trường.finish', day(30, 6, 2024), from(PLAN, 5, 'cuối năm học', { kind: 'heading' }), false, 'window')
      .notAfter('gửi.finish', day(30, 6, 2024), from(PLAN, 5, 'cuối năm học', { kind: 'heading' }), false, 'window')
      .precede('s1.finish', 's2.start', { label: 'Hội đồng trường xét' }, undefined, 'step-order')
      .precede('s2.finish', 's3.start', { label: 'Trình cấp trên' }, undefined, 'step-order')
      .notAfter('s3.finish', day(29, 6, 2024), from(LIB, 21, 'trước 30/6', { kind: 'default', param: 'hạn_cấp_trên' }));
    linked(linked(b, 'trường', 's1'), 'gửi', 's2');
    const found = analyseTemporal(b.build(), cal).defaultShortens;
    expect(found.map((p) => [p.node, p.step])).toEqual([['gửi.finish', 's2.finish']]);
  });
});
