// Writes `tdkt simulate --html OUT.html`: one self-contained page per plan report.
import type { CompiledWorkspace } from '@tdkt/compiler';
import type { AnalysisResult } from '@tdkt/language';
import { type PlanReport, proceduresOfPlan } from '@tdkt/simulator';
import { htmlReport } from '@tdkt/views/html';
import { writeFileAtomic } from './files.js';
import type { CliIo, Lang } from './io.js';
import { say } from './messages/catalog.js';

/**
 * `kh.html` for the only plan; `kh-1.html`, `kh-2.html`, … when the files hold several.
 *
 * @example
 * htmlPaths('kh.html', 2) // => ['kh-1.html', 'kh-2.html']
 */
export function htmlPaths(out: string, count: number): string[] {
  if (count <= 1) return [out];
  const dot = out.toLowerCase().endsWith('.html') ? out.length - 5 : out.length;
  return Array.from({ length: count }, (_, i) => `${out.slice(0, dot)}-${i + 1}${out.slice(dot)}`);
}

/**
 * Writes the HTML report of every plan among `reports` (procedure-only reports have no page) and says
 * where on stderr. Returns the paths written.
 *
 * @example
 * writeHtmlReports('kh.html', reports, analysis, compiled, 'vi', io) // => ['kh.html']
 */
export function writeHtmlReports(
  out: string,
  reports: readonly PlanReport[],
  analysis: AnalysisResult,
  compiled: CompiledWorkspace,
  lang: Lang,
  io: CliIo,
): string[] {
  const pages = reports.flatMap((report) => {
    const plan = compiled.plans.find((p) => p.model.file === report.file)?.model;
    return plan ? [{ plan, report }] : [];
  });
  const paths = htmlPaths(out, pages.length);
  pages.forEach(({ plan, report }, i) => {
    const path = paths[i] as string;
    const page = htmlReport({
      plan,
      report: report.input,
      procedures: proceduresOfPlan(plan, compiled),
      procedureModels: analysis.model.procedures,
      lang,
    });
    writeFileAtomic(io.cwd, path, page);
    io.stderr(`${say(lang, 'wrote', { path })}\n`);
  });
  if (pages.length === 0) io.stderr(`tdkt: ${say(lang, 'html.no-plan')}\n`);
  return paths.slice(0, pages.length);
}
