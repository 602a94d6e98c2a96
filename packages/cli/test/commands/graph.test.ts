// `tdkt graph`: Mermaid and DOT of plans and procedures, languages, and bad input.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/commands/graph.js';
import { fakeIo } from '../fake-io.js';

const root = new URL('../../../../', import.meta.url).pathname;
const seed = 'workflows/kim-son-2020-2021.tdkt';
const input = (options: Record<string, string>, lang: 'vi' | 'en' = 'vi', file = seed) => ({
  command: 'graph',
  positionals: [file],
  options,
  lang,
});

describe('tdkt graph', () => {
  it('prints the plan as a Mermaid flowchart by default, activities grouped by section', async () => {
    const io = fakeIo(root);
    expect(await run(input({}), io)).toBe(0);
    expect(io.out()).toMatch(/^---\ntitle: ".*"\n---\nflowchart TD\n/);
    expect(io.out()).toContain('subgraph');
    expect(io.out()).toContain('-->|"sau"|');
  });

  it('prints a procedure as DOT with returns and timeouts dashed', async () => {
    const io = fakeIo(root);
    expect(await run(input({ procedure: 'đăng_ký', format: 'dot' }), io)).toBe(0);
    expect(io.out()).toMatch(/^digraph "/);
    expect(io.out()).toMatch(/label="quá hạn", color="#d97706".*style=dashed/);
    expect(io.out()).toContain('hạn: chậm nhất 2 ngày sau hội_nghị_cbvc → ~2/11/2020 (dự kiến)');
  });

  it('speaks English with --lang en', async () => {
    const io = fakeIo(root);
    expect(await run(input({ procedure: 'đăng_ký' }, 'en'), io)).toBe(0);
    expect(io.out()).toContain('"start"');
    expect(io.out()).toContain('due: ');
  });

  it('suggests a procedure name for a typo, exit 2', async () => {
    const io = fakeIo(root);
    expect(await run(input({ procedure: 'dang_ky' }, 'en'), io)).toBe(2);
    expect(io.err()).toContain('did you mean `đăng_ký`?');
  });

  it('refuses an unknown format with exit 2', async () => {
    const io = fakeIo(root);
    expect(await run(input({ format: 'png' }), io)).toBe(2);
    expect(io.err()).toContain('mermaid');
  });

  it('reports a missing file with exit 2 and no stack', async () => {
    const io = fakeIo(root);
    expect(await run(input({}, 'vi', 'không-có.tdkt'), io)).toBe(2);
    expect(io.err()).toContain('không-có.tdkt');
    expect(io.err()).not.toMatch(/\n\s+at /);
  });
});
