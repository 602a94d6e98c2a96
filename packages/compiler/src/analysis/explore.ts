// Exhaustive exploration of a compiled procedure's machine (xstate/graph), as a plain state graph.

import { fixedClock } from '@tdkt/calendar';
import type { AnyMachineSnapshot, AnyStateMachine, StateValue } from 'xstate';
import { getAdjacencyMap } from 'xstate/graph';
import type { Dossier } from '../expr.js';
import type { CompiledProcedure } from '../procedure/compile.js';
import type { ProcedureContext } from '../procedure/context.js';
import { hostEvent } from '../procedure/names.js';
import type { TimeRules } from '../runtime-time.js';
import { witnessDossiers } from './witness.js';

export type EdgeKind = 'action' | 'deadline' | 'posting' | 'reminder' | 'unit';

export interface AnalysisEvent {
  readonly type: string;
  readonly actor?: { readonly id: string; readonly role: string; readonly unit: string };
  readonly data?: Dossier;
  readonly unit?: string;
}

export interface ExploredState {
  readonly key: string;
  readonly value: StateValue;
  /** Ids of the steps active in this state (several inside parallel branches). */
  readonly steps: readonly string[];
  readonly final: boolean;
  readonly outcome: string | null;
}

export interface ExploredEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
  readonly event: AnalysisEvent;
  /** The step whose transition this is, when known. */
  readonly step: string | null;
}

export interface ProcedureGraph {
  readonly procedure: string;
  readonly initials: readonly string[];
  /** The dossier each initial state was explored with. */
  readonly inputs: ReadonlyMap<string, Dossier>;
  readonly states: ReadonlyMap<string, ExploredState>;
  readonly edges: readonly ExploredEdge[];
  /** Steps that exist in the machine, for dead-step detection. */
  readonly declaredSteps: readonly string[];
  /**
   * Steps a dossier only passes through (every way out is a condition checked on entry): no state rests
   * in them, so they count as reached when the start or a reached step leads to them.
   */
  readonly routingSteps: readonly string[];
  /** Where each step's actions, conditions, timeouts and escalation lead (step and final ids). */
  readonly stepTargets: ReadonlyMap<string, readonly string[]>;
  /** The step the procedure starts with. */
  readonly initialStep: string | null;
  readonly truncated: boolean;
}

/** Neutral rules: in analysis mode deadlines only need to be computable, not exact. */
const analysisTime: TimeRules = {
  periodLastDay: (from, d) => from + d.amount,
  periodFirstDay: (day, d) => day - d.amount,
};
const ANALYSIS_UNIT = 'đơn_vị_mẫu';

interface StateNodeLike {
  readonly id: string;
  readonly meta?: { readonly tdkt?: { readonly kind?: string; readonly step?: string } };
  readonly config: { readonly on?: Record<string, unknown>; readonly after?: Record<string, unknown> };
}

function nodesOf(snapshot: AnyMachineSnapshot): readonly StateNodeLike[] {
  // `_nodes` is XState's list of active state nodes; xstate/graph relies on it the same way.
  return (snapshot as unknown as { _nodes: StateNodeLike[] })._nodes;
}

function stepOf(node: StateNodeLike, nodes: readonly StateNodeLike[]): string | null {
  const own = node.meta?.tdkt?.step;
  if (own !== undefined) return own;
  const parent = nodes.filter((n) => node.id.startsWith(`${n.id}.`) || node.id.includes(`.${n.id}.`)).pop();
  return parent?.meta?.tdkt?.step ?? null;
}

function stepOfEvent(snapshot: AnyMachineSnapshot, event: AnalysisEvent): string | null {
  const nodes = nodesOf(snapshot);
  const handler = event.type.startsWith('xstate.after.')
    ? nodes.find((n) => event.type.endsWith(`.${n.id}`))
    : [...nodes].reverse().find((n) => n.config.on?.[event.type] !== undefined);
  return handler === undefined ? null : stepOf(handler, nodes);
}

function eventsFor(snapshot: AnyMachineSnapshot, dossiers: readonly Dossier[]): AnalysisEvent[] {
  const events: AnalysisEvent[] = [];
  for (const node of nodesOf(snapshot)) {
    for (const delay of Object.keys(node.config.after ?? {})) events.push({ type: `xstate.after.${delay}.${node.id}` });
    for (const [type, transitions] of Object.entries(node.config.on ?? {})) {
      if (type === hostEvent.unitSubmitted) {
        events.push({ type, unit: ANALYSIS_UNIT });
        continue;
      }
      if (type.startsWith('tdkt.') || type.includes('*')) continue;
      const list = (Array.isArray(transitions) ? transitions : [transitions]) as {
        guard?: { params?: { roles?: readonly string[] | null; expr?: unknown } };
      }[];
      for (const transition of list) {
        const role = transition.guard?.params?.roles?.[0] ?? 'bất_kỳ';
        const actor = { id: 'người_thử', role, unit: ANALYSIS_UNIT };
        events.push({ type, actor });
        if (transition.guard?.params?.expr !== undefined)
          for (const data of dossiers) events.push({ type, actor, data });
      }
    }
  }
  return events;
}

