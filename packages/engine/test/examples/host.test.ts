// The sample HTTP host, driven over loopback: a dossier from self-assessment to the Sở decision.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VirtualClock } from '@tdkt/engine';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error — a plain ESM example without type declarations
import { startHost } from '../../examples/host/host.mjs';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'tdkt-host-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const DAY = 86_400_000;

const who = {
  teacher: { id: 'gv-lan', role: 'cá_nhân', unit: 'to-toan' },
  groupHead: { id: 'tt-toan', role: 'tổ_trưởng_chuyên_môn', unit: 'to-toan' },
  council: { id: 'hđ-ks', role: 'hđ_trường', unit: 'thcs-kim-son' },
  principal: { id: 'ht-ks', role: 'hiệu_trưởng', unit: 'thcs-kim-son' },
  district: { id: 'hđ-gl', role: 'hđ_phòng', unit: 'phong-gia-lam' },
  director: { id: 'gd-hn', role: 'giám_đốc_sở', unit: 'so-ha-noi' },
};

const units = JSON.parse(readFileSync(here('../../examples/host/units.json'), 'utf8'));
const people = JSON.parse(readFileSync(here('../../examples/host/people.json'), 'utf8'));
const file = here('../../examples/host/xet-5-cap.tdkt');
let db = 0;
const open = (clock: VirtualClock, log?: (line: string) => void) =>
  startHost({
    file,
    procedure: 'xét_năm_cấp',
    db: join(dir, `host-${++db}.db`),
    units,
    people,
    clock,
    ...(log ? { log } : {}),
  });

/** Sends raw bytes in separate writes (a pause between them), and returns the response's status line and body. */
function raw(url: string, parts: readonly Buffer[]): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      // The JSON of the body (the response may come in chunked encoding).
      resolve({
        status: Number(/^HTTP\/1\.1 (\d+)/.exec(text)?.[1]),
        body: /\{[\s\S]*\}/.exec(text.slice(text.indexOf('\r\n\r\n') + 4))?.[0] ?? '',
      });
    });
    void (async () => {
      for (const part of parts) {
        socket.write(part);
        await new Promise((r) => setTimeout(r, 40));
      }
    })();
  });
}

async function call(url: string, method: string, body?: unknown) {
  const res = await fetch(url, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: res.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : text,
  };
}

