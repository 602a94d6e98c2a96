// The gallery of plans with planted defects: simulate catches each with the right code, chain and span.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run } from '../../packages/cli/src/commands/simulate.js';
import { fakeIo } from '../../packages/cli/test/fake-io.js';

const root = new URL('../../', import.meta.url).pathname;
const dir = 'test/simulate/defects';

interface Problem {
  code: string;
  severity: string;
  location?: { file: string; line: number };
  chain: { kind: string; text: string; phrase?: string; date?: string; span?: unknown }[];
}

async function simulate(file: string, lang: 'vi' | 'en' = 'vi') {
  const io = fakeIo(root);
  const code = await run(
    { command: 'simulate', positionals: [`${dir}/${file}`], options: { json: true, population: 'none' }, lang },
    io,
  );
  const json = JSON.parse(io.out() || '{"reports":[]}') as { ok: boolean; reports: { problems: Problem[] }[] };
  return { code, problems: json.reports.flatMap((r) => r.problems), err: io.err() };
}

describe('simulate on planted defects', () => {
  it('has a case for each defect of the issue', () => {
    expect(
      readdirSync(`${root}${dir}`)
        .filter((f) => f.endsWith('.tdkt'))
        .sort(),
    ).toEqual([
      'after-cycle.tdkt',
      'consistent.tdkt',
      'deadline-before-predecessor.tdkt',
      'fan-out-late-units.tdkt',
      'no-way-out.tdkt',
      'tet-working-days.tdkt',
    ]);
  });

  it('stays silent on a consistent plan (exit 0)', async () => {
    const { code, problems } = await simulate('consistent.tdkt');
    expect(problems).toEqual([]);
    expect(code).toBe(0);
  });

  it('a deadline before its predecessor’s earliest finish: the chain from the window to the deadline', async () => {
    const { code, problems } = await simulate('deadline-before-predecessor.tdkt');
    expect(code).toBe(1);
    expect(problems.map((p) => [p.code, p.location?.line])).toEqual([['temporal.conflict', 15]]);
    const phrases = problems[0]!.chain.map((l) => l.phrase);
    expect(phrases[0]).toBe('từ 15/5/2019 đến 20/5/2019');
    expect(phrases.at(-1)).toBe('trước ngày 10/5/2019');
    expect(problems[0]!.chain.at(-1)?.date).toBe('2019-05-09');
  });

  it('a working-day duration that crosses Tết and no longer fits', async () => {
    const { code, problems } = await simulate('tet-working-days.tdkt', 'en');
    expect(code).toBe(1);
    expect(problems.map((p) => p.code)).toEqual(['temporal.conflict']);
    expect(problems[0]!.chain.map((l) => l.phrase)).toContain('5 ngày làm việc');
    expect(problems[0]!.chain.map((l) => l.text).join('\n')).toMatch(/Tết/);
  });

  it('a step with no way out: a trap, with the path of actions into it', async () => {
    const { code, problems } = await simulate('no-way-out.tdkt');
    expect(code).toBe(1);
    expect(problems.map((p) => [p.code, p.location?.line])).toEqual([['completion.trap', 22]]);
    expect(problems[0]!.chain.map((l) => l.text)).toEqual([
      'hồ sơ ban đầu [đủ_điều_kiện = false]',
      'cá_nhân_nộp: cá_nhân nộp',
      'chờ_bổ_sung: cá_nhân bổ sung → quay lại bước chờ_bổ_sung như ở dòng 2: vòng lặp không có lối ra',
    ]);
  });

  it('a cycle of sau: bad input, as in check (exit 2), with the line of each `sau` on the loop', async () => {
    const { code, err } = await simulate('after-cycle.tdkt');
    expect(code).toBe(2);
    expect(err).toMatch(/validate\.after-cycle/u);
    expect(err).toMatch(/a sau b \(test\/simulate\/defects\/after-cycle\.tdkt:\d+\)/u);
    expect(err).toMatch(/b sau a \(test\/simulate\/defects\/after-cycle\.tdkt:\d+\)/u);
  });

  it('a fan-out whose units’ deadline is after the roll-up’s', async () => {
    const { code, problems } = await simulate('fan-out-late-units.tdkt');
    expect(code).toBe(1);
    // The file's own warnings stay visible: the schools' step is written at the level it fans out to, and
    // "chậm nhất 25/5/2019" falls on a Saturday (BLDS Điều 148 note).
    expect(problems.map((p) => p.code)).toEqual([
      'time.deadline-on-day-off',
      'validate.fanout-not-lower',
      'temporal.conflict',
    ]);
    const phrases = problems.find((p) => p.code === 'temporal.conflict')!.chain.map((l) => l.phrase);
    expect(phrases).toEqual(expect.arrayContaining(['chậm nhất 25/5/2019', 'chậm nhất 20/5/2019']));
  });
});
