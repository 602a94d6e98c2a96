/// <reference lib="dom" />
// Browser test: the engine's sample host served to Debian's Chromium (playwright-core). A teacher starts her
// dossier and submits it, the head of the subject group returns it, she resubmits, the group approves, the school
// council approves after the posting period, a deadline passes on the virtual clock and shows as overdue; the
// Phòng's plan shows its months with open and late activities. Screenshots go to a temporary folder, or to
// docs/screenshots with UPDATE_SHOTS=1 (or TDKT_UPDATE_SCREENSHOTS=1).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VirtualClock } from '@tdkt/engine';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error — a plain ESM example without type declarations
import { startHost } from '../../packages/engine/examples/host/host.mjs';
import { CHROMIUM, hasChromium, launchChromium } from '../browser.js';

const root = new URL('../../', import.meta.url).pathname;
const UPDATE_SHOTS = process.env['UPDATE_SHOTS'] === '1' || process.env['TDKT_UPDATE_SCREENSHOTS'] === '1';
const shots = UPDATE_SHOTS ? join(root, 'docs/screenshots') : mkdtempSync(join(tmpdir(), 'tdkt-host-shots-'));
const example = join(root, 'packages/engine/examples/host');
const DAY = 86_400_000;

if (!hasChromium)
  console.warn(
    `sample host browser test skipped: ${CHROMIUM} is missing (run \`node test/setup/ensure-tools.mjs\` as root)`,
  );

interface Host {
  url: string;
  engine: { idle(): Promise<void> };
  close(): Promise<void>;
}

describe.skipIf(!hasChromium)('the sample host in Chromium', () => {
  let browser: BrowserContext;
  let host: Host;
  let page: Page;
  const userData = mkdtempSync(join(tmpdir(), 'tdkt-chromium-'));
  const work = mkdtempSync(join(tmpdir(), 'tdkt-host-'));
  const clock = new VirtualClock(Date.UTC(2021, 4, 3, 1));
  const errors: string[] = [];

  beforeAll(async () => {
    host = (await startHost({
      file: join(example, 'xet-5-cap.tdkt'),
      procedure: 'xét_năm_cấp',
      db: join(work, 'host.db'),
      units: JSON.parse(readFileSync(join(example, 'units.json'), 'utf8')),
      people: JSON.parse(readFileSync(join(example, 'people.json'), 'utf8')),
      clock,
    })) as Host;
    browser = await launchChromium(userData, { width: 1280, height: 1000 });
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => void (m.type() === 'error' ? errors.push(m.text()) : undefined));
    page.on(
      'request',
      (r) => void (r.url().startsWith(host.url) ? undefined : errors.push(`outside request ${r.url()}`)),
    );
    await page.goto(host.url);
    await page.getByTestId('today').filter({ hasText: '/2021' }).waitFor({ timeout: 20_000 });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    rmSync(userData, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
    if (!UPDATE_SHOTS) rmSync(shots, { recursive: true, force: true });
  });

  const as = async (person: string): Promise<void> => {
    await page.getByTestId('person').selectOption(person);
    await page.getByTestId('refresh').click();
  };
  const task = (id: string) => page.getByTestId(`task-${id}`);
  const act = async (id: string, action: string): Promise<void> => {
    await task(id).getByTestId(`act-${action}`).click();
    await expect.poll(() => page.getByTestId('message').textContent()).toContain(`${id}: ${action}`);
  };
  /** Moves the host's virtual clock and lets the engine fire what fell due. */
  const advance = async (ms: number): Promise<void> => {
    clock.advanceBy(ms);
    await host.engine.idle();
  };

  it('a teacher submits, the group head returns it, she resubmits, the group and the council approve', async () => {
    await as('gv-lan');
    await page.getByTestId('new-id').fill('HS-2021-0042');
    await page.getByTestId('start').click();
    await task('HS-2021-0042').waitFor();
    expect(await task('HS-2021-0042').textContent()).toContain('Cá nhân tự đánh giá');
    await act('HS-2021-0042', 'submit');
    await expect.poll(() => task('HS-2021-0042').count()).toBe(0);

    await as('tt-toan');
    await task('HS-2021-0042').waitFor();
    await act('HS-2021-0042', 'return');
    await as('gv-lan');
    await task('HS-2021-0042').waitFor();
    await act('HS-2021-0042', 'submit');
    await as('tt-toan');
    await task('HS-2021-0042').waitFor();
    await act('HS-2021-0042', 'approve');

    // The council's list is posted for comment first: no action until three working days have passed.
    await as('hđ-ks');
    await task('HS-2021-0042').waitFor();
    expect(await task('HS-2021-0042').getByTestId('act-approve').count()).toBe(0);
    await advance(7 * DAY);
    await as('hđ-ks');
    await task('HS-2021-0042').getByTestId('act-approve').waitFor();
    await act('HS-2021-0042', 'approve');

    await task('HS-2021-0042')
      .getByTestId('open')
      .waitFor({ state: 'detached' })
      .catch(() => undefined);
    await as('ht-ks');
    await task('HS-2021-0042').waitFor();
    expect(await task('HS-2021-0042').textContent()).toContain('25/5/2021');
    await task('HS-2021-0042').getByTestId('open').click();
    await expect.poll(() => page.getByTestId('history').locator('tbody tr').count()).toBeGreaterThanOrEqual(7);
    const actions = await page.getByTestId('history').locator('tbody tr td:nth-child(3)').allTextContents();
    expect(actions).toEqual(['start', 'submit', 'return', 'submit', 'approve', 'posting-ended', 'approve']);
    await page.screenshot({ path: join(shots, 'host-dossier.png'), fullPage: true });
  });

  it('a deadline passes on the virtual clock: the principal’s task shows it overdue', async () => {
    const left = Number(await task('HS-2021-0042').getByTestId('left').textContent());
    expect(left).toBeGreaterThan(0);
    await advance(16 * DAY);
    await as('ht-ks');
    await expect.poll(() => task('HS-2021-0042').getByTestId('left').textContent()).toMatch(/quá hạn/);
    expect(await task('HS-2021-0042').getByTestId('left').getAttribute('class')).toBe('late');
    await task('HS-2021-0042').getByTestId('open').click();
    await expect
      .poll(() => page.getByTestId('history').locator('tbody tr td:nth-child(3)').allTextContents())
      .toContain('deadline');
    await page.screenshot({ path: join(shots, 'host-overdue.png'), fullPage: true });
  });

  it('starts the Phòng’s plan and shows its months with open and late activities', async () => {
    await page.getByTestId('plan-unit').selectOption('phong-gia-lam');
    await page.getByTestId('start-plan').click();
    await page.getByTestId('activity-phát_động').waitFor();
    // Windows that passed before the plan started close at once, on the engine's own timers.
    await host.engine.idle();
    await page.getByTestId('refresh').click();
    await page.getByTestId('activity-phát_động').getByTestId('late').waitFor();
    // September's launch was due long ago: open and late; May's review is open, its dossiers started.
    expect(await page.getByTestId('activity-phát_động').getByTestId('late').count()).toBe(1);
    expect(await page.getByTestId('month-2020-09').textContent()).toContain('Phát động phong trào thi đua');
    await expect
      .poll(() => page.getByTestId('activity-bình_xét').getByTestId('status').textContent())
      .toMatch(/đang làm|chờ/);
    await page.getByTestId('plan').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(shots, 'host-plan.png'), fullPage: true });
    expect(errors).toEqual([]);
  });
});
