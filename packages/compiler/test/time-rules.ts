// The real Vietnamese calendar rules, as the compiled machines use them in production.
import { timeRulesFromCalendar } from '../src/time-rules.js';

export const timeRules = timeRulesFromCalendar();
