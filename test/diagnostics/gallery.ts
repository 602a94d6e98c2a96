// The diagnostics gallery: one broken file per code, run through the language's check, rendered per language.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Lang, phraseMessages } from '@tdkt/calendar';
import {
  diagnosticHelp,
  diagnosticMessage,
  type FileDiagnostic,
  languageMessages,
  loadWorkspace,
  renderDiagnostic,
} from '@tdkt/language';

/** test/diagnostics (files are named relative to it, so goldens do not depend on the checkout's path). */
export const ROOT = dirname(fileURLToPath(import.meta.url));
export const CASES = join(ROOT, 'cases');
export const GOLDEN = join(ROOT, 'golden');

/**
 * Codes in the catalogs that no file can produce, with the reason (the coverage test accepts only these).
 */
export const UNREACHABLE: Readonly<Record<string, string>> = {
  'time.internal': 'an internal error of the calendar, never caused by the text',
  'time.no-lunar-calendar': 'the language always gives the calendar its lunar calendar',
  'time.empty': 'the language never hands the calendar an empty phrase (a missing phrase is a syntax error)',
  'syntax.lone-surrogate':
    'a file read as UTF-8 holds no lone surrogate; only text handed to the API or an editor can (tested in packages/language/test/syntax/parse.test.ts)',
  'time.unclosed-string':
    'the language reads a `"` as a string before a phrase reaches the calendar (see syntax.unclosed-string)',
};

/**
 * Codes in the catalogs whose gallery case exists but which the language does not produce yet (the case
 * shows the intended input). A code leaves this list as soon as the language reports it.
 */
export const PENDING: ReadonlySet<string> = new Set<string>([]);

/**
 * Every code of the language's and the calendar's message catalogs, sorted.
 *
 * @example
 * catalogCodes().includes('link.unknown-name') // => true
 */
export function catalogCodes(): string[] {
  return [...new Set([...Object.keys(languageMessages), ...Object.keys(phraseMessages)])].sort();
}

/**
 * The gallery's case names (`syntax.unknown-line` for cases/syntax.unknown-line.tdkt), sorted.
 *
 * @example
 * caseNames()[0] // => 'layout.bad-dedent'
 */
export function caseNames(): string[] {
  return readdirSync(CASES)
    .filter((f) => f.endsWith('.tdkt'))
    .map((f) => f.slice(0, -'.tdkt'.length))
    .sort();
}

export interface CaseResult {
  readonly name: string;
  /** The case's source without its first (header comment) line. */
  readonly source: string;
  readonly diagnostics: readonly FileDiagnostic[];
  /** Every diagnostic rendered with file:line:col, source line and caret. */
  render(lang: Lang, only?: string): string;
  /** The 1-based line of an offset in the case file. */
  lineOf(offset: number): number;
}

/**
 * Checks one case with the language's workspace loader (imports read from the gallery directory).
 *
 * @example
 * runCase('syntax.unknown-line').render('vi')
 */
export function runCase(name: string): CaseResult {
  const read = (path: string): string | undefined => {
    try {
      return readFileSync(join(ROOT, path), 'utf8');
    } catch {
      return undefined;
    }
  };
  const result = loadWorkspace([`cases/${name}.tdkt`], read);
  const text = read(`cases/${name}.tdkt`) ?? '';
  return {
    name,
    source: text.split('\n').slice(1).join('\n'),
    diagnostics: result.diagnostics,
    lineOf(offset) {
      return result.files.get(`cases/${name}.tdkt`)?.index.lineCol(offset).line ?? 1;
    },
    render(lang, only) {
      return result.diagnostics
        .filter((d) => only === undefined || d.code === only)
        .map((d) => {
          const file = result.files.get(d.file);
          return file
            ? renderDiagnostic(d, d.file, file.index, { lang })
            : `${d.file}:1:1: ${d.severity} ${d.code}: ${diagnosticMessage(d, lang)}`;
        })
        .join('\n');
    },
  };
}

