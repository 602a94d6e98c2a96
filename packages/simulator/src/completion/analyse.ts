// Completion over an explored procedure graph: traps, dead steps, and a concrete path to each problem.
import type { ExploredEdge, ProcedureGraph } from '@tdkt/compiler';

export interface CompletionProblem {
  readonly kind: 'trap' | 'dead-step' | 'no-final';
  /** The step the problem is about (for a trap: a step active in the trapped state). */
  readonly step: string | null;
  /** The actions and timeouts that lead from the start to the problem (empty for a dead step). */
  readonly path: readonly ExploredEdge[];
  /**
   * For a trap that goes round in circles (a `trả lại` back to a step that cannot get out either): the
   * edges of one loop from the trap's state back to a state on it; its last edge returns to `loopBack`.
   */
  readonly loop?: readonly ExploredEdge[];
  /** The dossier the path starts with, when the problem depends on it. */
  readonly dossier?: Readonly<Record<string, unknown>>;
}

export interface CompletionResult {
  readonly procedure: string;
  readonly states: number;
  readonly transitions: number;
  /** Acyclic paths from the start to an end, counted up to `pathCap`. */
  readonly paths: number;
  readonly pathsCapped: boolean;
  readonly truncated: boolean;
  readonly problems: readonly CompletionProblem[];
}

function adjacency(edges: readonly ExploredEdge[], reverse: boolean): Map<string, ExploredEdge[]> {
  const map = new Map<string, ExploredEdge[]>();
  for (const edge of edges) {
    const key = reverse ? edge.to : edge.from;
    const list = map.get(key);
    if (list) list.push(edge);
    else map.set(key, [edge]);
  }
  return map;
}

/** Breadth-first parents from the initial states: the shortest path to every state. */
function shortestPaths(graph: ProcedureGraph, out: Map<string, ExploredEdge[]>): Map<string, ExploredEdge | null> {
  const parent = new Map<string, ExploredEdge | null>();
  const queue: string[] = [];
  for (const initial of graph.initials) {
    parent.set(initial, null);
    queue.push(initial);
  }
  for (let i = 0; i < queue.length; i++) {
    for (const edge of out.get(queue[i] as string) ?? []) {
      if (parent.has(edge.to)) continue;
      parent.set(edge.to, edge);
      queue.push(edge.to);
    }
  }
  return parent;
}

function pathTo(key: string, parent: Map<string, ExploredEdge | null>): ExploredEdge[] {
  const path: ExploredEdge[] = [];
  for (let edge = parent.get(key); edge; edge = parent.get(edge.from)) path.unshift(edge);
  return path;
}

/**
 * The shortest loop that leaves `start` and comes back to it through trapped states only, or nothing
 * when the trap is a dead end (no way out at all).
 */
function loopFrom(start: string, out: Map<string, ExploredEdge[]>, finishing: ReadonlySet<string>): ExploredEdge[] {
  const prev = new Map<string, ExploredEdge>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    for (const edge of out.get(queue[i] as string) ?? []) {
      if (finishing.has(edge.to)) continue;
      if (edge.to === start) {
        const loop = [edge];
        for (let e = prev.get(edge.from); e; e = prev.get(e.from)) loop.unshift(e);
        return loop;
      }
      if (prev.has(edge.to)) continue;
      prev.set(edge.to, edge);
      queue.push(edge.to);
    }
  }
  return [];
}

/** Counts acyclic start-to-end paths by an explicit-stack search, stopping at `cap` paths or visits. */
function countPaths(
  graph: ProcedureGraph,
  out: Map<string, ExploredEdge[]>,
  cap: number,
): { count: number; capped: boolean } {
  let count = 0;
  let visits = 0;
  for (const initial of graph.initials) {
    const onPath = new Set<string>([initial]);
    const stack: { key: string; next: number }[] = [{ key: initial, next: 0 }];
    while (stack.length > 0 && count < cap && visits < cap * 10) {
      const top = stack[stack.length - 1] as { key: string; next: number };
      const edges = (out.get(top.key) ?? []).filter((e) => !onPath.has(e.to));
      if (top.next === 0 && (graph.states.get(top.key)?.final === true || edges.length === 0)) {
        count++;
        onPath.delete(top.key);
        stack.pop();
        continue;
      }
      const edge = edges[top.next++];
      if (edge === undefined) {
        onPath.delete(top.key);
        stack.pop();
        continue;
      }
      visits++;
      onPath.add(edge.to);
      stack.push({ key: edge.to, next: 0 });
    }
  }
  return { count, capped: count >= cap || visits >= cap * 10 };
}

/**
 * Checks that from every reachable state an end is reachable, that every step can be reached, and that
 * the procedure has an end at all. Loops (`trả lại`) are fine when a way out exists.
 *
 * @example
 * analyseCompletion(exploreProcedure(compiled)).problems // => [] for a sound procedure
 */
export function analyseCompletion(graph: ProcedureGraph, pathCap = 100_000): CompletionResult {
  const out = adjacency(graph.edges, false);
  const into = adjacency(graph.edges, true);
  const finishing = new Set<string>();
  const queue = [...graph.states.values()].filter((s) => s.final).map((s) => s.key);
  for (const key of queue) finishing.add(key);
  for (let i = 0; i < queue.length; i++) {
    for (const edge of into.get(queue[i] as string) ?? []) {
      if (finishing.has(edge.from)) continue;
      finishing.add(edge.from);
      queue.push(edge.from);
    }
  }
  const parent = shortestPaths(graph, out);
  const problems: CompletionProblem[] = [];
  if (![...graph.states.values()].some((s) => s.final)) problems.push({ kind: 'no-final', step: null, path: [] });
  else {
    // One report per trapped step, with the shortest path into it.
    const reported = new Set<string>();
    const trapped = [...graph.states.values()]
      .filter((s) => !finishing.has(s.key))
      .sort((a, b) => pathTo(a.key, parent).length - pathTo(b.key, parent).length);
    for (const state of trapped) {
      const step = state.steps[0] ?? null;
      if (reported.has(step ?? state.key)) continue;
      reported.add(step ?? state.key);
      const path = pathTo(state.key, parent);
      const dossier = graph.inputs.get(path[0]?.from ?? state.key);
      const loop = loopFrom(state.key, out, finishing);
      problems.push({
        kind: 'trap',
        step,
        path,
        ...(loop.length > 0 ? { loop } : {}),
        ...(dossier && Object.keys(dossier).length > 0 ? { dossier } : {}),
      });
    }
  }
  const reached = new Set([...graph.states.values()].flatMap((s) => s.steps));
  // A step every way out of which is a condition is passed through, never rested in: it is reached when
  // the procedure starts with it or a reached step leads to it.
  for (let grew = true; grew; ) {
    grew = false;
    for (const step of graph.routingSteps) {
      if (reached.has(step)) continue;
      if (step === graph.initialStep || [...reached].some((r) => graph.stepTargets.get(r)?.includes(step))) {
        reached.add(step);
        grew = true;
      }
    }
  }
  for (const step of graph.declaredSteps) if (!reached.has(step)) problems.push({ kind: 'dead-step', step, path: [] });
  const { count, capped } = countPaths(graph, out, pathCap);
  return {
    procedure: graph.procedure,
    states: graph.states.size,
    transitions: graph.edges.length,
    paths: count,
    pathsCapped: capped,
    truncated: graph.truncated,
    problems,
  };
}
