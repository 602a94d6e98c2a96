// Public API of @tdkt/calendar: Vietnamese administrative time.
export * from './epoch-day.js';
export * from './diagnostic.js';
export * from './clock.js';
export * from './lunar/convert.js';
export type { LunarMonth } from './lunar/month-table.js';