/** A long case shown around the diagnostic's line (`line` counts the file's header comment as line 1). */
function excerpt(source: string, line: number | undefined): string {
  const lines = source.trimEnd().split('\n');
  if (lines.length <= 9 || line === undefined) return lines.join('\n');
  const at = line - 2; // index in `source`, which lacks the header line
  const from = Math.max(0, at - 6);
  const to = Math.min(lines.length, at + 3);
  return [...(from > 0 ? ['…'] : []), ...lines.slice(from, to), ...(to < lines.length ? ['…'] : [])].join('\n');
}

const GROUPS: ReadonlyArray<[string, string]> = [
  ['layout.', 'Thụt lề / Layout'],
  ['syntax.', 'Cú pháp / Syntax'],
  ['link.', 'Tên và tệp / Names and imports'],
  ['validate.', 'Kiểm tra quy trình và kế hoạch / Validation'],
  ['plan.', 'Thời gian của kế hoạch / How a plan’s times combine'],
  ['time.', 'Cụm từ thời gian / Time phrases'],
];

/**
 * docs/diagnostics.md, generated from the gallery: every code with its example, messages and help.
 *
 * @example
 * writeFileSync('docs/diagnostics.md', diagnosticsDoc(caseNames().map(runCase)))
 */
export function diagnosticsDoc(cases: readonly CaseResult[]): string {
  const out: string[] = [
    '# Các lỗi của tdkt / tdkt diagnostics',
    '',
    '<!-- Generated by test/diagnostics/gallery.test.ts from test/diagnostics/cases/ (`npx vitest run test/diagnostics -u` to regenerate). Do not edit by hand. -->',
    '',
    'Mỗi lỗi có một mã ổn định, một thông báo tiếng Việt (mặc định) và tiếng Anh (`--lang en`), và thường có',
    'một dòng gợi ý. `tdkt check` in mỗi lỗi dạng `tệp:dòng:cột: error MÃ: thông báo`, kèm dòng nguồn và dấu `^`',
    'dưới chỗ sai. Each diagnostic has a stable code, a Vietnamese (default) and an English (`--lang en`) message,',
    'often a help line; `tdkt check` prints it as `file:line:col: error CODE: message` with the source line and a',
    'caret underline. Every example below is a file of the gallery (`test/diagnostics/cases/`), and its output is',
    'checked by the test suite, so what you read here is what the tool prints.',
    '',
  ];
  const byName = new Map(cases.map((c) => [c.name, c]));
  // GitHub heading anchors: lower case, punctuation (the dots) dropped.
  const anchor = (code: string): string => `#${code.replace(/[^a-z0-9 -]/gu, '')}`;
  for (const [prefix, title] of GROUPS) {
    const names = [...byName.keys()].filter((n) => n.startsWith(prefix));
    if (names.length > 0) out.push(`- **${title}**: ${names.map((n) => `[\`${n}\`](${anchor(n)})`).join(', ')}`);
  }
  out.push('');
  for (const [prefix, title] of GROUPS) {
    const names = [...byName.keys()].filter((n) => n.startsWith(prefix));
    if (names.length === 0) continue;
    out.push(`## ${title}`, '');
    for (const name of names) {
      const c = byName.get(name)!;
      const d = c.diagnostics.find((x) => x.code === name);
      out.push(`### \`${name}\``, '');
      if (d) {
        out.push(`- vi: ${diagnosticMessage(d, 'vi')}`, `- en: ${diagnosticMessage(d, 'en')}`);
        const hv = diagnosticHelp(d, 'vi');
        if (hv !== '') out.push(`- gợi ý: ${hv}`, `- help: ${diagnosticHelp(d, 'en')}`);
        out.push(`- ${d.severity === 'error' ? 'mức: lỗi / severity: error' : `mức / severity: ${d.severity}`}`);
      }
      const line = d && d.file === `cases/${name}.tdkt` ? c.lineOf(d.span.start) : undefined;
      out.push(
        '',
        `[\`cases/${name}.tdkt\`](../test/diagnostics/cases/${name}.tdkt):`,
        '',
        '```',
        excerpt(c.source, line),
        '```',
        '',
        '```text',
        c.render('vi', name),
        '```',
        '',
      );
    }
  }
  out.push('## Không thể xảy ra từ văn bản / Not produced by any file', '');
  for (const [code, why] of Object.entries(UNREACHABLE)) out.push(`- \`${code}\`: ${why}`);
  out.push('');
  return out.join('\n');
}
