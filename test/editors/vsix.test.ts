// The VS Code extension: its build script packs a .vsix with the client, the bundled server and the grammar;
// the bundled server (what the extension runs, offline) answers a real JSON-RPC client over stdio.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DidOpenTextDocumentNotification,
  type Hover,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { stdioClient } from '../../packages/cli/test/lsp/client.js';

const root = new URL('../../', import.meta.url).pathname;
const extension = join(root, 'dsl/editors/vscode');
const built = existsSync(join(root, 'packages/cli/dist/index.js'));
const dir = mkdtempSync(join(tmpdir(), 'tdkt-vsix-'));
const vsix = join(dir, 'tdkt.vsix');

describe.skipIf(!built)('the VS Code extension', () => {
  beforeAll(() => {
    const result = spawnSync(process.execPath, [join(extension, 'build.mjs'), '--out', vsix], {
      cwd: root,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`extension build failed:\n${result.stdout}\n${result.stderr}`);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('packs the manifest, grammar, configuration, snippets, client, server and licence into the .vsix', () => {
    // A zip's central directory keeps every entry's name in clear.
    const zip = readFileSync(vsix).toString('latin1');
    for (const entry of [
      'extension/package.json',
      'extension/tdkt.tmLanguage.json',
      'extension/language-configuration.json',
      'extension/snippets.json',
      'extension/dist/extension.js',
      'extension/dist/server.mjs',
      'extension/LICENSE.txt',
    ]) {
      expect(zip, entry).toContain(entry);
    }
    expect(zip).not.toContain('extension/src/');
    const manifest = JSON.parse(readFileSync(join(extension, 'package.json'), 'utf8')) as {
      main: string;
      activationEvents: string[];
      contributes: { configuration: { properties: Record<string, unknown> } };
    };
    expect(manifest.main).toBe('./dist/extension.js');
    expect(manifest.activationEvents).toEqual(['onLanguage:tdkt']);
    expect(Object.keys(manifest.contributes.configuration.properties)).toEqual(['tdkt.lang', 'tdkt.server.command']);
  });

  it('indents after blocks, schedule sections and activities, and dedents `kết thúc`', () => {
    const config = JSON.parse(readFileSync(join(extension, 'language-configuration.json'), 'utf8')) as {
      indentationRules: { increaseIndentPattern: string; decreaseIndentPattern: string };
    };
    const increase = new RegExp(config.indentationRules.increaseIndentPattern);
    const decrease = new RegExp(config.indentationRules.decreaseIndentPattern);
    for (const line of [
      'kế hoạch "KH"',
      '  tiến độ',
      '    tháng 10/2020',
      '    quý I năm 2024 "Quý I"',
      '      đăng_ký: "Đăng ký thi đua" do cá_nhân',
      'quy trinh xet',
      '  bước tổ_xét "Tổ xét" do tổ_trưởng',
      '  hồ sơ',
    ]) {
      expect(increase.test(line), line).toBe(true);
    }
    for (const line of [
      '    duyệt -> đạt',
      '  năm học 2020-2021',
      '        chậm nhất 2 ngày sau hội_nghị',
      '# kế hoạch',
    ])
      expect(increase.test(line), line).toBe(false);
    expect(decrease.test('    kết thúc đạt, không_đạt')).toBe(true);
  });

  it('runs its bundled language server on a seed plan', async () => {
    const client = stdioClient([join(extension, 'dist/server.mjs'), '--stdio'], root);
    try {
      await client.connection.sendRequest(InitializeRequest.type, {
        processId: null,
        rootUri: pathToFileURL(root).href,
        capabilities: {},
        initializationOptions: { lang: 'vi' },
      });
      await client.connection.sendNotification(InitializedNotification.type, {});
      const file = join(root, 'workflows/hai-phong-2024.tdkt');
      const uri = pathToFileURL(file).href;
      const text = readFileSync(file, 'utf8');
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'tdkt', version: 1, text },
      });
      expect((await client.diagnostics(uri)).diagnostics.filter((d) => d.severity === 1)).toEqual([]);
      const lines = text.split('\n');
      const line = lines.findIndex((l) => /^\s+quý I\b/iu.test(l));
      const hover = (await client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri },
        position: { line, character: lines[line]!.search(/\S/u) + 1 },
      })) as Hover;
      expect((hover.contents as MarkupContent).value).toContain('Ngày cuối: **');
      expect(await client.shutdown()).toBe(0);
    } finally {
      await client.close();
    }
  });
});
