// `tdkt simulate FILE...`: completion, deadline consistency and a population run, as a report.

import { escapeControls } from '@tdkt/calendar/text';
import { compileWorkspace } from '@tdkt/compiler';
import { loadWorkspace } from '@tdkt/language';
import {
  exitCodeOf,
  type PlanReport,
  proceduresOfPlan,
  renderTextReport,
  reportHeading,
  simulate,
  toJsonReport,
} from '@tdkt/simulator';
import { fileReader } from '../files.js';
import { writeHtmlReports } from '../html-report.js';
import { type CliIo, ExitCode } from '../io.js';
import { say } from '../messages/catalog.js';
import { populationOfPlan, populationOptions } from '../population.js';
import { createProgress } from '../progress.js';
import { printDiagnostics } from '../report-diagnostics.js';
import type { CommandInput } from '../spec.js';

/**
 * Runs the checks and prints the report(s). Exit 0 all checks pass, 1 a check found a problem, 2 bad input.
 *
 * @example
 * await run({ command: 'simulate', positionals: ['workflows/kim-son-2020-2021.tdkt'], options: {}, lang: 'vi' }, io)
 */
export async function run(input: CommandInput, io: CliIo): Promise<ExitCode> {
  // Opened as written (a name in NFD stays NFD); the reader tries the other normal form if needed.
  const files = [...input.positionals];
  const analysis = loadWorkspace(files, fileReader(io.cwd));
  if (printDiagnostics(analysis, io, input.lang, 'errors') > 0) {
    io.stderr(`tdkt: ${say(input.lang, 'simulate.fix-errors')}\n`);
    return ExitCode.BadInput;
  }
  const population = populationOptions(input, io);
  if ('error' in population) {
    io.stderr(`tdkt: ${population.error}\n`);
    return ExitCode.BadInput;
  }
  const progress = createProgress(io, input.lang);
  let reports: PlanReport[];
  const compiled = compileWorkspace(analysis.model);
  try {
    reports = simulate(analysis, compiled, {
      entries: files,
      onPlan: (file, index, total) =>
        progress.update(say(input.lang, 'simulate.plan-progress', { index: index + 1, total, path: file })),
    });
    // The population runs after the other checks: it may use worker threads, so it is asynchronous.
    const { source } = population;
    if (source !== undefined) {
      for (const [i, report] of reports.entries()) {
        const plan = compiled.plans.find((p) => p.model.file === report.file)?.model;
        if (plan === undefined) continue;
        const result = await populationOfPlan(
          plan,
          proceduresOfPlan(plan, compiled),
          { ...population, source },
          { cwd: io.cwd, files },
          input.lang,
          progress.update,
        );
        if ('error' in result) {
          io.stderr(`tdkt: ${result.error}\n`);
          return ExitCode.BadInput;
        }
        if (result.report) reports[i] = { ...report, input: { ...report.input, population: result.report } };
      }
    }
  } finally {
    progress.done();
  }
  const html = input.options['html'];
  if (typeof html === 'string') writeHtmlReports(html, reports, analysis, compiled, input.lang, io);
  if (input.options['json'] === true) {
    const json = reports.map((r) => ({ file: r.file, title: r.title, ...toJsonReport(r.input, input.lang) }));
    io.stdout(`${JSON.stringify({ ok: json.every((r) => r.ok), reports: json }, null, 2)}\n`);
  } else {
    for (const report of reports) {
      // Within the report's 100 columns; a title's control characters are shown, not obeyed.
      const heading = reportHeading(escapeControls(report.file), escapeControls(report.title)).join('\n');
      io.stdout(
        `${heading}\n\n${renderTextReport(report.input, input.lang, { detail: input.options['detail'] === true })}\n`,
      );
    }
    if (reports.length === 0) io.stdout(`${say(input.lang, 'simulate.nothing')}\n`);
  }
  return reports.some((r) => exitCodeOf(r.input) === 1) ? ExitCode.Problems : ExitCode.Ok;
}
