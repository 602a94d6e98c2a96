// Mermaid flowchart text of a diagram (renders in GitHub, GitLab and most wikis).
import type { Diagram, DiagramNode } from './diagram-model.js';
import { EDGE_STYLE } from './diagram-style.js';

/** Mermaid's entity codes for the characters that would end a label. */
const escapeLabel = (text: string): string =>
  text.replace(/"/g, '#quot;').replace(/\|/g, '#124;').replace(/</g, '#lt;').replace(/>/g, '#gt;');

function shape(node: DiagramNode, id: string): string {
  const label = node.lines.map(escapeLabel).join('<br/>');
  switch (node.kind) {
    case 'start':
      return `${id}(("${label}"))`;
    case 'final':
    case 'end':
      return `${id}(["${label}"])`;
    case 'event':
      return `${id}{{"${label}"}}`;
    default:
      return `${id}["${label}"]`;
  }
}

/**
 * Renders a diagram as a Mermaid flowchart: groups as subgraphs, returns and timeouts as dotted edges
 * in their own colours (linkStyle), finals as stadiums.
 *
 * @example
 * toMermaid(procedureDiagram(ir, 'vi')) // => 'flowchart TD\n  n0(("bắt đầu"))\n…'
 */
export function toMermaid(diagram: Diagram): string {
  const ids = new Map(diagram.nodes.map((n, i) => [n.id, `n${i}`]));
  const idOf = (id: string): string => ids.get(id) ?? 'n0';
  // The front matter is YAML: a JSON string is a valid double-quoted YAML scalar.
  const out = [`---`, `title: ${JSON.stringify(diagram.title)}`, `---`, 'flowchart TD'];
  for (const group of diagram.groups) {
    out.push(`  subgraph g_${group.id.replace(/[^A-Za-z0-9_]/g, '_')}["${escapeLabel(group.label)}"]`);
    for (const node of diagram.nodes) if (node.group === group.id) out.push(`    ${shape(node, idOf(node.id))}`);
    out.push('  end');
  }
  for (const node of diagram.nodes)
    if (node.group === undefined || !diagram.groups.some((g) => g.id === node.group))
      out.push(`  ${shape(node, idOf(node.id))}`);
  const styles: string[] = [];
  diagram.edges.forEach((edge, i) => {
    const style = EDGE_STYLE[edge.kind];
    const arrow = style.dashed ? '-.->' : style.bold ? '==>' : '-->';
    out.push(`  ${idOf(edge.from)} ${arrow}${edge.label ? `|"${escapeLabel(edge.label)}"|` : ''} ${idOf(edge.to)}`);
    if (edge.kind !== 'action' && edge.kind !== 'after')
      styles.push(
        `  linkStyle ${i} stroke:${style.color},color:${style.color}${style.dashed ? ',stroke-dasharray:5 4' : ''}`,
      );
  });
  out.push(...styles);
  out.push('  classDef final fill:#e7f6ec,stroke:#059669', '  classDef event fill:#fff7e6,stroke:#d97706');
  const finals = diagram.nodes.filter((n) => n.kind === 'final').map((n) => idOf(n.id));
  const events = diagram.nodes.filter((n) => n.kind === 'event').map((n) => idOf(n.id));
  if (finals.length > 0) out.push(`  class ${finals.join(',')} final`);
  if (events.length > 0) out.push(`  class ${events.join(',')} event`);
  return `${out.join('\n')}\n`;
}
