// A real JSON-RPC LSP client for the server's tests: in-process over piped streams, or a `tdkt lsp` child over stdio.
import { type ChildProcess, spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  ExitNotification,
  type ProtocolConnection,
  PublishDiagnosticsNotification,
  type PublishDiagnosticsParams,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { fileReader } from '../../src/files.js';
import { startLanguageServer } from '../../src/lsp/server.js';

export interface TestClient {
  readonly connection: ProtocolConnection;
  /** Resolves with the next diagnostics published for a URI that satisfy `accept`. */
  diagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  /** Sends `shutdown` then `exit`, and resolves with the child's exit code (children only). */
  shutdown(): Promise<number | null>;
  /** Forgets diagnostics published so far and not waited for. */
  drain(): void;
  close(): Promise<void>;
  readonly child?: ChildProcess;
}

function wrap(connection: ProtocolConnection, close: () => Promise<void>, child?: ChildProcess): TestClient {
  const waiting: {
    uri: string;
    accept: (p: PublishDiagnosticsParams) => boolean;
    resolve: (p: PublishDiagnosticsParams) => void;
  }[] = [];
  const seen: PublishDiagnosticsParams[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
    const i = waiting.findIndex((w) => w.uri === p.uri && w.accept(p));
    if (i >= 0) waiting.splice(i, 1)[0]!.resolve(p);
    else seen.push(p);
  });
  connection.listen();
  return {
    connection,
    diagnostics: (uri, accept = () => true) => {
      const i = seen.findIndex((p) => p.uri === uri && accept(p));
      if (i >= 0) return Promise.resolve(seen.splice(i, 1)[0]!);
      return new Promise((resolve) => waiting.push({ uri, accept, resolve }));
    },
    drain: () => void seen.splice(0),
    shutdown: async () => {
      const exited = new Promise<number | null>((resolve) =>
        child ? child.on('exit', (code) => resolve(code)) : resolve(null),
      );
      await connection.sendRequest(ShutdownRequest.type);
      await connection.sendNotification(ExitNotification.type);
      return exited;
    },
    close,
    ...(child ? { child } : {}),
  };
}

/** A server in this process, over two piped streams (no debounce, so tests wait only for the work). */
export function inProcessClient(cwd: string, lang: 'vi' | 'en' = 'vi'): TestClient {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(
    ProposedFeatures.all,
    new StreamMessageReader(toServer),
    new StreamMessageWriter(toClient),
  );
  startLanguageServer(server, { readFile: fileReader(cwd), lang, debounceMs: 0 });
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  return wrap(client, async () => {
    client.dispose();
    server.dispose();
    toServer.end();
    toClient.end();
  });
}

/** A server as a Node child process (`bin/tdkt.js lsp --stdio`, or a bundled server), spoken to over its stdin/stdout. */
export function stdioClient(argv: readonly string[], cwd: string): TestClient {
  const child = spawn(process.execPath, [...argv], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
  const client = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  return wrap(
    client,
    async () => {
      client.dispose();
      if (child.exitCode === null) child.kill();
    },
    child,
  );
}
