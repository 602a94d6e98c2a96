// A fake CliIo that records what a command prints.
import type { CliIo } from '../src/io.js';

export interface FakeIo extends CliIo {
  out(): string;
  err(): string;
}

export function fakeIo(cwd: string = process.cwd()): FakeIo {
  let out = '';
  let err = '';
  return {
    stdout: (text) => void (out += text),
    stderr: (text) => void (err += text),
    cwd,
    isTTY: false,
    env: {},
    out: () => out,
    err: () => err,
  };
}
