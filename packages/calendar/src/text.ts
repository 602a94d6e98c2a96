// @tdkt/calendar/text: the text primitives alone (edit distance, control escaping, message templates), for callers that must start fast.
export { editDistance } from './edit-distance.js';
export { escapeControls } from './escape-controls.js';
export { fixed, message, plural, type Message, type MessageData, type NoData } from './message-template.js';
