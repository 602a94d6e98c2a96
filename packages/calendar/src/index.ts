// Public API of @tdkt/calendar: Vietnamese administrative time.
export * from './epoch-day.js';
export * from './diagnostic.js';
export * from './clock.js';
export * from './lunar/convert.js';
export type { LunarMonth } from './lunar/month-table.js';
export * from './holidays/types.js';
export * from './holidays/holidays.js';
export { ruleHolidays, defaultNationalDayNeighbour, RULE_SOURCE } from './holidays/rule.js';
export * from './working-days.js';
