// Public API of @tdkt/calendar: Vietnamese administrative time.
export * from './epoch-day.js';
export * from './diagnostic.js';
export * from './clock.js';
export * from './lunar/convert.js';
export type { LunarMonth } from './lunar/month-table.js';
export * from './lunar/names.js';
export * from './holidays/types.js';
export * from './holidays/holidays.js';
export { ruleHolidays, defaultNationalDayNeighbour, RULE_SOURCE } from './holidays/rule.js';
export * from './working-days.js';
// Time phrases: parse, resolve, format (see docs/time.md).
export * from './time-expr.js';
export * from './period.js';
export * from './school-year-frame.js';
export * from './occasions.js';
export * from './duration.js';
export type { WorkingDays, LunarCalendar } from './calendar-port.js';
export * from './resolve-types.js';
export { resolveTime } from './resolve.js';
export { resolveRelative, estimateRelative, relativeLastDay } from './resolve-relative.js';
export { describeWindow } from './resolve-anchor.js';
export { parseTimePhrase } from './phrase/parse.js';
export { formatTimeExpr } from './phrase/format.js';
export { phraseKeywords, keywordText, type PhraseKeyword, type PhraseKeywordId } from './phrase/keywords.js';
export { normalizePhrase, foldDiacritics } from './phrase/normalize.js';
export { phraseMessages, renderCalendarDiagnostic } from './phrase-messages.js';
export { formatInstant, weekdayName } from './instant.js';
export * from './resolution-json.js';
