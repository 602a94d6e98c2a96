// Steps an XState machine purely, through XState's public API only: one reused actor scope, snapshots in
// and out, actions never executed; active state nodes found from the snapshot's value.
import {
  type AnyActorScope,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type AnyStateNode,
  createActor,
  type EventObject,
  type StateValue,
} from 'xstate';

/**
 * Runs one machine as a pure function of (snapshot, event). `machine.transition` with one reused scope
 * (XState's public `ActorScope` interface) is ≈ 10× faster than xstate's free `transition()`, which builds
 * a throw-away actor per call; a contract test checks both agree. Actions are collected, not executed:
 * side effects belong to the engine (durable timers, audit).
 *
 * @example
 * const runner = new MachineRunner(machine);
 * const next = runner.transition(runner.initial({ dossier: {} }), { type: 'nộp' });
 */
export class MachineRunner {
  private readonly scope: AnyActorScope;

  constructor(readonly machine: AnyStateMachine) {
    const self = createActor(machine);
    this.scope = {
      self,
      id: '',
      sessionId: '',
      logger: () => {},
      defer: () => {},
      emit: () => {},
      system: self.system,
      stopChild: () => {},
      actionExecutor: () => {},
    } satisfies AnyActorScope;
  }

  /** The initial snapshot for `input` (entry actions and eventless transitions applied). */
  initial(input: unknown): AnyMachineSnapshot {
    return this.machine.getInitialSnapshot(this.scope, input) as AnyMachineSnapshot;
  }

  /** The next snapshot; the same object when no transition was enabled. */
  transition(snapshot: AnyMachineSnapshot, event: EventObject): AnyMachineSnapshot {
    return this.machine.transition(snapshot, event, this.scope) as AnyMachineSnapshot;
  }

  /** JSON-safe form for the store. */
  persist(snapshot: AnyMachineSnapshot): unknown {
    return this.machine.getPersistedSnapshot(snapshot);
  }

  /** A snapshot back from its stored form. */
  restore(persisted: unknown): AnyMachineSnapshot {
    return this.machine.restoreSnapshot(persisted as never, this.scope) as AnyMachineSnapshot;
  }

  /** The active state nodes of a snapshot, root first (document order of its value). */
  nodes(snapshot: AnyMachineSnapshot): AnyStateNode[] {
    return activeNodes(this.machine, snapshot.value);
  }
}

/**
 * The active state nodes of a state value, root first: read from the machine's public node tree
 * (`machine.root`, `StateNode.states`), never from XState's private fields.
 *
 * @example
 * activeNodes(machine, { hội_đồng: 'posting' }).map((n) => n.id) // => ['xét_cuối_năm', 'hội_đồng', 'xét_cuối_năm.hội_đồng.posting']
 */
export function activeNodes(machine: AnyStateMachine, value: StateValue): AnyStateNode[] {
  const found: AnyStateNode[] = [machine.root];
  const walk = (node: AnyStateNode, inner: StateValue): void => {
    if (typeof inner === 'string') {
      const child = node.states[inner];
      if (child !== undefined) found.push(child);
      return;
    }
    for (const [key, deeper] of Object.entries(inner)) {
      const child = node.states[key];
      if (child === undefined) continue;
      found.push(child);
      if (deeper !== undefined) walk(child, deeper as StateValue);
    }
  };
  walk(machine.root, value);
  return found;
}

/**
 * Ids of the active state nodes, root first (document order).
 *
 * @example
 * activeNodeIds(machine, snapshot) // => ['xét_cuối_năm', 'hội_đồng', 'xét_cuối_năm.hội_đồng.posting']
 */
export function activeNodeIds(machine: AnyStateMachine, snapshot: AnyMachineSnapshot): string[] {
  return activeNodes(machine, snapshot.value).map((node) => node.id);
}

/** The event types a node has transitions for itself (XState's public `StateNode.ownEvents`). */
function ownEvents(node: AnyStateNode): readonly string[] {
  return node.ownEvents as readonly string[];
}

/**
 * The events an active node (or, given `under`, a node inside that state) handles itself.
 *
 * @example
 * availableEvents(machine, snapshot) // => ['nộp']
 */
export function availableEvents(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, under?: string): string[] {
  const found = new Set<string>();
  for (const node of activeNodes(machine, snapshot.value)) {
    if (under !== undefined && !isWithin(node, under)) continue;
    for (const type of ownEvents(node)) found.add(type);
  }
  return [...found];
}

/**
 * The steps (state ids with metadata) enclosing the active nodes that handle `action`.
 *
 * @example
 * stepsHandling(machine, snapshot, 'duyệt', definition.steps) // => ['tổ_xét']
 */
export function stepsHandling(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  action: string,
  steps: Readonly<Record<string, unknown>>,
): string[] {
  const found: string[] = [];
  for (const node of activeNodes(machine, snapshot.value)) {
    if (!ownEvents(node).includes(action)) continue;
    const step = enclosing(node, steps);
    if (step !== undefined && !found.includes(step)) found.push(step);
  }
  return found;
}

/**
 * The nearest ancestor-or-self of `node` whose id is in `ids`.
 *
 * @example
 * enclosing(postingNode, definition.steps) // => 'hội_đồng'
 */
function enclosing(node: AnyStateNode | undefined, ids: Readonly<Record<string, unknown>>): string | undefined {
  let current: AnyStateNode | undefined = node;
  while (current !== undefined) {
    if (Object.hasOwn(ids, current.id)) return current.id;
    current = current.parent;
  }
  return undefined;
}

function isWithin(node: AnyStateNode, id: string): boolean {
  return enclosing(node, { [id]: true }) !== undefined;
}

/**
 * A state value as a short string: `tổ_xét`, `hội_đồng.posting`, parallel regions joined by `|`.
 *
 * @example
 * stateString({ hội_đồng: 'posting' }) // => 'hội_đồng.posting'
 */
export function stateString(value: StateValue): string {
  if (typeof value === 'string') return value;
  const parts = Object.entries(value).map(([key, inner]) => {
    if (inner === undefined) return key;
    const rest = stateString(inner as StateValue);
    return rest === '' ? key : `${key}.${rest}`;
  });
  return parts.length === 1 ? (parts[0] as string) : `(${parts.join('|')})`;
}
