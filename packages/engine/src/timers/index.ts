// The durable-timer module's public surface.
export { timersForEntry, type StepTimers } from './schedule.js';
export { Wakeup } from './wakeup.js';
