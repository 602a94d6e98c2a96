// The one-page HTML report of a plan: self-contained (inline CSS and SVG, no network), Vietnamese or English.
import { formatVnDate, type Lang } from '@tdkt/calendar';
import type { CompiledProcedure } from '@tdkt/compiler';
import type { PlanModel, ProcedureModel } from '@tdkt/language';
import {
  checkStatuses,
  collectProblems,
  eventName,
  formatLocation,
  type ReportInput,
  sourceSnippet,
} from '@tdkt/simulator';
import { procedureDiagram } from '../diagram-model.js';
import { ganttSvg } from '../gantt.js';
import { viewText as tr } from '../messages.js';
import { diagramSvg } from '../svg-diagram.js';
import { escapeXml as e } from '../svg-text.js';
import { checkDetail, populationSection } from './population.js';

export interface HtmlReportInput {
  readonly plan: PlanModel;
  readonly report: ReportInput;
  /** The procedures the plan runs (drawn as diagrams). */
  readonly procedures: readonly CompiledProcedure[];
  /** The procedures as written, for actors the compiler left unresolved. */
  readonly procedureModels?: readonly ProcedureModel[];
  readonly lang: Lang;
}

const CSS = `body{font-family:"DejaVu Sans",Arial,sans-serif;margin:0;color:#0f172a;background:#fff}
header{padding:16px 24px;background:#0f172a;color:#f8fafc}header h1{margin:0 0 4px;font-size:20px}header p{margin:2px 0;font-size:13px;color:#cbd5e1}
main{padding:8px 24px 32px}h2{font-size:16px;margin:22px 0 8px;border-bottom:2px solid #e2e8f0;padding-bottom:4px}
.checks{display:flex;gap:10px;flex-wrap:wrap}.check{padding:6px 10px;border-radius:6px;font-size:13px}.pass{background:#dcfce7}.fail{background:#fee2e2;color:#991b1b}.warn{background:#fef3c7}.skipped{background:#f1f5f9;color:#64748b}
.scroll{overflow-x:auto;border:1px solid #e2e8f0;border-radius:6px}.legend{font-size:12px;color:#475569;margin:6px 0}
.problem{border-left:4px solid #dc2626;background:#fef2f2;padding:8px 12px;margin:8px 0;border-radius:4px}.problem.warning{border-color:#f59e0b;background:#fffbeb}
.problem .msg{font-weight:600;font-size:13px}.problem .loc{font-family:"DejaVu Sans Mono",monospace;font-size:12px;color:#475569}
.problem pre{margin:4px 0;font-size:12px;background:#fff;padding:4px 6px;border-radius:3px;overflow-x:auto}.problem ol{margin:4px 0 0 18px;padding:0;font-size:12px}
table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #e2e8f0;padding:3px 8px;text-align:right}th{background:#f8fafc}td:first-child,th:first-child{text-align:left}
h3{font-size:14px;margin:14px 0 6px}.range,.depends{color:#64748b}.depends{color:#b45309}.notes{font-size:12px;color:#92400e}details{margin:8px 0}summary{cursor:pointer;font-weight:600;font-size:14px}.critical li{font-size:13px}footer{font-size:11px;color:#64748b;padding:12px 24px}`;

/**
 * Builds the report page: the plan's Gantt chart, the check results, every conflict in red with its
 * explanation and source line, the critical path, each procedure as a diagram, and the population
 * run's completion curves and per-level figures.
 *
 * @example
 * writeFileSync('kh.html', htmlReport({ plan, report: reports[0].input, procedures: proceduresOfPlan(plan, compiled), lang: 'vi' }))
 */
