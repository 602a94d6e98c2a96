// Writes vscode/tdkt.tmLanguage.json from dsl/keywords.json and the calendar's time words (needs a build:
// `npx --yes pnpm@10.34.9 build`, then `node dsl/editors/gen-tmlanguage.mjs`).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { grammarText } from './tmlanguage.mjs';

const root = new URL('../../', import.meta.url);
const table = JSON.parse(readFileSync(new URL('dsl/keywords.json', root), 'utf8'));
const { phraseKeywords } = await import(new URL('packages/calendar/dist/index.js', root).href);
const out = fileURLToPath(new URL('dsl/editors/vscode/tdkt.tmLanguage.json', root));
writeFileSync(out, grammarText(table, phraseKeywords));
console.log(`wrote ${out}`);
