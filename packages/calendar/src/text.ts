// @tdkt/calendar/text: the text primitives alone (edit distance, control escaping, message templates), for callers that must start fast.
export { editDistance } from './edit-distance.js';
export { escapeControls } from './escape-controls.js';
export { fixed, type Message, type MessageData, message, type NoData, plural } from './message-template.js';
