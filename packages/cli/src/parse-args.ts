// Pure argument parsing: argv + the command table -> what to do, or a usage error as data.
import type { Lang } from './io.js';
import { globalOptions } from './options.js';
import type { CommandInput, CommandSpec, OptionSpec } from './spec.js';
import { closest } from './suggest.js';

export type UsageError =
  | { readonly code: 'missing-command' }
  | { readonly code: 'unknown-command'; readonly name: string; readonly suggestion: string | undefined }
  | { readonly code: 'unknown-option'; readonly option: string; readonly suggestion: string | undefined }
  | { readonly code: 'missing-value'; readonly option: string }
  | { readonly code: 'unexpected-value'; readonly option: string }
  | {
      readonly code: 'bad-choice';
      readonly option: string;
      readonly value: string;
      readonly choices: readonly string[];
    }
  | { readonly code: 'too-few-args'; readonly min: number }
  | { readonly code: 'too-many-args'; readonly max: number; readonly extra: string };

export type ParsedArgs =
  | { readonly kind: 'help'; readonly lang: Lang; readonly command: CommandSpec | undefined }
  | { readonly kind: 'version'; readonly lang: Lang }
  | { readonly kind: 'run'; readonly spec: CommandSpec; readonly input: CommandInput }
  | {
      readonly kind: 'error';
      readonly lang: Lang;
      readonly error: UsageError;
      readonly command: CommandSpec | undefined;
    };

/** Finds `--lang` anywhere so that even a usage error is reported in the right language. */
function detectLang(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--lang' && argv[i + 1] === 'en') return 'en';
    if (arg === '--lang=en') return 'en';
  }
  return 'vi';
}

/**
 * Parses the command line against the command table. Pure: no I/O, never throws.
 *
 * @example
 * parseArgs(['date', 'trước 30/6', '--school-year', '2020-2021'], commands)
 * // => { kind: 'run', spec: <date>, input: { positionals: ['trước 30/6'], options: { 'school-year': '2020-2021' }, lang: 'vi' } }
 */
export function parseArgs(argv: readonly string[], commands: readonly CommandSpec[]): ParsedArgs {
  const lang = detectLang(argv);
  const first = argv[0];
  if (first === undefined) return { kind: 'help', lang, command: undefined };
  if (first === '--version' || first === '-v') return { kind: 'version', lang };
  if (first.startsWith('-')) {
    // Global options before the command name: move them after it and parse again.
    const split = leadingGlobals(argv);
    if (split.rest.length === 0) {
      const parsed = parseOptions(split.globals, globalOptions);
      if ('error' in parsed) return { kind: 'error', lang, error: parsed.error, command: undefined };
      return parsed.options['version'] === true
        ? { kind: 'version', lang }
        : { kind: 'help', lang, command: undefined };
    }
    return parseArgs([...split.rest.slice(0, 1), ...split.globals, ...split.rest.slice(1)], commands);
  }
  if (first === 'help') {
    const target = argv[1] === undefined ? undefined : commands.find((c) => c.name === argv[1]);
    return { kind: 'help', lang, command: target };
  }
  const spec = commands.find((c) => c.name === first);
  if (spec === undefined) {
    const suggestion = closest(
      first,
      commands.map((c) => c.name),
    );
    return { kind: 'error', lang, error: { code: 'unknown-command', name: first, suggestion }, command: undefined };
  }
  const parsed = parseOptions(argv.slice(1), { ...globalOptions, ...spec.options });
  if ('error' in parsed) return { kind: 'error', lang, error: parsed.error, command: spec };
  if (parsed.options['help'] === true) return { kind: 'help', lang, command: spec };
  if (parsed.options['version'] === true) return { kind: 'version', lang };
  const { positionals } = parsed;
  if (positionals.length < spec.positionals.min) {
    return { kind: 'error', lang, error: { code: 'too-few-args', min: spec.positionals.min }, command: spec };
  }
  if (positionals.length > spec.positionals.max) {
    const extra = positionals[spec.positionals.max] ?? '';
    return { kind: 'error', lang, error: { code: 'too-many-args', max: spec.positionals.max, extra }, command: spec };
  }
  return { kind: 'run', spec, input: { command: spec.name, positionals, options: parsed.options, lang } };
}

type OptionValues = Record<string, string | boolean | string[] | undefined>;

function parseOptions(
  argv: readonly string[],
  specs: Readonly<Record<string, OptionSpec>>,
): { positionals: string[]; options: OptionValues } | { error: UsageError } {
  const positionals: string[] = [];
  const options: OptionValues = {};
  const byShort = new Map(Object.entries(specs).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : [])));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    // A lone "-" or a negative-looking phrase is a positional, not an option.
    if (!arg.startsWith('-') || arg === '-' || /^-\d/.test(arg)) {
      positionals.push(arg);
      continue;
    }
    let name: string;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
    } else {
      const long = byShort.get(arg.slice(1));
      if (long === undefined) return { error: { code: 'unknown-option', option: arg, suggestion: undefined } };
      name = long;
    }
    const spec = specs[name];
    if (spec === undefined) {
      const suggestion = closest(name, Object.keys(specs));
      return { error: { code: 'unknown-option', option: `--${name}`, suggestion: suggestion && `--${suggestion}` } };
    }
    let value: string | boolean;
    if (spec.type === 'boolean') {
      if (inline !== undefined) return { error: { code: 'unexpected-value', option: `--${name}` } };
      value = true;
    } else {
      const next = inline ?? argv[i + 1];
      if (next === undefined || (inline === undefined && next.startsWith('--'))) {
        return { error: { code: 'missing-value', option: `--${name}` } };
      }
      if (inline === undefined) i++;
      if (spec.choices && !spec.choices.includes(next)) {
        return { error: { code: 'bad-choice', option: `--${name}`, value: next, choices: spec.choices } };
      }
      value = next;
    }
    if (spec.multiple && typeof value === 'string') {
      const list = options[name];
      options[name] = Array.isArray(list) ? [...list, value] : [value];
    } else {
      options[name] = value;
    }
  }
  return { positionals, options };
}

function leadingGlobals(argv: readonly string[]): { globals: string[]; rest: string[] } {
  let i = 0;
  while (i < argv.length && (argv[i] as string).startsWith('-')) {
    i += argv[i] === '--lang' ? 2 : 1;
  }
  return { globals: argv.slice(0, i), rest: argv.slice(i) };
}
