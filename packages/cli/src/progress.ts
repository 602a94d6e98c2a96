// A one-line progress indicator on stderr: only on a terminal, and only once a run has lasted a second.

import type { CliIo, Lang } from './io.js';
import { say } from './messages/catalog.js';

export interface Progress {
  update(text: string): void;
  done(): void;
}

/**
 * Progress for long runs. Silent when stderr is not a TTY (CI, pipes) and during the first second.
 *
 * @example
 * const p = createProgress(io, 'vi'); p.update('kế hoạch 1/4'); p.done();
 */
export function createProgress(io: CliIo, lang: Lang, now: () => number = () => performance.now()): Progress {
  if (!io.isTTY) return { update: () => undefined, done: () => undefined };
  const started = now();
  let shown = false;
  let last = 0;
  const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];
  let frame = 0;
  return {
    update(text) {
      const t = now();
      if (t - started < 1000 || t - last < 100) return;
      last = t;
      shown = true;
      const seconds = ((t - started) / 1000).toFixed(0);
      io.stderr(
        `\r\x1b[2K${frames[frame++ % frames.length]} ${text} (${say(lang, 'progress.seconds', { seconds: String(seconds) })})`,
      );
    },
    done() {
      if (shown) io.stderr('\r\x1b[2K');
    },
  };
}
