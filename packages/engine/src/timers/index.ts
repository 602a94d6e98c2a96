// The durable-timer module's public surface.
export { type StepTimers, timersForEntry } from './schedule.js';
export { Wakeup } from './wakeup.js';
