import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { exploreProcedure } from '../../src/analysis/explore.js';
import { compileProcedure } from '../../src/procedure/compile.js';
import type { ProcedureContext } from '../../src/procedure/context.js';
import { at, reviewChain } from '../fixtures.js';
import { replay, simplePaths } from './paths.js';

const keyOf = (s: AnyMachineSnapshot): string => {
  const c = s.context as ProcedureContext;
  return JSON.stringify([s.value, c.dossier, Object.values(c.units).reduce((n, l) => n + l.length, 0)]);
};

describe('exploreProcedure', () => {
  const compiled = compileProcedure(reviewChain);
  const graph = exploreProcedure(compiled);

  it('reaches every step and every final, for registered and unregistered dossiers', () => {
    const steps = new Set([...graph.states.values()].flatMap((s) => s.steps));
    expect([...steps].sort()).toEqual(['hội_đồng', 'tổ_xét', 'tự_đánh_giá']);
    const outcomes = new Set([...graph.states.values()].filter((s) => s.final).map((s) => s.outcome));
    expect([...outcomes].sort()).toEqual(['không xét', 'không đạt', 'đạt']);
    expect(graph.truncated).toBe(false);
  });

  it('labels edges by kind and step', () => {
    const kinds = new Set(graph.edges.map((e) => `${e.kind}:${e.step}`));
    expect(kinds).toContain('deadline:tổ_xét');
    expect(kinds).toContain('posting:hội_đồng');
    expect(kinds).toContain('action:tự_đánh_giá');
  });

  it('model-based: every simple path replays on a fresh actor and ends where the graph says', () => {
    const paths = simplePaths(graph);
    expect(paths.length).toBeGreaterThan(3);
    for (const path of paths) {
      const reached = replay(compiled, graph, path, at(1, 3, 2021, 8), keyOf);
      expect(reached).toEqual([path.initial, ...path.edges.map((e) => e.to)]);
    }
  });
});
