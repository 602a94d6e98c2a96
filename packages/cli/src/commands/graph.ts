// `tdkt graph FILE [--procedure NAME] [--format mermaid|dot]`: a state diagram of a procedure or of the plan.
import { type Diagram, planDiagram, procedureDiagram, toDot, toMermaid } from '@tdkt/views';
import { writeFileAtomic } from '../files.js';
import { type CliIo, ExitCode } from '../io.js';
import { say } from '../messages/catalog.js';
import { selectTarget } from '../select-target.js';
import type { CommandInput } from '../spec.js';

/**
 * Prints (or writes with --out) the diagram of the file's plan, or of the named procedure, as Mermaid or DOT.
 *
 * @example
 * await run({ command: 'graph', positionals: ['kh.tdkt'], options: { procedure: 'xét_cuối_năm', format: 'dot' }, lang: 'vi' }, io)
 */
export async function run(input: CommandInput, io: CliIo): Promise<ExitCode> {
  const format = input.options['format'] ?? 'mermaid';
  if (format !== 'mermaid' && format !== 'dot') {
    io.stderr(`tdkt: ${say(input.lang, 'graph.bad-format', { value: String(format) })}\n`);
    return ExitCode.BadInput;
  }
  const selected = selectTarget(input, io);
  if (selected === undefined) return ExitCode.BadInput;
  const { target, analysis } = selected;
  // The written actors, for steps whose roles are declared in a file not loaded here.
  const modelOf = (name: string) => analysis.model.procedures.find((p) => p.id === name.split('@')[0]);
  const diagram: Diagram =
    target.kind === 'procedure'
      ? procedureDiagram(target.procedure.ir, input.lang, modelOf(target.procedure.ir.name))
      : planDiagram(target.plan.model, input.lang);
  const text = format === 'dot' ? toDot(diagram) : toMermaid(diagram);
  const out = input.options['out'];
  if (typeof out === 'string') {
    writeFileAtomic(io.cwd, out, text);
    io.stderr(`${say(input.lang, 'wrote', { path: out })}\n`);
  } else io.stdout(text);
  return ExitCode.Ok;
}
