/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Browser test: `tdkt play` serves the playground to Debian's Chromium (playwright-core); a designer types a
// conflicting deadline and sees the red bar and the diagnostic, fixes it and sees them go, hovers a phrase
// and reads its date, switches to English, and saves. Screenshots go to a temporary folder, or to
// docs/screenshots with TDKT_UPDATE_SCREENSHOTS=1.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlayServer, startPlayServer } from '../../packages/cli/src/play/server.js';
import { CHROMIUM, hasChromium, launchChromium } from '../browser.js';

const root = new URL('../../', import.meta.url).pathname;
const site = join(root, 'packages/playground/dist');
const UPDATE_SHOTS = process.env['TDKT_UPDATE_SCREENSHOTS'] === '1';
const shots = UPDATE_SHOTS ? join(root, 'docs/screenshots') : mkdtempSync(join(tmpdir(), 'tdkt-play-shots-'));
const SEED = 'workflows/kim-son-2020-2021.tdkt';
const ACTIVITY =
  'tổ_xét: "tổ chuyên môn xét, đề nghị Hội đồng thi đua khen thưởng nhà trường xét." do tổ_trưởng_chuyên_môn';
// hội_đồng_xét cannot finish before 10/5/2021 (its procedure steps take working days from 1/5/2021).
const LATE_ACTIVITY =
  'hội_đồng_xét: "Hội đồng thi đua khen thưởng xét, đưa ra ý kiến và quyết định danh sách các danh hiệu th đua" do hđ_trường';
const CONFLICT = ' chậm nhất 3/5/2021';

if (!hasChromium)
  console.warn(
    `playground browser test skipped: ${CHROMIUM} is missing (run \`node test/setup/ensure-tools.mjs\` as root)`,
  );

/** Rebuilds the playground when its sources changed since dist/ was built (the build records their hash). */
async function ensureBuilt(): Promise<void> {
  const { sourceHash } = (await import(join(root, 'packages/playground/build.mjs'))) as { sourceHash: () => string };
  const info = join(site, 'build-info.json');
  const built = existsSync(info) ? (JSON.parse(readFileSync(info, 'utf8')) as { sources?: string }).sources : undefined;
  if (built === sourceHash()) return;
  const result = spawnSync(process.execPath, [join(root, 'packages/playground/build.mjs')], {
    cwd: root,
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`playground build failed: ${result.stderr}`);
}

/**
 * Scrolls the editor until a line containing `needle` is drawn, and returns the screen point of its first
 * letters (or, with `end`, just inside its last letter's right edge: a click there puts the cursor after it).
 */
async function reveal(page: Page, needle: string, end = false): Promise<{ x: number; y: number }> {
  for (let step = 0; step < 60; step++) {
    const point = await page.evaluate(
      ([n, atEnd]) => {
        for (const line of document.querySelectorAll('.cm-line')) {
          const found = (line.textContent ?? '').indexOf(n);
          let offset = atEnd ? found + n.length - 1 : found;
          if (found < 0) continue;
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = (node as Text).length;
            if (offset < length) {
              const range = document.createRange();
              range.setStart(node, offset);
              range.setEnd(node, Math.min(length, offset + (atEnd ? 1 : 2)));
              const r = range.getBoundingClientRect();
              const scroller = document.querySelector('.cm-scroller')!.getBoundingClientRect();
              if (r.top < scroller.top || r.bottom > scroller.bottom) {
                line.scrollIntoView({ block: 'center' });
                return null;
              }
              return { x: atEnd ? r.right - 1 : r.left + r.width / 2, y: r.top + r.height / 2 };
            }
            offset -= length;
          }
        }
        const scroller = document.querySelector('.cm-scroller')!;
        scroller.scrollTop += scroller.clientHeight / 2;
        return null;
      },
      [needle, end] as const,
    );
    if (point) return point;
    await page.waitForTimeout(50);
  }
  throw new Error(`line with ${needle} not found`);
}

