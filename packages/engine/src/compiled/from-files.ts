// Workflow files to engine workflows in one call: parse, check, compile, adapt; problems as data.
import { loadWorkspace, type FileDiagnostic, type ReadFile } from '@tdkt/language';
import { compileWorkspace } from '@tdkt/compiler';
import type { WorkflowSource } from '../engine/definition.js';
import { workflowFromCompiled, type CompiledWorkflowOptions } from './from-compiled.js';

export interface LoadedWorkflows {
  /** One per compiled procedure (none when the files have errors). */
  readonly workflows: readonly WorkflowSource[];
  /** Procedure names, in the order of `workflows`. */
  readonly names: readonly string[];
  /** Every problem the language found; the workflows are empty if any is an error. */
  readonly diagnostics: readonly FileDiagnostic[];
}

/**
 * Loads workflow files (and what they import) through `readFile`, and adapts every procedure they
 * define — or only `procedures` — for the engine. Never throws on a bad file: errors come back as
 * diagnostics (render them with `renderDiagnostics` from @tdkt/language, or run `tdkt check`).
 *
 * @example
 * const { workflows, diagnostics } = workflowsFromFiles(['workflows/kim-son-2020-2021.tdkt'], read, { version: 3 });
 * if (workflows.length === 0) throw new Error(diagnostics.map((d) => d.code).join(', '));
 * const engine = await createEngine({ workflows, store });
 */
export function workflowsFromFiles(
  files: readonly string[],
  readFile: ReadFile,
  options: CompiledWorkflowOptions & { readonly procedures?: readonly string[] } = {},
): LoadedWorkflows {
  const loaded = loadWorkspace(files, readFile);
  if (loaded.diagnostics.some((d) => d.severity === 'error')) return { workflows: [], names: [], diagnostics: loaded.diagnostics };
  const compiled = compileWorkspace(loaded.model).procedures;
  const names = options.procedures ?? [...compiled.keys()];
  const workflows: WorkflowSource[] = [];
  const found: string[] = [];
  for (const name of names) {
    const procedure = compiled.get(name);
    if (procedure === undefined) continue;
    workflows.push(workflowFromCompiled(procedure, options));
    found.push(name);
  }
  return { workflows, names: found, diagnostics: loaded.diagnostics };
}
