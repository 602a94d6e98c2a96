import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { quietSink } from '../src/process-io.js';

/** A stream whose reader has gone: each write fails asynchronously with EPIPE, as a closed pipe does. */
class ClosedPipe extends EventEmitter {
  writes = 0;
  write(_text: string): boolean {
    this.writes++;
    queueMicrotask(() => this.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })));
    return false;
  }
}

describe('quietSink (issue 18)', () => {
  it('stops writing, without an error, once the reader has closed the pipe', async () => {
    const pipe = new ClosedPipe();
    const out = quietSink(pipe);
    out('a');
    await Promise.resolve();
    out('b');
    out('c');
    expect(pipe.writes).toBe(1);
  });
});

describe('tdkt compile … | head (issue 18)', () => {
  it('ends quietly when stdout closes early', async () => {
    const bin = new URL('../bin/tdkt.js', import.meta.url).pathname;
    const root = new URL('../../../', import.meta.url).pathname;
    const child = spawn(process.execPath, [bin, 'compile', 'workflows/kim-son-2020-2021.tdkt'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
    // Read one chunk, then close the pipe, like `head -c`.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
