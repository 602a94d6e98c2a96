// Usage errors and help, rendered per language from the catalog.
import type { Lang } from '../io.js';
import { globalOptions } from '../options.js';
import type { UsageError } from '../parse-args.js';
import type { CommandSpec, OptionSpec } from '../spec.js';
import { say } from './catalog.js';

/**
 * Renders a usage error in the requested language.
 *
 * @example
 * renderUsageError({ code: 'missing-command' }, 'en') // => 'no command given; try `tdkt --help`'
 */
export function renderUsageError(error: UsageError, lang: Lang): string {
  switch (error.code) {
    case 'missing-command':
      return say(lang, 'usage.missing-command');
    case 'unknown-command':
      return say(lang, 'usage.unknown-command', { name: error.name, suggestion: error.suggestion ?? '' });
    case 'unknown-option':
      return say(lang, 'usage.unknown-option', { option: error.option, suggestion: error.suggestion ?? '' });
    case 'missing-value':
      return say(lang, 'usage.missing-value', { option: error.option });
    case 'unexpected-value':
      return say(lang, 'usage.unexpected-value', { option: error.option });
    case 'bad-choice':
      return say(lang, 'usage.bad-choice', {
        option: error.option,
        value: error.value,
        choices: error.choices.join(', '),
      });
    case 'too-few-args':
      return say(lang, 'usage.too-few-args', { min: error.min });
    case 'too-many-args':
      return say(lang, 'usage.too-many-args', { extra: error.extra });
  }
}

function optionLines(options: Readonly<Record<string, OptionSpec>>, lang: Lang): string[] {
  return Object.entries(options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${spec.valueName ?? 'X'}` : ''}`;
    return `  ${flag.padEnd(30)} ${spec.help[lang]}`;
  });
}

/**
 * The text of `tdkt --help` or `tdkt COMMAND --help`.
 *
 * @example
 * renderHelp(commands, undefined, 'en', '0.1.0').startsWith('tdkt 0.1.0') // => true
 */
export function renderHelp(
  commands: readonly CommandSpec[],
  command: CommandSpec | undefined,
  lang: Lang,
  version: string,
): string {
  if (command !== undefined) {
    return [
      `${say(lang, 'help.usage')}: tdkt ${command.usage}`,
      '',
      command.summary[lang],
      '',
      `${say(lang, 'help.options')}:`,
      ...optionLines({ ...command.options, ...globalOptions }, lang),
      '',
    ].join('\n');
  }
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    `tdkt ${version} — ${say(lang, 'help.title')}`,
    '',
    `${say(lang, 'help.usage')}: ${say(lang, 'help.usage-line')}`,
    '',
    `${say(lang, 'help.commands')}:`,
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary[lang]}`),
    '',
    `${say(lang, 'help.global-options')}:`,
    ...optionLines(globalOptions, lang),
    '',
    say(lang, 'help.exit-codes'),
    say(lang, 'help.details'),
    '',
  ].join('\n');
}