function kindOf(type: string): EdgeKind {
  if (type.startsWith('xstate.after.deadline:')) return 'deadline';
  if (type.startsWith('xstate.after.posting:')) return 'posting';
  if (type.startsWith('xstate.after.reminder:')) return 'reminder';
  if (type === hostEvent.unitSubmitted) return 'unit';
  return 'action';
}

/** States differ by where the machine is and what the dossier holds; timestamps do not matter here. */
function keyOf(snapshot: AnyMachineSnapshot): string {
  const context = snapshot.context as ProcedureContext;
  const units = Object.values(context.units).reduce((n, list) => n + list.length, 0);
  return JSON.stringify([snapshot.value, context.dossier, units]);
}

function describeState(snapshot: AnyMachineSnapshot, key: string): ExploredState {
  const nodes = nodesOf(snapshot);
  const steps = nodes.flatMap((n) =>
    n.meta?.tdkt?.kind === 'step' || n.meta?.tdkt?.kind === 'escalated-step' ? [n.meta.tdkt.step ?? n.id] : [],
  );
  const output = snapshot.output as { outcome?: string | null } | undefined;
  return {
    key,
    value: snapshot.value,
    steps: [...new Set(steps)],
    final: snapshot.status === 'done',
    outcome: output?.outcome ?? null,
  };
}

/**
 * Explores every state a procedure can reach, for every witness dossier, taking every action by its
 * role, every deadline, posting end and reminder, and fan-out submissions.
 *
 * @example
 * const graph = exploreProcedure(compileProcedure(ir));
 * graph.states.size // number of distinct reachable states
 */
export function exploreProcedure(compiled: CompiledProcedure, options: { limit?: number } = {}): ProcedureGraph {
  const machine: AnyStateMachine = compiled.machine({ clock: fixedClock(0), time: analysisTime, analysis: true });
  const dossiers = witnessDossiers(compiled.ir);
  const states = new Map<string, ExploredState>();
  const edges = new Map<string, ExploredEdge>();
  const initials: string[] = [];
  const inputs = new Map<string, Dossier>();
  let truncated = false;
  for (const dossier of dossiers) {
    let adjacency: ReturnType<typeof getAdjacencyMap<AnyMachineSnapshot, AnalysisEvent & { type: string }, unknown>>;
    try {
      adjacency = getAdjacencyMap(machine as never, {
        input: { dossier, subunits: [ANALYSIS_UNIT] },
        serializeState: ((s: AnyMachineSnapshot) => keyOf(s)) as never,
        events: ((s: AnyMachineSnapshot) => eventsFor(s, dossiers)) as never,
        limit: options.limit ?? 50_000,
      }) as never;
    } catch {
      truncated = true;
      continue;
    }
    let first = true;
    for (const [key, entry] of Object.entries(adjacency)) {
      const snapshot = entry.state as AnyMachineSnapshot;
      if (first) {
        initials.push(key);
        if (!inputs.has(key)) inputs.set(key, dossier);
      }
      first = false;
      if (!states.has(key)) states.set(key, describeState(snapshot, key));
      const transitions = Object.values(
        entry.transitions as Record<string, { event: AnalysisEvent; state: AnyMachineSnapshot }>,
      );
      for (const { event, state } of transitions) {
        const to = keyOf(state);
        if (to === key && kindOf(event.type) !== 'action') continue; // re-armed timers and reminders
        const step = stepOfEvent(snapshot, event);
        edges.set(`${key}|${JSON.stringify(event)}`, { from: key, to, kind: kindOf(event.type), event, step });
      }
    }
  }
  const steps = compiled.description.steps;
  const declaredSteps = steps.map((s) => s.id);
  const routingSteps = steps
    .filter(
      (s) =>
        s.routes.length > 0 &&
        s.actions.length === 0 &&
        s.timeouts.length === 0 &&
        s.escalation === null &&
        s.fanOut === null,
    )
    .map((s) => s.id);
  const stepTargets = new Map(
    steps.map((s) => [
      s.id,
      [
        ...s.actions.map((a) => a.target),
        ...s.routes,
        ...s.timeouts,
        ...(s.escalation?.target ? [s.escalation.target] : []),
        ...(s.fanOut ? [s.fanOut.next] : []),
      ],
    ]),
  );
  return {
    procedure: compiled.name,
    initials: [...new Set(initials)],
    inputs,
    states,
    edges: [...edges.values()],
    declaredSteps,
    routingSteps,
    stepTargets,
    initialStep: compiled.ir.initial ?? null,
    truncated,
  };
}
