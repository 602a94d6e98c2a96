// Public API of @tdkt/engine: clocks, stores, audit, durable timers and the engine itself.

export * from './audit/index.js';
export * from './clock/index.js';
export * from './compiled/index.js';
export * from './engine/index.js';
export { engineMessages, refusalMessage } from './messages.js';
export * from './store/index.js';
export * from './timers/index.js';
