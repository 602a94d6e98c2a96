// `tdkt compile FILE [--procedure NAME] [--out F]`: the XState machine config as JSON (loads in Stately's editor).
import { closest, loadWorkspace } from '@tdkt/language';
import { compileWorkspace, type CompiledPlan, type CompiledProcedure } from '@tdkt/compiler';
import { fileReader, writeFileAtomic } from '../files.js';
import { ExitCode, type CliIo } from '../io.js';
import { printDiagnostics } from '../report-diagnostics.js';
import type { CommandInput } from '../spec.js';

/** Names of the implementations a config refers to, so a reader of the JSON knows what to provide. */
function implementationNames(config: unknown): { guards: string[]; delays: string[]; actions: string[] } {
  const guards = new Set<string>();
  const delays = new Set<string>();
  const actions = new Set<string>();
  const visit = (node: unknown, key?: string): void => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, key));
    if (node === null || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    if (key === 'guard' && typeof record['type'] === 'string') guards.add(record['type']);
    if ((key === 'actions' || key === 'entry') && typeof record['type'] === 'string') actions.add(record['type']);
    if (key === 'meta') return;
    for (const [k, v] of Object.entries(record)) {
      if (k === 'after' && v !== null && typeof v === 'object') for (const d of Object.keys(v)) delays.add(d);
      visit(v, k);
    }
  };
  visit(config);
  return { guards: [...guards].sort(), delays: [...delays].sort(), actions: [...actions].sort() };
}

function procedureJson(compiled: CompiledProcedure): unknown {
  return { kind: 'procedure', machine: compiled.config, implementations: implementationNames(compiled.config), description: compiled.description };
}

function planJson(compiled: CompiledPlan): unknown {
  return { kind: 'plan', machine: compiled.config, implementations: implementationNames(compiled.config), description: compiled.ir };
}

/**
 * Compiles one file and prints (or writes) the plan's machine, or the named procedure's.
 *
 * @example
 * await run({ command: 'compile', positionals: ['kh.tdkt'], options: { procedure: 'xét_cuối_năm' }, lang: 'vi' }, io)
 */
export async function run(input: CommandInput, io: CliIo): Promise<ExitCode> {
  const vi = input.lang === 'vi';
  const file = input.positionals[0] as string;
  const result = loadWorkspace([file], fileReader(io.cwd));
  if (printDiagnostics(result, io, input.lang, 'errors') > 0) return ExitCode.BadInput;
  const compiled = compileWorkspace(result.model);
  const wanted = input.options['procedure'];
  let output: unknown;
  if (typeof wanted === 'string') {
    const procedure = compiled.procedures.get(wanted.normalize('NFC'));
    if (procedure === undefined) {
      const names = [...compiled.procedures.keys()];
      const hint = closest(wanted, names);
      io.stderr(
        (vi ? `tdkt: không có quy trình \`${wanted}\`` : `tdkt: no procedure \`${wanted}\``) +
          (hint ? (vi ? `; có phải ý bạn là \`${hint}\`?` : `; did you mean \`${hint}\`?`) : '') +
          `\n${vi ? 'Các quy trình' : 'Procedures'}: ${names.join(', ')}\n`,
      );
      return ExitCode.BadInput;
    }
    output = procedureJson(procedure);
  } else {
    const plan = compiled.plans.find((p) => p.model.file === file) ?? compiled.plans[0];
    const own = [...compiled.procedures.values()].filter((p) => p.ir.source?.file === file);
    if (plan !== undefined) output = planJson(plan.compiled);
    else if (own.length === 1 && own[0] !== undefined) output = procedureJson(own[0]);
    else {
      io.stderr(
        vi
          ? `tdkt: tệp có ${own.length} quy trình và không có kế hoạch; chọn một bằng --procedure (${own.map((p) => p.name).join(', ')})\n`
          : `tdkt: the file has ${own.length} procedures and no plan; choose one with --procedure (${own.map((p) => p.name).join(', ')})\n`,
      );
      return ExitCode.BadInput;
    }
  }
  const text = `${JSON.stringify(output, null, 2)}\n`;
  const out = input.options['out'];
  if (typeof out === 'string') {
    writeFileAtomic(io.cwd, out, text);
    io.stderr(vi ? `đã ghi ${out}\n` : `wrote ${out}\n`);
  } else {
    io.stdout(text);
  }
  return ExitCode.Ok;
}
