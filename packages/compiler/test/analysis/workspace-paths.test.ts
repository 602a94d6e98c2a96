// Model-based tests over the real library and seed workflows: every procedure, every simple path.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadWorkspace } from '@tdkt/language';
import { describe, expect, it } from 'vitest';
import type { AnyMachineSnapshot } from 'xstate';
import { exploreProcedure } from '../../src/analysis/explore.js';
import { compileWorkspace } from '../../src/lower/workspace.js';
import type { ProcedureContext } from '../../src/procedure/context.js';
import { at } from '../fixtures.js';
import { replay, simplePaths } from './paths.js';

const root = new URL('../../../../', import.meta.url).pathname;
const tdktFiles = (dir: string): string[] =>
  existsSync(join(root, dir))
    ? readdirSync(join(root, dir))
        .filter((f) => f.endsWith('.tdkt'))
        .map((f) => join(root, dir, f))
    : [];
const files = [...tdktFiles('dsl/lib'), ...tdktFiles('workflows'), ...tdktFiles('workflows/examples')];
const read = (path: string): string | undefined => (existsSync(path) ? readFileSync(path, 'utf8') : undefined);

const keyOf = (s: AnyMachineSnapshot): string => {
  const c = s.context as ProcedureContext;
  return JSON.stringify([s.value, c.dossier, Object.values(c.units).reduce((n, l) => n + l.length, 0)]);
};

describe('every procedure of dsl/lib and workflows', () => {
  const analysis = loadWorkspace(files, read);
  const compiled = compileWorkspace(analysis.model);

  it('finds procedures to check', () => {
    expect(files.length).toBeGreaterThan(4);
    expect(compiled.procedures.size).toBeGreaterThan(5);
  });

  for (const [name, procedure] of compileWorkspace(loadWorkspace(files, read).model).procedures) {
    it(`${name}: every simple path replays on a fresh actor and ends where the graph says`, () => {
      const graph = exploreProcedure(procedure, { limit: 20_000 });
      expect(graph.truncated).toBe(false);
      const paths = simplePaths(graph, 300);
      expect(paths.length).toBeGreaterThan(0);
      for (const path of paths) {
        const reached = replay(procedure, graph, path, at(1, 8, 2018, 8), keyOf);
        expect(reached).toEqual([path.initial, ...path.edges.map((e) => e.to)]);
      }
    });
  }
});
