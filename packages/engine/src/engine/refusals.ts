// Building typed refusals: messages from the engine's catalog, zod issues as field-level errors.

import type { Lang } from '@tdkt/calendar';
import { type ZodType, z } from 'zod';
import { refusalMessage } from '../messages.js';
import type { PermissionReason } from './organisation.js';
import type { FieldIssue, Refusal, RefusalCode } from './types.js';

/**
 * Field-level issues from a zod check, or none.
 *
 * @example
 * checkWith(z.object({ điểm: z.number() }), { điểm: 'x' }, 'data') // => [{ path: 'data.điểm', code: 'invalid_type', … }]
 * checkWith(z.object({ điểm: z.number() }), { điểm: 'x' }, 'data', 'vi')[0].message // => 'Đầu vào không hợp lệ: mong đợi số, nhận được string'
 */
export function checkWith(schema: ZodType, value: unknown, root: string, lang: Lang = 'en'): FieldIssue[] {
  // zod's own Vietnamese messages, for this parse only (no global z.config): a schema's own words still win.
  const result = lang === 'vi' ? schema.safeParse(value, { error: vietnamese() }) : schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: [root, ...issue.path.map(String)].filter((p) => p !== '').join('.'),
    message: issue.message,
    code: issue.code,
  }));
}

let viLocale: ReturnType<typeof z.locales.vi>['localeError'] | undefined;
const vietnamese = (): NonNullable<typeof viLocale> => (viLocale ??= z.locales.vi().localeError);

type Data = Refusal['data'];

/**
 * The refusal constructors, one per code; messages come from the engine's message catalog in `lang`.
 *
 * @example
 * refusals('en').closed('HS-1').message // => 'instance HS-1 is closed'
 */
export function refusals(lang: Lang) {
  const make = (code: RefusalCode, data: NonNullable<Data>, extra: Partial<Refusal> = {}): Refusal => ({
    code,
    message: refusalMessage({ code, data }, lang),
    data,
    ...extra,
  });
  return {
    unknownInstance: (id: string): Refusal => make('unknown-instance', { instance: id }),
    unknownWorkflow: (name: string, version?: number): Refusal =>
      make('unknown-workflow', version === undefined ? { workflow: name } : { workflow: name, version }),
    notAPlan: (name: string): Refusal => make('not-a-plan', { workflow: name }),
    closed: (id: string): Refusal => make('instance-closed', { instance: id }),
    exists: (id: string): Refusal => make('instance-exists', { instance: id }),
    versionConflict: (expected: number, actual: number): Refusal =>
      make(
        'version-conflict',
        { expectedVersion: expected, actualVersion: actual },
        { expectedVersion: expected, actualVersion: actual },
      ),
    noStep: (action: string, state: string): Refusal =>
      make('action-not-available', { action, state, reason: 'no-step' }, { reason: 'no-step' }),
    guarded: (action: string, state: string): Refusal =>
      make('action-not-available', { action, state, reason: 'guard' }, { reason: 'guard' }),
    notPermitted: (reason: PermissionReason): Refusal => make('not-permitted', { reason }, { reason }),
    /** A payload that is not JSON data (a cycle, a BigInt, too deep, not an object, …) at `path`. */
    notJson: (path: string, problem: string, code: string = problem): Refusal => {
      const text = jsonIssueText[problem]?.[lang] ?? problem;
      return make(
        'invalid-data',
        { issues: [`${path || '(value)'}: ${text}`] },
        { issues: [{ path, message: text, code }] },
      );
    },
    invalidData: (issues: readonly FieldIssue[]): Refusal =>
      make('invalid-data', { issues: issues.map((i) => `${i.path || '(value)'}: ${i.message}`) }, { issues }),
    invalidId: (field: string, problem: string): Refusal => make('invalid-id', { field, problem }),
    invalidActor: (field: string, problem: string): Refusal => make('invalid-actor', { field, problem }),
    tooLarge: (size: number, limit: number): Refusal => make('payload-too-large', { size, limit }),
    periodRequired: (workflow: string, steps: readonly string[]): Refusal =>
      make('period-required', { workflow, steps: [...steps] }),
    periodMismatch: (workflow: string, period: string, loaded: readonly string[]): Refusal =>
      make('period-mismatch', { workflow, period, loaded: [...loaded] }),
    noOrganisation: (workflow: string, unit: string): Refusal => make('no-organisation', { workflow, unit }),
  };
}

/** The refusal constructors of one language. */
export type Refusals = ReturnType<typeof refusals>;

/** What a JSON problem says about a field, as a field issue (vi, en). */
const jsonIssueText: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
  cycle: { vi: 'tự tham chiếu (vòng lặp): không phải dữ liệu JSON', en: 'refers to itself (a cycle): not JSON data' },
  bigint: { vi: 'là BigInt: không phải dữ liệu JSON', en: 'is a BigInt: not JSON data' },
  'too-deep': { vi: 'lồng quá sâu', en: 'is nested too deep' },
  'not-json': {
    vi: 'không phải dữ liệu JSON (hàm, symbol, số không hữu hạn, ký tự UTF-16 lẻ, đối tượng của lớp)',
    en: 'is not JSON data (functions, symbols, non-finite numbers, lone surrogates, class instances)',
  },
  'not-an-object': { vi: 'phải là một đối tượng', en: 'must be an object' },
};
