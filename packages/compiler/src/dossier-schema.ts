// The dossier schema of a procedure as a zod schema, used at start and on every event carrying data.
import { z } from 'zod';
import type { FieldIR, FieldType } from './ir.js';

function fieldSchema(type: FieldType): z.ZodType {
  switch (type.kind) {
    case 'text':
      return z.string();
    case 'number':
      return z.number().finite();
    case 'boolean':
      return z.boolean();
    case 'date':
      return z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
    case 'enum':
      return z.enum(type.values as [string, ...string[]]);
  }
}

/**
 * A strict zod object for a dossier: declared fields only, required ones present.
 *
 * @example
 * dossierSchema([{ name: 'số_năm', type: { kind: 'number' }, required: true }]).safeParse({ số_năm: 20 }).success // => true
 */
export function dossierSchema(fields: readonly FieldIR[]): z.ZodObject {
  const shape: Record<string, z.ZodType> = {};
  for (const field of fields) {
    const base = fieldSchema(field.type);
    shape[field.name] = field.required ? base : base.optional();
  }
  return z.strictObject(shape);
}

/** The schema for data carried by an event: any subset of the declared fields. */
export function dossierPatchSchema(fields: readonly FieldIR[]): z.ZodObject {
  return dossierSchema(fields.map((field) => ({ ...field, required: false })));
}

export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

/** Zod issues as field-level problems a host can show next to its form fields. */
export function fieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
