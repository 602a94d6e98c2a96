// AST comparison modulo source positions: what "format keeps the AST" means, made checkable.

/**
 * A deep copy of an AST (or any plain data) without `span` fields. Time and duration phrases (and parameter
 * values) the calendar parsed are compared by their parsed expression, not by their spelling
 * (`truoc 15/5` = `trước 15/5`); phrases it could not parse keep their text.
 *
 * @example
 * stripSpans({ kind: 'Ref', name: 'a', span: { start: 0, end: 1 } }) // => { kind: 'Ref', name: 'a' }
 */
export function stripSpans(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSpans);
  if (value === null || typeof value !== 'object') return value;
  const node = value as Record<string, unknown>;
  const phrase = (node['kind'] === 'Time' || node['kind'] === 'Duration') && node['expr'] !== undefined;
  // A parameter value the calendar read is compared by that reading too (`truoc 15/5` = `trước 15/5`).
  const valuePhrase = node['kind'] === 'Value' && node['type'] === 'phrase' && node['expr'] !== undefined;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(node)) {
    if (key === 'span' || v === undefined) continue;
    if (phrase && key === 'text') continue;
    if (valuePhrase && key === 'value') continue;
    // The file name is the caller's, not the text's.
    if (key === 'file' && node['kind'] === 'File') continue;
    out[key] = stripSpans(v);
  }
  return out;
}

/** Structural equality of plain data (key order ignored, `undefined` fields = missing fields). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object')
    return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => deepEqual(x, bb[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(rb, k) && deepEqual(ra[k], rb[k]));
}

/**
 * Whether two ASTs are equal modulo spans (and phrase spelling, see `stripSpans`).
 *
 * @example
 * astEqual(parse(a, 'x').ast, parse(format(a).text, 'x').ast) // => true
 */
export function astEqual(a: unknown, b: unknown): boolean {
  return deepEqual(stripSpans(a), stripSpans(b));
}
