// Every entry of the simulator's message catalog renders in Vietnamese and English from sample data.

import type { Diagnostic } from '@tdkt/calendar';
import {
  behaviourMessages,
  populationMessages,
  type SimulatorMessageData,
  type SimulatorMessageId,
  say,
  sayBoth,
  simulatorMessages,
} from '@tdkt/simulator';
import { describe, expect, it } from 'vitest';

type WithData = {
  [K in SimulatorMessageId as keyof SimulatorMessageData<K> extends never ? never : K]: SimulatorMessageData<K>;
};

/** Sample data for every message that takes data: the type makes a missing or misshapen sample a compile error. */
const TYPED: WithData = {
  'check.completion.figures': { procedures: 7, states: 218, transitions: 593, paths: '104082+' },
  'check.file.via': { message: 'hạn chót Chủ nhật 9/5/2021 là ngày nghỉ cuối tuần', line: '64' },
  'report.errors': { count: 2 },
  'report.warnings': { count: 1 },
  'report.line': { line: 118 },
  'report.schedule.more': { count: '1.234' },
  'report.population.runs': { runs: 20 },
  'report.population.line': { runs: '20 lần chạy', dossiers: '2.796', share: '88,8 %', stuck: '317' },
  'report.population.line-running': {
    runs: '20 lần chạy',
    dossiers: '2.796',
    due: '2.700',
    share: '88,8 %',
    stuck: '317',
    running: '96',
  },
  'report.population.preset': { name: 'huyện' },
  'report.population.file': { name: 'ha-noi.json' },
  'report.population.head': { runs: 20, seed: 4242, source: 'mẫu tỉnh', dossiers: '24.318' },
  'report.population.interval': { runs: 20 },
  'report.population.depends': { procedure: 'khen_cấp_sở', units: 'Sở GD&ĐT' },
  'report.population.more-steps': { count: '12' },
  'temporal.conflict': {
    label: 'Phòng GD&ĐT trình Sở',
    deadline: '29/5/2019',
    quote: ' („trước ngày 30/5/2019”)',
    who: 'Hội đồng trường xét xong',
    when: '3/6/2019',
    why: ' (20/5/2019 + 10 ngày làm việc)',
    same: false,
  },
  'temporal.tentative-missed': {
    label: 'Hội nghị cán bộ',
    deadline: '31/1/2019',
    quote: ' („dự kiến tháng 1/2019”)',
    who: 'Khai giảng',
    when: '5/2/2019',
    why: ' (do Khai giảng: không trước 5/2/2019)',
    same: false,
  },
  'temporal.tentative-conflict': {
    label: 'Tổng kết',
    deadline: '30/6/2021',
    quote: ' („trước 1/7”)',
    who: 'Hội nghị CBVC',
    when: '2/7/2021',
    why: ' (ước lượng)',
  },
  'temporal.beyond-period': { who: 'Khen thưởng xong', when: '3/1/2020', why: ' (do các đơn vị)', end: '31/12/2019' },
  'temporal.cycle': { loop: 'Đăng ký thi đua → Khen thưởng → Đăng ký thi đua' },
  'temporal.unknown-node': { constraint: 'c17', node: 'ma_không_có' },
  'temporal.deadline-order': {
    label: 'Các trường nộp',
    deadline: '25/5/2019',
    quote: ' („đến 25/5”)',
    later: 'Phòng GD&ĐT tổng hợp',
    laterDay: '20/5/2019',
    laterQuote: ' („trước 21/5”)',
    latest: '19/5/2019',
  },
  'temporal.default-shortens-row': {
    label: 'Hội đồng ngành bình xét',
    end: '30/9/2024',
    quote: ' („quý III năm 2024”)',
    step: 'Hội đồng cấp trên xét',
    latest: '17/7/2024',
    param: 'hạn_quyết_định',
    phrase: 'chậm nhất 31/7',
    where: 'dsl/lib/xet-cuoi-nam.tdkt:22',
  },
  'why.takes': { from: '20/5/2019', took: '10 ngày làm việc', crossing: ', qua 2 ngày nghỉ lễ' },
  'why.units-due': { day: '15/5/2019', quote: ' („hạn 15/5”)' },
  'why.lower-bound': { label: 'Khai giảng', day: '5/9/2020', quote: ' („từ 5/9”)' },
  'link.origin': { event: 'Đăng ký thi đua', day: '1/8/2020' },
  'link.lower-bound': { label: 'Khai giảng', day: '5/2/2019', quote: ' („từ 5/2/2019”)', tentative: true },
  'link.units-due': { label: 'Trường nộp hồ sơ', day: '15/5/2019', quote: ' („hạn 15/5”)' },
  'link.rollup': { event: 'Phòng tổng hợp', from: 'Trường nộp xong', quote: ' („gộp tất cả”)', day: '16/5/2019' },
  'link.takes': {
    label: 'Hội đồng trường xét',
    took: '10 ngày làm việc',
    quote: ' („mất 10 ngày làm việc”)',
    from: '20/5/2019',
    day: '3/6/2019',
    crossing: ', qua 1 ngày nghỉ lễ',
  },
  'link.after': { event: 'Khen thưởng', from: 'Bình xét xong', quote: ' („sau bình_xét”)', day: '2/6/2021' },
  'link.period-end': { day: '31/7/2021' },
  'link.upper-bound': {
    label: 'Phòng GD&ĐT trình Sở',
    day: '29/5/2019',
    quote: ' („trước ngày 30/5/2019”)',
    tentative: true,
  },
  'link.ordering': { event: 'Khen thưởng', from: 'Đăng ký thi đua', gap: ', cách 2 ngày', quote: ' („sau đăng_ký”)' },
  'link.gap': { duration: '2 tuần' },
  'temporal.quote': { phrase: 'trước 15/5', origin: 'mặc định của thư viện: hạn_tổ' },
  'temporal.crossing': { count: 5, names: 'Tết Nguyên đán' },
  'event.start': { label: 'Hội đồng trường xét' },
  'event.finish': { label: 'Hội đồng trường xét' },
  'duration.working-day': { amount: 10 },
  'duration.week': { amount: 3 },
  'duration.month': { amount: 2 },
  'duration.day': { amount: 5 },
  'completion.trap': { procedure: 'xét_cuối_năm', step: 'tổ_xét' },
  'completion.dead-step': { procedure: 'xét_cuối_năm', step: 'hội_đồng' },
  'completion.no-final': { procedure: 'xét_cuối_năm' },
  'completion.truncated': { procedure: 'xét_cuối_năm' },
  'completion.edge.action': { step: 'tự_đánh_giá', who: 'cá_nhân', action: 'submit', data: ' [đã_đăng_ký = true]' },
  'completion.edge.deadline': { step: 'tổ_xét' },
  'completion.edge.posting': { step: 'công_khai' },
  'completion.edge.reminder': { step: 'nhắc_tổ' },
  'completion.edge.unit': { step: 'tổng_hợp' },
  'completion.initial-dossier': { data: '[đã_đăng_ký = false]' },
  'completion.loop-to-start': { step: 'tự_đánh_giá' },
  'completion.loop-to-line': { step: 'tổ_xét', line: 3 },
};

