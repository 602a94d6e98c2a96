// Writes dsl/ast.schema.json from the built package's zod AST (run after `pnpm build`).
import { writeFileSync } from 'node:fs';
import { astJsonSchema } from '../dist/index.js';

const out = new URL('../../../dsl/ast.schema.json', import.meta.url);
writeFileSync(out, `${JSON.stringify(astJsonSchema(), null, 2)}\n`);
console.log(`wrote ${out.pathname}`);
