import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'puppeteer-core';
import { ARTIFACTS_DIR } from './harness';
import { startFirefox, type FirefoxHarness } from './firefox-harness';

const SENTENCE = 'Mevrouw Jansen, BSN 111222333, ligt op kamer 12';
const FIXED = 'Mevrouw Jansen, BSN , ligt op kamer 12';
const CARD = 'zorgvuldig-sidebar >>> li[data-rule="privacy/bsn"]';
/** Firefox's own services (remote settings, captive portal): the browser's traffic, not the extension's. */
const FIREFOX_OWN = /(^|\.)(mozilla\.(com|net|org)|firefox\.com)$/;

/** The composers by editor library, as plain selectors (Firefox runs under Puppeteer, not Playwright). */
type FirefoxCase = {
  name: string;
  url: string;
  editor: string;
  selector: string;
  open?: string;
  /** The upload form lives in this iframe. */
  frame?: string;
  /** Draft.js and ProseMirror take no edit from Firefox's content-script world (lib/platforms/apply/bridge.ts). */
  fix: 'applies' | 'refused';
};
const CASES: FirefoxCase[] = [
  {
    name: 'facebook comment (Lexical)',
    url: 'https://www.facebook.com/',
    editor: 'comment',
    selector: 'div[role=textbox][aria-label="Schrijf een opmerking…"]',
    fix: 'applies',
  },
  {
    name: 'facebook post dialog (Lexical)',
    url: 'https://www.facebook.com/',
    editor: 'post',
    open: '.composer-trigger',
    selector: '[role=dialog] div[role=textbox][data-lexical-editor=true]',
    fix: 'applies',
  },
  {
    name: 'instagram caption (Lexical)',
    url: 'https://www.instagram.com/create/details/',
    editor: 'caption',
    selector: 'div[role=textbox][data-lexical-editor=true]',
    fix: 'applies',
  },
  {
    name: 'instagram comment (textarea)',
    url: 'https://www.instagram.com/p/C0zorg123/?lang=en',
    editor: 'comment',
    selector: 'textarea[aria-label="Add a comment…"]',
    fix: 'applies',
  },
  {
    name: 'linkedin share box (Quill)',
    url: 'https://www.linkedin.com/feed/',
    editor: 'share',
    open: 'button.share-box-feed-entry__trigger',
    selector: '[role=dialog] div.ql-editor',
    fix: 'applies',
  },
  {
    name: 'linkedin comment (TipTap)',
    url: 'https://www.linkedin.com/feed/',
    editor: 'comment-v2',
    selector: 'div[data-view-name="comment-box"] div.ProseMirror[contenteditable=true]',
    fix: 'refused',
  },
  {
    name: 'linkedin messaging (contenteditable)',
    url: 'https://www.linkedin.com/messaging/thread/2-abc/',
    editor: 'message',
    selector: 'div.msg-form__contenteditable[role=textbox]',
    fix: 'applies',
  },
  {
    name: 'tiktok upload caption in an iframe (Draft.js)',
    url: 'https://www.tiktok.com/tiktokstudio/upload?skipUpload=1',
    editor: 'caption',
    frame: 'iframe[data-tt="Upload_index_iframe"]',
    selector: 'div.public-DraftEditor-content',
    fix: 'refused',
  },
  {
    name: 'tiktok comment (Draft.js)',
    url: 'https://www.tiktok.com/@zorgteam/video/7300000000000000001',
    editor: 'comment',
    selector: '[data-e2e=comment-input] div.public-DraftEditor-content',
    fix: 'refused',
  },
];

let ff: FirefoxHarness;
beforeAll(async () => {
  ff = await startFirefox();
  // As in Chromium: the install's welcome tab comes to the front and the test's tab would wait behind it.
  await (await ff.welcomeTab()).close();
}, 60_000);
afterAll(async () => {
  await ff?.close();
}, 60_000);

async function scopeOf(page: Page, c: FirefoxCase): Promise<Page | Frame> {
  if (!c.frame) return page;
  const frame = await (await page.waitForSelector(c.frame))?.contentFrame();
  if (!frame) throw new Error(`no frame ${c.frame}`);
  await frame.waitForSelector(c.selector);
  return frame;
}

const editorText = (page: Page, name: string) => page.evaluate((n) => window.__fixture.editorText(n), name);

async function poll<T>(read: () => Promise<T>, wanted: T, timeoutMs = 3000): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last = await read();
  while (last !== wanted && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await read();
  }
  return last;
}

describe('Firefox: the sidebar shows; a fix goes through the editor and Ctrl+Z undoes it, or is refused with a notice', () => {
  it.each(CASES)('$name', async (c) => {
    const page = await ff.page(c.url);
    await page.waitForFunction(() => window.__fixture?.ready === true);
    // Puppeteer's locator waits forever on this div button in Firefox; the element handle clicks it.
    if (c.open) await (await page.waitForSelector(c.open, { visible: true }))!.click();
    const scope = await scopeOf(page, c);
    await scope.locator(c.selector).click();
    await page.keyboard.type(SENTENCE, { delay: 10 });
    // The card, or the badge where the panel would cover the composer (the upload iframe): open it like a user.
    const shown = await scope.waitForSelector(
      `${CARD} button.btn-primary, zorgvuldig-sidebar >>> button.badge:has(.sev-stop)`,
      { visible: true, timeout: 3000 },
    );
    if (await shown!.evaluate((el) => el.classList.contains('badge'))) await shown!.click();
    const fix = await scope.waitForSelector(`${CARD} button.btn-primary`, { visible: true, timeout: 3000 });
    expect(await editorText(page, c.editor)).toBe(SENTENCE);
    if (c.name.startsWith('facebook comment')) {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'firefox-facebook-comment.png') });
      // The underline: Firefox lets the content script use the page's highlight registry (no boxes needed).
      const underlined = () =>
        page.evaluate(() =>
          [...(CSS.highlights.get('zorgvuldig-stop') ?? [])].some(
            (r) => (r as Range).toString() === '111222333',
          ),
        );
      expect(await poll(underlined, true)).toBe(true);
    }
    await fix!.click();
    if (c.fix === 'refused') {
      // Said plainly, and the text is left exactly as the user wrote it.
      await scope.waitForSelector('zorgvuldig-sidebar >>> ::-p-text(Het aanpassen is niet gelukt)', {
        timeout: 3000,
      });
      expect(await editorText(page, c.editor)).toBe(SENTENCE);
      await page.close();
      return;
    }
    expect(await poll(() => editorText(page, c.editor), FIXED)).toBe(FIXED);
    await page.keyboard.down('Control');
    await page.keyboard.press('z');
    await page.keyboard.up('Control');
    expect(await poll(() => editorText(page, c.editor), SENTENCE)).toBe(SENTENCE);
    await page.close();
  });

  it('nothing but the platforms was asked for, apart from Firefox’s own services', () => {
    expect(ff.refused.filter((host) => !FIREFOX_OWN.test(host))).toEqual([]);
  });
});
