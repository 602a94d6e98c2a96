// The CLI's words about files it reads and writes (vi, en), keyed by code, and the rendering of a file problem.
import type { Lang } from '@tdkt/calendar';
import { fixed, message } from '@tdkt/calendar/text';

/** Why a file could not be used: a system error code, or the kind of a non-regular file. */
const causes = {
  ENOENT: fixed('không có tệp hay thư mục này', 'no such file or directory'),
  EACCES: fixed('không có quyền', 'permission denied'),
  EPERM: fixed('không được phép', 'operation not permitted'),
  EROFS: fixed('hệ thống tệp chỉ đọc', 'read-only file system'),
  ENOSPC: fixed('hết chỗ trên đĩa', 'no space left on device'),
  ENOTDIR: fixed('một phần của đường dẫn không phải thư mục', 'a part of the path is not a directory'),
  EISDIR: fixed('là một thư mục', 'is a directory'),
  ENAMETOOLONG: fixed('tên quá dài', 'name too long'),
  symlink: fixed('một liên kết tượng trưng', 'a symbolic link'),
  directory: fixed('một thư mục', 'a directory'),
  fifo: fixed('một đường ống (FIFO)', 'a pipe (FIFO)'),
  device: fixed('một thiết bị', 'a device'),
  socket: fixed('một socket', 'a socket'),
} as const;

type Where = { path: string; cause: string };

export const fileMessages = {
  'file.unreadable': message<Where>(
    (d) => `không đọc được \`${d.path}\`: ${d.cause}`,
    (d) => `cannot read \`${d.path}\`: ${d.cause}`,
  ),
  'file.not-regular': message<Where>(
    (d) => `\`${d.path}\` là ${d.cause}, không phải tệp thường: tdkt chỉ đọc tệp thường`,
    (d) => `\`${d.path}\` is ${d.cause}, not a regular file: tdkt reads regular files only`,
  ),
  'file.too-large': message<{ path: string; limit: string }>(
    (d) => `\`${d.path}\` lớn hơn giới hạn ${d.limit} mà tdkt đọc`,
    (d) => `\`${d.path}\` is larger than the ${d.limit} tdkt reads`,
  ),
  'file.unwritable': message<Where>(
    (d) => `không ghi được \`${d.path}\`: ${d.cause}`,
    (d) => `cannot write \`${d.path}\`: ${d.cause}`,
  ),
  'file.not-regular-target': message<Where>(
    (d) => `không ghi đè \`${d.path}\`: đó là ${d.cause}, không phải tệp thường (hãy chọn tên tệp khác)`,
    (d) => `will not replace \`${d.path}\`: it is ${d.cause}, not a regular file (choose another file name)`,
  ),
} as const;

/** A file that could not be read or written, as data: which file, and the system's code or the file's kind. */
export interface FileProblem {
  readonly code: keyof typeof fileMessages;
  readonly path: string;
  /** `EACCES`, `ENOENT`, … or a kind (`symlink`, `fifo`, `device`, `directory`, `socket`). */
  readonly cause: string;
  /** For `file.too-large`: the limit in bytes. */
  readonly limit?: number;
}

/**
 * A file problem in `lang`, with the system's error code kept for searching.
 *
 * @example
 * renderFileProblem({ code: 'file.unwritable', path: 'out.html', cause: 'EACCES' }, 'en')
 * // => 'cannot write `out.html`: permission denied (EACCES)'
 */
export function renderFileProblem(problem: FileProblem, lang: Lang): string {
  const { path, cause } = problem;
  if (problem.code === 'file.too-large') {
    return fileMessages['file.too-large'][lang]({
      path,
      limit: `${Math.round((problem.limit ?? 0) / 1024 / 1024)} MiB`,
    });
  }
  const known = (
    causes as Readonly<Record<string, { readonly vi: (d: object) => string; readonly en: (d: object) => string }>>
  )[cause];
  const words =
    known === undefined ? cause : /^E[A-Z]+$/u.test(cause) ? `${known[lang]({})} (${cause})` : known[lang]({});
  return fileMessages[problem.code][lang]({ path, cause: words });
}
