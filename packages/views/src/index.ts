// Public API of @tdkt/views: diagrams (Mermaid, DOT, SVG), the Gantt chart, calendar entries and iCalendar text.
// Drawn from the plan model and the compiled machines; the HTML report of a simulate run is `@tdkt/views/html`.

export { procedureDiagram, planDiagram, deadlineLabel } from './diagram-model.js';
export type { Diagram, DiagramNode, DiagramEdge, DiagramGroup, DiagramNodeKind, DiagramEdgeKind } from './diagram-model.js';
export { toMermaid } from './mermaid.js';
export { toDot } from './dot.js';
export { diagramSvg } from './svg-diagram.js';
export { ganttSvg, ganttMarks, activityOfNode } from './gantt.js';
export { calendarEntries } from './calendar-events.js';
export type { CalendarEntry } from './calendar-events.js';
export { toIcs } from './ics.js';
export { escapeXml, wrapText } from './svg-text.js';
export { viewMessages, viewText, type ViewMessageId } from './messages.js';
