// `tdkt play [FILE]`: serves the browser playground on localhost, editing FILE (saved back in place).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { type CliIo, ExitCode } from '../io.js';
import { say } from '../messages/catalog.js';
import { startPlayServer } from '../play/server.js';
import type { CommandInput } from '../spec.js';

/** Where the built playground is: the `dist` folder of @tdkt/playground. */
export function playgroundSite(): string {
  return join(dirname(createRequire(import.meta.url).resolve('@tdkt/playground/package.json')), 'dist');
}

/**
 * Serves the playground until interrupted (Ctrl+C). Exit 2 when FILE does not exist, the port is taken or
 * the playground was not built.
 *
 * @example
 * await run({ command: 'play', positionals: ['workflows/kim-son-2020-2021.tdkt'], options: { port: '8080' }, lang: 'vi' }, io)
 */
export async function run(input: CommandInput, io: CliIo): Promise<ExitCode> {
  const given = input.positionals[0];
  const portText = input.options['port'];
  const port = typeof portText === 'string' ? Number(portText) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr(`tdkt: ${say(input.lang, 'play.bad-port', { value: String(portText) })}\n`);
    return ExitCode.BadInput;
  }
  const file =
    given === undefined
      ? undefined
      : relative(io.cwd, isAbsolute(given) ? given : join(io.cwd, given))
          .split('\\')
          .join('/');
  if (file !== undefined && !existsSync(join(io.cwd, file))) {
    io.stderr(`tdkt: ${say(input.lang, 'play.no-file', { path: given ?? '' })}\n`);
    return ExitCode.BadInput;
  }
  const site = playgroundSite();
  if (!existsSync(join(site, 'index.html'))) {
    io.stderr(`tdkt: ${say(input.lang, 'play.not-built')}\n`);
    return ExitCode.BadInput;
  }
  let server: Awaited<ReturnType<typeof startPlayServer>>;
  try {
    server = await startPlayServer({ site, cwd: io.cwd, port, ...(file === undefined ? {} : { file }) });
  } catch (error) {
    io.stderr(`tdkt: ${say(input.lang, 'play.cannot-listen', { port, reason: (error as Error).message })}\n`);
    return ExitCode.BadInput;
  }
  io.stdout(`${say(input.lang, 'play.serving', { url: server.url, file: file ?? '' })}\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return ExitCode.Ok;
}
