// The worker: the language service and the simulate checks run here, so typing never waits for them.
import { allSpellings, timeSpellings } from '@tdkt/language';
import { createLanguageService, type LanguageService } from '@tdkt/language-service';
import { checkStatuses, collectProblems, proceduresOfPlan } from '@tdkt/simulator';
import { diagramSvg, ganttSvg, procedureDiagram } from '@tdkt/views';
import { bundledFiles } from './files.js';
import type { Analysis, Answer, Lang, Request, Views } from './protocol.js';

let files: Record<string, string> = { ...bundledFiles };
let lang: Lang = 'vi';
let file = 'workflows/untitled.tdkt';
let service: LanguageService = createLanguageService({ readFile: (p) => files[p], lang });

function analyse(): Analysis {
  const started = performance.now();
  const own = service.diagnostics(file);
  const result = service.simulate(file);
  const findings = result.diagnostics.get(file) ?? [];
  let views: Views | undefined;
  if (result.ran && result.compiled) {
    const snapshot = service.snapshot(file)!;
    const model = snapshot.analysis.model;
    const plan = model.plans.find((p) => p.file === file);
    const report = result.reports.find((r) => r.file === file);
    const compiled = result.compiled;
    const procedures = plan
      ? proceduresOfPlan(plan, compiled)
      : [...compiled.procedures.values()].filter((p) => p.ir.source?.file === file);
    views = {
      title: plan?.title ?? file,
      checks: report
        ? checkStatuses(report.input).map((c) => ({
            id: c.id,
            title: c.title[lang],
            status: c.status,
            errors: c.errors,
            warnings: c.warnings,
          }))
        : [],
      problems: report
        ? collectProblems(report.input, lang).map((p) => ({
            severity: p.severity,
            code: p.code,
            message: p.message,
            ...(p.span && p.span.file === file ? { line: p.span.line } : {}),
          }))
        : [],
      gantt: plan ? ganttSvg(plan, report?.input.temporal, lang) : '',
      diagrams: procedures.map((p, i) => {
        const procedureModel = model.procedures.find((m) => m.id === p.ir.name.split('@')[0]);
        return {
          name: p.name,
          title: p.ir.title || p.name,
          svg: diagramSvg(procedureDiagram(p.ir, lang, procedureModel), `p${i}`),
        };
      }),
    };
  }
  return { diagnostics: [...own, ...findings], views, ms: Math.round(performance.now() - started) };
}

function handle(request: Request): Extract<Answer, { result: unknown }>['result'] {
  switch (request.method) {
    case 'open':
      files = { ...bundledFiles, ...request.files };
      file = request.file;
      service = createLanguageService({ readFile: (p) => files[p], lang });
      service.open(file, request.text);
      return null;
    case 'change':
      service.change(file, request.text);
      return null;
    case 'lang':
      lang = request.lang;
      service.setLang(lang);
      return null;
    case 'analyse':
      return analyse();
    case 'hover':
      return service.hover(file, request.position);
    case 'complete':
      return service.complete(file, request.position, request.explicit);
    case 'format':
      return service.format(file);
    case 'words':
      return { keywords: allSpellings.map((s) => s.text), times: timeSpellings.map((s) => s.text) };
  }
}

self.onmessage = (event: MessageEvent<Request>) => {
  const request = event.data;
  let answer: Answer;
  try {
    answer = { id: request.id, result: handle(request) };
  } catch (error) {
    answer = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(answer);
};
