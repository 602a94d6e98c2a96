// Indexes a network by node, finds precedence cycles (Tarjan SCC) and a topological order of the rest.
import type { Constraint, TemporalNetwork } from './network.js';

/** An ordering edge: precedence from→to, or a roll-up unit→parent. */
interface Edge {
  readonly from: number;
  readonly to: number;
  /** Index into `network.constraints`. */
  readonly constraint: number;
}

export interface IndexedNetwork {
  readonly network: TemporalNetwork;
  readonly index: ReadonlyMap<string, number>;
  readonly lower: readonly number[][];
  readonly upper: readonly number[][];
  readonly rollupsInto: readonly number[][];
  readonly outEdges: readonly Edge[][];
  readonly inEdges: readonly Edge[][];
  /** Constraints naming nodes that do not exist: (constraint index, missing id). */
  readonly unknown: readonly { constraint: number; node: string }[];
  /** Strongly connected components with a cycle (each a list of node indices). */
  readonly cycles: readonly number[][];
  /** Topological order over edges that are not inside a cycle. */
  readonly order: readonly number[];
  /** Whether an edge lies inside a cycle (ignored by the passes, reported instead). */
  readonly inCycle: (edge: Edge) => boolean;
}

/**
 * Indexes `network` for the passes.
 *
 * @example
 * indexNetwork(net).order // node indices, every predecessor before its successors
 */
export function indexNetwork(network: TemporalNetwork): IndexedNetwork {
  const index = new Map<string, number>();
  network.nodes.forEach((node, i) => {
    if (!index.has(node.id)) index.set(node.id, i);
  });
  const n = network.nodes.length;
  const make = <T>(): T[][] => Array.from({ length: n }, () => [] as T[]);
  const lower = make<number>();
  const upper = make<number>();
  const rollupsInto = make<number>();
  const outEdges = make<Edge>();
  const inEdges = make<Edge>();
  const unknown: { constraint: number; node: string }[] = [];
  const at = (c: number, id: string): number | undefined => {
    const i = index.get(id);
    if (i === undefined) unknown.push({ constraint: c, node: id });
    return i;
  };
  const addEdge = (from: number, to: number, constraint: number): void => {
    const edge = { from, to, constraint };
    outEdges[from]?.push(edge);
    inEdges[to]?.push(edge);
  };
  network.constraints.forEach((c: Constraint, ci) => {
    switch (c.kind) {
      case 'not-before':
      case 'not-after': {
        const i = at(ci, c.node);
        if (i !== undefined) (c.kind === 'not-before' ? lower : upper)[i]?.push(ci);
        break;
      }
      case 'precedence': {
        const from = at(ci, c.from);
        const to = at(ci, c.to);
        if (from !== undefined && to !== undefined) addEdge(from, to, ci);
        break;
      }
      case 'rollup': {
        const parent = at(ci, c.parent);
        if (parent === undefined) break;
        rollupsInto[parent]?.push(ci);
        for (const unit of c.units) {
          const u = at(ci, unit);
          if (u !== undefined) addEdge(u, parent, ci);
        }
        break;
      }
    }
  });
  const component = stronglyConnected(n, outEdges);
  const sizes = new Map<number, number>();
  for (const comp of component) sizes.set(comp, (sizes.get(comp) ?? 0) + 1);
  const inCycle = (edge: Edge): boolean =>
    component[edge.from] === component[edge.to] &&
    (edge.from === edge.to || (sizes.get(component[edge.from] ?? -1) ?? 0) > 1);
  const cyclic = new Map<number, number[]>();
  for (let v = 0; v < n; v++) {
    const selfLoop = (outEdges[v] ?? []).some((e) => e.to === v);
    const comp = component[v] as number;
    if ((sizes.get(comp) ?? 0) > 1 || selfLoop) {
      const list = cyclic.get(comp) ?? [];
      list.push(v);
      cyclic.set(comp, list);
    }
  }
  return {
    network,
    index,
    lower,
    upper,
    rollupsInto,
    outEdges,
    inEdges,
    unknown,
    cycles: [...cyclic.values()],
    order: topologicalOrder(n, outEdges, inCycle),
    inCycle,
  };
}

function topologicalOrder(n: number, outEdges: readonly Edge[][], skip: (e: Edge) => boolean): number[] {
  const indegree = new Array<number>(n).fill(0);
  for (const edges of outEdges) for (const e of edges) if (!skip(e)) indegree[e.to] = (indegree[e.to] ?? 0) + 1;
  const queue: number[] = [];
  for (let v = 0; v < n; v++) if (indegree[v] === 0) queue.push(v);
  const order: number[] = [];
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head] as number;
    order.push(v);
    for (const e of outEdges[v] ?? []) {
      if (skip(e)) continue;
      const left = (indegree[e.to] as number) - 1;
      indegree[e.to] = left;
      if (left === 0) queue.push(e.to);
    }
  }
  return order;
}

/** Iterative Tarjan: the component number of every node. */
function stronglyConnected(n: number, outEdges: readonly Edge[][]): number[] {
  const idx = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const comp = new Array<number>(n).fill(-1);
  const stack: number[] = [];
  let counter = 0;
  let comps = 0;
  for (let root = 0; root < n; root++) {
    if (idx[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    while (work.length > 0) {
      const frame = work[work.length - 1] as [number, number];
      const [v, ei] = frame;
      if (ei === 0 && idx[v] === -1) {
        idx[v] = low[v] = counter++;
        stack.push(v);
        onStack[v] = true;
      }
      const edges = outEdges[v] ?? [];
      if (ei < edges.length) {
        frame[1] = ei + 1;
        const w = (edges[ei] as Edge).to;
        if (idx[w] === -1) work.push([w, 0]);
        else if (onStack[w]) low[v] = Math.min(low[v] as number, idx[w] as number);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]] as number, low[v] as number);
      if (low[v] === idx[v]) {
        for (;;) {
          const w = stack.pop() as number;
          onStack[w] = false;
          comp[w] = comps;
          if (w === v) break;
        }
        comps++;
      }
    }
  }
  return comp;
}
