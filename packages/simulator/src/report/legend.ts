// The legend at the end of the text report: every term the tables use, in Vietnamese and English.
import type { Lang } from '@tdkt/calendar';
import { type SimulatorMessageId, say } from '../messages/catalog.js';
import type { ReportInput } from './model.js';
import { wrapWords } from './width.js';

/** A term of the legend: `legend.X` (the term) has its meaning at `legend.X.meaning`. */
type Term = {
  [K in SimulatorMessageId]: K extends `legend.${string}.meaning`
    ? never
    : K extends `legend.${infer T}`
      ? `legend.${T}.meaning` extends SimulatorMessageId
        ? K
        : never
      : never;
}[SimulatorMessageId];

/** Terms of the deadline tables (schedule, critical path). */
const DEADLINE_TERMS: readonly Term[] = ['legend.earliest-latest', 'legend.slack', 'legend.critical-path'];

/** Terms of the population tables. */
const POPULATION_TERMS: readonly Term[] = [
  'legend.median-run',
  'legend.finished-on-time',
  'legend.arrived',
  'legend.processed',
  'legend.returned',
  'legend.overdue',
  'legend.stuck',
  'legend.running',
  'legend.risk',
  'legend.depends-on-one-unit',
];

/**
 * The legend of the sections `input` shows, each term on lines of at most `width` columns.
 *
 * @example
 * renderLegend({ temporal, population }, 'vi') // ['Chú giải:', '  Dự trữ: …', …]
 */
export function renderLegend(input: ReportInput, lang: Lang, width = 100): string[] {
  const terms = [...(input.temporal ? DEADLINE_TERMS : []), ...(input.population ? POPULATION_TERMS : [])];
  if (terms.length === 0) return [];
  const out = [say(lang, 'legend.title')];
  for (const t of terms)
    out.push(...wrapWords([`  ${say(lang, t)}:`, ...say(lang, `${t}.meaning`).split(' ')], width, '    ', ' '));
  return out;
}
