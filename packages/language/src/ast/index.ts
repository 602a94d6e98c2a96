// The AST's public surface: zod schemas (runtime) and their TypeScript types, plus the JSON Schema.
import { z } from 'zod';
import { SourceFile } from './file.js';

export * from './common.js';
export * from './expr.js';
export * from './file.js';
export * from './organisation.js';
export * from './plan.js';
export * from './procedure.js';

/**
 * The AST's JSON Schema (what `dsl/ast.schema.json` holds).
 *
 * @example
 * JSON.stringify(astJsonSchema(), null, 2)
 */
export function astJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(SourceFile, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    cycles: 'ref',
    reused: 'ref',
  }) as Record<string, unknown>;
}
