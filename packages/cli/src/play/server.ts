// The playground's local server: the built static site, the served file and its imports, and saving that one file.
import { readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative, sep } from 'node:path';
import { loadWorkspace } from '@tdkt/language';
import { FileError, fileReader, writeFileAtomic } from '../files.js';
import { renderFileProblem } from '../messages/files.js';

export interface PlayServerOptions {
  /** The built playground (its `dist` folder). */
  readonly site: string;
  /** The working directory files are read and written in. */
  readonly cwd: string;
  /** The workflow file to edit, relative to `cwd`; without it the page starts from an example. */
  readonly file?: string;
  /** 0 picks a free port. */
  readonly port: number;
}

export interface PlayServer {
  readonly url: string;
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
const MAX_BODY = 5 * 1024 * 1024;

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        resolve(undefined);
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(undefined));
  });
}

/**
 * Serves the playground on 127.0.0.1. `GET /api/workspace` gives the file and every file it imports;
 * `POST /api/save` (JSON `{ text }`, header `x-tdkt: 1`) writes the served file and nothing else. Requests
 * naming another host are refused, so other web pages cannot reach the server through DNS tricks.
 *
 * @example
 * const server = await startPlayServer({ site, cwd: process.cwd(), file: 'workflows/kim-son-2020-2021.tdkt', port: 0 });
 * console.log(server.url); await server.close();
 */
export function startPlayServer(options: PlayServerOptions): Promise<PlayServer> {
  const read = fileReader(options.cwd, 'missing');
  let port = 0;
  const server = createServer((req, res) => {
    void (async () => {
      const host = req.headers.host ?? '';
      if (![`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`].includes(host))
        return send(res, 403, 'forbidden host');
      const url = new URL(req.url ?? '/', `http://${host}`);
      if (url.pathname === '/api/workspace' && req.method === 'GET') {
        if (options.file === undefined) return send(res, 404, 'no file');
        const analysis = loadWorkspace([options.file], read);
        const text = read(options.file);
        if (text === undefined) return send(res, 404, 'missing file');
        const files = Object.fromEntries(
          [...analysis.files.keys()]
            .filter((f) => f !== options.file)
            .flatMap((f) => {
              const t = read(f);
              return t === undefined ? [] : [[f, t]];
            }),
        );
        return send(res, 200, JSON.stringify({ file: options.file, text, files }), TYPES['.json']);
      }
      if (url.pathname === '/api/save' && req.method === 'POST') {
        if (options.file === undefined) return send(res, 404, 'no file');
        if (req.headers['x-tdkt'] !== '1' || !(req.headers['content-type'] ?? '').startsWith('application/json'))
          return send(res, 400, 'bad request');
        const body = await readBody(req);
        let text: unknown;
        try {
          text = body === undefined ? undefined : (JSON.parse(body) as { text?: unknown }).text;
        } catch {
          text = undefined;
        }
        if (typeof text !== 'string') return send(res, 400, 'bad request');
        try {
          writeFileAtomic(options.cwd, options.file, text);
        } catch (error) {
          // The served file cannot be replaced (permissions, a link, …): the page shows why.
          if (error instanceof FileError) return send(res, 409, renderFileProblem(error.problem, 'en'));
          throw error;
        }
        res.writeHead(204).end();
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
      const path = normalize(
        join(options.site, decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname)),
      );
      if (relative(options.site, path).startsWith('..') || !path.startsWith(options.site + sep))
        return send(res, 403, 'forbidden');
      try {
        if (!statSync(path).isFile()) return send(res, 404, 'not found');
        return send(res, 200, readFileSync(path), TYPES[extname(path)] ?? 'application/octet-stream');
      } catch {
        return send(res, 404, 'not found');
      }
    })().catch(() => send(res, 500, 'internal error'));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
