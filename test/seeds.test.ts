// The four seeds stay carried whole: every row of docs/seeds.md is on its seed line and on its workflow line,
// every activity, phase and legal basis of a seed workflow is traced, and every workflow and library file
// checks without errors.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadWorkspace, type LoadedFile } from '@tdkt/language';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const read = (rel: string): string => readFileSync(ROOT + rel, 'utf8').normalize('NFC');
const readOrUndefined = (rel: string): string | undefined => (existsSync(ROOT + rel) ? read(rel) : undefined);

/** One traced item: a row of a table whose header has `item (quoted)` and `workflow line`. */
interface TraceRow {
  readonly id: string;
  readonly seed: string;
  readonly seedLine: number;
  readonly quote: string;
  readonly workflowFile: string | undefined;
  readonly workflowLine: number | undefined;
  readonly docLine: number;
}

/** Parses docs/seeds.md: `Seed `file` → `workflows/x.tdkt`` lines open a seed; table rows follow. */
function parseTrace(markdown: string): { rows: TraceRow[]; workflows: string[]; problems: string[] } {
  const rows: TraceRow[] = [];
  const workflows: string[] = [];
  const problems: string[] = [];
  let seed: string | undefined;
  let header: string[] | undefined;
  markdown.split('\n').forEach((raw, i) => {
    const seedHead = /^Seed `([^`]+)` → `([^`]+)`/u.exec(raw);
    if (seedHead) {
      seed = seedHead[1];
      if (seedHead[2] !== undefined) workflows.push(seedHead[2]);
      return;
    }
    if (!raw.startsWith('|')) {
      header = undefined;
      return;
    }
    const cells = raw.trim().replace(/^\|/u, '').replace(/\|$/u, '').split('|').map((c) => c.trim());
    if (cells[0] === 'id') {
      header = cells;
      return;
    }
    if (!header || cells[0]?.startsWith('---') || !header.includes('workflow line')) return;
    const at = (name: string): string => cells[header?.indexOf(name) ?? -1] ?? '';
    if (cells.length !== header.length) problems.push(`docs/seeds.md:${i + 1}: ${cells.length} cells, header has ${header.length}`);
    const quote = /`([^`]+)`/u.exec(at('item (quoted)'))?.[1];
    const where = /^(\S+\.tdkt):(\d+)$/u.exec(at('workflow line'));
    if (!seed || quote === undefined) {
      problems.push(`docs/seeds.md:${i + 1}: row without a seed or a quoted item`);
      return;
    }
    rows.push({
      id: cells[0] ?? '',
      seed,
      seedLine: Number(at('seed line')),
      quote,
      workflowFile: where?.[1],
      workflowLine: where ? Number(where[2]) : undefined,
      docLine: i + 1,
    });
  });
  return { rows, workflows, problems };
}

const trace = parseTrace(read('docs/seeds.md'));
const lines = new Map<string, string[]>();
const linesOf = (rel: string): string[] => {
  let ls = lines.get(rel);
  if (!ls) {
    ls = read(rel).split('\n');
    lines.set(rel, ls);
  }
  return ls;
};
/** A workflow line as the reader sees the string: escaped quotes undone. */
const unescape = (line: string): string => line.replace(/\\"/gu, '"').replace(/\\\\/gu, '\\');

describe('docs/seeds.md traces every seed item', () => {
  it('has well-formed tables for the four seeds', () => {
    expect(trace.problems).toEqual([]);
    expect(trace.workflows).toEqual([
      'workflows/lai-chau-2020-2021.tdkt',
      'workflows/hai-phong-2024.tdkt',
      'workflows/ha-dong-2019.tdkt',
      'workflows/kim-son-2020-2021.tdkt',
    ]);
    expect(trace.rows.length).toBeGreaterThan(250);
    const ids = trace.rows.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('quotes each item verbatim from its seed line (seed copies in test/fixtures/seeds)', () => {
    const wrong = trace.rows
      .filter((r) => !(linesOf(`test/fixtures/seeds/${r.seed}`)[r.seedLine - 1] ?? '').includes(r.quote))
      .map((r) => `${r.id} (docs/seeds.md:${r.docLine}) not on seed line ${r.seedLine}: ${r.quote}`);
    expect(wrong).toEqual([]);
  });

  it('finds each item on the workflow line the table names', () => {
    const missing = trace.rows
      .filter((r) => r.workflowFile === undefined || !unescape(linesOf(r.workflowFile)[(r.workflowLine ?? 0) - 1] ?? '').includes(r.quote))
      .map((r) => `${r.id} (docs/seeds.md:${r.docLine}) → ${r.workflowFile ?? '?'}:${r.workflowLine ?? '?'}: ${r.quote}`);
    expect(missing).toEqual([]);
  });
});

/** Every file the check must accept: the seed workflows, the examples, the standard library. */
function tdktFiles(): string[] {
  const list = (dir: string): string[] => readdirSync(ROOT + dir).filter((f) => f.endsWith('.tdkt')).map((f) => `${dir}/${f}`);
  return [...list('workflows'), ...list('workflows/examples'), ...list('dsl/lib')].sort();
}

const analysis = loadWorkspace(tdktFiles(), readOrUndefined);

describe('workflow and library files check clean', () => {
  it('has no errors in any file', () => {
    const errors = analysis.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => `${d.file}:${analysis.files.get(d.file)?.index.lineCol(d.span.start).line ?? '?'} ${d.code}`);
    expect(errors).toEqual([]);
  });

  it('has no warnings either', () => {
    const warnings = analysis.diagnostics
      .filter((d) => d.severity !== 'error')
      .map((d) => `${d.file}:${analysis.files.get(d.file)?.index.lineCol(d.span.start).line ?? '?'} ${d.code}`);
    expect(warnings).toEqual([]);
  });
});

describe('every activity, phase and legal basis of a seed workflow is traced', () => {
  const traced = new Set(trace.rows.map((r) => `${r.workflowFile}:${r.workflowLine}`));
  for (const file of trace.workflows) {
    it(file, () => {
      const loaded: LoadedFile | undefined = analysis.files.get(file);
      expect(loaded).toBeDefined();
      if (!loaded) return;
      const untraced: string[] = [];
      const need = (span: { start: number }, what: string): void => {
        const key = `${file}:${loaded.index.lineCol(span.start).line}`;
        if (!traced.has(key)) untraced.push(`${key} ${what}`);
      };
      for (const item of loaded.ast.items) {
        if (item.kind !== 'Plan') continue;
        for (const p of item.items) {
          if (p.kind === 'Basis') need(p.span, 'căn cứ');
          if (p.kind === 'Phase') need(p.span, `đợt ${p.id.name}`);
          if (p.kind === 'Schedule') {
            for (const a of p.activities) need(a.span, a.id?.name ?? a.text.value);
            for (const s of p.sections) for (const a of s.activities) need(a.span, a.id?.name ?? a.text.value);
          }
        }
      }
      expect(untraced).toEqual([]);
    });
  }
});
