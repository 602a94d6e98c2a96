// The CLI's one entry: parse, dispatch, and set the exit code in one place.
import { escapeControls } from '@tdkt/calendar/text';
import { commands } from './commands.js';
import { FileError } from './files.js';
import { type CliIo, ExitCode } from './io.js';
import { say } from './messages/catalog.js';
import { renderFileProblem } from './messages/files.js';
import { renderHelp, renderUsageError } from './messages/help.js';
import { parseArgs } from './parse-args.js';
import { version } from './version.js';

/**
 * Runs one `tdkt` invocation and returns its exit code. Never throws: a user mistake is a message and
 * exit code 2; an internal bug is a one-line report (stack only with TDKT_DEBUG=1) and exit code 70.
 *
 * @example
 * const code = await main(['holidays', '2024', '--json'], io);
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, commands);
  switch (parsed.kind) {
    case 'help':
      io.stdout(renderHelp(commands, parsed.command, parsed.lang, version));
      return ExitCode.Ok;
    case 'version':
      io.stdout(`${version}\n`);
      return ExitCode.Ok;
    case 'error': {
      const where = parsed.command ? `tdkt ${parsed.command.name} --help` : 'tdkt --help';
      io.stderr(
        `tdkt: ${escapeControls(renderUsageError(parsed.error, parsed.lang))} (${say(parsed.lang, 'usage.see', { where })})\n`,
      );
      return ExitCode.BadInput;
    }
    case 'run':
      try {
        const module = await parsed.spec.load();
        return await module.run(parsed.input, io);
      } catch (error) {
        // A file that cannot be read or written is the user's to fix: a message, no stack, exit 2.
        if (error instanceof FileError) {
          io.stderr(`tdkt: ${escapeControls(renderFileProblem(error.problem, parsed.input.lang))}\n`);
          return ExitCode.BadInput;
        }
        const message = error instanceof Error ? error.message : String(error);
        io.stderr(`tdkt: ${escapeControls(say(parsed.input.lang, 'internal-error', { reason: message }))}\n`);
        if (io.env['TDKT_DEBUG'] === '1' && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
        return ExitCode.Internal;
      }
  }
}
