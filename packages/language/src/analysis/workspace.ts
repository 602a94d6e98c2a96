// loadWorkspace / analyze: parse files and their imports (through an injected reader), then link and validate.
import { type Diagnostic, defaultWorkingCalendar, type Period, type ResolveContext, tetDay } from '@tdkt/calendar';
import type { SourceFile } from '../ast/index.js';
import { LineIndex } from '../diagnostics/line-index.js';
import type { FileDiagnostic } from '../diagnostics/render.js';
import type { PlanModel, ProcedureModel, WorkspaceModel } from '../model/types.js';
import { type ParseResult, parse } from '../syntax/parse.js';
import { FileEnv } from './env.js';
import { importDeclarations } from './imports.js';
import { declareOrganisation } from './organisation.js';
import { resolveImport } from './paths.js';
import { analyzePlan } from './plan.js';
import { analyzeProcedure } from './procedure.js';

/** Reads a file by path; undefined when it does not exist. The CLI passes the file system; tests pass a map. */
export type ReadFile = (path: string) => string | undefined;

export interface LoadedFile {
  readonly file: string;
  /** The NFC text spans point into. */
  readonly text: string;
  readonly ast: SourceFile;
  readonly index: LineIndex;
}

export interface AnalysisResult {
  readonly model: WorkspaceModel;
  readonly files: ReadonlyMap<string, LoadedFile>;
  /** Every problem of every file, sorted by file then position. */
  readonly diagnostics: readonly FileDiagnostic[];
}

export interface LoadOptions {
  /**
   * The period procedures outside any plan are resolved in (`tdkt compile --school-year …`, a host that
   * runs a library procedure for a given year). Without it their absolute deadlines stay unresolved and
   * each procedure lists them in `needsPeriod`.
   */
  readonly period?: Period;
  /**
   * Parses one file (default: `parse`). An editor passes a memoised parse, so that a keystroke re-parses the
   * edited file only, not every file it imports; the result must be what `parse` gives for that text.
   */
  readonly parse?: (text: string, file: string) => ParseResult;
}

/**
 * Loads the entry files and everything they import, then analyses them. Pure: files come from `readFile`.
 *
 * @example
 * loadWorkspace(['workflows/kim-son.tdkt'], (p) => fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined)
 */
export function loadWorkspace(
  entryFiles: readonly string[],
  readFile: ReadFile,
  options: LoadOptions = {},
): AnalysisResult {
  const ctx: ResolveContext | undefined = options.period
    ? {
        period: options.period,
        beforeReading: 'strict',
        calendar: defaultWorkingCalendar(),
        lunar: { tetDay },
        events: {},
      }
    : undefined;
  const files = new Map<string, LoadedFile>();
  const envs = new Map<string, FileEnv>();
  const diagnostics = new Map<string, Diagnostic[]>();
  const done = new Set<string>();
  const visiting: string[] = [];
  const plans: PlanModel[] = [];
  const procedures: ProcedureModel[] = [];

  /** Who first imported each file (a diagnostic in it says through which `dùng` it was reached). */
  const importedBy = new Map<string, string>();
  const load = (file: string): FileEnv | undefined => {
    if (done.has(file)) return envs.get(file);
    const text = readFile(file);
    if (text === undefined) return undefined;
    visiting.push(file);
    const parsed = (options.parse ?? parse)(text, file);
    const index = new LineIndex(parsed.text);
    const ds = [...parsed.diagnostics];
    diagnostics.set(file, ds);
    files.set(file, { file, text: parsed.text, ast: parsed.ast, index });
    const env = new FileEnv(file, index, ds);
    envs.set(file, env);
    // Imports first: the file's own levels continue the chain it imports, its names may not clash with them.
    for (const item of parsed.ast.items) {
      if (item.kind !== 'Use') continue;
      const target = resolveImport(file, item.path.value);
      if (visiting.includes(target)) {
        ds.push({
          code: 'link.import-cycle',
          severity: 'error',
          span: item.path.span,
          data: { chain: [...visiting.slice(visiting.indexOf(target)), target] },
        });
        continue;
      }
      if (!importedBy.has(target)) importedBy.set(target, `${file}:${index.lineCol(item.span.start).line}`);
      const imported = load(target);
      if (!imported) {
        ds.push({ code: 'link.import-not-found', severity: 'error', span: item.path.span, data: { path: target } });
        continue;
      }
      importDeclarations(env, imported, item, ds);
    }
    declareOrganisation(env, parsed.ast);
    for (const item of parsed.ast.items) {
      if (item.kind === 'Procedure') env.procedures.add(item.id.name, { ast: item, env }, item.id.span, ds, index);
    }
    for (const item of parsed.ast.items) {
      if (item.kind === 'Procedure')
        procedures.push(
          analyzeProcedure(
            { ast: item, env },
            { actorEnv: env.hasOrg ? env : undefined, ...(ctx ? { ctx } : {}), structural: true, sink: ds },
          ),
        );
    }
    for (const item of parsed.ast.items) if (item.kind === 'Plan') plans.push(analyzePlan(item, env));
    visiting.pop();
    done.add(file);
    return env;
  };

  const missing: FileDiagnostic[] = [];
  for (const file of entryFiles) {
    if (!load(file))
      missing.push({
        file,
        code: 'link.import-not-found',
        severity: 'error',
        span: { start: 0, end: 0 },
        data: { path: file },
      });
  }
  const all: FileDiagnostic[] = [...missing];
  const entries = new Set(entryFiles);
  for (const [file, ds] of diagnostics) {
    // A problem in a file the user did not name says through which `dùng` it was reached.
    const via = entries.has(file) ? undefined : importedBy.get(file);
    all.push(
      ...dedupe(ds).map((d) => ({
        ...d,
        ...(via !== undefined && d.data['via'] === undefined ? { data: { ...d.data, via } } : {}),
        file,
      })),
    );
  }
  all.sort((a, b) => (a.file === b.file ? a.span.start - b.span.start : a.file < b.file ? -1 : 1));
  return { model: { plans, procedures }, files, diagnostics: all };
}

function dedupe(ds: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return ds.filter((d) => {
    const key = `${d.code}@${d.span.start}-${d.span.end}:${JSON.stringify(d.data)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Analyses one text on its own (imports resolve through `readFile`, none by default).
 *
 * @example
 * analyze('kế hoạch "KH"\n  năm 2024\n', 'kh.tdkt').diagnostics // => []
 */
export function analyze(
  text: string,
  file = 'input.tdkt',
  readFile: ReadFile = () => undefined,
  options: LoadOptions = {},
): AnalysisResult {
  return loadWorkspace([file], (p) => (p === file ? text : readFile(p)), options);
}
