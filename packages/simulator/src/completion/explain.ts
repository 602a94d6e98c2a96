// Completion results as report problems, in plain Vietnamese and English, with the path that shows each.
import type { LocalizedText } from '@tdkt/calendar';
import type { CompiledProcedure, ExploredEdge } from '@tdkt/compiler';
import { actionLabel } from '@tdkt/language';
import type { CheckProblem, ExtraCheck } from '../report/model.js';
import type { SourceSpan } from '../temporal/network.js';
import type { CompletionProblem, CompletionResult } from './analyse.js';


function dataText(data: Readonly<Record<string, unknown>> | undefined): string {
  if (data === undefined) return '';
  return ` [${Object.entries(data).map(([k, v]) => `${k} = ${String(v)}`).join(', ')}]`;
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
    case 'action': {
      const who = edge.event.actor?.role ?? '';
      const data = dataText(edge.event.data);
      return { vi: `${step}: ${who} ${actionLabel(edge.event.type, 'vi')}${data}`, en: `${step}: ${who} ${actionLabel(edge.event.type, 'en')}s${data}` };
    }
    case 'deadline':
      return { vi: `${step}: quá hạn`, en: `${step}: the deadline passes` };
    case 'posting':
      return { vi: `${step}: hết thời gian công khai`, en: `${step}: the posting period ends` };
    case 'reminder':
      return { vi: `${step}: nhắc hạn`, en: `${step}: reminder` };
    case 'unit':
      return { vi: `${step}: các đơn vị cấp dưới nộp`, en: `${step}: the subordinate units submit` };
  }
}

function spanOf(compiled: CompiledProcedure, step: string | null): SourceSpan | undefined {
  const source = step === null ? compiled.ir.source : (compiled.description.steps.find((s) => s.id === step)?.source ?? compiled.ir.source);
  return source ? { file: source.file, line: source.line, col: source.col, length: Math.max(1, source.end - source.start) } : undefined;
}

function problemOf(compiled: CompiledProcedure, problem: CompletionProblem): CheckProblem {
  const name = compiled.name;
  const step = problem.step ?? '';
  // One line per edge; the report numbers the lines, so the text carries no numbers of its own.
  const detail: LocalizedText[] = [];
  if (problem.dossier !== undefined) {
    const data = dataText(problem.dossier).trim();
    detail.push({ vi: `hồ sơ ban đầu ${data}`, en: `initial dossier ${data}` });
  }
  for (const edge of problem.path) detail.push(edgeText(edge));
  // The loop the dossier then goes round; its last line says which earlier line it returns to.
  const loop = problem.loop ?? [];
  const arrived = detail.length;
  loop.forEach((edge, i) => {
    const text = edgeText(edge);
    if (i < loop.length - 1) detail.push(text);
    else if (arrived === 0) detail.push({ vi: `${text.vi} → quay lại bước ${step} lúc bắt đầu: vòng lặp không có lối ra`, en: `${text.en} → back to step ${step} as at the start: a loop with no way out` });
    else detail.push({ vi: `${text.vi} → quay lại bước ${step} như ở dòng ${arrived}: vòng lặp không có lối ra`, en: `${text.en} → back to step ${step} as on line ${arrived}: a loop with no way out` });
  });
  const span = spanOf(compiled, problem.step);
  const base = { ...(span ? { span } : {}), detail };
  switch (problem.kind) {
    case 'trap':
      return {
        code: 'completion.trap',
        severity: 'error',
        message: {
          vi: `Quy trình ${name} có thể kẹt ở bước ${step}: từ đó không còn đường nào đến kết thúc. Đường dẫn tới đó:`,
          en: `Procedure ${name} can get stuck at step ${step}: no way leads from there to an end. The path that gets there:`,
        },
        ...base,
      };
    case 'dead-step':
      return {
        code: 'completion.dead-step',
        severity: 'error',
        message: { vi: `Bước ${step} của quy trình ${name} không bao giờ được tới (không có chuyển tiếp nào dẫn vào).`, en: `Step ${step} of procedure ${name} is never reached (no transition leads to it).` },
        ...base,
      };
    case 'no-final':
      return {
        code: 'completion.no-final',
        severity: 'error',
        message: { vi: `Quy trình ${name} không bao giờ kết thúc: không có trạng thái kết thúc nào tới được.`, en: `Procedure ${name} never ends: no final state can be reached.` },
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
export function completionCheck(results: readonly { compiled: CompiledProcedure; result: CompletionResult }[]): ExtraCheck {
  const states = results.reduce((n, r) => n + r.result.states, 0);
  const transitions = results.reduce((n, r) => n + r.result.transitions, 0);
  const paths = results.reduce((n, r) => n + r.result.paths, 0);
  const capped = results.some((r) => r.result.pathsCapped) ? '+' : '';
  const problems = results.flatMap((r) => r.result.problems.map((p) => problemOf(r.compiled, p)));
  for (const r of results.filter((x) => x.result.truncated)) {
    problems.push({
      code: 'completion.truncated',
      severity: 'warning',
      message: { vi: `Quy trình ${r.compiled.name} có quá nhiều trạng thái để duyệt hết; kết quả chưa đầy đủ.`, en: `Procedure ${r.compiled.name} has too many states to explore fully; the result is incomplete.` },
    });
  }
  return {
    id: 'completion',
    title: { vi: 'Hoàn thành (mọi đường đều đến kết thúc)', en: 'Completion (every path reaches an end)' },
    problems,
    figures: {
      vi: `${results.length} quy trình, ${states} trạng thái, ${transitions} chuyển tiếp, ${paths}${capped} đường đi đã duyệt`,
      en: `${results.length} procedures, ${states} states, ${transitions} transitions, ${paths}${capped} paths explored`,
    },
  };
}
