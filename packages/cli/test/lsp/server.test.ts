// `tdkt lsp` spoken to by a real JSON-RPC client: in-process over streams, and as a child process over stdio.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  type CompletionList,
  CompletionRequest,
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  DocumentFormattingRequest,
  DocumentSymbolRequest,
  type Hover,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  type Location,
  type MarkupContent,
  ReferencesRequest,
  RenameRequest,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { inProcessClient, stdioClient, type TestClient } from './client.js';

const LIB = [
  'quy trình xét "Xét cuối năm"',
  '  tham số',
  '    hạn_tổ = trước 15/5',
  '  bước tự_đánh_giá "Cá nhân tự đánh giá" do cá_nhân',
  '    nộp -> tổ_xét',
  '  bước tổ_xét "Tổ xét" do tổ_trưởng hạn hạn_tổ',
  '    duyệt -> đạt',
  '    trả lại -> tự_đánh_giá',
  '  kết thúc đạt',
  '',
].join('\n');
const PLAN = [
  'dùng "lib/xet.tdkt"',
  '',
  'tổ chức',
  '  cấp cá_nhân < tổ < trường',
  '  vai trò cá_nhân "Cá nhân" cấp cá_nhân',
  '  vai trò tổ_trưởng "Tổ trưởng" cấp tổ',
  '  hội đồng hđ_trường "Hội đồng TĐKT" cấp trường',
  '',
  'kế hoạch "Kế hoạch thử"',
  '  năm học 2020-2021',
  '  tiến độ',
  '    tháng 10/2020',
  '      đăng_ký: "Đăng ký thi đua" do cá_nhân',
  '        chậm nhất 20/10/2020',
  '    tháng 6/2021',
  '      bình_xét: "Bình xét cuối năm" do hđ_trường',
  '        trước 30/6',
  '        sau đăng_ký',
  '        theo quy trình xét',
  '',
].join('\n');

/** Line and character of the first `needle` (plus `delta`) in PLAN-like text. */
function at(text: string, needle: string, delta = 0): { line: number; character: number } {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`no ${needle}`);
  const before = text.slice(0, i + delta);
  return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
}

let dir: string;
let uri: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tdkt-lsp-'));
  mkdirSync(join(dir, 'lib'));
  writeFileSync(join(dir, 'lib/xet.tdkt'), LIB);
  writeFileSync(join(dir, 'kh.tdkt'), PLAN);
  uri = pathToFileURL(join(dir, 'kh.tdkt')).href;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function start(client: TestClient, lang = 'vi'): Promise<void> {
  const init = await client.connection.sendRequest(InitializeRequest.type, {
    processId: null,
    rootUri: pathToFileURL(dir).href,
    capabilities: {},
    initializationOptions: { lang },
  });
  expect(init.capabilities).toMatchObject({
    hoverProvider: true,
    definitionProvider: true,
    documentFormattingProvider: true,
    renameProvider: { prepareProvider: true },
  });
  await client.connection.sendNotification(InitializedNotification.type, {});
}

