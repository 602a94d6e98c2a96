// The language server bundled into the extension: `tdkt lsp --stdio`, with the whole CLI inside one file.
import { main } from '@tdkt/cli';

process.exitCode = await main(['lsp', '--stdio', ...(process.argv.includes('--lang=en') ? ['--lang', 'en'] : [])], {
  // stdout carries the protocol: only the server writes there.
  stdout: () => undefined,
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  isTTY: false,
  env: process.env,
});
