// The gallery of small plans, one per rule of "How a plan's times combine" (dsl/grammar.md §8): each with
// its expected finding (or none), its text and JSON reports as golden files (`vitest -u` rewrites them).
import { readdirSync } from 'node:fs';
import { loadWorkspace } from '@tdkt/language';
import { describe, expect, it } from 'vitest';
import { run } from '../../packages/cli/src/commands/simulate.js';
import { fileReader } from '../../packages/cli/src/files.js';
import { fakeIo } from '../../packages/cli/test/fake-io.js';

const root = new URL('../../', import.meta.url).pathname;
const dir = 'test/simulate/plans';

interface Bound {
  phrase?: string;
  date?: string;
  location?: { line: number };
  origin?: { kind: string; strictBefore?: boolean };
}
interface Report {
  ok: boolean;
  problems: {
    code: string;
    severity: string;
    chain: { kind: string; text: string; phrase?: string; origin?: { kind: string } }[];
  }[];
  deadlines?: { events: { id: string; earliest: string; latest: string; latestFrom?: Bound; earliestFrom?: Bound }[] };
}

async function simulate(name: string, lang: 'vi' | 'en' = 'vi', json = true) {
  const io = fakeIo(root);
  const code = await run(
    {
      command: 'simulate',
      positionals: [`${dir}/${name}.tdkt`],
      options: { ...(json ? { json: true } : {}), population: 'none' },
      lang,
    },
    io,
  );
  const report =
    json && io.out() !== '' ? ((JSON.parse(io.out()) as { reports: Report[] }).reports[0] as Report) : undefined;
  return { code, out: io.out(), err: io.err(), report };
}

const event = (r: Report | undefined, id: string) => r?.deadlines?.events.find((e) => e.id === id);

/** Each plan: its exit code and the codes of its findings, in report order. */
const EXPECTED: Record<string, { exit: number; codes: string[] }> = {
  // A fixed deadline on a weekend day is noted (time.deadline-on-day-off, BLDS Điều 148), not a conflict.
  'heading-intersection': { exit: 0, codes: ['time.deadline-on-day-off'] },
  'outside-heading': { exit: 2, codes: [] },
  'beyond-heading': { exit: 0, codes: ['time.deadline-on-day-off', 'plan.beyond-heading'] },
  'window-and-date': { exit: 0, codes: ['temporal.tentative-missed'] },
  'row-bounds-procedure': { exit: 0, codes: [] },
  'defaults-give-way': { exit: 0, codes: [] },
  'whole-row-too-short': { exit: 1, codes: ['temporal.conflict'] },
  'step-rows': { exit: 0, codes: ['time.deadline-on-day-off'] },
  'one-deadline-chain': { exit: 0, codes: ['time.deadline-on-day-off'] },
  // A later step keeps the library's „chậm nhất 31/7” while the row says quý III: a warning, exit 0.
  'default-shortens-row': { exit: 0, codes: ['time.deadline-on-day-off', 'temporal.default-shortens-row'] },
  'default-set-on-row': { exit: 0, codes: [] },
  'roll-up-between-rows': { exit: 1, codes: ['temporal.conflict'] },
  'known-event': { exit: 1, codes: ['temporal.conflict'] },
  'estimated-event': { exit: 0, codes: ['temporal.tentative-conflict'] },
  'runtime-event': { exit: 0, codes: ['time.unknown-event'] },
  'issued-before-period': { exit: 0, codes: [] },
  'auto-start': { exit: 0, codes: [] },
  'fan-out-final': { exit: 0, codes: [] },
  'trap-loop': { exit: 1, codes: ['completion.trap'] },
  'strict-before': { exit: 1, codes: ['temporal.conflict'] },
};

