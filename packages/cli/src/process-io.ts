// The real process behind `CliIo`: stdout/stderr that end quietly when the reader goes away, and the wall clock.
import type { CliIo } from './io.js';

/** The part of a Node stream the CLI writes to (a fake in tests). */
export interface OutputStream {
  write(text: string): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
}

/**
 * A sink over a stream that stops writing once the reader has closed it (`tdkt compile … | head`): EPIPE
 * (and any later write error) is swallowed instead of ending the process with a stack trace.
 *
 * @example
 * const out = quietSink(process.stdout); out('text\n');
 */
export function quietSink(stream: OutputStream): (text: string) => void {
  let closed = false;
  stream.on('error', (error) => {
    // A closed pipe is the reader saying "enough"; other write errors have nowhere left to be reported.
    closed = true;
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') process.exitCode = 70;
  });
  return (text) => {
    if (closed) return;
    try {
      stream.write(text);
    } catch {
      closed = true;
    }
  };
}

/**
 * The `CliIo` of the running process. `now` is the CLI's one read of the wall clock: the process edge,
 * like the engine's real-clock adapter for hosts (importing the engine here would add ~300 ms to every
 * `tdkt --help`).
 *
 * @example
 * process.exitCode = await main(process.argv.slice(2), processIo());
 */
export function processIo(overrides: Partial<CliIo> = {}): CliIo {
  return {
    stdout: quietSink(process.stdout),
    stderr: quietSink(process.stderr),
    cwd: process.cwd(),
    isTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    now: () => Date.now(),
    ...overrides,
  };
}
