// What every browser scenario module needs: a fresh Chromium profile, named steps (a failed step skips the rest
// of its module), screenshots, and signing in and out as a demo user.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
export const WAIT = 15_000;
export const DESKTOP = { width: 1280, height: 800 };

export async function openSession({ baseUrl, screenshots, chromium: executablePath }) {
  const userDataDir = mkdtempSync(join(tmpdir(), 'clearance-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: ARGS,
    viewport: DESKTOP,
    acceptDownloads: true,
  });
  context.setDefaultTimeout(WAIT);
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const results = { passed: 0, failed: 0, skipped: 0 };
  let broken = false;

  const shot = (name) => page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });

  async function step(name, body) {
    if (broken) {
      results.skipped++;
      console.log(`  - skipped: ${name}`);
      return;
    }
    const started = Date.now();
    try {
      await body();
      results.passed++;
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      results.failed++;
      broken = true;
      console.log(`  ✗ ${name} (${Date.now() - started} ms)\n    ${String(error.message ?? error).split('\n').join('\n    ')}`);
      await page.screenshot({ path: join(screenshots, `failure-${name.replace(/\W+/g, '-').toLowerCase()}.png`), fullPage: true }).catch(() => {});
    }
  }

  function expect(condition, message) {
    if (!condition) {
      throw new Error(message);
    }
  }

  /** Signs in as a demo user; `screenshot` names a picture of the filled-in form, when wanted. */
  async function signIn(user, screenshot) {
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('Username').fill(user);
    await page.getByLabel('Password').fill(user);
    if (screenshot) {
      await shot(screenshot);
    }
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('region', { name: 'Signed-in user' }).locator('.app-header__name', { hasText: user }).waitFor();
  }

  async function signOut() {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
  }

  async function close() {
    await step('no uncaught error in the page', async () => {
      expect(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`);
    });
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    return results;
  }

  return { page, step, shot, expect, signIn, signOut, close, pageErrors };
}
