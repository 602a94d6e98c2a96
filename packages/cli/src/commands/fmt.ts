// `tdkt fmt FILE|DIR... [--check] [--indent N|tab]`: canonical formatting in place (atomic writes), or a dry check.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { readInputFile, writeFileAtomic } from '../files.js';
import { format, normalizeSource, renderDiagnostics } from '@tdkt/language';
import { ExitCode, type CliIo, type Lang } from '../io.js';
import type { CommandInput } from '../spec.js';

type Outcome = 'unchanged' | 'changed' | 'broken' | 'missing' | 'unwritable';

const MSG = {
  missing: { vi: (f: string) => `${f}: không đọc được tệp`, en: (f: string) => `${f}: cannot read the file` },
  unwritable: { vi: (f: string) => `${f}: không ghi được tệp (tệp cũ vẫn giữ nguyên)`, en: (f: string) => `${f}: cannot write the file (the old file is kept)` },
  broken: { vi: (f: string) => `${f}: có lỗi cú pháp, không định dạng (tệp giữ nguyên)`, en: (f: string) => `${f}: syntax errors, not formatted (file left untouched)` },
  wouldChange: { vi: (f: string) => `${f}: cần định dạng lại`, en: (f: string) => `${f}: would be reformatted` },
  changed: { vi: (f: string) => `${f}: đã định dạng`, en: (f: string) => `${f}: formatted` },
} as const;

function summary(lang: Lang, check: boolean, counts: Record<Outcome, number>, total: number): string {
  const bad = counts.broken + counts.missing + counts.unwritable;
  if (lang === 'vi') {
    const main = check ? `${counts.changed} trên ${total} tệp cần định dạng lại` : `đã định dạng ${counts.changed} trên ${total} tệp`;
    return bad > 0 ? `${main}; ${bad} tệp lỗi` : main;
  }
  const files = (n: number): string => `${n} file${n === 1 ? '' : 's'}`;
  const main = check ? `${counts.changed} of ${files(total)} would be reformatted` : `formatted ${counts.changed} of ${files(total)}`;
  return bad > 0 ? `${main}; ${files(bad)} with errors` : main;
}

/** A directory stands for the .tdkt files under it (sorted; hidden folders and node_modules skipped). */
function expand(name: string, cwd: string): string[] {
  const full = isAbsolute(name) ? name : join(cwd, name);
  let isDir = false;
  try {
    isDir = statSync(full).isDirectory();
  } catch {
    return [name];
  }
  if (!isDir) return [name];
  const out: string[] = [];
  const walk = (rel: string): void => {
    const entries = readdirSync(isAbsolute(rel) ? rel : join(cwd, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const e of entries) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const child = join(rel, e.name);
      if (e.isDirectory()) walk(child);
      else if (e.isFile() && e.name.endsWith('.tdkt')) out.push(child);
    }
  };
  walk(name);
  return out;
}

/** `--indent`: undefined when absent, null when invalid. */
function indentOption(value: unknown): number | 'tab' | undefined | null {
  if (value === undefined) return undefined;
  if (value === 'tab') return 'tab';
  if (typeof value === 'string' && /^[1-8]$/u.test(value)) return Number(value);
  return null;
}

/**
 * Formats each file (or every .tdkt file under a directory) in place; with `--check` writes nothing and lists the files that would change;
 * `--indent N|tab` overrides the indentation (default: tabs kept, else 2 spaces).
 * Exit 2 if a file is missing or has syntax errors (it is left untouched, its errors printed), else 1 if
 * `--check` found files to reformat, else 0.
 *
 * @example
 * await run({ command: 'fmt', positionals: ['kh.tdkt'], options: { check: true }, lang: 'vi' }, io)
 */
export async function run(input: CommandInput, io: CliIo): Promise<ExitCode> {
  const check = input.options['check'] === true;
  const lang = input.lang;
  const indent = indentOption(input.options['indent']);
  if (indent === null) {
    io.stderr(`${lang === 'vi' ? '`--indent` cần một số từ 1 đến 8 hoặc `tab`' : '`--indent` takes a number from 1 to 8 or `tab`'}\n`);
    return ExitCode.BadInput;
  }
  const counts: Record<Outcome, number> = { unchanged: 0, changed: 0, broken: 0, missing: 0, unwritable: 0 };
  const names = input.positionals.flatMap((name) => expand(name, io.cwd));
  for (const name of names) {
    let full = isAbsolute(name) ? name : join(io.cwd, name);
    let text: string;
    let mode: number;
    try {
      // Write through a symbolic link to its target, so the link survives the rename.
      full = realpathSync(full);
      const st = statSync(full);
      if (!st.isFile()) throw new Error('not a file');
      mode = st.mode & 0o777;
      const read = readInputFile(io.cwd, full);
      if (read === undefined) throw new Error('missing');
      text = read;
    } catch {
      counts.missing++;
      io.stderr(`${MSG.missing[lang](name)}\n`);
      continue;
    }
    const result = format(text, { file: name, ...(indent === undefined ? {} : { indent }) });
    if (result.diagnostics.length > 0) {
      counts.broken++;
      io.stdout(`${renderDiagnostics(result.diagnostics, name, normalizeSource(text), { lang })}\n`);
      io.stderr(`${MSG.broken[lang](name)}\n`);
      continue;
    }
    if (!result.changed) {
      counts.unchanged++;
      continue;
    }
    if (check) {
      counts.changed++;
      io.stdout(`${MSG.wouldChange[lang](name)}\n`);
      continue;
    }
    try {
      writeFileAtomic(io.cwd, full, result.text, mode);
      counts.changed++;
      io.stdout(`${MSG.changed[lang](name)}\n`);
    } catch {
      counts.unwritable++;
      io.stderr(`${MSG.unwritable[lang](name)}\n`);
    }
  }
  const bad = counts.broken + counts.missing + counts.unwritable;
  io.stderr(`${summary(lang, check, counts, names.length)}\n`);
  if (bad > 0) return ExitCode.BadInput;
  return check && counts.changed > 0 ? ExitCode.Problems : ExitCode.Ok;
}
