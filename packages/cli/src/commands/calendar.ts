// `tdkt calendar FILE... --ics OUT.ics`: every activity window and deadline of the plans as an iCalendar file.

import { compileWorkspace } from '@tdkt/compiler';
import { loadWorkspace } from '@tdkt/language';
import { calendarEntries, toIcs } from '@tdkt/views';
import { fileReader, writeFileAtomic } from '../files.js';
import { type CliIo, ExitCode } from '../io.js';
import { say } from '../messages/catalog.js';
import { printDiagnostics } from '../report-diagnostics.js';
import type { CommandInput } from '../spec.js';

/**
 * Writes the plans' windows and deadlines (and their procedures' step deadlines) as all-day events.
 * DTSTAMP is taken from SOURCE_DATE_EPOCH when set, so builds can be reproducible.
 *
 * @example
 * await run({ command: 'calendar', positionals: ['kh.tdkt'], options: { ics: 'kh.ics' }, lang: 'vi' }, io)
 */
export async function run(input: CommandInput, io: CliIo): Promise<ExitCode> {
  const out = input.options['ics'];
  if (typeof out !== 'string' || out === '') {
    io.stderr(`tdkt: ${say(input.lang, 'calendar.needs-ics')}\n`);
    return ExitCode.BadInput;
  }
  // Opened as written (a name in NFD stays NFD); the reader tries the other normal form if needed.
  const files = [...input.positionals];
  const result = loadWorkspace(files, fileReader(io.cwd));
  if (printDiagnostics(result, io, input.lang, 'errors') > 0) return ExitCode.BadInput;
  const plans = result.model.plans.filter((p) => files.includes(p.file));
  if (plans.length === 0) {
    io.stderr(`tdkt: ${say(input.lang, 'calendar.no-plan')}\n`);
    return ExitCode.BadInput;
  }
  const compiled = compileWorkspace(result.model);
  const entries = plans.flatMap((plan) => calendarEntries(plan, compiled, input.lang));
  const epoch = Number(io.env['SOURCE_DATE_EPOCH']);
  // The edge owns the clock: DTSTAMP is "when this file was made".
  const stamp = Number.isFinite(epoch) && io.env['SOURCE_DATE_EPOCH'] !== undefined ? epoch * 1000 : io.now();
  const name = plans.length === 1 ? (plans[0]?.title ?? 'tdkt') : plans.map((p) => p.title).join(' · ');
  writeFileAtomic(io.cwd, out, toIcs(name, entries, stamp));
  io.stderr(`${say(input.lang, 'wrote-events', { path: out, count: entries.length })}\n`);
  return ExitCode.Ok;
}
