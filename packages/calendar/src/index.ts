// Public API of @tdkt/calendar: Vietnamese administrative time.
export * from './epoch-day.js';
export * from './diagnostic.js';
export * from './clock.js';
