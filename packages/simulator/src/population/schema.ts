// The population file (JSON): zod schema, validation into an OrgTree, problems as diagnostics.

import type { Diagnostic } from '@tdkt/calendar';
import { z } from 'zod';
import type { LevelSpec } from './levels.js';
import type { OrgTree } from './tree.js';
import { treeFromCounts } from './tree.js';

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

export type PopulationResult =
  | { readonly ok: true; readonly tree: OrgTree }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

const noSpan = { start: 0, end: 0 };

function problem(code: string, data: Diagnostic['data']): Diagnostic {
  return { code, severity: 'error', span: noSpan, data };
}

export type PopulationFileResult =
  | { readonly ok: true; readonly file: PopulationFile }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/**
 * Validates a parsed JSON value as a population file: the schema, unique ids, known levels and parents,
 * each parent on the level just above. Never throws.
 *
 * @example
 * validatePopulationFile({ version: 1, levels: [{ key: 'trường' }], units: [] }).ok // => false (no unit)
 */
export function validatePopulationFile(json: unknown): PopulationFileResult {
  const parsed = populationFileSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      diagnostics: parsed.error.issues.map((issue) =>
        problem('population.schema', { path: issue.path.map(String).join('.'), detail: issue.message }),
      ),
    };
  }
  const file = parsed.data;
  const levelIndex = new Map(file.levels.map((l, i) => [l.key, i]));
  const diagnostics: Diagnostic[] = [];
  if (levelIndex.size < file.levels.length) {
    const seen = new Set<string>();
    for (const l of file.levels) {
      if (seen.has(l.key)) diagnostics.push(problem('population.duplicate-level', { level: l.key }));
      seen.add(l.key);
    }
  }
  const byId = new Map<string, number>();
  file.units.forEach((u, i) => {
    if (byId.has(u.id)) diagnostics.push(problem('population.duplicate-id', { id: u.id }));
    else byId.set(u.id, i);
    if (!levelIndex.has(u.level)) diagnostics.push(problem('population.unknown-level', { id: u.id, level: u.level }));
  });
  let roots = 0;
  file.units.forEach((u) => {
    const own = levelIndex.get(u.level);
    if (u.parent === undefined) {
      if (own !== 0) diagnostics.push(problem('population.level-order', { id: u.id, level: u.level, parentLevel: '' }));
      roots++;
      return;
    }
    const p = byId.get(u.parent);
    if (p === undefined) {
      diagnostics.push(problem('population.unknown-parent', { id: u.id, parent: u.parent }));
      return;
    }
    const parentLevel = levelIndex.get(file.units[p]?.level ?? '');
    if (own !== undefined && parentLevel !== undefined && own !== parentLevel + 1) {
      diagnostics.push(
        problem('population.level-order', { id: u.id, level: u.level, parentLevel: file.units[p]?.level ?? '' }),
      );
    }
  });
  if (roots === 0) diagnostics.push(problem('population.no-root', {}));
  return diagnostics.length > 0 ? { ok: false, diagnostics } : { ok: true, file };
}

/**
 * The levels a file declares, as tree levels (label defaults to the key; the last level is `person`).
 *
 * @example
 * fileLevels(file).map((l) => l.key) // ['trường', 'tổ', 'cá_nhân']
 */
export function fileLevels(file: PopulationFile): LevelSpec[] {
  return file.levels.map((l, i) => ({
    key: l.key,
    label: l.label ?? { vi: l.key, en: l.key },
    kind: l.kind ?? (i === file.levels.length - 1 ? 'person' : 'unit'),
  }));
}

/**
 * Validates a parsed JSON value as a population file and lays it out over its own levels. Never throws.
 *
 * @example
 * readPopulation({ version: 1, levels: [{ key: 'school' }, { key: 'person', kind: 'person' }],
 *   units: [{ id: 'kim-son', level: 'school', name: 'THCS Kim Sơn', members: 40 }] })
 * // => { ok: true, tree } with 41 nodes
 */
export function readPopulation(json: unknown): PopulationResult {
  const valid = validatePopulationFile(json);
  if (!valid.ok) return valid;
  return { ok: true, tree: layOutFile(valid.file, fileLevels(valid.file)) };
}

/**
 * Lays a validated file out over `levels` (top first), which must hold the file's levels, consecutive
 * and in order: `above` synthetic units (one per level, named by the level) come first, the file's
 * roots hang under the last of them.
 *
 * @example
 * layOutFile(file, planLevels.slice(0, 6), 3) // Kim Sơn's file under one nhà nước, Bộ and tỉnh
 */
export function layOutFile(file: PopulationFile, levels: readonly LevelSpec[], above = 0): OrgTree {
  const byId = new Map(file.units.map((u, i) => [u.id, i]));
  const children = new Map<number, number[]>();
  const roots: number[] = [];
  file.units.forEach((u, i) => {
    const p = u.parent === undefined ? undefined : byId.get(u.parent);
    if (p === undefined) roots.push(i);
    else {
      const list = children.get(p) ?? [];
      list.push(i);
      children.set(p, list);
    }
  });
  return layOut(file, levels, roots, children, above);
}

/** Breadth-first layout: named units first within each parent, then anonymous members. */
function layOut(
  file: PopulationFile,
  levels: readonly LevelSpec[],
  roots: readonly number[],
  children: ReadonlyMap<number, number[]>,
  above: number,
): OrgTree {
  const names = new Map<number, string>();
  const ids = new Map<number, string>();
  const counts: Int32Array[] = [];
  for (let l = 0; l < above; l++) {
    names.set(l, levels[l]?.label.vi ?? '');
    counts.push(Int32Array.of(l === above - 1 ? roots.length : 1));
  }
  // Each entry of a level: a file unit index, or -1 for an anonymous member.
  let frontier: number[] = [...roots];
  let node = above;
  for (let l = above; l < levels.length; l++) {
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
  return treeFromCounts(levels, above > 0 ? 1 : roots.length, counts, { names, ids });
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
    return {
      ok: false,
      diagnostics: [problem('population.json', { detail: error instanceof Error ? error.message : String(error) })],
    };
  }
  return readPopulation(json);
}
