// Test helper shared by the packages' tests: lists the seed workflows (workflows/*.tdkt), reads repository files, loads and compiles a workflow.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CompiledWorkspace, compileWorkspace } from '@tdkt/compiler';
import { type AnalysisResult, loadWorkspace } from '@tdkt/language';

const root = new URL('../', import.meta.url).pathname;

export const seedFiles = (): string[] =>
  readdirSync(join(root, 'workflows'))
    .filter((f) => f.endsWith('.tdkt'))
    .sort()
    .map((f) => `workflows/${f}`);

const readRepo = (path: string): string | undefined => {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    return undefined;
  }
};

export function loadSeed(file: string): { analysis: AnalysisResult; compiled: CompiledWorkspace } {
  const analysis = loadWorkspace([file], readRepo);
  return { analysis, compiled: compileWorkspace(analysis.model) };
}
