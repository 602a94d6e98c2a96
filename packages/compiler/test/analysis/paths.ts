// Model-based testing helpers: simple paths of an explored graph, replayed on a fresh actor in real time.
import { type AnyActorRef, createActor } from 'xstate';
import type { ExploredEdge, ProcedureGraph } from '../../src/analysis/explore.js';
import type { CompiledProcedure } from '../../src/procedure/compile.js';
import type { ProcedureContext } from '../../src/procedure/context.js';
import { effectiveDeadline, stepsById } from '../../src/procedure/implementations.js';
import { deadlineInstant, postingEnd, reminderInstant } from '../../src/runtime-time.js';
import { timeRules } from '../time-rules.js';

export interface Path {
  readonly initial: string;
  readonly edges: readonly ExploredEdge[];
}

/** Every simple path (no state twice) from each initial state to a state with no way on, capped. */
export function simplePaths(graph: ProcedureGraph, cap = 5_000): Path[] {
  const out = new Map<string, ExploredEdge[]>();
  for (const edge of graph.edges) (out.get(edge.from) ?? out.set(edge.from, []).get(edge.from)!).push(edge);
  const paths: Path[] = [];
  for (const initial of graph.initials) {
    const walk = (key: string, edges: ExploredEdge[], seen: Set<string>): void => {
      if (paths.length >= cap) return;
      const next = (out.get(key) ?? []).filter((e) => !seen.has(e.to));
      if (next.length === 0) {
        paths.push({ initial, edges });
        return;
      }
      for (const edge of next) walk(edge.to, [...edges, edge], new Set(seen).add(edge.to));
    };
    walk(initial, [], new Set([initial]));
  }
  return paths;
}

/** A clock whose timers never fire by themselves: the replay delivers each delayed event explicitly. */
function manualClock(start: number) {
  let now = start;
  let id = 0;
  return {
    now: () => now,
    advanceTo: (t: number) => void (now = Math.max(now, t)),
    setTimeout: () => ++id,
    clearTimeout: () => undefined,
  };
}

function dueInstant(compiled: CompiledProcedure, edge: ExploredEdge, context: ProcedureContext, now: number): number {
  const step = edge.step === null ? undefined : stepsById(compiled.ir).get(edge.step);
  if (step === undefined) return now;
  const entered = context.enteredAt[step.id] ?? now;
  const deadline = effectiveDeadline(step);
  const deadlineAt = deadline === undefined ? now : deadlineInstant(deadline, entered, context.events, timeRules);
  if (edge.kind === 'deadline') return deadlineAt;
  if (edge.kind === 'posting' && step.posting) return postingEnd(entered, step.posting, timeRules);
  if (edge.kind === 'reminder') {
    const index = Number(edge.event.type.split(':')[2]?.split('.')[0] ?? 0);
    const before = step.reminders[index];
    return before ? reminderInstant(deadlineAt, before, timeRules) : now;
  }
  return now;
}

/** Replays a path on a fresh actor; returns the key of each state reached, to compare with the graph. */
export function replay(
  compiled: CompiledProcedure,
  graph: ProcedureGraph,
  path: Path,
  start: number,
  keyOf: (s: ReturnType<AnyActorRef['getSnapshot']>) => string,
): string[] {
  const clock = manualClock(start);
  const actor = createActor(compiled.machine({ clock, time: timeRules }), {
    clock,
    input: { dossier: graph.inputs.get(path.initial), subunits: ['đơn_vị_mẫu'] },
  });
  actor.start();
  const reached = [keyOf(actor.getSnapshot())];
  for (const edge of path.edges) {
    if (edge.kind !== 'action' && edge.kind !== 'unit')
      clock.advanceTo(dueInstant(compiled, edge, actor.getSnapshot().context as ProcedureContext, clock.now()));
    actor.send(edge.event as never);
    reached.push(keyOf(actor.getSnapshot()));
  }
  actor.stop();
  return reached;
}
