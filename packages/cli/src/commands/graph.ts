// `tdkt graph FILE [--procedure NAME] [--format mermaid|dot]`: a state diagram of a procedure or of the plan.
import { closest, loadWorkspace } from '@tdkt/language';
import { compileWorkspace } from '@tdkt/compiler';
import { planDiagram, procedureDiagram, toDot, toMermaid, type Diagram } from '@tdkt/simulator';
import { fileReader, writeFileAtomic } from '../files.js';
import { ExitCode, type CliIo } from '../io.js';
import { printDiagnostics } from '../report-diagnostics.js';
import type { CommandInput } from '../spec.js';

/**
 * Prints (or writes with --out) the diagram of the file's plan, or of the named procedure, as Mermaid or DOT.
 *
 * @example
 * await run({ command: 'graph', positionals: ['kh.tdkt'], options: { procedure: 'xét_cuối_năm', format: 'dot' }, lang: 'vi' }, io)
 */
export async function run(input: CommandInput, io: CliIo): Promise<ExitCode> {
  const vi = input.lang === 'vi';
  const file = (input.positionals[0] as string).normalize('NFC');
  const format = input.options['format'] ?? 'mermaid';
  if (format !== 'mermaid' && format !== 'dot') {
    io.stderr(vi ? `tdkt: --format phải là mermaid hoặc dot, không phải \`${String(format)}\`\n` : `tdkt: --format must be mermaid or dot, not \`${String(format)}\`\n`);
    return ExitCode.BadInput;
  }
  const result = loadWorkspace([file], fileReader(io.cwd));
  if (printDiagnostics(result, io, input.lang, 'errors') > 0) return ExitCode.BadInput;
  const compiled = compileWorkspace(result.model);
  // The written actors, for steps whose roles are declared in a file not loaded here.
  const modelOf = (name: string) => result.model.procedures.find((p) => p.id === name.split('@')[0]);
  const wanted = input.options['procedure'];
  let diagram: Diagram;
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
    diagram = procedureDiagram(procedure.ir, input.lang, modelOf(procedure.ir.name));
  } else {
    const plan = result.model.plans.find((p) => p.file === file) ?? result.model.plans[0];
    const own = [...compiled.procedures.values()].filter((p) => p.ir.source?.file === file);
    if (plan !== undefined) diagram = planDiagram(plan, input.lang);
    else if (own.length === 1 && own[0] !== undefined) diagram = procedureDiagram(own[0].ir, input.lang, modelOf(own[0].ir.name));
    else {
      io.stderr(
        vi
          ? `tdkt: tệp có ${own.length} quy trình và không có kế hoạch; chọn một bằng --procedure (${own.map((p) => p.name).join(', ')})\n`
          : `tdkt: the file has ${own.length} procedures and no plan; choose one with --procedure (${own.map((p) => p.name).join(', ')})\n`,
      );
      return ExitCode.BadInput;
    }
  }
  const text = format === 'dot' ? toDot(diagram) : toMermaid(diagram);
  const out = input.options['out'];
  if (typeof out === 'string') {
    writeFileAtomic(io.cwd, out, text);
    io.stderr(vi ? `đã ghi ${out}\n` : `wrote ${out}\n`);
  } else io.stdout(text);
  return ExitCode.Ok;
}
