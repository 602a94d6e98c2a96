import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/compile.js';
import { fakeIo } from '../fake-io.js';

const root = new URL('../../../../', import.meta.url).pathname;
const sketch = 'packages/language/test/fixtures/sketch.tdkt';
const input = (options: Record<string, string>, lang: 'vi' | 'en' = 'vi') => ({
  command: 'compile',
  positionals: [sketch],
  options,
  lang,
});

describe('tdkt compile', () => {
  it('prints a procedure machine as JSON with named deadlines resolved in the plan’s period', async () => {
    const io = fakeIo(root);
    // The plan runs the procedure from its May row: that instance is compiled as `P@row`.
    expect(await run(input({ procedure: 'xét_cuối_năm@bình_xét' }), io)).toBe(0);
    const json = JSON.parse(io.out()) as {
      kind: string;
      machine: { id: string; states: Record<string, { meta: { tdkt: { deadline?: { lastDay: string } } } }> };
      implementations: { delays: string[]; guards: string[] };
    };
    expect(json.kind).toBe('procedure');
    expect(json.machine.id).toBe('xét_cuối_năm@bình_xét');
    expect(json.implementations.delays).toContain('deadline:tổ_xét');
    expect(json.implementations.guards).toEqual(expect.arrayContaining(['mayAct', 'deadlinePassed', 'expr']));
    // "trước 15/5" in năm học 2020-2021 is strict: the last allowed day is 14/5/2021.
    expect(json.machine.states['tổ_xét']?.meta.tdkt.deadline?.lastDay).toBe('2021-05-14');
  });

  it('refuses a procedure on its own whose deadlines are dates, naming each, unless a period is given', async () => {
    const io = fakeIo(root);
    expect(await run(input({ procedure: 'xét_cuối_năm' }), io)).toBe(2);
    expect(io.err()).toMatch(/tổ_xét: trước 15\/5/u);
    expect(io.err()).toMatch(/xét_cuối_năm@bình_xét/u);
    const given = fakeIo(root);
    expect(await run(input({ procedure: 'xét_cuối_năm', 'school-year': '2021-2022' }), given)).toBe(0);
    const json = JSON.parse(given.out()) as {
      machine: { states: Record<string, { meta: { tdkt: { deadline?: { lastDay: string } } } }> };
    };
    expect(json.machine.states['tổ_xét']?.meta.tdkt.deadline?.lastDay).toBe('2022-05-14');
    const bad = fakeIo(root);
    expect(await run(input({ procedure: 'xét_cuối_năm', 'school-year': '2021-2023' }), bad)).toBe(2);
  });

  it('prints the plan machine by default', async () => {
    const io = fakeIo(root);
    expect(await run(input({}), io)).toBe(0);
    const json = JSON.parse(io.out()) as {
      kind: string;
      machine: { states: { đang_thực_hiện: { states: Record<string, unknown> } } };
    };
    expect(json.kind).toBe('plan');
    expect(Object.keys(json.machine.states.đang_thực_hiện.states)).toEqual(['đợt', 'đăng_ký', 'bình_xét']);
  });

  it('suggests a procedure name for a typo, exit 2', async () => {
    const io = fakeIo(root);
    expect(await run(input({ procedure: 'xet_cuoi_nam' }, 'en'), io)).toBe(2);
    expect(io.err()).toContain('did you mean `xét_cuối_năm`?');
  });

  it('reports a missing file with exit 2 and no stack', async () => {
    const io = fakeIo(root);
    expect(await run({ command: 'compile', positionals: ['không-có.tdkt'], options: {}, lang: 'vi' }, io)).toBe(2);
    expect(io.err()).toContain('không-có.tdkt');
    expect(io.err()).not.toMatch(/\n\s+at /);
  });
});
