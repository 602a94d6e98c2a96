// One vitest run over every package's tests and the cross-package tests in test/.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const pkg = (name: string, entry = 'index.ts'): string =>
  fileURLToPath(new URL(`./packages/${name}/src/${entry}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources; the build (tsc -b) is checked separately.
    alias: [
      { find: /^@tdkt\/language\/test$/, replacement: pkg('language', 'testing/index.ts') },
      { find: /^@tdkt\/engine\/(sqlite|postgres)$/, replacement: pkg('engine', '$1.ts') },
      { find: /^@tdkt\/views\/html$/, replacement: pkg('views', 'html/index.ts') },
      { find: /^@tdkt\/calendar\/text$/, replacement: pkg('calendar', 'text.ts') },
      { find: /^@tdkt\/simulator\/behaviour$/, replacement: pkg('simulator', 'behaviour-model.ts') },
      ...['calendar', 'language', 'compiler', 'engine', 'simulator', 'views', 'language-service', 'cli'].map(
        (name) => ({
          find: new RegExp(`^@tdkt/${name}$`),
          replacement: pkg(name),
        }),
      ),
    ],
  },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    pool: 'threads',
    // One module graph per worker instead of one per test file: the packages are pure (state lives in values,
    // not modules), and loading them again for each of ~200 files cost more than the tests (docs/performance.md).
    isolate: false,
    reporters: ['default', './test/summary-reporter.ts'],
    testTimeout: 20_000,
    // Golden files (toMatchFileSnapshot) are written only by `vitest -u`: a missing one fails, locally as in CI,
    // instead of being written silently (vitest's default outside CI is to write new snapshots).
    update: 'none',
  },
});
