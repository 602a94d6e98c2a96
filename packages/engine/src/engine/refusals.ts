// Building typed refusals: messages, zod issues as field-level errors, data shape checks.
import type { ZodType } from 'zod';
import type { PermissionReason } from './organisation.js';
import type { FieldIssue, Refusal } from './types.js';

/**
 * Field-level issues from a zod check, or none.
 *
 * @example
 * checkWith(z.object({ điểm: z.number() }), { điểm: 'x' }, 'data') // => [{ path: 'data.điểm', code: 'invalid_type', … }]
 */
export function checkWith(schema: ZodType, value: unknown, root: string): FieldIssue[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    path: [root, ...issue.path.map(String)].filter((p) => p !== '').join('.'),
    message: issue.message,
    code: issue.code,
  }));
}

/**
 * Data must be absent or a plain JSON object.
 *
 * @example
 * isPlainData([1]) // => false
 */
export function isPlainData(data: unknown): boolean {
  if (data === undefined) return true;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false;
  const proto = Object.getPrototypeOf(data) as unknown;
  return proto === Object.prototype || proto === null;
}

const permissionText: Record<PermissionReason, string> = {
  'wrong-role': 'the actor does not hold the role that acts in this step',
  'out-of-scope': "the actor's unit is outside the step's scope for this instance",
  'not-owner': 'only the owner of the dossier acts in this step',
};

/** The refusal constructors, one per code. */
export const refuse = {
  unknownInstance: (id: string): Refusal => ({ code: 'unknown-instance', message: `no instance ${id}` }),
  unknownWorkflow: (name: string, version?: number): Refusal => ({
    code: 'unknown-workflow',
    message: version === undefined ? `no workflow ${name} is loaded` : `workflow ${name} version ${version} is not loaded`,
  }),
  closed: (id: string): Refusal => ({ code: 'instance-closed', message: `instance ${id} is closed` }),
  versionConflict: (expected: number, actual: number): Refusal => ({
    code: 'version-conflict',
    message: `expected version ${expected}, the instance is at ${actual}`,
    expectedVersion: expected,
    actualVersion: actual,
  }),
  noStep: (action: string, state: string): Refusal => ({
    code: 'action-not-available',
    message: `action ${action} is not available in state ${state}`,
    reason: 'no-step',
  }),
  guarded: (action: string, state: string): Refusal => ({
    code: 'action-not-available',
    message: `action ${action} is not allowed by the conditions of state ${state}`,
    reason: 'guard',
  }),
  notPermitted: (reason: PermissionReason): Refusal => ({ code: 'not-permitted', message: permissionText[reason], reason }),
  invalidData: (issues: readonly FieldIssue[]): Refusal => ({
    code: 'invalid-data',
    message: issues.map((i) => `${i.path || '(value)'}: ${i.message}`).join('; '),
    issues,
  }),
};
