// Every package's manifest: the Node versions it runs on, the MIT licence it declares, and the licence text it ships.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const folders = [
  '.',
  ...readdirSync(join(root, 'packages')).map((name) => `packages/${name}`),
  'dsl/editors/vscode',
].filter((dir) => existsSync(join(root, dir, 'package.json')));

interface Manifest {
  readonly name: string;
  readonly private?: boolean;
  readonly license?: string;
  readonly engines?: Record<string, string>;
}

const manifests = folders.map((dir) => ({
  dir,
  manifest: JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as Manifest,
}));
const licence = readFileSync(join(root, 'LICENSE'), 'utf8');

describe('package manifests', () => {
  it('finds the root, every package and the VS Code extension', () => {
    expect(folders).toContain('packages/cli');
    expect(folders).toContain('dsl/editors/vscode');
    expect(folders.length).toBeGreaterThanOrEqual(10);
  });

  it('declare the Node versions they run on (the same everywhere) and the MIT licence', () => {
    for (const { dir, manifest } of manifests) {
      expect(manifest.engines?.['node'], dir).toBe('>=20.11');
      expect(manifest.license, dir).toBe('MIT');
    }
  });

  it('ship the root LICENSE unchanged when they are published (npm packs a package folder’s LICENSE)', () => {
    expect(licence).toMatch(/^MIT License\n\nCopyright \(c\) 2026 tdkt contributors\n/);
    // The VS Code extension is private to npm but packed into a .vsix, which carries its LICENSE too.
    const shipped = manifests.filter(
      ({ dir, manifest }) => dir !== '.' && (manifest.private !== true || dir === 'dsl/editors/vscode'),
    );
    expect(shipped.length).toBeGreaterThanOrEqual(9);
    for (const { dir } of shipped) expect(readFileSync(join(root, dir, 'LICENSE'), 'utf8'), dir).toBe(licence);
  });
});
