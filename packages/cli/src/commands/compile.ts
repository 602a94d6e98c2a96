// `tdkt compile FILE [--procedure NAME] [--out F]`: the XState machine config as JSON (loads in Stately's editor).
import type { CompiledPlan, CompiledProcedure } from '@tdkt/compiler';
import { writeFileAtomic } from '../files.js';
import { type CliIo, ExitCode } from '../io.js';
import { say } from '../messages/catalog.js';
import { selectTarget } from '../select-target.js';
import type { CommandInput } from '../spec.js';

/** Names of the implementations a config refers to, so a reader of the JSON knows what to provide. */
function implementationNames(config: unknown): { guards: string[]; delays: string[]; actions: string[] } {
  const guards = new Set<string>();
  const delays = new Set<string>();
  const actions = new Set<string>();
  const visit = (node: unknown, key?: string): void => {
    if (Array.isArray(node)) {
      for (const n of node) visit(n, key);
      return;
    }
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
  return {
    kind: 'procedure',
    machine: compiled.config,
    implementations: implementationNames(compiled.config),
    description: compiled.description,
  };
}

function planJson(compiled: CompiledPlan): unknown {
  return {
    kind: 'plan',
    machine: compiled.config,
    implementations: implementationNames(compiled.config),
    description: compiled.ir,
  };
}

/**
 * Compiles one file and prints (or writes) the plan's machine, or the named procedure's.
 *
 * @example
 * await run({ command: 'compile', positionals: ['kh.tdkt'], options: { procedure: 'xét_cuối_năm' }, lang: 'vi' }, io)
 */
export async function run(input: CommandInput, io: CliIo): Promise<ExitCode> {
  const selected = selectTarget(input, io);
  if (selected === undefined) return ExitCode.BadInput;
  const { target, analysis, compiled } = selected;
  if (target.kind === 'procedure') {
    // A procedure run on its own: dates written in it need a period, or it would run without those timers.
    const model = analysis.model.procedures.find((p) => p.id === target.procedure.ir.name);
    const missing = model?.needsPeriod ?? [];
    if (missing.length > 0) {
      const where = missing
        .map((m) =>
          say(input.lang, 'compile.dated-step', {
            where: `${m.source.file}:${m.source.line}:${m.source.col}`,
            step: m.step,
            text: m.text,
          }),
        )
        .join('\n');
      const instances = [...compiled.procedures.keys()].filter((k) => k.startsWith(`${model?.id}@`));
      io.stderr(
        `tdkt: ${say(input.lang, 'compile.needs-period', { procedure: model?.id ?? '', where, plans: instances.join(', ') })}\n`,
      );
      return ExitCode.BadInput;
    }
  }
  const output = target.kind === 'procedure' ? procedureJson(target.procedure) : planJson(target.plan.compiled);
  const text = `${JSON.stringify(output, null, 2)}\n`;
  const out = input.options['out'];
  if (typeof out === 'string') {
    writeFileAtomic(io.cwd, out, text);
    io.stderr(`${say(input.lang, 'wrote', { path: out })}\n`);
  } else {
    io.stdout(text);
  }
  return ExitCode.Ok;
}
