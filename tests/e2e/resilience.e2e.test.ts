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

describe('garbled or full storage', () => {
  /** Not Dutch: flagged as a spelling mistake until it is on the user's own list. */
  const WORD = 'blorpzorg';
  const optionsUrl = () => `chrome-extension://${h.extensionId}/options.html`;
  const listed = (options: Page) => options.locator('ul.words li span').allTextContents();
  const addWord = async (options: Page, word: string) => {
    await options.getByLabel('Nieuw woord').fill(word);
    await options.getByRole('button', { name: 'Toevoegen', exact: true }).click();
  };
  const spellingCard = (page: Page) => card(page, 'spelling/unknown-word').filter({ hasText: WORD });

  it('garbage under the settings and word-list keys: the list still counts, the options page says what it ignored', async () => {
    const page = await openCase(h, COMMENT);
    await page.keyboard.type(`Onze ${WORD} met BSN 111222333`, { delay: 10 });
    await spellingCard(page).first().waitFor({ state: 'visible', timeout: 3000 });

    const options = await h.page(optionsUrl());
    await addWord(options, WORD);
    await expect.poll(() => listed(options)).toEqual([WORD]);
    await spellingCard(page).first().waitFor({ state: 'detached', timeout: 3000 });

    h.errors.length = 0;
    await options.evaluate(async () => {
      await chrome.storage.sync.set({
        settingsVersion: 'x',
        settings: 'kapot',
        'words.7': { geen: 'lijst' },
      });
      await chrome.storage.local.set({ settingsFallback: { kapot: true } });
    });
    const notices = options.getByRole('region', { name: 'Let op' });
    await expect
      .poll(() => notices.textContent({ timeout: 500 }).catch(() => ''), { timeout: 5000 })
      .toContain('beschadigde kopie');
    expect(await notices.textContent()).toContain('"words.7"');
    expect(await listed(options)).toEqual([WORD]);

    // The sidebar goes on checking, with the list: the word is not flagged, the BSN is.
    await COMMENT.locate(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(` en ${WORD}`, { delay: 10 });
    await expect.poll(() => shown(page)).toMatchObject({ status: 'ready', chars: 45 });
    await card(page, 'privacy/bsn').first().waitFor({ state: 'visible', timeout: 3000 });
    await expect(spellingCard(page).count()).resolves.toBe(0);

    // A new word after the damage keeps the old one.
    await addWord(options, 'zorgmoment');
    await expect.poll(() => listed(options)).toEqual([WORD, 'zorgmoment']);
    expect(h.errors.filter((e) => e.startsWith('page '))).toEqual([]);
    await options.close();
    await page.close();
  });

  it('full storage: a word that does not fit is not saved, the page says so, the list and the sidebar stay', async () => {
    const options = await h.page(optionsUrl());
    await expect.poll(() => listed(options)).toContain(WORD);
    const before = await listed(options);
    h.errors.length = 0;
    // Sync full to the last few bytes: the next word goes to this device only.
    await options.evaluate(async () => {
      const room = () =>
        chrome.storage.sync.getBytesInUse(null).then((used) => chrome.storage.sync.QUOTA_BYTES - used);
      // An item costs its key and its JSON: 'ballast.N' and the quoted string.
      for (let i = 0, left = await room(); left - 14 > 0; i++, left = await room())
        await chrome.storage.sync.set({ [`ballast.${i}`]: 'x'.repeat(Math.min(8000, left - 14)) });
    });
    await addWord(options, 'eerstewoord');
    await expect
      .poll(() => options.getByRole('status').textContent())
      .toContain('Opgeslagen op dit apparaat');
    await expect.poll(() => listed(options)).toEqual([...before, 'eerstewoord']);

    // And this device full too: nothing can be saved.
    await options.evaluate(async () => {
      const left = async () =>
        chrome.storage.local.QUOTA_BYTES - (await chrome.storage.local.getBytesInUse(null));
      // 'ballast' and the quoted string: a few bytes stay free, fewer than one more word needs.
      for (let size = (await left()) - 12; size > 0; size -= 4) {
        const fits = await chrome.storage.local.set({ ballast: 'x'.repeat(size) }).then(
          () => true,
          () => false,
        );
        if (fits) break;
      }
    });
    await addWord(options, 'tweedewoord');
    await expect
      .poll(() => options.getByRole('status').textContent())
      .toContain('Niet opgeslagen: de opslag van je browser is vol');
    await options.reload();
    await expect.poll(() => listed(options)).toEqual([...before, 'eerstewoord']);

    const page = await openCase(h, COMMENT);
    await page.keyboard.type(`Nog een ${WORD}, BSN 111222333`, { delay: 10 });
    await card(page, 'privacy/bsn').first().waitFor({ state: 'visible', timeout: 3000 });
    await expect(spellingCard(page).count()).resolves.toBe(0);
    expect(h.errors.filter((e) => e.startsWith('page '))).toEqual([]);

    await options.evaluate(async () => {
      await chrome.storage.local.remove('ballast');
      const all = await chrome.storage.sync.get(null);
      await chrome.storage.sync.remove(Object.keys(all).filter((key) => key.startsWith('ballast.')));
    });
    await options.close();
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
