// Graphviz DOT text of a diagram: clusters for groups, dashed coloured edges for returns and timeouts.
import type { Diagram, DiagramNode } from './diagram-model.js';
import { EDGE_STYLE, NODE_FILL } from './diagram-style.js';

/** A DOT quoted string (backslashes and quotes escaped; lines joined with DOT's `\n`). */
const quote = (text: string): string =>
  `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;

function nodeLine(node: DiagramNode, id: string): string {
  const label = node.lines.map((l) => l.replace(/\\/g, '\\\\').replace(/"/g, '\\"')).join('\\n');
  const attrs = [`label="${label}"`, `fillcolor="${NODE_FILL[node.kind]}"`];
  if (node.kind === 'start') attrs.push('shape=circle', 'fontcolor="#ffffff"', 'width=0.3');
  if (node.kind === 'final') attrs.push('shape=doubleoctagon', 'style=filled', 'color="#059669"');
  if (node.kind === 'end') attrs.push('shape=box', 'style="rounded,filled,dashed"');
  if (node.kind === 'event') attrs.push('shape=hexagon', 'style=filled');
  return `${id} [${attrs.join(', ')}];`;
}

/**
 * Renders a diagram as a DOT digraph (`dot -Tsvg` draws it).
 *
 * @example
 * toDot(procedureDiagram(ir, 'vi')) // => 'digraph "…" {\n  graph [rankdir=TB, …'
 */
export function toDot(diagram: Diagram): string {
  const ids = new Map(diagram.nodes.map((n, i) => [n.id, `n${i}`]));
  const idOf = (id: string): string => ids.get(id) ?? 'n0';
  const out = [
    `digraph ${quote(diagram.title)} {`,
    `  graph [rankdir=TB, fontname="DejaVu Sans", label=${quote(diagram.title)}, labelloc=t, fontsize=14];`,
    '  node [shape=box, style="rounded,filled", fontname="DejaVu Sans", fontsize=10];',
    '  edge [fontname="DejaVu Sans", fontsize=9];',
  ];
  diagram.groups.forEach((group, i) => {
    const members = diagram.nodes.filter((n) => n.group === group.id);
    if (members.length === 0) return;
    out.push(`  subgraph cluster_${i} {`, `    label=${quote(group.label)}; style="rounded,dashed"; color="#94a3b8";`);
    for (const node of members) out.push(`    ${nodeLine(node, idOf(node.id))}`);
    out.push('  }');
  });
  for (const node of diagram.nodes)
    if (node.group === undefined || !diagram.groups.some((g) => g.id === node.group))
      out.push(`  ${nodeLine(node, idOf(node.id))}`);
  for (const edge of diagram.edges) {
    const style = EDGE_STYLE[edge.kind];
    const attrs = [`color="${style.color}"`, `fontcolor="${style.color}"`];
    if (edge.label) attrs.unshift(`label=${quote(edge.label)}`);
    if (style.dashed) attrs.push('style=dashed');
    if (style.bold) attrs.push('penwidth=2');
    if (edge.kind === 'return') attrs.push('constraint=false');
    out.push(`  ${idOf(edge.from)} -> ${idOf(edge.to)} [${attrs.join(', ')}];`);
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}