/** Data keys a message reads without printing them (they choose the wording). */
const UNPRINTED: Readonly<Record<string, readonly string[]>> = {
  'completion.edge.action': ['action'],
};

/** Sample data for the population and behaviour diagnostics (catalogs keyed by diagnostic code). */
const DIAGNOSTICS: Readonly<Record<string, Diagnostic['data']>> = {
  'population.schema': { path: 'units.3.level', detail: 'bắt buộc' },
  'population.duplicate-id': { id: 'kim-son' },
  'population.unknown-level': { id: 'kim-son', level: 'huyện' },
  'population.unknown-parent': { id: 'kim-son', parent: 'gia-lam' },
  'population.level-order': { id: 'kim-son', level: 'trường', parentLevel: 'sở' },
  'population.no-root': {},
  'population.duplicate-level': { level: 'trường' },
  'population.undeclared-level': { level: 'huyen', declared: 'sở, phòng, trường', suggestion: 'phòng' },
  'population.level-gap': { level: 'trường', after: 'sở', missing: 'phòng' },
  'population.levels-above': { file: 'ha-noi.json', levels: 'bộ, sở' },
  'population.levels-below': { file: 'ha-noi.json', levels: 'tổ, cá_nhân' },
  'population.unsized-levels': { preset: 'tỉnh', levels: 'cụm' },
  'population.not-started': { count: 12, procedure: 'khen_cấp_sở' },
  'population.ignored-actions': { steps: 'xét.hội_đồng' },
  'population.no-levels': { levels: 'sở, phòng, trường, tổ, cá_nhân' },
  'population.unplaced-steps': { steps: 'xét.thư_ký' },
  'population.json': { detail: 'Unexpected token' },
  'behaviour.schema': { path: 'defaults.onTime', detail: 'phải là số' },
  'behaviour.shares': { where: 'defaults', onTime: 0.9, late: 0.2 },
  'behaviour.late-days': { where: 'steps.xét', min: 5, max: 2 },
};

const sampleOf = (id: string): Diagnostic['data'] =>
  (TYPED as Readonly<Record<string, Diagnostic['data']>>)[id] ?? DIAGNOSTICS[id] ?? {};
