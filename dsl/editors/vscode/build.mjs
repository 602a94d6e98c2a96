// Builds the VS Code extension: bundles the client and the language server with Vite, then packs a .vsix with
// @vscode/vsce (no dependencies to fetch: everything is in dist/). `node build.mjs [--out FILE.vsix]`.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const manifest = JSON.parse(readFileSync(join(here, 'package.json'), 'utf8'));
const outIndex = process.argv.indexOf('--out');
const out =
  outIndex > 0 ? resolve(process.argv[outIndex + 1]) : join(here, `${manifest.name}-${manifest.version}.vsix`);
const node = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** One self-contained file for Node (the extension host or a child process). */
async function bundle(entry, fileName, format, external) {
  await build({
    root: here,
    logLevel: 'warn',
    configFile: false,
    ssr: { noExternal: true, target: 'node' },
    build: {
      ssr: join(here, entry),
      outDir: 'dist',
      emptyOutDir: false,
      target: 'node20',
      minify: false,
      rollupOptions: {
        external: [...node, ...external],
        output: { format, entryFileNames: fileName, codeSplitting: false },
      },
    },
  });
}

await bundle('src/extension.ts', 'extension.js', 'cjs', ['vscode']);
await bundle('src/server.ts', 'server.mjs', 'es', []);
const vsce = join(createRequire(import.meta.url).resolve('@vscode/vsce/package.json'), '..', 'vsce');
execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--out', out], {
  cwd: here,
  stdio: ['ignore', 'inherit', 'inherit'],
});
console.log(`vscode: packed ${out}`);
