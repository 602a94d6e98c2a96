// How each kind of edge and node looks, shared by the Mermaid, DOT and SVG renderers.
import type { DiagramEdgeKind, DiagramNodeKind } from './diagram-model.js';

export interface EdgeStyle {
  readonly color: string;
  readonly dashed: boolean;
  readonly bold: boolean;
}

export const EDGE_STYLE: Readonly<Record<DiagramEdgeKind, EdgeStyle>> = {
  action: { color: '#334155', dashed: false, bold: false },
  after: { color: '#334155', dashed: false, bold: false },
  route: { color: '#7c3aed', dashed: false, bold: false },
  return: { color: '#2563eb', dashed: true, bold: false },
  timeout: { color: '#d97706', dashed: true, bold: false },
  escalation: { color: '#dc2626', dashed: true, bold: false },
  rollup: { color: '#059669', dashed: false, bold: true },
};

export const NODE_FILL: Readonly<Record<DiagramNodeKind, string>> = {
  start: '#1e293b',
  step: '#eef4ff',
  final: '#e7f6ec',
  activity: '#eef4ff',
  event: '#fff7e6',
  end: '#f1f5f9',
};
