// Browser test: Debian's Chromium (driven by playwright-core) opens the HTML report of each seed plan,
// finds every activity and every conflict on the page, and takes a screenshot: into a temporary folder, or into
// docs/screenshots with TDKT_UPDATE_SCREENSHOTS=1 (as the playground's browser test).
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadWorkspace } from '@tdkt/language';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../packages/cli/src/commands/simulate.js';
import { fileReader } from '../../packages/cli/src/files.js';
import { fakeIo } from '../../packages/cli/test/fake-io.js';
import { CHROMIUM, hasChromium, launchChromium } from '../browser.js';

const root = new URL('../../', import.meta.url).pathname;
const seeds = readdirSync(join(root, 'workflows'))
  .filter((f) => f.endsWith('.tdkt'))
  .sort()
  .map((f) => `workflows/${f}`);
// A planted defect, so that a red conflict is on a page too.
const pages = [...seeds, 'test/simulate/defects/tet-working-days.tdkt'];

interface JsonProblem {
  check: string;
  severity: string;
  message: string;
}

if (!hasChromium) {
  console.warn(
    `html report browser test skipped: ${CHROMIUM} is missing (run \`node test/setup/ensure-tools.mjs\` as root to install Debian's chromium)`,
  );
}

describe.skipIf(!hasChromium)('the HTML report in Chromium', () => {
  let browser: BrowserContext;
  let userData: string;
  const dir = mkdtempSync(join(tmpdir(), 'tdkt-html-'));
  const shots =
    process.env['TDKT_UPDATE_SCREENSHOTS'] === '1' ? join(root, 'docs/screenshots') : join(dir, 'screenshots');
  beforeAll(async () => {
    userData = mkdtempSync(join(tmpdir(), 'tdkt-chromium-'));
    // One browser for every page; a fresh profile, nothing fetched in the background.
    browser = await launchChromium(userData, { width: 1400, height: 900 }, { offline: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(userData, { recursive: true, force: true });
  });

  for (const file of pages) {
    it(`shows every activity and conflict of ${file}`, async () => {
      const name = file.replace(/^.*\//, '').replace(/\.tdkt$/, '');
      const html = join(dir, `${name}.html`);
      const io = fakeIo(root);
      const code = await run(
        {
          command: 'simulate',
          positionals: [file],
          options: { json: true, population: 'small', seed: '1', html },
          lang: 'vi',
        },
        io,
      );
      expect(code).toBeLessThan(2);
      const json = JSON.parse(io.out()) as { reports: { problems: JsonProblem[] }[] };
      const conflicts = (json.reports[0]?.problems ?? []).filter(
        (p) => p.check === 'deadlines' || p.severity === 'error',
      );
      const plan = loadWorkspace([file], fileReader(root)).model.plans.find((p) => p.file === file);
      expect(plan).toBeDefined();

      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => void (r.url().startsWith('file:') ? undefined : requests.push(r.url())));
      await page.goto(`file://${html}`);
      for (const activity of plan?.activities ?? []) {
        expect(await page.locator(`[data-activity="${activity.id.replace(/"/g, '\\"')}"]`).count(), activity.id).toBe(
          1,
        );
      }
      expect(await page.locator('.problem').count()).toBe(conflicts.length);
      const shown = await page.locator('.problem .msg').allTextContents();
      conflicts.forEach((c, i) => {
        expect(shown[i]).toContain(c.message);
      });
      if (conflicts.some((c) => c.severity === 'error'))
        expect(await page.locator('.activity.conflict-error').count()).toBeGreaterThan(0);
      expect(await page.locator('svg.gantt').count()).toBe(1);
      expect(await page.locator('details[data-procedure] svg.diagram').count()).toBeGreaterThan(0);
      // Self-contained: nothing but the file itself was requested.
      expect(requests).toEqual([]);
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: join(shots, `${name}.png`), fullPage: false });
      await page.close();
    });
  }
});