describe.skipIf(!hasChromium)('the playground in Chromium', () => {
  let browser: BrowserContext;
  let server: PlayServer;
  let page: Page;
  const userData = mkdtempSync(join(tmpdir(), 'tdkt-chromium-'));
  const work = mkdtempSync(join(tmpdir(), 'tdkt-play-'));
  const errors: string[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    cpSync(join(root, 'dsl/lib'), join(work, 'dsl/lib'), { recursive: true });
    mkdirSync(join(work, 'workflows'));
    cpSync(join(root, SEED), join(work, SEED));
    server = await startPlayServer({ site, cwd: work, file: SEED, port: 0 });
    browser = await launchChromium(userData, { width: 1500, height: 900 });
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => void (m.type() === 'error' ? errors.push(m.text()) : undefined));
    page.on(
      'request',
      (r) => void (r.url().startsWith(server.url) ? undefined : errors.push(`outside request ${r.url()}`)),
    );
    await page.goto(server.url);
    await page.locator('#summary .check').first().waitFor({ timeout: 20_000 });
  }, 90_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(userData, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
    if (!UPDATE_SHOTS) rmSync(shots, { recursive: true, force: true });
  });

  it('loads the served file with its imports and draws the plan', async () => {
    await expect.poll(() => page.locator('#file-name').textContent()).toBe(SEED);
    expect(await page.locator('#gantt svg.gantt').count()).toBe(1);
    expect(await page.locator('#gantt .activity.conflict-error').count()).toBe(0);
    expect(await page.locator('#diagrams details[data-procedure] svg').count()).toBeGreaterThan(0);
    expect(await page.locator('.cm-lintRange-error').count()).toBe(0);
  });

  it('shows a conflicting deadline as a red bar and a diagnostic, and clears both when it is fixed', async () => {
    const at = await reveal(page, LATE_ACTIVITY, true);
    await page.mouse.click(at.x, at.y);
    await page.keyboard.type(CONFLICT, { delay: 5 });
    await page.locator('#gantt .activity.conflict-error').first().waitFor({ timeout: 20_000 });
    await page.locator('.cm-lintRange-error').first().waitFor({ timeout: 20_000 });
    expect(await page.locator('#summary .problem.error').first().textContent()).toContain('chậm nhất 3/5/2021');
    expect(await page.locator('#summary .check.fail[data-check="deadlines"]').count()).toBe(1);
    await page.screenshot({ path: join(shots, 'playground-conflict.png') });
    for (let i = 0; i < CONFLICT.length; i++) await page.keyboard.press('Backspace');
    await expect.poll(() => page.locator('#gantt .activity.conflict-error').count(), { timeout: 20_000 }).toBe(0);
    await expect.poll(() => page.locator('.cm-lintRange-error').count(), { timeout: 20_000 }).toBe(0);
    expect(await page.locator('#summary .problem.error').count()).toBe(0);
  });

  it('hovers a time phrase and reads its date', async () => {
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
    const at = await reveal(page, 'cuối năm học "III. 3.');
    await page.mouse.move(at.x, at.y);
    await page.waitForTimeout(100);
    await page.mouse.move(at.x + 2, at.y);

    const tooltip = page.locator('.cm-tooltip-hover');
    await tooltip.waitFor({ timeout: 10_000 });
    const text = await tooltip.textContent();
    expect(text).toContain('cuối năm học');
    expect(text).toMatch(/Ngày cuối: \d{1,2}\/\d{1,2}\/2021 \(thứ /u);
    await page.screenshot({ path: join(shots, 'playground-hover.png') });
  });

  it('switches to English', async () => {
    await page.mouse.move(5, 5);
    await page.locator('#lang').click();
    await expect.poll(() => page.locator('#open').textContent()).toBe('Open…');
    await expect
      .poll(() => page.locator('#summary .check[data-check="completion"]').textContent(), { timeout: 20_000 })
      .toContain('Completion');
    await page.locator('#lang').click();
    await expect.poll(() => page.locator('#open').textContent()).toBe('Mở tệp…');
  });

  it('saves the served file in place', async () => {
    const at = await reveal(page, ACTIVITY, true);
    await page.mouse.click(at.x, at.y);
    await page.keyboard.type(' # đã xem');
    await page.keyboard.press('Control+s');
    await expect
      .poll(() => readFileSync(join(work, SEED), 'utf8'), { timeout: 10_000 })
      .toContain(`${ACTIVITY} # đã xem`);
    expect(errors).toEqual([]);
  });

  it('works as a static site: starts from an example, in the language of the address', async () => {
    const bare = await startPlayServer({ site, cwd: work, port: 0 });
    const other = await browser.newPage();
    try {
      await other.goto(`${bare.url}?example=hai-phong-2024&lang=en`);
      await other.locator('#summary .check').first().waitFor({ timeout: 20_000 });
      expect(await other.locator('#file-name').textContent()).toBe('workflows/hai-phong-2024.tdkt');
      expect(await other.locator('#save').textContent()).toBe('Download');
      expect(await other.locator('#gantt svg.gantt').count()).toBe(1);
    } finally {
      await other.close();
      await bare.close();
    }
  });
});
