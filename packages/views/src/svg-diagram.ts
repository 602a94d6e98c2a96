// An inline SVG drawing of a diagram: a simple layered layout (top to bottom), returns curving back on the right.
import type { Diagram, DiagramNode } from './diagram-model.js';
import { EDGE_STYLE, NODE_FILL } from './diagram-style.js';
import { escapeXml, wrapText } from './svg-text.js';

const BOX_W = 230;
const GAP_X = 40;
const GAP_Y = 56;
const LINE_H = 13;
const PAD = 8;
const WRAP = 37;
const WRAP_TITLE = 30;

interface Placed {
  readonly node: DiagramNode;
  readonly text: readonly string[];
  x: number;
  y: number;
  readonly w: number;
  readonly h: number;
  readonly layer: number;
}

function layers(diagram: Diagram): Map<string, number> {
  const index = new Map(diagram.nodes.map((n, i) => [n.id, i]));
  const layer = new Map(diagram.nodes.map((n) => [n.id, 0]));
  // Edges to a later node are forward; processing nodes in order gives each its longest path from the top.
  for (const node of diagram.nodes) {
    for (const edge of diagram.edges) {
      if (edge.from !== node.id) continue;
      const from = index.get(edge.from) ?? 0;
      const to = index.get(edge.to) ?? 0;
      if (to > from) layer.set(edge.to, Math.max(layer.get(edge.to) ?? 0, (layer.get(edge.from) ?? 0) + 1));
    }
  }
  return layer;
}

function place(diagram: Diagram): { placed: Map<string, Placed>; width: number; height: number } {
  const layerOf = layers(diagram);
  const rows: Placed[][] = [];
  for (const node of diagram.nodes) {
    const text =
      node.kind === 'start' ? [] : node.lines.flatMap((line, i) => wrapText(line, i === 0 ? WRAP_TITLE : WRAP));
    const layer = layerOf.get(node.id) ?? 0;
    const w = node.kind === 'start' ? 22 : BOX_W;
    const h = node.kind === 'start' ? 22 : PAD * 2 + text.length * LINE_H;
    (rows[layer] ??= []).push({ node, text, x: 0, y: 0, w, h, layer });
  }
  const width = Math.max(...rows.map((r) => (r ?? []).length), 1) * (BOX_W + GAP_X) + 80;
  let y = 16;
  for (const row of rows) {
    if (!row) continue;
    const rowW = row.reduce((s, p) => s + p.w, 0) + GAP_X * (row.length - 1);
    let x = (width - 80 - rowW) / 2;
    for (const p of row) {
      p.x = x;
      p.y = y;
      x += p.w + GAP_X;
    }
    y += Math.max(...row.map((p) => p.h)) + GAP_Y;
  }
  return {
    placed: new Map(
      rows
        .flat()
        .filter((p) => p !== undefined)
        .map((p) => [p.node.id, p]),
    ),
    width,
    height: y,
  };
}

function edgePath(a: Placed, b: Placed): { d: string; lx: number; ly: number } {
  if (a === b) {
    const x = a.x + a.w;
    const y = a.y + a.h / 2;
    return { d: `M${x},${y - 6} C${x + 40},${y - 26} ${x + 40},${y + 26} ${x},${y + 6}`, lx: x + 34, ly: y };
  }
  if (b.layer > a.layer) {
    const x1 = a.x + a.w / 2;
    const y1 = a.y + a.h;
    const x2 = b.x + b.w / 2;
    const y2 = b.y;
    const c = (y2 - y1) / 2;
    return { d: `M${x1},${y1} C${x1},${y1 + c} ${x2},${y2 - c} ${x2},${y2}`, lx: (x1 + x2) / 2, ly: (y1 + y2) / 2 };
  }
  // Back (or sideways) edges leave on the right and come back on the right, bulging outwards.
  const x1 = a.x + a.w;
  const y1 = a.y + a.h / 2;
  const x2 = b.x + b.w;
  const y2 = b.y + b.h / 2;
  const bulge = Math.max(x1, x2) + 36 + Math.min(80, Math.abs(y2 - y1) / 6);
  return { d: `M${x1},${y1} C${bulge},${y1} ${bulge},${y2} ${x2},${y2}`, lx: bulge - 8, ly: (y1 + y2) / 2 };
}

/**
 * Draws a diagram as standalone inline SVG (no fonts or scripts fetched): boxes in layers along the
 * forward edges, returns and timeouts dashed in their colours, labels on the edges.
 *
 * @example
 * diagramSvg(procedureDiagram(ir, 'vi'), 'p1') // => '<svg xmlns="http://www.w3.org/2000/svg" …'
 */
export function diagramSvg(diagram: Diagram, idPrefix: string): string {
  const { placed, width, height } = place(diagram);
  const kinds = Object.keys(EDGE_STYLE) as (keyof typeof EDGE_STYLE)[];
  const markers = kinds
    .map(
      (k) =>
        `<marker id="${idPrefix}-m-${k}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${EDGE_STYLE[k].color}"/></marker>`,
    )
    .join('');
  const edges: string[] = [];
  const labels: string[] = [];
  for (const edge of diagram.edges) {
    const a = placed.get(edge.from);
    const b = placed.get(edge.to);
    if (!a || !b) continue;
    const style = EDGE_STYLE[edge.kind];
    const { d, lx, ly } = edgePath(a, b);
    edges.push(
      `<path class="edge edge-${edge.kind}" d="${d}" fill="none" stroke="${style.color}" stroke-width="${style.bold ? 2.2 : 1.3}"${style.dashed ? ' stroke-dasharray="5 4"' : ''} marker-end="url(#${idPrefix}-m-${edge.kind})"/>`,
    );
    if (edge.label) {
      const w = edge.label.length * 5.6 + 6;
      labels.push(
        `<rect x="${lx - w / 2}" y="${ly - 8}" width="${w}" height="13" rx="3" fill="#ffffff" opacity="0.85"/><text x="${lx}" y="${ly + 2}" text-anchor="middle" font-size="9.5" fill="${style.color}">${escapeXml(edge.label)}</text>`,
      );
    }
  }
  const boxes: string[] = [];
  for (const p of placed.values()) {
    if (p.node.kind === 'start') {
      boxes.push(
        `<circle cx="${p.x + 11}" cy="${p.y + 11}" r="9" fill="${NODE_FILL.start}"><title>${escapeXml(p.node.lines.join(' '))}</title></circle>`,
      );
      continue;
    }
    const stroke = p.node.kind === 'final' ? '#059669' : p.node.kind === 'end' ? '#94a3b8' : '#64748b';
    const rx = p.node.kind === 'final' ? 16 : 6;
    const text = p.text
      .map(
        (line, i) =>
          `<text x="${p.x + PAD}" y="${p.y + PAD + (i + 1) * LINE_H - 3}" font-size="${i === 0 ? 11 : 10}"${i === 0 ? ' font-weight="600"' : ' fill="#475569"'}>${escapeXml(line)}</text>`,
      )
      .join('');
    boxes.push(
      `<g class="node node-${p.node.kind}" data-node="${escapeXml(p.node.id)}"><rect x="${p.x}" y="${p.y}" width="${p.w}" height="${p.h}" rx="${rx}" fill="${NODE_FILL[p.node.kind]}" stroke="${stroke}"${p.node.kind === 'end' ? ' stroke-dasharray="4 3"' : ''}/>${text}</g>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" class="diagram" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="DejaVu Sans, Arial, sans-serif" role="img" aria-label="${escapeXml(diagram.title)}"><defs>${markers}</defs>${edges.join('')}${boxes.join('')}${labels.join('')}</svg>`;
}
