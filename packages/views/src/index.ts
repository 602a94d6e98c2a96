// Public API of @tdkt/views: diagrams (Mermaid, DOT, SVG), the Gantt chart, calendar entries and iCalendar text.
// Drawn from the plan model and the compiled machines; the HTML report of a simulate run is `@tdkt/views/html`.

export type { CalendarEntry } from './calendar-events.js';
export { calendarEntries } from './calendar-events.js';
export type {
  Diagram,
  DiagramEdge,
  DiagramEdgeKind,
  DiagramGroup,
  DiagramNode,
  DiagramNodeKind,
} from './diagram-model.js';
export { deadlineLabel, planDiagram, procedureDiagram } from './diagram-model.js';
export { toDot } from './dot.js';
export { activityOfNode, ganttMarks, ganttSvg } from './gantt.js';
export { toIcs } from './ics.js';
export { toMermaid } from './mermaid.js';
export { type ViewMessageId, viewMessages, viewText } from './messages.js';
export { diagramSvg } from './svg-diagram.js';
export { escapeXml, wrapText } from './svg-text.js';
