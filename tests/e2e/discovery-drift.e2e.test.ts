import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { BUDGET_MS, LONG, SENTENCE, markLastKey, msFromLastKey, typeInBursts } from './discovery-shared';
import { DRIFT_CASES, SKIPPED } from './drift-cases';
import { editorText, fixtureReady, startBrowser, type Harness } from './harness';

/**
 * Pages written before reading how boxes are found (drift-cases.ts): the platforms' markup as it
 * may change. A file of its own beside discovery.e2e, so the two run side by side. One browser.
 */
/** The extension's API inside its service worker (code passed to evaluate runs there). */
declare const chrome: typeof browser;

let h: Harness;
const timings: Record<string, number> = {};
const driftSeconds: Record<string, number> = {};

beforeAll(async () => {
  h = await startBrowser({ viewport: { width: 1440, height: 900 } });
  // Its welcome tab would take the foreground mid-test (see README).
  await (await h.welcomeTab()).close();
});
afterAll(async () => {
  console.log('drift seconds per page:', JSON.stringify(driftSeconds));
  console.log('drift timings (ms from last key to the BSN card):', JSON.stringify(timings));
  await h?.close();
});

/** Counts the drafts the service worker is asked to check from now on (what the extension really does). */
async function countChecks(): Promise<() => Promise<number>> {
  const sw = await h.serviceWorker();
  await sw.evaluate(() => {
    const g = globalThis as unknown as { __zvChecks: number; __zvCounting?: boolean };
    g.__zvChecks = 0;
    if (g.__zvCounting) return;
    g.__zvCounting = true;
    chrome.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { kind?: string })?.kind === 'check') g.__zvChecks += 1;
      return undefined;
    });
  });
  return () => sw.evaluate(() => (globalThis as unknown as { __zvChecks: number }).__zvChecks);
}

describe('pages written before reading how boxes are found (drift-cases.ts)', () => {
  it.each(DRIFT_CASES)('$name', async (c) => {
    const started = Date.now();
    const page = await h.page(c.url);
    await fixtureReady(page);
    if (c.before) await c.before(page);
    const scope = c.frame ? page.frameLocator(c.frame) : page;
    const box = c.locate(scope);
    await box.waitFor({ timeout: 5000 });
    h.errors.length = 0;
    h.network.clear();
    if (c.url.includes('variant=fb-skip')) {
      // The site's search, a chat lookup and a one-line field: typing there is never checked.
      const checks = await countChecks();
      for (const selector of SKIPPED) {
        await page.locator(selector).click();
        await page.keyboard.type(SENTENCE, { delay: 5 });
      }
      await page.waitForTimeout(600);
      await expect(checks()).resolves.toBe(0);
    }
    if (!c.noClick) await box.click();
    const expected = c.long ? `${LONG}\n${SENTENCE}` : SENTENCE;
    if (c.long) {
      await typeInBursts(page, LONG);
      await page.keyboard.press('Enter');
    }
    await markLastKey(box);
    await page.keyboard.type(SENTENCE, { delay: 20 });
    const shownMs = await msFromLastKey(box, 'privacy/bsn');
    timings[c.name] = Math.round(shownMs);
    expect(shownMs).toBeLessThan(BUDGET_MS);
    const sidebar = scope.locator('zorgvuldig-sidebar');
    expect({
      platform: await sidebar.getAttribute('data-platform'),
      editor: await sidebar.getAttribute('data-editor'),
    }).toEqual({ platform: c.platform, editor: c.editor });
    expect(c.surfaces).toContain(await sidebar.getAttribute('data-surface'));
    await expect.poll(() => editorText(page, 'box')).toBe(expected);
    expect(h.errors).toEqual([]);
    expect(h.network.offLoopback).toEqual([]);
    await page.close();
    driftSeconds[c.name] = Math.round((Date.now() - started) / 100) / 10;
  });
});