describe('tdkt lsp in process', () => {
  let client: TestClient;
  beforeAll(async () => {
    client = inProcessClient(dir);
    await start(client);
  });
  afterAll(() => client.close());

  it('publishes diagnostics on open and answers hover, completion, definition, references, symbols', async () => {
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'tdkt', version: 1, text: PLAN },
    });
    expect((await client.diagnostics(uri)).diagnostics).toEqual([]);
    const hover = (await client.connection.sendRequest(HoverRequest.type, {
      textDocument: { uri },
      position: at(PLAN, 'trước 30/6', 2),
    })) as Hover;
    expect((hover.contents as MarkupContent).value).toContain('Ngày cuối: **29/6/2021 (thứ Ba)**');
    const completion = (await client.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: at(PLAN, 'do hđ_trường', 3),
    })) as CompletionList;
    expect(completion.items.map((i) => i.label)).toEqual(expect.arrayContaining(['hđ_trường', 'tổ_trưởng']));
    const definition = (await client.connection.sendRequest(DefinitionRequest.type, {
      textDocument: { uri },
      position: at(PLAN, 'quy trình xét', 11),
    })) as Location[];
    expect(definition[0]?.uri).toBe(pathToFileURL(join(dir, 'lib/xet.tdkt')).href);
    const refs = (await client.connection.sendRequest(ReferencesRequest.type, {
      textDocument: { uri },
      position: at(PLAN, 'đăng_ký:', 1),
      context: { includeDeclaration: true },
    })) as Location[];
    expect(refs).toHaveLength(2);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as {
      name: string;
    }[];
    expect(symbols.map((s) => s.name)).toEqual(['tổ chức', 'Kế hoạch thử']);
  });

  it('renames, formats, and offers a quick fix', async () => {
    const edit = (await client.connection.sendRequest(RenameRequest.type, {
      textDocument: { uri },
      position: at(PLAN, 'đăng_ký:', 1),
      newName: 'đăng_ký_tđ',
    })) as WorkspaceEdit;
    expect(edit.changes?.[uri]?.map((e) => e.newText)).toEqual(['đăng_ký_tđ', 'đăng_ký_tđ']);
    const broken = PLAN.replace('  năm học', '  nam hoc').replace('sau đăng_ký', 'sau dang_kyy');
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: broken }],
    });
    const published = await client.diagnostics(uri, (p) => p.diagnostics.length > 0);
    expect(published.diagnostics.map((d) => d.code)).toEqual(['link.unknown-name']);
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: published.diagnostics[0]!.range,
      context: { diagnostics: published.diagnostics },
    })) as { title: string; edit: WorkspaceEdit }[];
    expect(actions[0]?.title).toBe('Sửa thành `đăng_ký`');
    expect(actions[0]?.edit.changes?.[uri]?.[0]?.newText).toBe('đăng_ký');
    const formatted = (await client.connection.sendRequest(DocumentFormattingRequest.type, {
      textDocument: { uri },
      options: { tabSize: 4, insertSpaces: true },
    })) as TextEdit[];
    expect(formatted).toHaveLength(1);
    expect(formatted[0]?.range.start.line).toBe(9);
  });

  it('analyses again when an imported file changes on disk', async () => {
    client.drain();
    writeFileSync(join(dir, 'lib/xet.tdkt'), LIB.replace('-> tổ_xét', '-> tổ_xett'));
    try {
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: pathToFileURL(join(dir, 'lib/xet.tdkt')).href, type: 2 }],
      });
      const published = await client.diagnostics(uri, (p) =>
        p.diagnostics.some((d) => d.code === 'editor.import-has-errors'),
      );
      expect(published.diagnostics.map((d) => d.code)).toContain('editor.import-has-errors');
    } finally {
      writeFileSync(join(dir, 'lib/xet.tdkt'), LIB);
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
        changes: [{ uri: pathToFileURL(join(dir, 'lib/xet.tdkt')).href, type: 2 }],
      });
    }
  });

  it('adds the simulate findings on save and drops them on the next change', async () => {
    // `sau bình_xét` on the activity bình_xét waits for: a cycle, which simulate explains on save.
    const late = PLAN.replace('        chậm nhất 20/10/2020', '        chậm nhất 20/10/2020\n        sau bình_xét');
    client.drain();
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: [{ text: late }],
    });
    await client.diagnostics(uri, (p) => p.diagnostics.some((d) => d.code === 'validate.after-cycle'));
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    const saved = await client.diagnostics(uri, (p) =>
      p.diagnostics.some((d) => String(d.code).startsWith('temporal.')),
    );
    expect(saved.diagnostics.find((d) => String(d.code).startsWith('temporal.'))?.source).toBe('tdkt');
    client.drain();
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 4 },
      contentChanges: [{ text: PLAN }],
    });
    // The findings go with the text they were found in; the next publish is clean.
    expect((await client.diagnostics(uri, (p) => p.diagnostics.length === 0)).diagnostics).toEqual([]);
  });
});

const root = new URL('../../../../', import.meta.url).pathname;
const bin = join(root, 'packages/cli/bin/tdkt.js');
const built = existsSync(join(root, 'packages/cli/dist/commands/lsp.js'));

describe.skipIf(!built)('tdkt lsp over stdio', () => {
  it('serves a seed plan (diagnostics, hover, definition, completion, rename, formatting) and exits cleanly on shutdown/exit', async () => {
    const client = stdioClient([bin, 'lsp', '--stdio'], root);
    try {
      await start(client, 'en');
      const file = 'workflows/kim-son-2020-2021.tdkt';
      const seedUri = pathToFileURL(join(root, file)).href;
      const text = readFileSync(join(root, file), 'utf8');
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: seedUri, languageId: 'tdkt', version: 1, text },
      });
      expect((await client.diagnostics(seedUri)).diagnostics.filter((d) => d.severity === 1)).toEqual([]);
      const hover = (await client.connection.sendRequest(HoverRequest.type, {
        textDocument: { uri: seedUri },
        position: at(text, 'chậm nhất sau khi hội_nghị_cbvc', 3),
      })) as Hover;
      expect((hover.contents as MarkupContent).value).toContain('Last day: **');
      const definition = (await client.connection.sendRequest(DefinitionRequest.type, {
        textDocument: { uri: seedUri },
        position: at(text, 'theo quy trình giấy_khen', 16),
      })) as Location[];
      expect(definition[0]?.uri).toMatch(/dsl\/lib\/khen-thuong\.tdkt$/u);
      const completion = (await client.connection.sendRequest(CompletionRequest.type, {
        textDocument: { uri: seedUri },
        position: at(text, 'do trường_kim_sơn', 3),
      })) as CompletionList;
      expect(completion.items.map((i) => i.label)).toContain('hđ_trường');
      const rename = (await client.connection.sendRequest(RenameRequest.type, {
        textDocument: { uri: seedUri },
        position: at(text, 'hạn_đăng_ký:', 1),
        newName: 'hạn_đăng_ký_tđ',
      })) as WorkspaceEdit;
      expect(rename.changes?.[seedUri]?.length).toBeGreaterThan(1);
      const formatting = (await client.connection.sendRequest(DocumentFormattingRequest.type, {
        textDocument: { uri: seedUri },
        options: { tabSize: 2, insertSpaces: true },
      })) as TextEdit[];
      expect(formatting).toHaveLength(1);
      expect(await client.shutdown()).toBe(0);
    } finally {
      await client.close();
    }
  });
});
