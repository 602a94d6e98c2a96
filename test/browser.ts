// The Chromium the browser tests drive: Debian's, installed by test/setup/ensure-tools.mjs; one launch recipe.
import { existsSync } from 'node:fs';
import { type BrowserContext, chromium } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

/**
 * A headless Chromium on a fresh profile in `userData`, fetching nothing in the background.
 *
 * @example
 * const browser = await launchChromium(mkdtempSync(join(tmpdir(), 'tdkt-chromium-')), { width: 1280, height: 1000 });
 */
export function launchChromium(
  userData: string,
  viewport: { readonly width: number; readonly height: number },
  options: { readonly offline?: boolean } = {},
): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userData, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport,
    ...options,
  });
}
