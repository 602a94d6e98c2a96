// format(): golden outputs for representative files, AST preservation, idempotence, refusal on syntax errors.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { astEqual, format, stripSpans } from '../../src/format/index.js';
import { parse } from '../../src/syntax/parse.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const GOLDEN = join(HERE, 'golden');
const ROOT = join(HERE, '..', '..', '..', '..');

const inputs = readdirSync(GOLDEN)
  .filter((f) => f.endsWith('.input.tdkt'))
  .sort();

describe('format: golden files', () => {
  // The expected outputs are file snapshots: `npx vitest run packages/language/test/format -u` rewrites them.
  it.each(inputs)('%s', async (name) => {
    const input = readFileSync(join(GOLDEN, name), 'utf8');
    const expectedPath = join(GOLDEN, name.replace('.input.', '.output.'));
    const r = format(input, { file: name });
    expect(r.diagnostics).toEqual([]);
    expect(r.mode).toBe('full');
    await expect(r.text).toMatchFileSnapshot(expectedPath);
    expect(astEqual(parse(r.text, name).ast, parse(input, name).ast)).toBe(true);
    const again = format(r.text, { file: name });
    expect(again.text).toBe(r.text);
    expect(again.changed).toBe(false);
  });
});

describe('format: the golden folder', () => {
  it('holds an expected output only beside its input', () => {
    const outputs = readdirSync(GOLDEN).filter((f) => f.endsWith('.output.tdkt'));
    expect(outputs.filter((f) => !inputs.includes(f.replace('.output.', '.input.')))).toEqual([]);
  });
});

describe('format: the repository files', () => {
  const files = [
    ...readdirSync(join(ROOT, 'dsl/lib')).map((f) => join(ROOT, 'dsl/lib', f)),
    ...readdirSync(join(ROOT, 'workflows'))
      .filter((f) => f.endsWith('.tdkt'))
      .map((f) => join(ROOT, 'workflows', f)),
  ].filter((f) => f.endsWith('.tdkt'));
  it.each(files.map((f) => [f.slice(ROOT.length + 1), f]))('%s keeps its AST and is stable', (_name, path) => {
    const input = readFileSync(path, 'utf8');
    const r = format(input);
    expect(r.diagnostics).toEqual([]);
    expect(r.mode).toBe('full');
    expect(astEqual(parse(r.text, 'x').ast, parse(input, 'x').ast)).toBe(true);
    expect(format(r.text).text).toBe(r.text);
  });
});

describe('format: the broken files of the diagnostics gallery', () => {
  const dir = join(ROOT, 'test/diagnostics/cases');
  const files = readdirSync(dir).filter((f) => f.endsWith('.tdkt'));
  it.each(files)('%s: untouched when it has syntax errors, else formatted with its AST kept', (name) => {
    const input = readFileSync(join(dir, name), 'utf8');
    const r = format(input);
    const blocking = name.startsWith('syntax.') || name.startsWith('layout.');
    if (blocking) {
      expect(r.text).toBe(input);
      expect(r.diagnostics.length).toBeGreaterThan(0);
      return;
    }
    expect(r.diagnostics).toEqual([]);
    expect(astEqual(parse(r.text, 'x').ast, parse(input, 'x').ast)).toBe(true);
    expect(format(r.text).text).toBe(r.text);
  });
});

