import { readFileSync } from 'node:fs';
import { parse } from '@tdkt/language';
import { describe, expect, it } from 'vitest';

// Every example in dsl/grammar.md parses: fragments are wrapped in the block they belong to.
const md = readFileSync(new URL('../../../dsl/grammar.md', import.meta.url), 'utf8');
const blocks = [...md.matchAll(/```\n([\s\S]*?)```/gu)].map((m) => m[1]!);
const indent = (text: string, by: string): string =>
  text
    .split('\n')
    .map((l) => (l.trim() === '' ? l : by + l))
    .join('\n');

function wrap(block: string): string {
  const first = block.trimStart().split(/\s/u)[0]!.toLowerCase();
  if (['sự', 'event', 'đợt', 'phase', 'tiến', 'schedule'].includes(first))
    return `kế hoạch "x"\n  năm học 2020-2021\n${indent(block, '  ')}`;
  if (['song', 'parallel', 'bước', 'step', 'tham', 'parameters', 'hồ', 'dossier'].includes(first))
    return `quy trình q\n${indent(block, '  ')}`;
  if (/^[\p{L}_]+:$/u.test(first))
    return `kế hoạch "x"\n  năm học 2020-2021\n  tiến độ\n    cả năm\n${indent(block, '      ')}`;
  return block;
}

describe('dsl/grammar.md examples', () => {
  it.each(blocks.map((b, i) => [i, b.split('\n')[0], b] as const))(
    'example %i (%s) parses without syntax errors',
    (_i, _head, block) => {
      const problems = parse(wrap(block), 'grammar.md').diagnostics.filter((d) => !d.code.startsWith('time.'));
      expect(problems).toEqual([]);
    },
  );
});
