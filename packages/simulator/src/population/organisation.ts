// The organisation a plan runs over, by level name: a preset sized per level, or a population file.
import type { Diagnostic } from '@tdkt/calendar';
import { closest } from '@tdkt/language';
import { generatePopulation } from './generate.js';
import { type LevelSpec, levelIndex } from './levels.js';
import { type PresetName, preset } from './presets.js';
import { fileLevels, layOutFile, type PopulationFile } from './schema.js';
import type { OrgTree } from './tree.js';

/** Where the organisation comes from: a preset (generated from the seed) or a validated population file. */
export type OrganisationSource =
  | { readonly preset: PresetName; readonly seed: number }
  | { readonly file: PopulationFile; readonly name: string };

/** The organisation of one plan, and what the reader must know about how it was built. */
export interface Organisation {
  readonly tree: OrgTree;
  /** `preset` name or the file's name. */
  readonly source: { readonly kind: 'preset' | 'file'; readonly name: string };
  /** Warnings about the fit (levels a preset does not size, levels the file leaves out). */
  readonly notes: readonly Diagnostic[];
}

export type OrganisationResult =
  | ({ readonly ok: true } & Organisation)
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

const diag = (code: string, severity: 'error' | 'warning', data: Diagnostic['data']): Diagnostic => ({
  code,
  severity,
  span: { start: 0, end: 0 },
  data,
});

/**
 * Builds the organisation over the plan's levels (top first, from `levelsOfPlan`). A preset sizes each
 * level by its name; a file must use the plan's level names, consecutive and in the plan's order: plan
 * levels above the file's top get one unit each, levels below its bottom are left out (both noted).
 *
 * @example
 * organisationFor(levelsOfPlan(plan), { preset: 'hanoi', seed: 1 }) // { ok: true, tree, notes: [] }
 */
export function organisationFor(levels: readonly LevelSpec[], source: OrganisationSource): OrganisationResult {
  if ('preset' in source) {
    const { spec, notes } = preset(source.preset, source.seed, levels);
    return { ok: true, tree: generatePopulation(spec), source: { kind: 'preset', name: source.preset }, notes };
  }
  const own = fileLevels(source.file);
  const declared = levels.map((l) => l.key);
  const diagnostics: Diagnostic[] = [];
  const positions = own.map((l) => {
    const at = levelIndex(levels, l.key);
    if (at < 0) {
      const suggestion = closest(l.key, declared);
      diagnostics.push(
        diag('population.undeclared-level', 'error', {
          level: l.key,
          declared,
          ...(suggestion !== undefined ? { suggestion } : {}),
        }),
      );
    }
    return at;
  });
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  for (let k = 1; k < positions.length; k++) {
    const before = positions[k - 1] as number;
    const at = positions[k] as number;
    if (at !== before + 1) {
      const missing = at > before + 1 ? declared.slice(before + 1, at) : [];
      diagnostics.push(
        diag('population.level-gap', 'error', { level: own[k]?.key ?? '', after: own[k - 1]?.key ?? '', missing }),
      );
    }
  }
  if (diagnostics.length > 0) return { ok: false, diagnostics };
  const top = positions[0] as number;
  const bottom = positions[positions.length - 1] as number;
  const treeLevels = levels.slice(0, bottom + 1).map((l, i) => {
    const label = i >= top ? source.file.levels[i - top]?.label : undefined;
    return label === undefined ? l : { ...l, label };
  });
  const notes: Diagnostic[] = [];
  if (top > 0)
    notes.push(diag('population.levels-above', 'warning', { file: source.name, levels: declared.slice(0, top) }));
  if (bottom < levels.length - 1)
    notes.push(diag('population.levels-below', 'warning', { file: source.name, levels: declared.slice(bottom + 1) }));
  return {
    ok: true,
    tree: layOutFile(source.file, treeLevels, top),
    source: { kind: 'file', name: source.name },
    notes,
  };
}