const ids = Object.keys(simulatorMessages).sort();

describe('the simulator message catalog', () => {
  it('holds the population and behaviour diagnostics too, so one catalog has every code', () => {
    for (const code of [...Object.keys(populationMessages), ...Object.keys(behaviourMessages)])
      expect(ids).toContain(code);
    expect(ids.length).toBeGreaterThan(130);
  });

  it('keys the headline of every problem code the checks report by that code', () => {
    const codes = [
      'temporal.conflict',
      'temporal.tentative-missed',
      'temporal.tentative-conflict',
      'temporal.beyond-period',
      'temporal.cycle',
      'temporal.deadline-order',
      'temporal.default-shortens-row',
      'temporal.unknown-node',
      'completion.trap',
      'completion.dead-step',
      'completion.no-final',
      'completion.truncated',
    ];
    expect(codes.filter((c) => !ids.includes(c))).toEqual([]);
  });

  it('has sample data for every diagnostic code (typed messages are checked by the compiler)', () => {
    const codes = [...Object.keys(populationMessages), ...Object.keys(behaviourMessages)];
    expect(codes.filter((c) => DIAGNOSTICS[c] === undefined)).toEqual([]);
    expect(Object.keys(DIAGNOSTICS).filter((c) => !codes.includes(c))).toEqual([]);
  });

  it.each(ids)('%s renders in Vietnamese and English', (id) => {
    const template = simulatorMessages[id]!;
    const data = sampleOf(id);
    const vi = template.vi(data);
    const en = template.en(data);
    for (const text of [vi, en]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/undefined|NaN|\[object Object\]|null/);
    }
    expect(vi, 'the two languages say it differently').not.toBe(en);
    if (id in TYPED) {
      // Every piece of data a message is given shows in both languages.
      for (const [key, value] of Object.entries(data)) {
        if (typeof value !== 'string' || value === '' || UNPRINTED[id]?.includes(key)) continue;
        expect(vi, `${id}.vi shows ${key}`).toContain(value);
        expect(en, `${id}.en shows ${key}`).toContain(value);
      }
    }
  });

  it('renders typed data through say and sayBoth', () => {
    expect(say('vi', 'report.errors', { count: 2 })).toBe('2 lỗi');
    expect(say('en', 'report.errors', { count: 1 })).toBe('1 error');
    expect(say('en', 'report.errors', { count: 3 })).toBe('3 errors');
    expect(say('vi', 'column.slack')).toBe('Dự trữ');
    expect(sayBoth('event.finish', { label: 'Bình xét' })).toEqual({ vi: 'Bình xét xong', en: 'Bình xét (finish)' });
    expect(say('vi', 'completion.edge.action', { step: 'a', who: 'tổ_trưởng', action: 'return', data: '' })).toBe(
      'a: tổ_trưởng trả lại',
    );
    expect(say('en', 'completion.edge.action', { step: 'a', who: 'x', action: 'xét_lại', data: '' })).toBe(
      'a: x xét lạis',
    );
    // @ts-expect-error: a message's data is typed (count, not n)
    say('vi', 'report.errors', { n: 2 });
    // @ts-expect-error: an unknown message id does not compile
    expect(() => say('vi', 'report.nothing')).toThrow();
  });

  it('hints `với` for a default parameter, and only moving the row for a step’s own deadline', () => {
    const d = TYPED['temporal.default-shortens-row'];
    expect(say('vi', 'temporal.default-shortens-row', d)).toContain('`với hạn_quyết_định = …`');
    expect(say('en', 'temporal.default-shortens-row', d)).toContain('`với hạn_quyết_định = …` (or move the row)');
    const own = { ...d, param: '' };
    expect(say('vi', 'temporal.default-shortens-row', own)).not.toContain('với');
    expect(say('en', 'temporal.default-shortens-row', own)).toMatch(/own deadline .*: move the row$/u);
  });

  it('words a missed deadline by its code, and does not name the late event twice', () => {
    const d = TYPED['temporal.conflict'];
    expect(say('vi', 'temporal.conflict', d)).toContain('Phòng GD&ĐT trình Sở phải xong chậm nhất');
    expect(say('vi', 'temporal.tentative-missed', d)).toContain('Phòng GD&ĐT trình Sở dự kiến phải xong chậm nhất');
    expect(say('en', 'temporal.tentative-missed', d)).toContain('is planned to be done by');
    const same = say('vi', 'temporal.conflict', { ...d, same: true });
    expect(same).toContain('nhưng sớm nhất chỉ xong được 3/6/2019');
    expect(same).not.toContain(d.who);
  });
});
