#!/usr/bin/env node
// Entry point of the `tdkt` command: runs the built CLI (packages/cli/dist), never TypeScript sources.
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: Boolean(process.stderr.isTTY),
  env: process.env,
});
