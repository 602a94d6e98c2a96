// Completion results as report problems, in plain Vietnamese and English, with the path that shows each.
import type { LocalizedText } from '@tdkt/calendar';
import type { CompiledProcedure, ExploredEdge } from '@tdkt/compiler';
import { sayBoth } from '../messages/catalog.js';
import type { CheckProblem, ExtraCheck } from '../report/model.js';
import type { SourceSpan } from '../temporal/network.js';
import type { CompletionProblem, CompletionResult } from './analyse.js';

function dataText(data: Readonly<Record<string, unknown>> | undefined): string {
  if (data === undefined) return '';
  return ` [${Object.entries(data)
    .map(([k, v]) => `${k} = ${String(v)}`)
    .join(', ')}]`;
}

/**
 * One step of a path, as a designer reads it.
 *
 * @example
 * edgeText({ kind: 'action', event: { type: 'submit', actor: { role: 'cá_nhân' } }, step: 'tự_đánh_giá' }) // => { vi: 'tự_đánh_giá: cá_nhân nộp', … }
 */
export function edgeText(edge: ExploredEdge): LocalizedText {
  const step = edge.step ?? '?';
  switch (edge.kind) {
    case 'action':
      return sayBoth('completion.edge.action', {
        step,
        who: edge.event.actor?.role ?? '',
        action: edge.event.type,
        data: dataText(edge.event.data),
      });
    case 'deadline':
    case 'posting':
    case 'reminder':
    case 'unit':
      return sayBoth(`completion.edge.${edge.kind}`, { step });
  }
}

function spanOf(compiled: CompiledProcedure, step: string | null): SourceSpan | undefined {
  const source =
    step === null
      ? compiled.ir.source
      : (compiled.description.steps.find((s) => s.id === step)?.source ?? compiled.ir.source);
  return source
    ? { file: source.file, line: source.line, col: source.col, length: Math.max(1, source.end - source.start) }
    : undefined;
}

function problemOf(compiled: CompiledProcedure, problem: CompletionProblem): CheckProblem {
  const name = compiled.name;
  const step = problem.step ?? '';
  // One line per edge; the report numbers the lines, so the text carries no numbers of its own.
  const detail: LocalizedText[] = [];
  if (problem.dossier !== undefined) {
    const data = dataText(problem.dossier).trim();
    detail.push(sayBoth('completion.initial-dossier', { data }));
  }
  for (const edge of problem.path) detail.push(edgeText(edge));
  // The loop the dossier then goes round; its last line says which earlier line it returns to.
  const loop = problem.loop ?? [];
  const arrived = detail.length;
  loop.forEach((edge, i) => {
    const text = edgeText(edge);
    if (i < loop.length - 1) detail.push(text);
    else {
      const back =
        arrived === 0
          ? sayBoth('completion.loop-to-start', { step })
          : sayBoth('completion.loop-to-line', { step, line: arrived });
      detail.push({ vi: `${text.vi} → ${back.vi}`, en: `${text.en} → ${back.en}` });
    }
  });
  const span = spanOf(compiled, problem.step);
  const base = { ...(span ? { span } : {}), detail };
  switch (problem.kind) {
    case 'trap':
      return {
        code: 'completion.trap',
        severity: 'error',
        message: sayBoth('completion.trap', { procedure: name, step }),
        ...base,
      };
    case 'dead-step':
      return {
        code: 'completion.dead-step',
        severity: 'error',
        message: sayBoth('completion.dead-step', { procedure: name, step }),
        ...base,
      };
    case 'no-final':
      return {
        code: 'completion.no-final',
        severity: 'error',
        message: sayBoth('completion.no-final', { procedure: name }),
        ...base,
      };
  }
}

/**
 * The completion check of several procedures as one report section.
 *
 * @example
 * completionCheck([{ compiled, result: analyseCompletion(exploreProcedure(compiled)) }])
 */
export function completionCheck(
  results: readonly { compiled: CompiledProcedure; result: CompletionResult }[],
): ExtraCheck {
  const states = results.reduce((n, r) => n + r.result.states, 0);
  const transitions = results.reduce((n, r) => n + r.result.transitions, 0);
  const paths = results.reduce((n, r) => n + r.result.paths, 0);
  const capped = results.some((r) => r.result.pathsCapped) ? '+' : '';
  const problems = results.flatMap((r) => r.result.problems.map((p) => problemOf(r.compiled, p)));
  for (const r of results.filter((x) => x.result.truncated)) {
    problems.push({
      code: 'completion.truncated',
      severity: 'warning',
      message: sayBoth('completion.truncated', { procedure: r.compiled.name }),
    });
  }
  return {
    id: 'completion',
    title: sayBoth('check.completion'),
    problems,
    figures: sayBoth('check.completion.figures', {
      procedures: results.length,
      states,
      transitions,
      paths: `${paths}${capped}`,
    }),
  };
}
