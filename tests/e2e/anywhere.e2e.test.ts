import type { Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { card } from './composer-cases';
import { editorText, fixtureReady, startBrowser, type Harness } from './harness';

/**
 * "Controleer met Zorgvuldig" on a site that is no platform, the toolbar's health signal, and
 * a content script whose extension went away. One browser for the file.
 *
 * Playwright cannot click a browser context menu. The test does what a click does, in two real
 * steps: the browser grants activeTab for the tab (Chromium's own action trigger over CDP,
 * `Extensions.triggerAction`, the grant a user's click on the extension gives), and the service
 * worker's `contextMenus.onClicked` event is dispatched with the click's data and the real tab,
 * so the extension's own registered listener runs.
 */
/** The extension's API as seen inside its service worker (code passed to evaluate runs there). */
declare const chrome: typeof browser;

const SENTENCE = 'Mevrouw Jansen, BSN 111222333, ligt op kamer 12';
const PLANNER = 'https://planner.example/';

let h: Harness;

beforeAll(async () => {
  // The organisation lists the planner as its own site; the user has not allowed it (yet).
  h = await startBrowser({
    extensionDebugging: true,
    policy: { organisation: { hosts: ['planner.example'] } },
  });
  await (await h.welcomeTab()).close();
});
afterAll(async () => {
  await h?.close();
});

/** The id of the tab that shows `page`, as the extension sees it (the active tab after bringToFront). */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  const sw = await h.serviceWorker();
  return sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id!);
}

/** Picks "Controleer met Zorgvuldig" in the page, on a field (`editable`) or on selected text. */
async function pickMenuItem(page: Page, editable: boolean): Promise<void> {
  const tabId = await tabIdOf(page);
  await h.runAction(page);
  // The action opened the popup; the menu is what is tested here.
  for (const p of h.context.pages()) if (p.url().endsWith('/popup.html')) await p.close();
  const sw = await h.serviceWorker();
  await sw.evaluate(
    async ({ tabId, editable, pageUrl }) => {
      const tab = await chrome.tabs.get(tabId);
      const info = { menuItemId: 'zorgvuldig-check', editable, frameId: 0, pageUrl };
      (chrome.contextMenus.onClicked as unknown as { dispatch(...args: unknown[]): void }).dispatch(
        info,
        tab,
      );
    },
    { tabId, editable, pageUrl: page.url() },
  );
}

const badge = async (page: Page) => {
  const tabId = await tabIdOf(page);
  return (await h.serviceWorker()).evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
};

describe('a site that is no platform', () => {
  it('runs nothing until the menu item is used; then checks the field and a selection; nothing leaves the machine', async () => {
    h.network.clear();
    const page = await h.page(PLANNER);
    await fixtureReady(page);
    const box = page.locator('textarea.pl-text');
    await box.click();
    await page.keyboard.type(SENTENCE, { delay: 10 });
    await page.waitForTimeout(800);
    // Nothing of the extension on the page: no sidebar, no content script answering, no badge.
    await expect(page.locator('zorgvuldig-sidebar').count()).resolves.toBe(0);
    await expect(badge(page)).resolves.toBe('');
    const sw = await h.serviceWorker();
    const noScript = await sw.evaluate(
      async (id) => {
        try {
          await chrome.tabs.sendMessage(id, { kind: 'zorgvuldig:attach', target: 'focused' });
          return false;
        } catch {
          return true;
        }
      },
      await tabIdOf(page),
    );
    expect(noScript).toBe(true);
    // Listed by the organisation but not allowed by the user: nothing is registered for it.
    await expect(sw.evaluate(() => chrome.scripting.getRegisteredContentScripts())).resolves.toEqual([]);

    await box.focus();
    await pickMenuItem(page, true);
    // The browser's first check: the dictionary loads first (about a second on an idle machine, more when busy).
    await card(page, 'privacy/bsn').first().waitFor({ state: 'visible', timeout: 10_000 });
    // The field stays checked while the user goes on typing.
    await box.focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' Bel 06-12345678.', { delay: 10 });
    await card(page, 'privacy/phone').first().waitFor({ state: 'visible', timeout: 3000 });
    expect(await editorText(page, 'box')).toBe(`${SENTENCE} Bel 06-12345678.`);
    await expect.poll(() => badge(page)).toBe('1');

    // A selection in the page itself: its findings show beside it, and the page's text is left alone.
    await page.locator('#quote').selectText();
    await pickMenuItem(page, false);
    const selectionSidebar = page.locator('zorgvuldig-sidebar[data-selection]');
    await selectionSidebar
      .locator('li[data-rule="privacy/bsn"]')
      .first()
      .waitFor({ state: 'visible', timeout: 3000 });
    expect(h.network.offLoopback).toEqual([]);
    expect(h.errors).toEqual([]);
    await page.close();
  });
});

