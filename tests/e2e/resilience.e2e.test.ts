import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASES, card, openCase } from './composer-cases';
import { editorText, startBrowser, type Harness } from './harness';

/**
 * What happens to a writer when the extension has a bad moment: its service worker stopped in the
 * middle of a check, the extension reloaded (an update) under an open composer, and its storage
 * garbled or full. One browser for the file.
 */
/** The extension's API as seen inside its service worker (code passed to evaluate runs there). */
declare const chrome: typeof browser;

let h: Harness;

beforeAll(async () => {
  h = await startBrowser();
  await (await h.welcomeTab()).close();
});
afterAll(async () => {
  await h?.close();
});

const COMMENT = CASES.find((c) => c.name === 'facebook comment (Lexical)')!;

/** The sidebar host's state: what it shows and for how long a text (see controller.ts `show`). */
const shown = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('zorgvuldig-sidebar');
    return { status: host?.getAttribute('data-status'), chars: Number(host?.getAttribute('data-chars')) };
  });

/** Stops the extension's service worker the way Chromium does when it idles, over CDP. */
async function stopServiceWorker(): Promise<void> {
  const session = await h.context.browser()!.newBrowserCDPSession();
  try {
    const { targetInfos } = await session.send('Target.getTargets');
    const worker = targetInfos.find(
      (t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${h.extensionId}/`),
    );
    if (!worker) throw new Error('The service worker is not running');
    await session.send('Target.closeTarget', { targetId: worker.targetId });
  } finally {
    await session.detach();
  }
}

/**
 * Reloads the extension from its service worker, as an update does. Chromium loads an unpacked
 * extension again only in developer mode (else it stays off as "unsupported developer extension").
 */
async function reloadExtension(): Promise<void> {
  const manager = await h.page('chrome://extensions/');
  type DeveloperPrivate = { updateProfileConfiguration(c: { inDeveloperMode: boolean }): Promise<void> };
  await manager.evaluate(() =>
    (chrome as unknown as { developerPrivate: DeveloperPrivate }).developerPrivate.updateProfileConfiguration(
      {
        inDeveloperMode: true,
      },
    ),
  );
  const sw = await h.serviceWorker();
  await sw.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  await manager.close();
  // Back once its own pages open again.
  const probe = await h.context.newPage();
  const popup = `chrome-extension://${h.extensionId}/popup.html`;
  await expect
    .poll(
      () =>
        probe.goto(popup).then(
          () => true,
          () => false,
        ),
      { timeout: 10_000 },
    )
    .toBe(true);
  await probe.close();
}

describe('the service worker stops in the middle of a check', () => {
  it('the content script asks again and shows the answer for the text as it is now', async () => {
    const page = await openCase(h, COMMENT);
    await page.keyboard.type('Goedemorgen allemaal', { delay: 10 });
    await expect.poll(() => shown(page)).toEqual({ status: 'ready', chars: 20 });
    const sw = await h.serviceWorker();
    // Hold the worker busy, so the next check is certainly under way when it stops.
    void sw
      .evaluate(() => {
        const end = Date.now() + 3000;
        while (Date.now() < end);
      })
      .catch(() => undefined);
    const more = ', BSN 111222333';
    await page.keyboard.type(more, { delay: 10 });
    await expect.poll(() => shown(page)).toMatchObject({ status: 'checking' });
    await stopServiceWorker();
    const text = `Goedemorgen allemaal${more}`;
    await expect
      .poll(() => shown(page), { timeout: 10_000 })
      .toEqual({ status: 'ready', chars: text.length });
    await card(page, 'privacy/bsn').first().waitFor({ state: 'visible', timeout: 3000 });
    expect(await editorText(page, COMMENT.editor)).toBe(text);
    expect(h.errors.filter((e) => e.startsWith('page '))).toEqual([]);
    await page.close();
  });
});

describe('the extension is reloaded (an update) while a post is being written', () => {
  it('the draft stays as it is, the old content script goes quiet without errors, the new one checks', async () => {
    const post = CASES.find((c) => c.name === 'facebook post dialog (Lexical)')!;
    const page = await openCase(h, post);
    const sentence = 'Mevrouw Jansen, BSN 111222333';
    await page.keyboard.type(sentence, { delay: 10 });
    await card(page, 'privacy/bsn').first().waitFor({ state: 'visible', timeout: 3000 });
    h.errors.length = 0;
    await reloadExtension();
    expect(await editorText(page, post.editor)).toBe(sentence);

    // The new content script checks the open composer; one sidebar, for the text as it is now.
    const more = ', bel 06-12345678';
    await post.locate(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(more, { delay: 10 });
    await card(page, 'privacy/phone').first().waitFor({ state: 'visible', timeout: 5000 });
    await expect(page.locator('zorgvuldig-sidebar').count()).resolves.toBe(1);
    await expect.poll(() => shown(page)).toEqual({ status: 'ready', chars: (sentence + more).length });
    expect(await editorText(page, post.editor)).toBe(sentence + more);
    expect(h.errors.filter((e) => e.startsWith('page '))).toEqual([]);
    await page.close();
  });
});