describe('the plan gallery (dsl/grammar.md §8)', () => {
  it('has an expectation for every plan, and a plan for every expectation', () => {
    const files = readdirSync(`${root}${dir}`)
      .filter((f) => f.endsWith('.tdkt'))
      .map((f) => f.slice(0, -5))
      .sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    const goldens = new Set(Object.keys(EXPECTED).flatMap((name) => [`${name}.vi.txt`, `${name}.json`]));
    expect(readdirSync(`${root}${dir}/__golden__`).filter((f) => !goldens.has(f))).toEqual([]);
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}: exit ${expected.exit}, ${expected.codes.join(', ') || 'no finding'}; golden reports`, async () => {
      const vi = await simulate(name, 'vi', false);
      const json = await simulate(name);
      expect(vi.code).toBe(expected.exit);
      expect(json.code).toBe(expected.exit);
      expect(json.report?.problems.map((p) => p.code) ?? []).toEqual(expected.codes);
      await expect(`${vi.out}${vi.err}`).toMatchFileSnapshot(`plans/__golden__/${name}.vi.txt`);
      await expect(`${json.out}${json.err}`).toMatchFileSnapshot(`plans/__golden__/${name}.json`);
    });
  }
});

describe('what each rule decides', () => {
  it('8.1 a heading bounds a deadline row: "trước 10/5" under May is 1/5 … 9/5, read strictly', async () => {
    const { report } = await simulate('heading-intersection');
    expect(event(report, 'hđ:nộp_báo_cáo.start')?.earliest).toBe('2021-05-01');
    const finish = event(report, 'hđ:nộp_báo_cáo.finish');
    expect(finish?.latest).toBe('2021-05-09');
    expect(finish?.latestFrom).toMatchObject({ phrase: 'trước 10/5', origin: { kind: 'phrase', strictBefore: true } });
    expect(event(report, 'hđ:nộp_báo_cáo.start')?.earliestFrom).toMatchObject({
      phrase: 'tháng 5/2021',
      origin: { kind: 'heading' },
    });
  });

  it('8.1 a row outside its heading is bad input, as in check', async () => {
    const { code, err } = await simulate('outside-heading');
    expect(code).toBe(2);
    expect(err).toMatch(/plan\.outside-heading/u);
  });

  it('8.1 a deadline past its phase: the phase wins and says so', async () => {
    const { report } = await simulate('beyond-heading');
    expect(event(report, 'hđ:đăng_ký.finish')).toMatchObject({
      latest: '2020-10-20',
      latestFrom: { phrase: 'đợt 1', origin: { kind: 'heading' } },
    });
  });

  it('8.2 the row bounds the outcome: "trước ngày 31/7/2021" beats the library’s "chậm nhất 31/7"; the complaint period runs on', async () => {
    const { report } = await simulate('row-bounds-procedure');
    expect(event(report, 'hđ:bình_xét/quyết_định.finish')?.latest).toBe('2021-07-30');
    // Entering the announcement settles the outcome; its 90 days of complaints are not the row's.
    expect(event(report, 'hđ:bình_xét/công_bố.start')?.latest).toBe('2021-07-30');
    expect(event(report, 'hđ:bình_xét/giải_quyết.finish')).toBeUndefined();
  });

  it('8.2 library dates give way to the row; steps get internal deadlines derived backwards; durations are listed as inherited', () => {
    const files = [`${dir}/defaults-give-way.tdkt`];
    const analysis = loadWorkspace(files, fileReader(root));
    const link = analysis.model.plans[0]?.activities[0]?.procedure;
    const deadlines = Object.fromEntries(
      link?.instance?.steps.map((s) => [s.id, [s.deadline?.origin.kind, s.deadline?.time.resolution?.lastDay]]) ?? [],
    );
    expect(deadlines['tự_đánh_giá']?.[0]).toBe('derived');
    expect(deadlines['hội_đồng_xét']?.[0]).toBe('derived');
    // 5 working days of posting before the end of June: the group must finish by 23/6/2021.
    const day = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
    expect(deadlines['tổ_xét']?.[1]).toBe(day('2021-06-23'));
    expect(link?.inherited.map((o) => o.param)).toEqual(['ngày_công_khai', 'hạn_khiếu_nại']);
    const info = analysis.diagnostics.filter((d) => d.code === 'plan.inherited-defaults');
    expect(info).toHaveLength(1);
    expect(info[0]?.severity).toBe('info');
  });

  it('8.3 step rows: February waits for January’s step only; an unbound step keeps its own deadline', async () => {
    const { report } = await simulate('step-rows');
    expect(event(report, 'hđ:hướng_dẫn_knc/tổng_hợp.start')?.earliest).toBe('2021-02-01');
    expect(event(report, 'hđ:tiếp_nhận_knc.start')?.earliest).toBe('2021-02-01');
    expect(event(report, 'hđ:hướng_dẫn_knc/bộ_xét.finish')?.latestFrom).toMatchObject({
      phrase: 'chậm nhất 30/4/2021',
      origin: { kind: 'step' },
    });
  });

  it('8.3 a library default that shortens a step row is a warning naming the default; `với` on the row clears it', async () => {
    const { report } = await simulate('default-shortens-row');
    const warning = report?.problems.find((p) => p.code === 'temporal.default-shortens-row');
    expect(warning?.severity).toBe('warning');
    expect(warning?.chain.map((l) => [l.kind, l.phrase, l.origin?.kind])).toEqual([
      ['upper-bound', 'quý III năm 2021', 'heading'],
      ['precedence', undefined, undefined],
      ['upper-bound', 'chậm nhất 31/7', 'default'],
    ]);
    expect(event(report, 'hđ:tổ_xét_row/hội_đồng_xét.finish')?.latest).toBe('2021-07-31');
    const fixed = await simulate('default-set-on-row');
    expect(fixed.report?.problems).toEqual([]);
    expect(event(fixed.report, 'hđ:tổ_xét_row/quyết_định.finish')?.latestFrom).toMatchObject({
      origin: { kind: 'override' },
    });
  });

  it('8.5 a roll-up between rows: a conflict of three links, the units’ deadline first', async () => {
    const { report } = await simulate('roll-up-between-rows');
    const chain = report?.problems[0]?.chain ?? [];
    expect(chain.map((l) => l.kind)).toEqual(['units-due', 'rollup', 'upper-bound']);
    expect(chain.map((l) => l.phrase)).toEqual(['chậm nhất 20/5/2019', 'sau trường_nộp', 'trước ngày 15/5/2019']);
  });

  it('8.4 the same plan is an error with a known date and a warning with an estimate', async () => {
    expect((await simulate('known-event')).report?.problems[0]?.severity).toBe('error');
    expect((await simulate('estimated-event')).report?.problems[0]?.severity).toBe('warning');
  });

  it('8.7 a trap’s path shows the loop and the step it returns to, each line once', async () => {
    const { report } = await simulate('trap-loop', 'en');
    const texts = report?.problems[0]?.chain.map((l) => l.text) ?? [];
    expect(texts.at(-1)).toMatch(/back to step chờ_bổ_sung as on line 2: a loop with no way out/u);
    expect(texts.some((t) => /^\d+\./u.test(t))).toBe(false);
  });
});
