// A fake CliIo that records what a command prints.
import type { CliIo } from '../src/io.js';

export interface FakeIo extends CliIo {
  out(): string;
  err(): string;
}

/** A fixed wall time for the fake: 2024-03-15T03:00:00Z (school year 2023-2024). */
const FAKE_NOW = Date.UTC(2024, 2, 15, 3);

export function fakeIo(cwd: string = process.cwd(), now: number = FAKE_NOW): FakeIo {
  let out = '';
  let err = '';
  return {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    cwd,
    isTTY: false,
    env: {},
    now: () => now,
    out: () => out,
    err: () => err,
  };
}
