// `tdkt fmt FILE|DIR... [--check] [--indent N|tab]`: canonical formatting in place (atomic writes), or a dry check.
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { format, normalizeSource, renderDiagnostics } from '@tdkt/language';
import { readInputFile, writeFileAtomic } from '../files.js';
import { type CliIo, ExitCode, type Lang } from '../io.js';
import { say } from '../messages/catalog.js';
import type { CommandInput } from '../spec.js';

type Outcome = 'unchanged' | 'changed' | 'broken' | 'missing' | 'unwritable';

function summary(lang: Lang, check: boolean, counts: Record<Outcome, number>, total: number): string {
  return say(lang, 'fmt.summary', {
    check,
    changed: counts.changed,
    total,
    bad: counts.broken + counts.missing + counts.unwritable,
  });
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
    const entries = readdirSync(isAbsolute(rel) ? rel : join(cwd, rel), { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : 1,
    );
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
    io.stderr(`${say(lang, 'fmt.bad-indent')}\n`);
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
      io.stderr(`${say(lang, 'fmt.missing', { path: name })}\n`);
      continue;
    }
    const result = format(text, { file: name, ...(indent === undefined ? {} : { indent }) });
    if (result.diagnostics.length > 0) {
      counts.broken++;
      io.stdout(`${renderDiagnostics(result.diagnostics, name, normalizeSource(text), { lang })}\n`);
      io.stderr(`${say(lang, 'fmt.broken', { path: name })}\n`);
      continue;
    }
    if (!result.changed) {
      counts.unchanged++;
      continue;
    }
    if (check) {
      counts.changed++;
      io.stdout(`${say(lang, 'fmt.would-change', { path: name })}\n`);
      continue;
    }
    try {
      writeFileAtomic(io.cwd, full, result.text, mode);
      counts.changed++;
      io.stdout(`${say(lang, 'fmt.changed', { path: name })}\n`);
    } catch {
      counts.unwritable++;
      io.stderr(`${say(lang, 'fmt.unwritable', { path: name })}\n`);
    }
  }
  const bad = counts.broken + counts.missing + counts.unwritable;
  io.stderr(`${summary(lang, check, counts, names.length)}\n`);
  if (bad > 0) return ExitCode.BadInput;
  return check && counts.changed > 0 ? ExitCode.Problems : ExitCode.Ok;
}
