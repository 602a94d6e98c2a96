// `tdkt lsp`: the language server over stdin/stdout, for VS Code and any LSP client.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { fileReader } from '../files.js';
import { type CliIo, ExitCode } from '../io.js';
import { startLanguageServer } from '../lsp/server.js';
import type { CommandInput } from '../spec.js';

/**
 * Serves the language server on stdio until the client says `exit` (or closes the pipe).
 *
 * @example
 * // in an editor's configuration: command `tdkt`, arguments `lsp` (or `lsp --lang en`)
 * await run({ command: 'lsp', positionals: [], options: { stdio: true }, lang: 'vi' }, io)
 */
export async function run(input: CommandInput, io: CliIo): Promise<ExitCode> {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  const closed = new Promise<void>((resolve) => {
    connection.onExit(() => resolve());
    process.stdin.on('close', () => resolve());
  });
  startLanguageServer(connection, { readFile: fileReader(io.cwd, 'missing'), lang: input.lang });
  await closed;
  return ExitCode.Ok;
}
