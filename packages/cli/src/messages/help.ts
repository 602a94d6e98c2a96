// CLI-level messages (usage errors, help), rendered per language from data.
import type { Lang } from '../io.js';
import type { UsageError } from '../parse-args.js';
import type { CommandSpec, OptionSpec } from '../spec.js';
import { globalOptions } from '../options.js';

/**
 * Renders a usage error in the requested language.
 *
 * @example
 * renderUsageError({ code: 'missing-command' }, 'en') // => 'no command given; try `tdkt --help`'
 */
export function renderUsageError(error: UsageError, lang: Lang): string {
  const vi = lang === 'vi';
  const didYouMean = (s: string | undefined): string => (s === undefined ? '' : vi ? `; có phải ý bạn là \`${s}\`?` : `; did you mean \`${s}\`?`);
  switch (error.code) {
    case 'missing-command':
      return vi ? 'chưa có lệnh; xem `tdkt --help`' : 'no command given; try `tdkt --help`';
    case 'unknown-command':
      return (vi ? `không có lệnh \`${error.name}\`` : `unknown command \`${error.name}\``) + didYouMean(error.suggestion);
    case 'unknown-option':
      return (vi ? `không có tuỳ chọn \`${error.option}\`` : `unknown option \`${error.option}\``) + didYouMean(error.suggestion);
    case 'missing-value':
      return vi ? `tuỳ chọn \`${error.option}\` cần một giá trị` : `option \`${error.option}\` needs a value`;
    case 'unexpected-value':
      return vi ? `tuỳ chọn \`${error.option}\` không nhận giá trị` : `option \`${error.option}\` takes no value`;
    case 'bad-choice':
      return vi
        ? `giá trị \`${error.value}\` không hợp lệ cho \`${error.option}\` (chọn một trong: ${error.choices.join(', ')})`
        : `invalid value \`${error.value}\` for \`${error.option}\` (one of: ${error.choices.join(', ')})`;
    case 'too-few-args':
      return vi ? `lệnh cần ít nhất ${error.min} tham số` : `the command needs at least ${error.min} argument(s)`;
    case 'too-many-args':
      return vi ? `thừa tham số \`${error.extra}\`` : `unexpected argument \`${error.extra}\``;
  }
}

function optionLines(options: Readonly<Record<string, OptionSpec>>, lang: Lang): string[] {
  return Object.entries(options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${spec.valueName ?? 'X'}` : ''}`;
    return `  ${flag.padEnd(30)} ${spec.help[lang]}`;
  });
}

/** The text of `tdkt --help` or `tdkt COMMAND --help`. */
export function renderHelp(commands: readonly CommandSpec[], command: CommandSpec | undefined, lang: Lang, version: string): string {
  const vi = lang === 'vi';
  if (command !== undefined) {
    return [
      `${vi ? 'Cách dùng' : 'Usage'}: tdkt ${command.usage}`,
      '',
      command.summary[lang],
      '',
      `${vi ? 'Tuỳ chọn' : 'Options'}:`,
      ...optionLines({ ...command.options, ...globalOptions }, lang),
      '',
    ].join('\n');
  }
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return [
    `tdkt ${version} — ${vi ? 'quy trình thi đua, khen thưởng ngành giáo dục' : 'emulation and commendation workflows for education'}`,
    '',
    `${vi ? 'Cách dùng' : 'Usage'}: tdkt <${vi ? 'lệnh' : 'command'}> [${vi ? 'tham số' : 'arguments'}] [--lang vi|en]`,
    '',
    `${vi ? 'Lệnh' : 'Commands'}:`,
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary[lang]}`),
    '',
    `${vi ? 'Tuỳ chọn chung' : 'Global options'}:`,
    ...optionLines(globalOptions, lang),
    '',
    vi
      ? 'Mã thoát: 0 tất cả ổn; 1 tệp hợp lệ nhưng kiểm tra phát hiện vấn đề; 2 đầu vào, tệp hoặc cách dùng sai;\n  70 lỗi nội bộ của tdkt (không phải lỗi của bạn; hãy báo lỗi).'
      : 'Exit codes: 0 all good; 1 valid files but a check found problems; 2 bad input, file or usage;\n  70 internal error in tdkt (not your mistake; please report it).',
    vi ? 'Xem `tdkt <lệnh> --help` để biết chi tiết.' : 'See `tdkt <command> --help` for details.',
    '',
  ].join('\n');
}
