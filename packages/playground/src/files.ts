// The workflow files bundled into the playground: the standard library (for `dùng`) and the four seed plans.
const library = import.meta.glob('../../../dsl/lib/*.tdkt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;
const seeds = import.meta.glob('../../../workflows/*.tdkt', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

/** Bundled files by their path in the repository (`dsl/lib/xet-cuoi-nam.tdkt`, `workflows/kim-son-2020-2021.tdkt`). */
export const bundledFiles: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({ ...library, ...seeds }).map(([path, text]) => [path.replace(/^(\.\.\/)+/u, ''), text]),
);

/** The seed plans, to start from. */
export const examples: readonly string[] = Object.keys(bundledFiles)
  .filter((p) => p.startsWith('workflows/'))
  .sort();