describe('sample HTTP host', () => {
  it('drives a dossier from self-assessment to the Sở decision over loopback', async () => {
    const clock = new VirtualClock(Date.UTC(2021, 4, 3, 1));
    const host = await open(clock);
    try {
      const started = await call(`${host.url}/dossiers`, 'POST', {
        id: 'HS-42',
        unit: 'to-toan',
        owner: 'gv-lan',
        dossier: { đã_đăng_ký: true, xếp_loại: 'tốt' },
      });
      expect(started).toMatchObject({ status: 201, body: { ok: true, id: 'HS-42', state: 'tự_đánh_giá' } });
      const bad = await call(`${host.url}/dossiers`, 'POST', {
        unit: 'to-toan',
        owner: 'gv-lan',
        dossier: { đã_đăng_ký: 'có' },
      });
      expect(bad).toMatchObject({ status: 422, body: { ok: false, refusal: { code: 'invalid-data' } } });
      const act = (action: string, actor: object, extra: object = {}) =>
        call(`${host.url}/dossiers/HS-42/actions/${encodeURIComponent(action)}`, 'POST', { actor, ...extra });

      expect(await act('approve', who.groupHead)).toMatchObject({
        status: 409,
        body: { refusal: { code: 'action-not-available' } },
      });
      expect((await act('submit', who.teacher)).status).toBe(200);
      expect(await act('approve', { ...who.groupHead, unit: 'to-van' })).toMatchObject({
        status: 403,
        body: { refusal: { code: 'not-permitted' } },
      });
      expect(await act('approve', who.groupHead, { expectedVersion: 1 })).toMatchObject({
        status: 409,
        body: { refusal: { code: 'version-conflict' } },
      });
      expect((await act('approve', who.groupHead, { expectedVersion: 2 })).body).toMatchObject({
        ok: true,
        state: 'hđ_trường_xét.posting',
      });

      const tasks = await call(`${host.url}/tasks?role=${encodeURIComponent('hđ_trường')}&unit=thcs-kim-son`, 'GET');
      expect(tasks.body).toMatchObject({
        items: [{ instance: 'HS-42', step: 'hđ_trường_xét', actions: [] }],
        next: null,
      });
      clock.advanceBy(7 * DAY); // 3 working days of posting
      await host.engine.idle();
      expect(
        (
          await call(`${host.url}/tasks?role=${encodeURIComponent('hđ_trường')}&unit=thcs-kim-son`, 'GET')
        ).body.items[0].actions.sort(),
      ).toEqual(['approve', 'reject']);

      expect((await act('approve', who.council)).status).toBe(200);
      expect((await act('forward', who.principal)).status).toBe(200);
      const district = await act('approve', who.district);
      expect(district.body).toMatchObject({ ok: true, state: 'sở_quyết_định' });
      const decided = await act('approve', who.director, { data: { kết_quả: 'đạt' } });
      expect(decided).toMatchObject({ status: 200, body: { ok: true, state: 'đạt', status: 'done', outcome: 'đạt' } });

      const view = await call(`${host.url}/dossiers/HS-42`, 'GET');
      expect(
        view.body.history
          .filter((e: { outcome: string }) => e.outcome === 'accepted')
          .map((e: { action: string }) => e.action),
      ).toEqual(['start', 'submit', 'approve', 'posting-ended', 'approve', 'forward', 'approve', 'approve']);
      const jsonl = await call(`${host.url}/dossiers/HS-42/audit.jsonl`, 'GET');
      const lines = String(jsonl.body)
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as { action: string; outcome: string });
      expect(lines.length).toBe(view.body.history.length);
      expect((await call(`${host.url}/dossiers/HS-404`, 'GET')).status).toBe(404);
      expect(await call(`${host.url}/dossiers/HS-404/audit.jsonl`, 'GET')).toMatchObject({
        status: 404,
        body: { refusal: { code: 'unknown-instance' } },
      });
    } finally {
      await host.close();
    }
  });

  it('reads a Vietnamese body whose letters are split between chunks, and refuses bodies over the limit or not UTF-8', async () => {
    const host = await open(new VirtualClock(Date.UTC(2021, 4, 3, 1)));
    try {
      const json = Buffer.from(
        JSON.stringify({
          id: 'HS-Kim-Sơn',
          unit: 'to-toan',
          owner: 'gv-lan',
          dossier: { đã_đăng_ký: true, xếp_loại: 'tốt' },
        }),
        'utf8',
      );
      const head = (length: number) =>
        Buffer.from(
          `POST /dossiers HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\nConnection: close\r\n\r\n`,
        );
      // Split inside the two bytes of "ơ" (c6 a1), and inside "đ" (c4 91).
      const cut = json.indexOf(Buffer.from('ơ')) + 1;
      const cut2 = json.indexOf(Buffer.from('đ')) + 1;
      const response = await raw(host.url, [
        head(json.length),
        json.subarray(0, cut),
        json.subarray(cut, cut2),
        json.subarray(cut2),
      ]);
      expect(response.status).toBe(201);
      expect(JSON.parse(response.body)).toMatchObject({ ok: true, id: 'HS-Kim-Sơn' });
      expect((await call(`${host.url}/dossiers/${encodeURIComponent('HS-Kim-Sơn')}`, 'GET')).body).toMatchObject({
        id: 'HS-Kim-Sơn',
        state: 'tự_đánh_giá',
      });
      const big = await call(`${host.url}/dossiers`, 'POST', {
        unit: 'to-toan',
        owner: 'gv-lan',
        dossier: { ghi_chú: 'ư'.repeat(60_000) },
      });
      expect(big).toMatchObject({ status: 413, body: { error: 'payload-too-large' } });
      const bad = Buffer.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]);
      expect(await raw(host.url, [head(bad.length), bad])).toMatchObject({ status: 400 });
    } finally {
      await host.close();
    }
  });

  it('never shows a database message to a client: an id to quote, the detail in the log', async () => {
    const logged: string[] = [];
    const host = await open(new VirtualClock(Date.UTC(2021, 4, 3, 1)), (line) => logged.push(line));
    await host.store.close();
    const broken = await call(`${host.url}/dossiers/HS-1`, 'GET');
    expect(broken.status).toBe(500);
    expect(broken.body).toMatchObject({ error: 'internal-error', ref: expect.any(String) });
    expect(JSON.stringify(broken.body)).not.toMatch(/database|sqlite|connection/i);
    expect(logged.join('\n')).toContain(broken.body.ref);
    expect(logged.join('\n')).toMatch(/database/i);
    await host.engine.close();
  });

  it('starts the plan for the Phòng: the teachers’ dossiers, the months with open and late activities', async () => {
    const clock = new VirtualClock(Date.UTC(2020, 7, 1) - 7 * 3_600_000);
    const host = await open(clock);
    try {
      expect(await call(`${host.url}/plans`, 'POST', { unit: 'phong-gia-lam', id: 'KH-GL' })).toMatchObject({
        status: 201,
        body: { ok: true, id: 'KH-GL' },
      });
      clock.advanceTo(Date.UTC(2020, 9, 2));
      await host.engine.idle();
      const plan = (await call(`${host.url}/dossiers/KH-GL`, 'GET')).body;
      expect(plan.summary.activities.find((a: { id: string }) => a.id === 'phát_động')).toMatchObject({
        status: 'open',
        late: true,
        startDay: '2020-09-01',
        lastDay: '2020-09-30',
      });
      expect((await call(`${host.url}/plans`, 'GET')).body.items).toMatchObject([
        { id: 'KH-GL', unit: 'phong-gia-lam' },
      ]);
      const done = await call(`${host.url}/dossiers/KH-GL/actions/${encodeURIComponent('done:phát_động')}`, 'POST', {
        actor: { id: 'cv-gl', role: 'chuyên_viên_phòng', unit: 'phong-gia-lam' },
      });
      expect(done).toMatchObject({ status: 200, body: { ok: true } });
      clock.advanceTo(Date.UTC(2021, 4, 2));
      await host.engine.idle();
      // May: one dossier per teacher, in their group, owned by them.
      const tasks = (
        await call(`${host.url}/tasks?role=${encodeURIComponent('cá_nhân')}&unit=to-toan&actorId=gv-lan`, 'GET')
      ).body;
      expect(tasks.items).toMatchObject([
        { instance: 'KH-GL/bình_xét/gv-lan', workflow: 'xét_năm_cấp@bình_xét', owner: 'gv-lan' },
      ]);
    } finally {
      await host.close();
    }
  });

  it('starts with one command (the built packages) and answers on loopback', async () => {
    if (!existsSync(here('../../dist/index.js'))) throw new Error('run `npx --yes pnpm@10.34.9 build` first');
    const proc = spawn(
      process.execPath,
      [here('../../examples/host/server.mjs'), '--port', '0', '--db', join(dir, 'cli.db')],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        let err = '';
        proc.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        proc.stderr.on('data', (c: Buffer) => (err += c.toString()));
        proc.on('exit', (code) => reject(new Error(`host exited ${code}: ${err}`)));
      });
      const tasks = await call(`${url}/tasks?role=x&unit=y`, 'GET');
      expect(tasks).toEqual({ status: 200, body: { items: [], next: null } });
    } finally {
      proc.kill('SIGTERM');
    }
  });
});
