// The population file (JSON): zod schema, validation into an OrgTree, problems as diagnostics.
import { z } from 'zod';
import type { Diagnostic } from '@tdkt/calendar';
import type { LevelSpec } from './levels.js';
import { treeFromCounts } from './tree.js';
import type { OrgTree } from './tree.js';

const levelSchema = z.object({
  key: z.string().min(1),
  label: z.object({ vi: z.string(), en: z.string() }).optional(),
  kind: z.enum(['unit', 'group', 'person']).optional(),
});

const unitSchema = z.object({
  id: z.string().min(1),
  level: z.string().min(1),
  parent: z.string().min(1).optional(),
  name: z.string().optional(),
  /** Anonymous children of the next level to add (e.g. the people of a subject group). */
  members: z.number().int().min(0).max(100_000).optional(),
});

/** A population file: its levels (top first) and its units, each naming its parent by id. */
export const populationFileSchema = z.object({
  version: z.literal(1),
  levels: z.array(levelSchema).min(1).max(12),
  units: z.array(unitSchema).min(1),
});

export type PopulationFile = z.infer<typeof populationFileSchema>;

export type PopulationResult = { readonly ok: true; readonly tree: OrgTree } | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

const noSpan = { start: 0, end: 0 };

function problem(code: string, data: Diagnostic['data']): Diagnostic {
  return { code, severity: 'error', span: noSpan, data };
}

/**
 * Validates a parsed JSON value as a population file and lays it out as a tree. Never throws.
 *
 * @example
 * readPopulation({ version: 1, levels: [{ key: 'school' }, { key: 'person', kind: 'person' }],
 *   units: [{ id: 'kim-son', level: 'school', name: 'THCS Kim Sơn', members: 40 }] })
 * // => { ok: true, tree } with 41 nodes
 */
export function readPopulation(json: unknown): PopulationResult {
  const parsed = populationFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      diagnostics: parsed.error.issues.map((issue) => problem('population.schema', { path: issue.path.map(String).join('.'), detail: issue.message })),
    };
  }
  const file = parsed.data;
  const levels: LevelSpec[] = file.levels.map((l, i) => ({
    key: l.key,
    label: l.label ?? { vi: l.key, en: l.key },
    kind: l.kind ?? (i === file.levels.length - 1 ? 'person' : 'unit'),
  }));
  const levelIndex = new Map(levels.map((l, i) => [l.key, i]));
  const diagnostics: Diagnostic[] = [];
  const byId = new Map<string, number>();
  file.units.forEach((u, i) => {
    if (byId.has(u.id)) diagnostics.push(problem('population.duplicate-id', { id: u.id }));
    else byId.set(u.id, i);
    if (!levelIndex.has(u.level)) diagnostics.push(problem('population.unknown-level', { id: u.id, level: u.level }));
  });
  const children = new Map<number, number[]>();
  const roots: number[] = [];
  file.units.forEach((u, i) => {
    const own = levelIndex.get(u.level);
    if (u.parent === undefined) {
      if (own !== 0) diagnostics.push(problem('population.level-order', { id: u.id, level: u.level, parentLevel: '' }));
      roots.push(i);
      return;
    }
    const p = byId.get(u.parent);
    if (p === undefined) {
      diagnostics.push(problem('population.unknown-parent', { id: u.id, parent: u.parent }));
      return;
    }
    const parentLevel = levelIndex.get(file.units[p]?.level ?? '');
    if (own !== undefined && parentLevel !== undefined && own !== parentLevel + 1) {
      diagnostics.push(problem('population.level-order', { id: u.id, level: u.level, parentLevel: file.units[p]?.level ?? '' }));
    }
    const list = children.get(p) ?? [];
    list.push(i);
    children.set(p, list);
  });
  if (roots.length === 0) diagnostics.push(problem('population.no-root', {}));
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  return { ok: true, tree: layOut(file, levels, roots, children) };
}

/** Breadth-first layout: named units first within each parent, then anonymous members. */
function layOut(file: PopulationFile, levels: readonly LevelSpec[], roots: readonly number[], children: ReadonlyMap<number, number[]>): OrgTree {
  const names = new Map<number, string>();
  const ids = new Map<number, string>();
  const counts: Int32Array[] = [];
  // Each entry of a level: a file unit index, or -1 for an anonymous member.
  let frontier: number[] = [...roots];
  let node = 0;
  for (let l = 0; l < levels.length; l++) {
    const next: number[] = [];
    const c = new Int32Array(frontier.length);
    frontier.forEach((u, i) => {
      const unit = u >= 0 ? file.units[u] : undefined;
      if (unit) {
        ids.set(node + i, unit.id);
        if (unit.name !== undefined) names.set(node + i, unit.name);
      }
      const kids = u >= 0 ? (children.get(u) ?? []) : [];
      const members = l < levels.length - 1 ? (unit?.members ?? 0) : 0;
      c[i] = kids.length + members;
      next.push(...kids);
      for (let m = 0; m < members; m++) next.push(-1);
    });
    node += frontier.length;
    if (l < levels.length - 1) counts.push(c);
    frontier = next;
  }
  return treeFromCounts(levels, roots.length, counts, { names, ids });
}

/**
 * Parses the text of a population file and validates it; a JSON syntax error is a
 * `population.json` diagnostic, never an exception.
 *
 * @example
 * parsePopulationJson('{ "version": 1 …').ok // => false
 */
export function parsePopulationJson(text: string): PopulationResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, diagnostics: [problem('population.json', { detail: error instanceof Error ? error.message : String(error) })] };
  }
  return readPopulation(json);
}
