// Diagrams: golden Mermaid/DOT of each seed plan and of the procedures it runs (Graphviz parses the DOT).
// A change to a workflow changes its goldens: review, then `npx vitest run packages/views/test -u`.
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import type { ProcedureIR } from '@tdkt/compiler';
import { proceduresOfPlan } from '@tdkt/simulator';
import { planDiagram, procedureDiagram, toDot, toMermaid } from '@tdkt/views';
import { describe, expect, it } from 'vitest';
import { loadSeed, seedFiles } from '../../../test/workflows.js';

const hasDot = spawnSync('sh', ['-c', 'command -v dot'], { stdio: 'ignore' }).status === 0;
const slug = (file: string): string => file.replace(/^workflows\//, '').replace(/\.tdkt$/, '');

describe('diagrams of the seed plans and their procedures (golden Mermaid and DOT)', () => {
  const written = new Set<string>();
  for (const file of seedFiles()) {
    it(`${file}`, async () => {
      const { analysis, compiled } = loadSeed(file);
      const plan = compiled.plans.find((p) => p.model.file === file)?.model;
      expect(plan).toBeDefined();
      if (!plan) return;
      const diagrams = [{ name: 'plan', diagram: planDiagram(plan, 'vi') }];
      for (const p of proceduresOfPlan(plan, compiled)) {
        const model = analysis.model.procedures.find((m) => m.id === p.ir.name.split('@')[0]);
        diagrams.push({
          name: p.name.replace(/[^\p{L}\p{N}_-]+/gu, '_'),
          diagram: procedureDiagram(p.ir, 'vi', model),
        });
      }
      for (const { name, diagram } of diagrams) {
        const dot = toDot(diagram);
        written.add(`${slug(file)}.${name}.mmd`).add(`${slug(file)}.${name}.dot`);
        await expect(toMermaid(diagram)).toMatchFileSnapshot(`./golden/${slug(file)}.${name}.mmd`);
        await expect(dot).toMatchFileSnapshot(`./golden/${slug(file)}.${name}.dot`);
        if (hasDot)
          expect(() => execFileSync('dot', ['-Tsvg'], { input: dot, stdio: ['pipe', 'ignore', 'pipe'] })).not.toThrow();
      }
      // Every activity of the plan is a node of its diagram.
      expect(diagrams[0]?.diagram.nodes.filter((n) => n.kind === 'activity')).toHaveLength(plan.activities.length);
    });
  }
  it('keeps no golden file that no diagram is compared with (a renamed procedure leaves none behind)', () => {
    expect(readdirSync(new URL('./golden/', import.meta.url)).filter((f) => !written.has(f))).toEqual([]);
  });
  if (!hasDot)
    it.skip('Graphviz (`dot`) is not installed: DOT output was not checked by Graphviz (run `node test/setup/ensure-tools.mjs` as root)', () => {});
});

const ir: ProcedureIR = {
  name: 'p',
  title: 'Thử "ngoặc" | và <thẻ>',
  fields: [],
  initial: 'a',
  steps: [
    {
      id: 'a',
      title: 'Tự đánh giá',
      role: 'cá_nhân',
      roles: ['cá_nhân'],
      reminders: [],
      routes: [],
      transitions: [{ action: 'submit', target: 'b' }],
    },
    {
      id: 'b',
      title: 'Tổ xét',
      role: 'tổ_trưởng',
      level: 'tổ',
      deadline: { kind: 'absolute', at: 0, lastDay: '2021-05-14', soft: false, text: 'trước 15/5' },
      reminders: [],
      routes: [],
      transitions: [
        { action: 'approve', target: 'đạt' },
        { action: 'return', target: 'a' },
      ],
      timeouts: [{ target: 'không_đạt' }],
    },
  ],
  finals: [
    { id: 'đạt', outcome: 'đạt' },
    { id: 'không_đạt', outcome: 'không đạt' },
  ],
};

describe('procedureDiagram', () => {
  it('labels steps with title, role, level and the resolved deadline', () => {
    const node = procedureDiagram(ir, 'vi').nodes.find((n) => n.id === 'b');
    expect(node?.lines).toEqual(['Tổ xét', 'do tổ_trưởng · cấp tổ', 'hạn: trước 15/5 → 14/5/2021']);
    expect(procedureDiagram(ir, 'en').nodes.find((n) => n.id === 'b')?.lines[2]).toBe('due: trước 15/5 → 14/5/2021');
  });

  it('draws a transition back to an earlier step as a return and a missed deadline as a timeout', () => {
    const edges = procedureDiagram(ir, 'vi').edges;
    expect(edges.find((e) => e.from === 'b' && e.to === 'a')?.kind).toBe('return');
    expect(edges.find((e) => e.from === 'b' && e.to === 'đạt')?.kind).toBe('action');
    expect(edges.find((e) => e.from === 'b' && e.to === 'không_đạt')?.kind).toBe('timeout');
    const mermaid = toMermaid(procedureDiagram(ir, 'vi'));
    expect(mermaid).toContain('n2 -.->|"trả lại"| n1');
    expect(mermaid).toMatch(/linkStyle \d+ stroke:#2563eb/);
    const dot = toDot(procedureDiagram(ir, 'vi'));
    expect(dot).toMatch(/n2 -> n1 \[label="trả lại", color="#2563eb", fontcolor="#2563eb", style=dashed/);
    expect(dot).toMatch(/n2 -> n4 \[label="quá hạn", color="#d97706".*style=dashed/);
  });

  it('escapes quotes and pipes in Mermaid and DOT labels', () => {
    expect(toMermaid(procedureDiagram(ir, 'vi'))).toContain('title: "Thử \\"ngoặc\\" | và <thẻ>"');
    expect(toMermaid({ ...procedureDiagram(ir, 'vi'), title: 'x' }).replace(/^---[\s\S]*?---\n/, '')).not.toContain(
      '"ngoặc"',
    );
    expect(toDot(procedureDiagram(ir, 'vi'))).toContain('digraph "Thử \\"ngoặc\\" | và <thẻ>" {');
  });
});

describe('procedureDiagram flow order', () => {
  it('judges returns along the flow from the initial step, not by the order of declaration', () => {
    const step = (id: string, target: string, action: string) => ({
      id,
      title: id,
      reminders: [],
      routes: [],
      transitions: [{ action, target }],
    });
    const flow: ProcedureIR = {
      name: 'f',
      title: 'f',
      fields: [],
      initial: 'a',
      steps: [
        step('c', 'a', 'return'),
        step('a', 'b', 'submit'),
        {
          ...step('b', 'c', 'submit'),
          transitions: [
            { action: 'submit', target: 'c' },
            { action: 'approve', target: 'xong' },
          ],
        },
      ],
      finals: [{ id: 'xong', outcome: 'xong' }],
    };
    const d = procedureDiagram(flow, 'vi');
    expect(d.nodes.map((n) => n.id)).toEqual(['__start', 'a', 'b', 'c', 'xong']);
    expect(d.edges.find((e) => e.from === 'b' && e.to === 'c')?.kind).toBe('action');
    expect(d.edges.find((e) => e.from === 'c' && e.to === 'a')?.kind).toBe('return');
  });
});
