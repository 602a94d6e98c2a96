// Graph checks of a procedure: unreachable steps, steps with no way out, branches that never finish.
import type { Diagnostic } from '@tdkt/calendar';
import type { Procedure } from '../ast/index.js';
import { ownStepAnchor } from '../model/anchor.js';
import type { ModelTarget, ProcedureModel } from '../model/types.js';

/**
 * Reports steps no path reaches from the initial step, steps without any transition, branches without
 * `xong`, and steps from which no final state can be reached (a warning: the simulator proves the rest).
 *
 * @example
 * checkGraph(model, ast, diagnostics)
 */
export function checkGraph(model: ProcedureModel, ast: Procedure, sink: Diagnostic[]): void {
  void ast;
  const edges = new Map<string, Set<string>>();
  const add = (from: string, to: string): void => {
    const set = edges.get(from) ?? new Set<string>();
    set.add(to);
    edges.set(from, set);
  };
  const joinOf = new Map(model.parallels.map((p) => [p.id, p.join?.target]));
  const node = (t: ModelTarget, parallel: string | undefined): string | undefined => {
    if (t.kind === 'done') {
      const j = parallel ? joinOf.get(parallel) : undefined;
      return j ? node(j, undefined) : parallel ? `#done:${parallel}` : undefined;
    }
    return t.kind === 'unresolved' ? undefined : t.id;
  };
  for (const p of model.parallels) {
    for (const br of p.branches) if (br.initial) add(p.id, br.initial);
  }
  for (const s of model.steps) {
    const outs = [...s.transitions.map((t) => t.target), ...s.escalations.flatMap((e) => (e.target ? [e.target] : []))];
    for (const t of outs) {
      const n = node(t, s.parallel);
      if (n) add(s.id, n);
    }
    if (s.transitions.length === 0 && s.escalations.every((e) => e.target === undefined)) {
      sink.push({ code: 'validate.no-way-out', severity: 'error', span: span(s.source), data: { step: s.id } });
    }
  }
  for (const p of model.parallels) {
    for (const br of p.branches) {
      const done = model.steps.some(
        (s) => s.branch === br.id && s.parallel === p.id && s.transitions.some((t) => t.target.kind === 'done'),
      );
      if (!done)
        sink.push({
          code: 'validate.branch-no-done',
          severity: 'error',
          span: span(br.source),
          data: { branch: br.id },
        });
    }
  }
  if (model.initial === undefined) return;
  const seen = new Set<string>([model.initial]);
  const queue = [model.initial];
  while (queue.length > 0) {
    for (const n of edges.get(queue.pop()!) ?? []) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  for (const s of model.steps) {
    if (!seen.has(s.id))
      sink.push({ code: 'validate.unreachable-step', severity: 'error', span: span(s.source), data: { step: s.id } });
  }
  checkDeadlineAnchors(model, edges, sink);
  // Backwards from the finals: a reachable step that cannot finish is a trap.
  const reverse = new Map<string, string[]>();
  for (const [from, tos] of edges) for (const to of tos) reverse.set(to, [...(reverse.get(to) ?? []), from]);
  const finishing = new Set(model.finals.map((f) => f.id));
  const back = [...finishing];
  while (back.length > 0) {
    for (const n of reverse.get(back.pop()!) ?? []) {
      if (!finishing.has(n)) {
        finishing.add(n);
        back.push(n);
      }
    }
  }
  for (const s of model.finals.length === 0 ? [] : model.steps) {
    if (seen.has(s.id) && !finishing.has(s.id) && s.transitions.length > 0 && s.parallel === undefined) {
      sink.push({
        code: 'validate.no-final-reachable',
        severity: 'warning',
        span: span(s.source),
        data: { step: s.id },
      });
    }
  }
}

function span(source: { start: number; end: number }): { start: number; end: number } {
  return { start: source.start, end: source.end };
}

/**
 * A deadline counted from one of the procedure's own steps (`trong 90 ngày kể từ quyết_định`) on a step that
 * a path reaches without passing that step: there it counts from the day the dossier reaches the step
 * (grammar.md §5.3). Said as information, with the steps such paths come from.
 */
function checkDeadlineAnchors(
  model: ProcedureModel,
  edges: ReadonlyMap<string, ReadonlySet<string>>,
  sink: Diagnostic[],
): void {
  if (model.initial === undefined) return;
  for (const step of model.steps) {
    const anchor = ownStepAnchor(
      step.deadline?.time,
      model.steps.map((s) => s.id),
    );
    if (anchor === undefined || anchor === step.id) continue;
    // Which steps reach this one without going through the anchor.
    const seen = new Set<string>([model.initial]);
    const queue = model.initial === anchor ? [] : [model.initial];
    const from = new Set<string>();
    while (queue.length > 0) {
      const at = queue.pop() as string;
      for (const n of edges.get(at) ?? []) {
        if (n === step.id) from.add(at);
        if (n === anchor || seen.has(n)) continue;
        seen.add(n);
        queue.push(n);
      }
    }
    if (from.size === 0) continue;
    sink.push({
      code: 'validate.deadline-anchor-skipped',
      severity: 'info',
      span: span(step.source),
      data: { step: step.id, anchor, from: [...from].sort().join(', ') },
    });
  }
}
