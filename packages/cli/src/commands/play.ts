// `tdkt play [FILE]`: serves the browser playground on localhost, editing FILE (saved back in place).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { ExitCode, type CliIo } from '../io.js';
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
  const vi = input.lang === 'vi';
  const given = input.positionals[0];
  const portText = input.options['port'];
  const port = typeof portText === 'string' ? Number(portText) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr(vi ? `tdkt: cổng \`${String(portText)}\` không hợp lệ (0–65535)\n` : `tdkt: invalid port \`${String(portText)}\` (0–65535)\n`);
    return ExitCode.BadInput;
  }
  const file = given === undefined ? undefined : relative(io.cwd, isAbsolute(given) ? given : join(io.cwd, given)).split('\\').join('/');
  if (file !== undefined && !existsSync(join(io.cwd, file))) {
    io.stderr(vi ? `tdkt: không có tệp \`${given}\`\n` : `tdkt: no such file \`${given}\`\n`);
    return ExitCode.BadInput;
  }
  const site = playgroundSite();
  if (!existsSync(join(site, 'index.html'))) {
    io.stderr(vi ? 'tdkt: sân thử chưa được dựng (chạy `npx --yes pnpm@10.34.9 build`)\n' : 'tdkt: the playground is not built (run `npx --yes pnpm@10.34.9 build`)\n');
    return ExitCode.BadInput;
  }
  let server;
  try {
    server = await startPlayServer({ site, cwd: io.cwd, port, ...(file === undefined ? {} : { file }) });
  } catch (error) {
    io.stderr(vi ? `tdkt: không mở được cổng ${port}: ${(error as Error).message}\n` : `tdkt: cannot listen on port ${port}: ${(error as Error).message}\n`);
    return ExitCode.BadInput;
  }
  io.stdout(vi ? `Sân thử tdkt: ${server.url}${file ? ` (đang sửa ${file}; Ctrl+S để lưu)` : ''}\nNhấn Ctrl+C để dừng.\n` : `tdkt playground: ${server.url}${file ? ` (editing ${file}; Ctrl+S saves)` : ''}\nPress Ctrl+C to stop.\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await server.close();
  return ExitCode.Ok;
}
