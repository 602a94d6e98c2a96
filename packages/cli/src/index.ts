// Public API of @tdkt/cli: run the command programmatically, and the pure argument parser.

export { commands } from './commands.js';
export { type CliIo, ExitCode, type Lang } from './io.js';
export { main } from './main.js';
export { type ParsedArgs, parseArgs, type UsageError } from './parse-args.js';
export { processIo } from './process-io.js';
export type { CommandInput, CommandModule, CommandSpec, OptionSpec } from './spec.js';
