// Rewrites the JSON Schema block of docs/simulate.md from the code (run after a build when the report changes).
import { readFileSync, writeFileSync } from 'node:fs';
import { simulateReportJsonSchema } from '../dist/index.js';

const path = new URL('../../../docs/simulate.md', import.meta.url);
const doc = readFileSync(path, 'utf8');
const next = doc.replace(
  /```json simulate-report-schema\n[^\n]+\n```/,
  () => `\`\`\`json simulate-report-schema\n${JSON.stringify(simulateReportJsonSchema())}\n\`\`\``,
);
if (next === doc) console.log('docs/simulate.md: schema block unchanged');
else {
  writeFileSync(path, next);
  console.log('docs/simulate.md: schema block rewritten');
}
