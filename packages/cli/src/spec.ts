// The command table's types: every command and option is declared as data.
import type { CliIo, ExitCode, Lang } from './io.js';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  /** Repeatable options collect every occurrence. */
  readonly multiple?: boolean;
  readonly short?: string;
  /** Allowed values, checked by parseArgs. */
  readonly choices?: readonly string[];
  readonly valueName?: string;
  readonly help: { readonly vi: string; readonly en: string };
}

/** The parsed invocation of one command, handed to its module. */
export interface CommandInput {
  readonly command: string;
  readonly positionals: readonly string[];
  readonly options: Readonly<Record<string, string | boolean | readonly string[] | undefined>>;
  readonly lang: Lang;
}

export interface CommandModule {
  run(input: CommandInput, io: CliIo): Promise<ExitCode>;
}

export interface CommandSpec {
  readonly name: string;
  readonly usage: string;
  readonly summary: { readonly vi: string; readonly en: string };
  readonly options: Readonly<Record<string, OptionSpec>>;
  readonly positionals: { readonly min: number; readonly max: number };
  /** Loaded only when the command runs, so `tdkt --help` stays fast. */
  readonly load: () => Promise<CommandModule>;
}
