// Checks on what a caller sends before anything is stored: ids, actors, plain-JSON data and its size.
import { createHash } from 'node:crypto';
import type { ActorInfo } from '../store/types.js';

/** Limits on requests; `createEngine({ limits })` overrides them. */
export interface RequestLimits {
  /** Largest payload (dossier, action data, signal fields, a plan's dossiers), in bytes of its JSON text. Default 64 KB. */
  readonly maxPayloadBytes: number;
  /** Deepest nesting of objects and arrays in a payload. Default 32. */
  readonly maxDepth: number;
  /** Longest id (instance, unit, actor, role, action, workflow), in UTF-16 units. Default 200. */
  readonly maxIdLength: number;
}

export const DEFAULT_LIMITS: RequestLimits = { maxPayloadBytes: 64 * 1024, maxDepth: 32, maxIdLength: 200 };

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Whether a string is well-formed UTF-16 (no lone surrogate), i.e. can be written as UTF-8 text.
 *
 * @example
 * wellFormed('Kim Sơn') // => true
 */
export function wellFormed(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** Why an id is refused: empty, too long, a lone UTF-16 surrogate, or a control character. */
export type IdProblem = 'empty' | 'too-long' | 'lone-surrogate' | 'control-character' | 'not-a-string';

/**
 * What is wrong with an id, or null. Lone surrogates cannot be stored as UTF-8 text (PostgreSQL refuses
 * them, SQLite would mangle them), control characters break logs and audit exports.
 *
 * @example
 * idProblem('HS-2021-0042') // => null
 * idProblem('a\uD800') // => 'lone-surrogate'
 */
export function idProblem(id: unknown, limits: Pick<RequestLimits, 'maxIdLength'> = DEFAULT_LIMITS): IdProblem | null {
  if (typeof id !== 'string') return 'not-a-string';
  if (id.length === 0) return 'empty';
  if (id.length > limits.maxIdLength) return 'too-long';
  if (!wellFormed(id)) return 'lone-surrogate';
  // C0 and C1 control characters, DEL.
  if (/[\u0000-\u001f\u007f-\u009f]/u.test(id)) return 'control-character';
  return null;
}

/**
 * What is wrong with an actor, or null: it must be an object with string `id`, `role` and `unit`, each a
 * valid id (the unit may be empty: a host's service account outside the unit tree).
 *
 * @example
 * actorProblem({ id: 'gv-1', role: 'cá_nhân' }) // => { field: 'actor.unit', problem: 'not-a-string' }
 */
export function actorProblem(
  actor: unknown,
  limits: Pick<RequestLimits, 'maxIdLength'> = DEFAULT_LIMITS,
): { field: string; problem: IdProblem | 'missing' } | null {
  if (actor === null || typeof actor !== 'object' || Array.isArray(actor))
    return { field: 'actor', problem: 'missing' };
  for (const key of ['id', 'role', 'unit'] as const) {
    const value = (actor as Record<string, unknown>)[key];
    // A host's service account may stand outside the unit tree (unit ''); who and in what role, never.
    if (key === 'unit' && value === '') continue;
    const problem = idProblem(value, limits);
    if (problem !== null) return { field: `actor.${key}`, problem };
  }
  return null;
}

/** Why a payload is not plain JSON. */
export type JsonProblem = 'cycle' | 'bigint' | 'too-deep' | 'not-json' | 'not-an-object';

/**
 * The first reason `value` is not plain JSON data (objects with a plain prototype, arrays, strings,
 * finite numbers, booleans, null), with its path; null when it is. Strings with lone surrogates are not
 * JSON text either.
 *
 * @example
 * jsonProblem({ a: 1n }) // => { path: 'a', problem: 'bigint' }
 */
export function jsonProblem(
  value: unknown,
  maxDepth: number = DEFAULT_LIMITS.maxDepth,
): { path: string; problem: JsonProblem } | null {
  const stack = new Set<object>();
  const visit = (v: unknown, path: string, depth: number): { path: string; problem: JsonProblem } | null => {
    if (v === null || typeof v === 'boolean') return null;
    if (typeof v === 'string') return wellFormed(v) ? null : { path, problem: 'not-json' };
    if (typeof v === 'number') return Number.isFinite(v) ? null : { path, problem: 'not-json' };
    if (typeof v === 'bigint') return { path, problem: 'bigint' };
    if (typeof v !== 'object') return { path, problem: 'not-json' };
    if (depth >= maxDepth) return { path, problem: 'too-deep' };
    if (stack.has(v)) return { path, problem: 'cycle' };
    const proto = Object.getPrototypeOf(v) as unknown;
    if (!Array.isArray(v) && proto !== Object.prototype && proto !== null) return { path, problem: 'not-json' };
    stack.add(v);
    try {
      const entries: [string, unknown][] = Array.isArray(v) ? v.map((x, i) => [String(i), x]) : Object.entries(v);
      for (const [key, inner] of entries) {
        if (!wellFormed(key)) return { path, problem: 'not-json' };
        const found = visit(inner, path === '' ? key : `${path}.${key}`, depth + 1);
        if (found !== null) return found;
      }
    } finally {
      stack.delete(v);
    }
    return null;
  };
  return visit(value, '', 0);
}

/** A payload's size and hash: what the audit keeps of a refused request instead of the payload itself. */
export interface PayloadDigest {
  readonly size: number;
  readonly sha256: string;
}

/**
 * The size (bytes of its JSON text, UTF-8) and SHA-256 of a payload; for data that is not JSON, of a
 * best-effort rendering (cycles and BigInts written as markers), so even a bad payload has a digest.
 *
 * @example
 * digest({ a: 1 }) // => { size: 7, sha256: '015abd7f…' }
 */
export function digest(value: unknown): PayloadDigest {
  let text: string;
  try {
    text = JSON.stringify(value) ?? 'undefined';
  } catch {
    const seen = new WeakSet<object>();
    text =
      JSON.stringify(value, (_key, v: unknown) => {
        if (typeof v === 'bigint') return `${v}n`;
        if (v !== null && typeof v === 'object') {
          if (seen.has(v)) return '[cycle]';
          seen.add(v);
        }
        return v;
      }) ?? 'undefined';
  }
  const bytes = Buffer.from(text, 'utf8');
  return { size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * The size of a payload's JSON text in UTF-8 bytes (for plain JSON data; `jsonProblem` first).
 *
 * @example
 * payloadSize({ tên: 'Sơn' }) // => 16
 */
export function payloadSize(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

/** An id safe to write into the audit: the id itself when valid, else a marker with its hash. */
export function auditId(id: unknown, limits: Pick<RequestLimits, 'maxIdLength'> = DEFAULT_LIMITS): string {
  if (idProblem(id, limits) === null) return id as string;
  return `invalid-id:${digest(typeof id === 'string' ? id : String(id)).sha256.slice(0, 16)}`;
}

/** An actor safe to write into the audit. */
export function auditActor(actor: unknown, limits: Pick<RequestLimits, 'maxIdLength'> = DEFAULT_LIMITS): ActorInfo {
  const record = actor !== null && typeof actor === 'object' ? (actor as Record<string, unknown>) : {};
  const field = (key: string): string =>
    record[key] === undefined || record[key] === '' ? '' : auditId(record[key], limits);
  return { id: field('id'), role: field('role'), unit: field('unit') };
}