describe("the organisation's own sites", () => {
  it('the options page lists them and asks the user to allow them; until then nothing is registered', async () => {
    const options = await h.page(`chrome-extension://${h.extensionId}/options.html`);
    const row = options.locator('.org-hosts li[data-host="planner.example"]');
    // The first policy read takes a few seconds after the browser starts.
    await expect
      .poll(async () => (await row.count()) > 0 && (await row.textContent()), { timeout: 15_000 })
      .toBe('planner.example: nog niet toegestaan');
    await expect(
      options.getByRole('button', { name: 'Sta Zorgvuldig toe op deze sites' }).count(),
    ).resolves.toBe(1);
    await options.close();
  });
});

describe('the health signal', () => {
  it('a box that cannot be read: the badge says "!", the popup says so and checks it when asked', async () => {
    const page = await h.page('https://www.linkedin.com/feed/?variant=li-closed');
    await fixtureReady(page);
    await expect.poll(() => badge(page)).toBe('✓');
    await page.locator('li-closed-box').click();
    await page.keyboard.type(SENTENCE, { delay: 10 });
    await expect.poll(() => badge(page)).toBe('!');
    expect(await editorText(page, 'box')).toBe(SENTENCE);
    await expect(page.locator('zorgvuldig-sidebar li[data-rule]').count()).resolves.toBe(0);

    // The popup, opened in a tab of its own, reports on the tab used just before it.
    const popup = await h.page(`chrome-extension://${h.extensionId}/popup.html`);
    const line = popup.locator('[data-health="unreadable"]');
    await line.waitFor({ state: 'visible', timeout: 3000 });
    expect(await line.textContent()).toContain(
      'Zorgvuldig kan het tekstvak waarin je typt niet vanzelf lezen',
    );
    await popup.getByRole('button', { name: 'Controleer dit tekstvak' }).click();
    await card(page, 'privacy/bsn').first().waitFor({ state: 'visible', timeout: 3000 });
    await expect.poll(() => badge(page)).toBe('1');
    expect(h.errors).toEqual([]);
    await page.close();
  });

  it('a content script whose extension was reloaded goes quiet: its sidebar leaves, no errors', async () => {
    const page = await h.page('https://www.linkedin.com/feed/?variant=li-comment-shadow');
    await fixtureReady(page);
    const box = page.locator('li-comment-box .ProseMirror');
    await box.click();
    await page.keyboard.type(SENTENCE, { delay: 10 });
    await card(page, 'privacy/bsn').first().waitFor({ state: 'visible', timeout: 3000 });
    h.errors.length = 0;
    const sw = await h.serviceWorker();
    await sw.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    // The old page keeps its old content script, cut off from the reloaded extension.
    await page.waitForTimeout(1000);
    await box.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' en nog wat', { delay: 10 });
    await page.locator('zorgvuldig-sidebar').waitFor({ state: 'detached', timeout: 3000 });
    expect(await editorText(page, 'box')).toBe(`${SENTENCE} en nog wat`);
    expect(h.errors.filter((e) => e.startsWith('page '))).toEqual([]);
    await page.close();
  });
});
