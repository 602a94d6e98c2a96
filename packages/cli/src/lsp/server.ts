// The LSP server: binds a vscode-languageserver connection to the language service (URIs ↔ files, debounced diagnostics, simulate on save).
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createLanguageService,
  type EditorDiagnostic,
  type Location,
  type WorkspaceEdit,
} from '@tdkt/language-service';
import {
  CodeActionKind,
  type Connection,
  ErrorCodes,
  type InitializeResult,
  type Diagnostic as LspDiagnostic,
  ResponseError,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Lang } from '../io.js';

export interface LanguageServerOptions {
  /** Reads a file that is not open (imports), by absolute path. */
  readonly readFile: (path: string) => string | undefined;
  /** The language before the client says otherwise (`initializationOptions.lang`, setting `tdkt.lang`). */
  readonly lang: Lang;
  /** Quiet time after a keystroke before diagnostics are published (default 150 ms). */
  readonly debounceMs?: number;
}

/** A document URI as the service's file name: a path for `file:` URIs, the URI itself otherwise. */
function uriToFile(uri: string): string {
  return uri.startsWith('file:') ? fileURLToPath(uri) : uri;
}

/** The URI of a service file name. */
function fileToUri(file: string): string {
  return /^[a-z][a-z0-9+.-]*:/iu.test(file) && !/^[a-z]:[\\/]/iu.test(file) ? file : pathToFileURL(file).href;
}

const isLang = (v: unknown): v is Lang => v === 'vi' || v === 'en';

/**
 * Serves the tdkt language over a connection: diagnostics (published after a short pause in typing, and with
 * the simulate checks on save), hover, completion, definition, references, rename, document symbols,
 * formatting and quick fixes. Returns when the connection is listening.
 *
 * @example
 * startLanguageServer(createConnection(ProposedFeatures.all, process.stdin, process.stdout), { readFile, lang: 'vi' })
 */
