// The sample HTTP host, driven over loopback: a dossier from self-assessment to the Sở decision.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { VirtualClock } from '@tdkt/engine';
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

async function call(url: string, method: string, body?: unknown) {
  const res = await fetch(url, { method, ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }) });
  const text = await res.text();
  return { status: res.status, body: res.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : text };
}

describe('sample HTTP host', () => {
  it('drives a dossier from self-assessment to the Sở decision over loopback', async () => {
    const clock = new VirtualClock(Date.UTC(2021, 4, 3, 1));
    const host = await startHost({
      file: here('../../examples/host/xet-5-cap.tdkt'),
      procedure: 'xét_năm_cấp',
      db: join(dir, 'host.db'),
      units: JSON.parse(readFileSync(here('../../examples/host/units.json'), 'utf8')),
      clock,
    });
    try {
      const started = await call(`${host.url}/dossiers`, 'POST', { id: 'HS-42', unit: 'to-toan', owner: 'gv-lan', dossier: { đã_đăng_ký: true, xếp_loại: 'tốt' } });
      expect(started).toMatchObject({ status: 201, body: { ok: true, id: 'HS-42', state: 'tự_đánh_giá' } });
      const bad = await call(`${host.url}/dossiers`, 'POST', { unit: 'to-toan', owner: 'gv-lan', dossier: { đã_đăng_ký: 'có' } });
      expect(bad).toMatchObject({ status: 422, body: { ok: false, refusal: { code: 'invalid-data' } } });
      const act = (action: string, actor: object, extra: object = {}) => call(`${host.url}/dossiers/HS-42/actions/${encodeURIComponent(action)}`, 'POST', { actor, ...extra });

      expect(await act('approve', who.groupHead)).toMatchObject({ status: 409, body: { refusal: { code: 'action-not-available' } } });
      expect((await act('submit', who.teacher)).status).toBe(200);
      expect(await act('approve', { ...who.groupHead, unit: 'to-van' })).toMatchObject({ status: 403, body: { refusal: { code: 'not-permitted' } } });
      expect(await act('approve', who.groupHead, { expectedVersion: 1 })).toMatchObject({ status: 409, body: { refusal: { code: 'version-conflict' } } });
      expect((await act('approve', who.groupHead, { expectedVersion: 2 })).body).toMatchObject({ ok: true, state: 'hđ_trường_xét.posting' });

      const tasks = await call(`${host.url}/tasks?role=${encodeURIComponent('hđ_trường')}&unit=thcs-kim-son`, 'GET');
      expect(tasks.body).toMatchObject({ items: [{ instance: 'HS-42', step: 'hđ_trường_xét', actions: [] }], next: null });
      clock.advanceBy(7 * DAY); // 3 working days of posting
      await host.engine.idle();
      expect((await call(`${host.url}/tasks?role=${encodeURIComponent('hđ_trường')}&unit=thcs-kim-son`, 'GET')).body.items[0].actions.sort()).toEqual(['approve', 'reject']);

      expect((await act('approve', who.council)).status).toBe(200);
      expect((await act('forward', who.principal)).status).toBe(200);
      const district = await act('approve', who.district);
      expect(district.body).toMatchObject({ ok: true, state: 'sở_quyết_định' });
      const decided = await act('approve', who.director, { data: { kết_quả: 'đạt' } });
      expect(decided).toMatchObject({ status: 200, body: { ok: true, state: 'đạt', status: 'done', outcome: 'đạt' } });

      const view = await call(`${host.url}/dossiers/HS-42`, 'GET');
      expect(view.body.history.filter((e: { outcome: string }) => e.outcome === 'accepted').map((e: { action: string }) => e.action)).toEqual([
        'start', 'submit', 'approve', 'posting-ended', 'approve', 'forward', 'approve', 'approve',
      ]);
      const jsonl = await call(`${host.url}/dossiers/HS-42/audit.jsonl`, 'GET');
      const lines = String(jsonl.body).trim().split('\n').map((l) => JSON.parse(l) as { action: string; outcome: string });
      expect(lines.length).toBe(view.body.history.length);
      expect((await call(`${host.url}/dossiers/HS-404`, 'GET')).status).toBe(404);
    } finally {
      await host.close();
    }
  });

  it('starts with one command (the built packages) and answers on loopback', async () => {
    if (!existsSync(here('../../dist/index.js'))) throw new Error('run `npx --yes pnpm@10.34.9 build` first');
    const proc = spawn(process.execPath, [here('../../examples/host/server.mjs'), '--port', '0', '--db', join(dir, 'cli.db')], { stdio: ['ignore', 'pipe', 'pipe'] });
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
