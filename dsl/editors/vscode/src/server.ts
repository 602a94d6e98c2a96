// The language server bundled into the extension: `tdkt lsp --stdio`, with the whole CLI inside one file.
import { main, processIo } from '@tdkt/cli';

process.exitCode = await main(
  ['lsp', '--stdio', ...(process.argv.includes('--lang=en') ? ['--lang', 'en'] : [])],
  processIo({
    // stdout carries the protocol: only the server writes there.
    stdout: () => undefined,
    isTTY: false,
  }),
);
