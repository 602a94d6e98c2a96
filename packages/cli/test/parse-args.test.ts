import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/parse-args.js';
import type { CommandSpec } from '../src/spec.js';

const fake: CommandSpec = {
  name: 'date',
  usage: 'date PHRASE',
  summary: { vi: 'ngày', en: 'date' },
  options: {
    year: { type: 'string', help: { vi: '', en: '' } },
    event: { type: 'string', multiple: true, help: { vi: '', en: '' } },
    json: { type: 'boolean', help: { vi: '', en: '' } },
    format: { type: 'string', choices: ['mermaid', 'dot'], help: { vi: '', en: '' } },
  },
  positionals: { min: 1, max: 1 },
  load: () => Promise.reject(new Error('not loaded in tests')),
};
const table = [fake];

describe('parseArgs', () => {
  it('parses a command with options and a positional', () => {
    const parsed = parseArgs(['date', 'trước 30/6', '--year', '2024', '--json'], table);
    expect(parsed.kind).toBe('run');
    if (parsed.kind !== 'run') return;
    expect(parsed.input.positionals).toEqual(['trước 30/6']);
    expect(parsed.input.options).toEqual({ year: '2024', json: true });
    expect(parsed.input.lang).toBe('vi');
  });

  it('accepts --opt=value, repeated options and global options before the command', () => {
    const parsed = parseArgs(['--lang', 'en', 'date', 'x', '--event=a=2020-09-01', '--event', 'b=2020-09-02'], table);
    expect(parsed.kind === 'run' && parsed.input.options['event']).toEqual(['a=2020-09-01', 'b=2020-09-02']);
    expect(parsed.kind === 'run' && parsed.input.lang).toBe('en');
  });

  it('treats phrases that start with a dash followed by a digit as positionals', () => {
    const parsed = parseArgs(['date', '-15/6'], table);
    expect(parsed.kind === 'run' && parsed.input.positionals).toEqual(['-15/6']);
  });

  it('reports usage errors as data, with suggestions', () => {
    expect(parseArgs(['dat', 'x'], table)).toMatchObject({
      kind: 'error',
      error: { code: 'unknown-command', suggestion: 'date' },
    });
    expect(parseArgs(['date', 'x', '--jsn'], table)).toMatchObject({
      kind: 'error',
      error: { code: 'unknown-option', suggestion: '--json' },
    });
    expect(parseArgs(['date', 'x', '--year'], table)).toMatchObject({
      kind: 'error',
      error: { code: 'missing-value' },
    });
    expect(parseArgs(['date', 'x', '--format', 'png'], table)).toMatchObject({
      kind: 'error',
      error: { code: 'bad-choice' },
    });
    expect(parseArgs(['date'], table)).toMatchObject({ kind: 'error', error: { code: 'too-few-args' } });
    expect(parseArgs(['date', 'a', 'b'], table)).toMatchObject({
      kind: 'error',
      error: { code: 'too-many-args', extra: 'b' },
    });
    expect(parseArgs(['date', 'x', '--json=1'], table)).toMatchObject({
      kind: 'error',
      error: { code: 'unexpected-value' },
    });
  });

  it('reports errors in English when asked, wherever --lang stands', () => {
    expect(parseArgs(['nope', '--lang', 'en'], table)).toMatchObject({ kind: 'error', lang: 'en' });
  });

  it('answers help and version', () => {
    expect(parseArgs([], table)).toMatchObject({ kind: 'help', command: undefined });
    expect(parseArgs(['--help'], table)).toMatchObject({ kind: 'help', command: undefined });
    expect(parseArgs(['date', '--help'], table)).toMatchObject({ kind: 'help', command: fake });
    expect(parseArgs(['help', 'date'], table)).toMatchObject({ kind: 'help', command: fake });
    expect(parseArgs(['--version'], table)).toMatchObject({ kind: 'version' });
    expect(parseArgs(['-v'], table)).toMatchObject({ kind: 'version' });
  });
});