export function startLanguageServer(connection: Connection, options: LanguageServerOptions): void {
  const service = createLanguageService({ readFile: options.readFile, lang: options.lang });
  const documents = new TextDocuments(TextDocument);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Simulate findings by file, shown until the file changes again. */
  const findings = new Map<string, EditorDiagnostic[]>();
  const debounce = options.debounceMs ?? 150;

  const toLsp = (d: EditorDiagnostic): LspDiagnostic => ({
    range: d.range,
    severity: d.severity,
    code: d.code,
    source: d.source,
    message: d.message,
    ...(d.relatedInformation
      ? {
          relatedInformation: d.relatedInformation.map((r) => ({ location: location(r.location), message: r.message })),
        }
      : {}),
    ...(d.data ? { data: d.data } : {}),
  });
  const location = (l: Location) => ({ uri: fileToUri(l.file), range: l.range });
  const workspaceEdit = (edit: WorkspaceEdit) => ({
    changes: Object.fromEntries(Object.entries(edit).map(([file, edits]) => [fileToUri(file), [...edits]])),
  });

  const publish = (file: string): void => {
    const own = service.openFiles().includes(file) ? service.diagnostics(file) : [];
    void connection.sendDiagnostics({
      uri: fileToUri(file),
      diagnostics: [...own, ...(findings.get(file) ?? [])].map(toLsp),
    });
  };
  const schedule = (file: string): void => {
    clearTimeout(timers.get(file));
    timers.set(
      file,
      setTimeout(() => {
        timers.delete(file);
        guard(() => publish(file), undefined);
      }, debounce),
    );
  };
  /** A failing feature answers nothing and says why in the client's log, never crashes the server. */
  const guard = <T>(work: () => T, fallback: T): T => {
    try {
      return work();
    } catch (error) {
      connection.console.error(`tdkt: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };

  connection.onInitialize((params): InitializeResult => {
    const lang = (params.initializationOptions as { lang?: unknown } | undefined)?.lang;
    if (isLang(lang)) service.setLang(lang);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', '>', ','], resolveProvider: false },
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
        documentSymbolProvider: true,
        documentFormattingProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'tdkt' },
    };
  });
  connection.onDidChangeConfiguration((change) => {
    const lang = (change.settings as { tdkt?: { lang?: unknown } } | undefined)?.tdkt?.lang;
    if (isLang(lang)) {
      service.setLang(lang);
      for (const file of service.openFiles()) schedule(file);
    }
  });

  connection.onDidChangeWatchedFiles(() => {
    // An imported file changed on disk: analyse the open documents again.
    service.forget();
    for (const file of service.openFiles()) schedule(file);
  });

  documents.onDidOpen((e) => {
    const file = uriToFile(e.document.uri);
    service.open(file, e.document.getText(), e.document.version);
    guard(() => publish(file), undefined);
  });
  documents.onDidChangeContent((e) => {
    const file = uriToFile(e.document.uri);
    const text = e.document.getText();
    // Opening a document reports its content as a change too: nothing new to analyse then.
    if (!service.openFiles().includes(file) || service.document(file)?.text === text) return;
    service.change(file, text, e.document.version);
    // Findings of the last save no longer match the text: they come back on the next save.
    findings.delete(file);
    schedule(file);
  });
  documents.onDidClose((e) => {
    const file = uriToFile(e.document.uri);
    clearTimeout(timers.get(file));
    service.close(file);
    findings.delete(file);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  documents.onDidSave((e) => {
    const file = uriToFile(e.document.uri);
    guard(() => {
      const result = service.simulate(file);
      const touched = new Set([file, ...findings.keys(), ...result.diagnostics.keys()]);
      for (const f of [...findings.keys()]) findings.delete(f);
      for (const [f, ds] of result.diagnostics) findings.set(f, ds);
      for (const f of touched) publish(f);
    }, undefined);
  });

  connection.onHover((p) =>
    guard(() => {
      const h = service.hover(uriToFile(p.textDocument.uri), p.position);
      return h ? { contents: { kind: 'markdown' as const, value: h.contents }, range: h.range } : null;
    }, null),
  );
  connection.onCompletion((p) =>
    guard(
      () => {
        // triggerKind 2: the editor asks by itself after a trigger character.
        const list = service.complete(uriToFile(p.textDocument.uri), p.position, p.context?.triggerKind !== 2);
        return {
          // The server filters by the word typed so far: ask again as the word grows.
          isIncomplete: true as boolean,
          items: list.items.map((i) => ({
            label: i.label,
            kind: i.kind,
            ...(i.detail === undefined ? {} : { detail: i.detail }),
            ...(i.documentation === undefined
              ? {}
              : { documentation: { kind: 'markdown' as const, value: i.documentation } }),
            textEdit: i.textEdit,
            insertTextFormat: i.snippet ? (2 as const) : (1 as const),
            sortText: i.sortText,
            filterText: i.filterText,
          })),
        };
      },
      { isIncomplete: false, items: [] },
    ),
  );
  connection.onDefinition((p) =>
    guard(() => service.definition(uriToFile(p.textDocument.uri), p.position).map(location), []),
  );
  connection.onReferences((p) =>
    guard(
      () => service.references(uriToFile(p.textDocument.uri), p.position, p.context.includeDeclaration).map(location),
      [],
    ),
  );
  connection.onPrepareRename((p) =>
    guard(() => service.prepareRename(uriToFile(p.textDocument.uri), p.position) ?? null, null),
  );
  connection.onRenameRequest((p) => {
    const result = guard(() => service.rename(uriToFile(p.textDocument.uri), p.position, p.newName), undefined);
    if (result === undefined) return null;
    return result.ok ? workspaceEdit(result.edit) : new ResponseError(ErrorCodes.InvalidRequest, result.message);
  });
  connection.onDocumentSymbol((p) =>
    guard(
      () =>
        service
          .documentSymbols(uriToFile(p.textDocument.uri))
          .map(function strip(s): import('vscode-languageserver/node').DocumentSymbol {
            return {
              name: s.name,
              kind: s.kind,
              range: s.range,
              selectionRange: s.selectionRange,
              children: s.children.map(strip),
              ...(s.detail === undefined ? {} : { detail: s.detail }),
            };
          }),
      [],
    ),
  );
  connection.onDocumentFormatting((p) => guard(() => [...service.format(uriToFile(p.textDocument.uri))], []));
  connection.onCodeAction((p) =>
    guard(
      () =>
        service.codeActions(uriToFile(p.textDocument.uri), p.range).map((a) => ({
          title: a.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [toLsp(a.diagnostic)],
          edit: workspaceEdit(a.edit),
          isPreferred: a.isPreferred,
        })),
      [],
    ),
  );

  documents.listen(connection);
  connection.listen();
}
