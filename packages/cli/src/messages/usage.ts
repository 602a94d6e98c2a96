// The words of usage errors and of `tdkt --help` (vi, en), keyed by id.
import { fixed, message } from '@tdkt/calendar/text';

type Option = { option: string };
type Suggestion = { suggestion: string };
const didYouMean = {
  vi: (s: string): string => (s === '' ? '' : `; có phải ý bạn là \`${s}\`?`),
  en: (s: string): string => (s === '' ? '' : `; did you mean \`${s}\`?`),
};

export const usageMessages = {
  'usage.missing-command': fixed('chưa có lệnh; xem `tdkt --help`', 'no command given; try `tdkt --help`'),
  'usage.unknown-command': message<{ name: string } & Suggestion>(
    (d) => `không có lệnh \`${d.name}\`${didYouMean.vi(d.suggestion)}`,
    (d) => `unknown command \`${d.name}\`${didYouMean.en(d.suggestion)}`,
  ),
  'usage.unknown-option': message<Option & Suggestion>(
    (d) => `không có tuỳ chọn \`${d.option}\`${didYouMean.vi(d.suggestion)}`,
    (d) => `unknown option \`${d.option}\`${didYouMean.en(d.suggestion)}`,
  ),
  'usage.missing-value': message<Option>(
    (d) => `tuỳ chọn \`${d.option}\` cần một giá trị`,
    (d) => `option \`${d.option}\` needs a value`,
  ),
  'usage.unexpected-value': message<Option>(
    (d) => `tuỳ chọn \`${d.option}\` không nhận giá trị`,
    (d) => `option \`${d.option}\` takes no value`,
  ),
  'usage.bad-choice': message<Option & { value: string; choices: string }>(
    (d) => `giá trị \`${d.value}\` không hợp lệ cho \`${d.option}\` (chọn một trong: ${d.choices})`,
    (d) => `invalid value \`${d.value}\` for \`${d.option}\` (one of: ${d.choices})`,
  ),
  'usage.too-few-args': message<{ min: number }>(
    (d) => `lệnh cần ít nhất ${d.min} tham số`,
    (d) => `the command needs at least ${d.min} argument(s)`,
  ),
  'usage.too-many-args': message<{ extra: string }>(
    (d) => `thừa tham số \`${d.extra}\``,
    (d) => `unexpected argument \`${d.extra}\``,
  ),
  'usage.see': message<{ where: string }>(
    (d) => `xem \`${d.where}\``,
    (d) => `see \`${d.where}\``,
  ),
  'internal-error': message<{ reason: string }>(
    (d) => `lỗi nội bộ (không phải lỗi của bạn): ${d.reason}`,
    (d) => `internal error (not your mistake): ${d.reason}`,
  ),
  'help.title': fixed(
    'quy trình thi đua, khen thưởng ngành giáo dục',
    'emulation and commendation workflows for education',
  ),
  'help.usage': fixed('Cách dùng', 'Usage'),
  'help.usage-line': fixed('tdkt <lệnh> [tham số] [--lang vi|en]', 'tdkt <command> [arguments] [--lang vi|en]'),
  'help.options': fixed('Tuỳ chọn', 'Options'),
  'help.commands': fixed('Lệnh', 'Commands'),
  'help.global-options': fixed('Tuỳ chọn chung', 'Global options'),
  'help.exit-codes': fixed(
    'Mã thoát: 0 tất cả ổn; 1 tệp hợp lệ nhưng kiểm tra phát hiện vấn đề; 2 đầu vào, tệp hoặc cách dùng sai;\n  70 lỗi nội bộ của tdkt (không phải lỗi của bạn; hãy báo lỗi).',
    'Exit codes: 0 all good; 1 valid files but a check found problems; 2 bad input, file or usage;\n  70 internal error in tdkt (not your mistake; please report it).',
  ),
  'help.details': fixed('Xem `tdkt <lệnh> --help` để biết chi tiết.', 'See `tdkt <command> --help` for details.'),
} as const;