export function htmlReport(input: HtmlReportInput): string {
  const { plan, report, lang } = input;
  const out: string[] = [];
  const period = plan.periodWindow
    ? `${formatVnDate(plan.periodWindow.start)} – ${formatVnDate(plan.periodWindow.end)}`
    : '';
  out.push(
    `<header><h1>${e(plan.title)}</h1><p>${e(plan.issuer?.name ?? '')}${plan.docNumber ? ` · ${e(plan.docNumber)}` : ''}</p><p>${tr('html.period', lang)}: ${e(period)} · ${e(plan.file)}</p></header><main>`,
  );
  out.push(`<h2>${tr('html.checks', lang)}</h2><div class="checks">`);
  for (const c of checkStatuses(report)) {
    const mark = c.status === 'pass' ? '✔' : c.status === 'fail' ? '✘' : c.status === 'warn' ? '⚠' : '–';
    out.push(
      `<div class="check ${c.status}" data-check="${e(c.id)}">${mark} ${e(c.title[lang])}${e(checkDetail(c, report, lang))}</div>`,
    );
  }
  out.push('</div>');
  out.push(
    `<h2>${tr('html.year', lang)}</h2><p class="legend">${tr('html.legend', lang)}</p><div class="scroll">${ganttSvg(plan, report.temporal, lang)}</div>`,
  );
  const problems = collectProblems(report, lang).filter((p) => p.check === 'deadlines' || p.severity === 'error');
  out.push(`<h2>${tr('html.problems', lang)} (${problems.length})</h2>`);
  if (problems.length === 0) out.push(`<p>${tr('html.none', lang)}</p>`);
  problems.forEach((p, i) => {
    const source = p.span ? report.sources?.[p.span.file] : undefined;
    const snippet = p.span && source !== undefined ? sourceSnippet(source, p.span) : [];
    out.push(
      `<div class="problem ${p.severity}" data-conflict="${i}" data-code="${e(p.code)}"><div class="msg">${p.severity === 'error' ? '✘' : '⚠'} ${e(p.message)}</div>`,
    );
    if (p.span) out.push(`<div class="loc">${e(formatLocation(p.span))} · ${e(p.code)}</div>`);
    if (snippet.length > 0) out.push(`<pre>${e(snippet.join('\n'))}</pre>`);
    if (p.chain.length > 0) {
      out.push('<ol>');
      for (const link of p.chain)
        out.push(
          `<li>${e(link.text)}${link.span ? ` <span class="loc">${e(formatLocation(link.span))}</span>` : ''}</li>`,
        );
      out.push('</ol>');
    }
    out.push('</div>');
  });
  const critical = report.temporal?.criticalPath ?? [];
  if (critical.length > 0) {
    out.push(`<h2>${tr('html.critical', lang)}</h2><ol class="critical">`);
    for (const l of critical)
      out.push(
        `<li>${e(formatVnDate(l.day))} — ${e(eventName(l.toLabel, l.toKind, lang))}${l.provenance.phrase ? ` <i>(${e(l.provenance.phrase)})</i>` : ''}</li>`,
      );
    out.push('</ol>');
  }
  out.push(
    `<h2>${tr('html.procedures', lang)} (${input.procedures.length})</h2><p class="legend">${tr('html.edges', lang)}</p>`,
  );
  input.procedures.forEach((p, i) => {
    const model = input.procedureModels?.find((m) => m.id === p.ir.name.split('@')[0]);
    const diagram = procedureDiagram(p.ir, lang, model);
    out.push(
      `<details${i < 3 ? ' open' : ''} data-procedure="${e(p.name)}"><summary>${e(p.ir.title || p.name)} <small>(${e(p.name)})</small></summary><div class="scroll">${diagramSvg(diagram, `p${i}`)}</div></details>`,
    );
  });
  out.push(...populationSection(report.population, plan.periodWindow ?? { start: 0, end: 0 }, lang));
  out.push(`</main><footer>${tr('html.generated', lang)}</footer>`);
  return `<!DOCTYPE html>\n<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(plan.title)}</title><style>${CSS}</style></head><body>${out.join('\n')}</body></html>\n`;
}
