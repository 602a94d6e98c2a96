// `tdkt play`: argument checks, and the local server's API (workspace, save, refusals) without a browser.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/commands/play.js';
import { type PlayServer, startPlayServer } from '../../src/play/server.js';
import { fakeIo } from '../fake-io.js';

/** A raw request, so the Host header can be set (fetch refuses to). */
function call(
  url: string,
  options: { method?: string; host?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string }> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? u.host, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('tdkt play', () => {
  it('refuses a missing file and a bad port (exit 2)', async () => {
    const io = fakeIo(tmpdir());
    expect(await run({ command: 'play', positionals: ['không-có.tdkt'], options: {}, lang: 'vi' }, io)).toBe(2);
    expect(io.err()).toContain('không có tệp `không-có.tdkt`');
    const en = fakeIo(tmpdir());
    expect(await run({ command: 'play', positionals: [], options: { port: 'abc' }, lang: 'en' }, en)).toBe(2);
    expect(en.err()).toContain('invalid port');
  });
});

describe('the play server', () => {
  let dir: string;
  let server: PlayServer;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tdkt-play-api-'));
    mkdirSync(join(dir, 'site'));
    mkdirSync(join(dir, 'lib'));
    writeFileSync(join(dir, 'site/index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(dir, 'secret.txt'), 'no');
    writeFileSync(join(dir, 'lib/p.tdkt'), 'quy trình p\n  bước a do x\n    duyệt -> xong_\n  kết thúc xong_\n');
    writeFileSync(join(dir, 'kh.tdkt'), 'dùng "lib/p.tdkt"\n');
    server = await startPlayServer({ site: join(dir, 'site'), cwd: dir, file: 'kh.tdkt', port: 0 });
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the site, the file and what it imports', async () => {
    expect((await call(server.url)).body).toContain('<title>t</title>');
    const workspace = JSON.parse((await call(`${server.url}api/workspace`)).body) as {
      file: string;
      files: Record<string, string>;
    };
    expect(workspace.file).toBe('kh.tdkt');
    expect(Object.keys(workspace.files)).toEqual(['lib/p.tdkt']);
  });

  it('saves the served file only with the playground’s header, and refuses other hosts and paths outside the site', async () => {
    const body = JSON.stringify({ text: 'dùng "lib/p.tdkt"\n# sửa\n' });
    expect(
      (await call(`${server.url}api/save`, { method: 'POST', headers: { 'content-type': 'application/json' }, body }))
        .status,
    ).toBe(400);
    expect(
      (
        await call(`${server.url}api/save`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-tdkt': '1' },
          body,
        })
      ).status,
    ).toBe(204);
    expect(readFileSync(join(dir, 'kh.tdkt'), 'utf8')).toContain('# sửa');
    expect((await call(server.url, { host: 'evil.example:80' })).status).toBe(403);
    expect((await call(`${server.url}..%2Fsecret.txt`)).status).toBe(403);
  });
});