describe('format: decisions', () => {
  it('respells every keyword in Vietnamese and keeps strings and names verbatim', () => {
    const r = format('plan "Plan: before is inclusive"\n  year 2024\n  before is inclusive\n');
    expect(r.text).toBe('kế hoạch "Plan: before is inclusive"\n  năm 2024\n  trước tính cả ngày\n');
  });

  it('respells time phrases only through the calendar, and keeps a phrase it cannot read as written', () => {
    const text =
      'quy trinh x\n  buoc a do b han truoc ngay 20-05-2021\n    nop -> c\n  buoc c do b han hạn_tổ\n    mat 3 ngay lam viec\n    nop -> d\n  ket thuc d\n';
    expect(format(text).text).toBe(
      'quy trình x\n  bước a do b hạn trước 20/5/2021\n    nộp -> c\n  bước c do b hạn hạn_tổ\n    mất 3 ngày làm việc\n    nộp -> d\n  kết thúc d\n',
    );
  });

  it('writes operators and the school-year dash in ASCII', () => {
    expect(format('ke hoach "KH – 2020"\n  nam hoc 2020 – 2021\n').text).toBe(
      'kế hoạch "KH – 2020"\n  năm học 2020-2021\n',
    );
  });

  it('keeps multi-word references that contain keywords as written (`do hoi dong truong`)', () => {
    const r = format('quy trinh x\n  buoc a do hoi dong truong\n    nop -> d\n  ket thuc d\n');
    expect(r.text).toBe('quy trình x\n  bước a do hoi dong truong\n    nộp -> d\n  kết thúc d\n');
  });

  it('respells parameter values the calendar reads, and keeps any other value as written', () => {
    const r = format(
      'quy trinh x\n  tham so\n    h = truoc  15/5\n    d = 5 ngay lam viec\n    n = co\n    s = "truoc"\n    w = hai  tuần nữa\n  buoc a do b\n    nop -> d\n  ket thuc d\n',
    );
    expect(r.text).toContain(
      '    h = trước 15/5\n    d = 5 ngày làm việc\n    n = có\n    s = "truoc"\n    w = hai  tuần nữa\n',
    );
  });

  it('returns a file with syntax errors unchanged, with the errors', () => {
    const text = 'ke hoach "KH"\n  nam 2024\n  bogus line\n';
    const r = format(text);
    expect(r.text).toBe(text);
    expect(r.changed).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['syntax.unknown-line']);
  });

  it('normalises NFD text to NFC and drops a byte-order mark', () => {
    const nfc = 'kế hoạch "Kế hoạch"\n  năm 2024\n';
    expect(format(`\ufeff${nfc.normalize('NFD')}`).text).toBe(nfc);
  });

  it('honours an explicit indentation option', () => {
    expect(format('ke hoach "KH"\n\tnam 2024\n', { indent: 4 }).text).toBe('kế hoạch "KH"\n    năm 2024\n');
    expect(format('ke hoach "KH"\n  nam 2024\n', { indent: 'tab' }).text).toBe('kế hoạch "KH"\n\tnăm 2024\n');
  });

  it('places comment lines with the next code line, or with the block above when indented deeper', () => {
    const text =
      'quy trinh x\n    buoc a do b\n        nop -> d\n        # about a\n# about the finals\n    ket thuc d\n';
    expect(format(text).text).toBe(
      'quy trình x\n  bước a do b\n    nộp -> d\n    # about a\n  # about the finals\n  kết thúc d\n',
    );
  });

  it('keeps a trailing comment on the first line when a line is split', () => {
    const text = 'quy trinh x\n  buoc a do b mat 3 ngay # slow\n    nop -> d\n  ket thuc d\n';
    expect(format(text).text).toBe('quy trình x\n  bước a do b # slow\n    mất 3 ngày\n    nộp -> d\n  kết thúc d\n');
  });

  it('formats an empty or comment-only file', () => {
    expect(format('').text).toBe('');
    expect(format('\n\n  # only a comment  \n\n').text).toBe('# only a comment\n');
  });

  it('compares ASTs modulo spans and phrase spelling', () => {
    const a = parse('ke hoach "KH"\n  nam 2024\n  ban hanh 24/1/2024\n', 'a').ast;
    const b = parse('kế hoạch "KH"\n\n  năm 2024\n  ban hành ngày 24/01/2024\n', 'b').ast;
    expect(astEqual(a, b)).toBe(true);
    expect(JSON.stringify(stripSpans(a))).not.toContain('span');
    expect(astEqual(a, parse('ke hoach "KH2"\n  nam 2024\n', 'a').ast)).toBe(false);
  });
});
