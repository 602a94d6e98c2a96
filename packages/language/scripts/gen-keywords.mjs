// Generates src/keywords/table.generated.ts from dsl/keywords.json (the single source of keywords).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../../../', import.meta.url);
const table = JSON.parse(readFileSync(new URL('dsl/keywords.json', root), 'utf8'));
const out = fileURLToPath(new URL('packages/language/src/keywords/table.generated.ts', root));
const body = JSON.stringify(table.keywords, null, 2);
writeFileSync(
  out,
  `// GENERATED from dsl/keywords.json by scripts/gen-keywords.mjs: do not edit; edit the JSON and regenerate.\n` +
    `import type { KeywordEntry } from './types.js';\n\n` +
    `export const keywordTable: readonly KeywordEntry[] = ${body};\n`,
);
console.log(`wrote ${out} (${table.keywords.length} keywords)`);
