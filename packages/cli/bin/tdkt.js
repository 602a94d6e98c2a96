#!/usr/bin/env node
// Entry point of the `tdkt` command: runs the built CLI (packages/cli/dist), never TypeScript sources.
import { main } from '../dist/main.js';
import { processIo } from '../dist/process-io.js';

process.exitCode = await main(process.argv.slice(2), processIo());
