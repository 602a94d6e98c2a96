// @tdkt/calendar/text: the text primitives alone (edit distance, control escaping), for callers that must start fast.
export { editDistance } from './edit-distance.js';
export { escapeControls } from './escape-controls.js';
