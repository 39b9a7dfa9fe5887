import type { FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card } from './composer-cases';
import { BUDGET_MS, LONG, SENTENCE, markLastKey, msFromLastKey, typeInBursts } from './discovery-shared';
import { editorText, fixtureReady, screenshot, startBrowser, type Harness } from './harness';

/**
 * Composers in markup the extension's selectors do not name (fixtures/variants): no library
 * marks, no roles or labels, an open shadow root, a same-origin iframe, an unknown editor, and
 * the Meta Business Suite composer. One browser for the file; the second round of pages is in
 * discovery-drift.e2e.test.ts.
 */

type Variant = {
  name: string;
  url: string;
  /** Where the box and its sidebar live: the page, or the variant's iframe. */
  frame?: boolean;
  locate: (scope: Page | FrameLocator) => Locator;
  surface: string;
  platform: string;
};

const inFrame = (page: Page) => page.frameLocator('iframe.v-frame');
const bare = (scope: Page | FrameLocator) => scope.locator('.v-slot [contenteditable]');

const VARIANTS: Variant[] = [
  {
    name: 'facebook comment, Lexical without marks, roles or labels',
    url: 'https://www.facebook.com/?variant=fb-comment-bare',
    locate: bare,
    surface: 'comment',
    platform: 'facebook',
  },
  {
    name: 'facebook post dialog in a same-origin iframe',
    url: 'https://www.facebook.com/?variant=fb-post-frame',
    frame: true,
    locate: bare,
    surface: 'post',
    platform: 'facebook',
  },
  {
    name: 'instagram caption without role=textbox',
    url: 'https://www.instagram.com/create/details/?variant=ig-caption-norole',
    locate: bare,
    surface: 'caption',
    platform: 'instagram',
  },
  {
    name: 'instagram comment textarea outside a form, no label',
    url: 'https://www.instagram.com/p/C0zorg123/?variant=ig-comment-bare',
    locate: (s) => s.locator('textarea.v-editor'),
    surface: 'comment',
    platform: 'instagram',
  },
  {
    name: 'linkedin comment (TipTap) in an open shadow root',
    url: 'https://www.linkedin.com/feed/?variant=li-comment-shadow',
    locate: (s) => s.locator('li-comment-box .ProseMirror'),
    surface: 'comment',
    platform: 'linkedin',
  },
  {
    name: 'tiktok studio caption, a plain contenteditable in the upload iframe',
    url: 'https://www.tiktok.com/tiktokstudio/upload?variant=tt-caption-plain',
    frame: true,
    locate: bare,
    surface: 'caption',
    platform: 'tiktok',
  },
  {
    name: 'meta business suite composer',
    url: 'https://business.facebook.com/latest/composer/?variant=mbs-composer',
    locate: bare,
    surface: 'post',
    platform: 'facebook',
  },
];

let h: Harness;
const timings: Record<string, number> = {};

beforeAll(async () => {
  h = await startBrowser({ viewport: { width: 1440, height: 900 } });
  // Its welcome tab would take the foreground mid-test (see README).
  await (await h.welcomeTab()).close();
});
afterAll(async () => {
  console.log('discovery timings (ms from last key to the BSN card):', JSON.stringify(timings));
  await h?.close();
});

describe('composers in markup the selectors do not name', () => {
  it.each(VARIANTS)(
    '$name: 2,000 characters come through unchanged, the BSN card within a second',
    async (v) => {
      const page = await h.page(v.url);
      await fixtureReady(page);
      const scope = v.frame ? inFrame(page) : page;
      const box = v.locate(scope);
      await box.click();
      h.network.clear();
      h.errors.length = 0;
      await typeInBursts(page, LONG);
      await page.keyboard.press('Enter');
      await markLastKey(box);
      await page.keyboard.type(SENTENCE, { delay: 20 });
      const shownMs = await msFromLastKey(box, 'privacy/bsn');
      timings[v.name] = Math.round(shownMs);
      expect(shownMs).toBeLessThan(BUDGET_MS);
      const sidebar = scope.locator('zorgvuldig-sidebar');
      await expect(sidebar.getAttribute('data-platform')).resolves.toBe(v.platform);
      await expect.poll(() => editorText(page, 'box')).toBe(`${LONG}\n${SENTENCE}`);
      await screenshot(page, `variant-${v.name}`);
      expect(h.errors).toEqual([]);
      expect(h.network.offLoopback).toEqual([]);
      await page.close();
    },
  );

  it('business suite: the platform follows the channels switched on', async () => {
    const page = await h.page('https://business.facebook.com/latest/composer/?variant=mbs-composer');
    await fixtureReady(page);
    await page.getByLabel('Zorggroep Noord · Facebook').uncheck();
    await bare(page).click();
    await page.keyboard.type(SENTENCE, { delay: 10 });
    await card(page, 'privacy/bsn').first().waitFor({ state: 'visible', timeout: 3000 });
    await expect(page.locator('zorgvuldig-sidebar').getAttribute('data-platform')).resolves.toBe('instagram');
    await page.close();
  });
});
