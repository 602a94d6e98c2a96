// Public API of @tdkt/cli: run the command programmatically, and the pure argument parser.
export { main } from './main.js';
export { parseArgs, type ParsedArgs, type UsageError } from './parse-args.js';
export { commands } from './commands.js';
export { ExitCode, type CliIo, type Lang } from './io.js';
export { processIo } from './process-io.js';
export type { CommandSpec, CommandInput, CommandModule, OptionSpec } from './spec.js';
