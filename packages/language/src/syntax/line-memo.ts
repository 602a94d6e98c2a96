// Reuse between parses of an edited file: a line's tokens, a line grammar's result, a phrase's reading.
import type { Diagnostic } from '@tdkt/calendar';
import type { LineOutcome, P } from './parsec.js';
import type { LineTokens } from './tokens.js';

/**
 * Remembers, for the next parse, what depends on a line's text alone: its tokens (offsets from the line's
 * start), what each line grammar made of it (copied with its spans moved to where the line now starts),
 * and how the calendar read each time phrase. An editor that re-parses a file after a keystroke then
 * re-parses the edited line only. Entries live for two parses (the one that made them and the next), so
 * memory stays bounded by the size of the file.
 */
export interface LineMemo {
  /** Starts a parse: what the previous parse did not use is forgotten. */
  begin(): void;
  /** A line's tokens by its text, lexing on a miss (shared: never changed by their users). */
  tokens(text: string, lex: () => LineTokens): LineTokens;
  /** The outcome of `parser` on the line with `text` starting at `start`, computing it on a miss. */
  outcome<R>(
    parser: P<R>,
    expected: string,
    text: string,
    start: number,
    compute: () => LineOutcome<R>,
  ): LineOutcome<R>;
  /** A phrase's reading by kind and text, computing it on a miss (shared: spans are phrase-relative). */
  phrase<R>(kind: string, text: string, read: () => R): R;
}

interface Entry {
  readonly start: number;
  readonly value: unknown;
}

/** A line result holding something other than plain data (a token, say) is not remembered. */
const NOT_PLAIN = Symbol('not plain');

/**
 * Creates an empty memo; pass it to `parse` through its options, the same memo for every parse of a file.
 *
 * @example
 * const memo = createLineMemo();
 * parse(text, 'a.tdkt', { memo }); parse(edited, 'a.tdkt', { memo }) // the second reuses unchanged lines
 */
export function createLineMemo(): LineMemo {
  // Keyed by what reads the text, then by the text itself: the line's string is hashed once, not per key.
  type Generation = Map<string, Map<string, Entry>>;
  let current: Generation = new Map();
  let previous: Generation = new Map();
  const ids = new WeakMap<object, number>();
  let nextId = 0;
  const idOf = (parser: object): number => {
    let id = ids.get(parser);
    if (id === undefined) ids.set(parser, (id = nextId++));
    return id;
  };
  const table = (g: Generation, reader: string): Map<string, Entry> => {
    let t = g.get(reader);
    if (t === undefined) g.set(reader, (t = new Map()));
    return t;
  };
  const known = (reader: string, text: string): Entry | undefined => {
    const now = table(current, reader);
    let entry = now.get(text);
    if (entry === undefined) {
      entry = previous.get(reader)?.get(text);
      if (entry !== undefined) now.set(text, entry);
    }
    return entry;
  };
  const keep = (reader: string, text: string, entry: Entry): void => {
    table(current, reader).set(text, entry);
  };
  /** A value that depends on the text alone (shared as it is: its users never change it). */
  const shared = <V>(reader: string, text: string, compute: () => V): V => {
    const entry = known(reader, text);
    if (entry !== undefined) return entry.value as V;
    const value = compute();
    keep(reader, text, { start: 0, value });
    return value;
  };
  return {
    begin() {
      previous = current;
      current = new Map();
    },
    tokens(text, lex) {
      return shared('tokens', text, lex);
    },
    outcome<R>(
      parser: P<R>,
      expected: string,
      text: string,
      start: number,
      compute: () => LineOutcome<R>,
    ): LineOutcome<R> {
      const reader = `${idOf(parser)}:${expected}`;
      const entry = known(reader, text);
      if (entry !== undefined) return moved(entry.value, start - entry.start) as LineOutcome<R>;
      const outcome = compute();
      try {
        // The caller may change what it gets (times attached later): keep a copy of our own.
        keep(reader, text, { start, value: moved(outcome, 0) });
      } catch (e) {
        if (e !== NOT_PLAIN) throw e;
      }
      return outcome;
    },
    phrase<R>(kind: string, text: string, read: () => R): R {
      return shared(`phrase:${kind}`, text, read);
    },
  };
}

/** A deep copy of plain data with every `span` (and a diagnostic's span) moved by `delta`. */
function moved<T>(value: T, delta: number): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v: unknown) => moved(v, delta)) as T;
  const proto = Object.getPrototypeOf(value) as unknown;
  if ((proto !== Object.prototype && proto !== null) || 'pos' in value) throw NOT_PLAIN;
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const v = (value as Record<string, unknown>)[key];
    out[key] = key === 'span' && isSpan(v) ? { start: v.start + delta, end: v.end + delta } : moved(v, delta);
  }
  return out as T;
}

function isSpan(v: unknown): v is Diagnostic['span'] {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { start?: unknown }).start === 'number' &&
    typeof (v as { end?: unknown }).end === 'number'
  );
}
