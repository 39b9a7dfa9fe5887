import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  EXTENSION_DIR,
  builtExtensionId,
  editorNames,
  editorText,
  fixtureReady,
  screenshot,
  startBrowser,
  typeSlowly,
  type Harness,
} from './harness';
import { chooseUploadVideo, uploadFrame } from './composer-cases';

let h: Harness;
beforeAll(async () => {
  h = await startBrowser();
});
afterAll(async () => {
  await h?.close();
});

describe('the built extension', () => {
  it('starts its service worker under the fixed ID without errors', async () => {
    const worker = await h.serviceWorker();
    expect(worker.url()).toBe(`chrome-extension://${h.extensionId}/background.js`);
    type Chrome = { runtime: { getManifest(): { name: string } } };
    expect(
      await worker.evaluate(() => (self as unknown as { chrome: Chrome }).chrome.runtime.getManifest().name),
    ).toBe('Zorgvuldig');
    expect(h.errors.filter((e) => e.startsWith('service worker'))).toEqual([]);
  });

  it('opens its Dutch welcome page once, on install', async () => {
    const welcome = await h.welcomeTab();
    await welcome
      .getByRole('heading', { level: 1, name: 'Welkom bij Zorgvuldig' })
      .waitFor({ state: 'visible', timeout: 10_000 });
    expect(await welcome.locator('html').getAttribute('lang')).toBe('nl');
    expect(h.context.pages().filter((p) => p.url() === welcome.url())).toHaveLength(1);
    await screenshot(welcome, 'welcome');
    await welcome.close();
  });

  it('ships every content script its manifest names', () => {
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      content_scripts?: { js?: string[] }[];
    };
    const missing = (manifest.content_scripts ?? [])
      .flatMap((cs) => cs.js ?? [])
      .filter((file) => !existsSync(path.join(EXTENSION_DIR, file)));
    expect(missing).toEqual([]);
  });
});

describe('the harness', () => {
  it('says how to build when the extension is missing', () => {
    expect(() => builtExtensionId('/nonexistent/chrome-mv3')).toThrow(/npm run build/);
  });

  it('records requests that leave loopback, from pages and from the service worker', async () => {
    const page = await h.page('https://www.linkedin.com/feed/');
    h.network.clear();
    await page.evaluate(() => fetch('https://www.linkedin.com/voyager/ok').catch(() => null));
    await page.evaluate(() => fetch('https://tracker.example/page').catch(() => null));
    const worker = await h.serviceWorker();
    await worker.evaluate(() => fetch('https://tracker.example/worker').catch(() => null));
    await expect
      .poll(() => h.network.offLoopback)
      .toEqual(['https://tracker.example/page', 'https://tracker.example/worker']);
    await page.close();
  });
});

type Case = {
  name: string;
  url: string;
  /** The fixture's editor name (window.__fixture.editorText). */
  editor: string;
  /** Clicks that make the composer appear, if it is not there on load. */
  open?: (page: Page) => Promise<void>;
  locate: (page: Page) => Locator;
};

const cases: Case[] = [
  {
    name: 'facebook post dialog (Lexical rich text)',
    url: 'https://www.facebook.com/',
    editor: 'post',
    open: (page) => page.getByRole('button', { name: 'Wat ben je aan het doen, Anna?' }).click(),
    locate: (page) =>
      page.locator('[role=dialog] div[role=textbox][data-lexical-editor=true][contenteditable=true]'),
  },
  {
    name: 'facebook comment (Lexical)',
    url: 'https://www.facebook.com/',
    editor: 'comment',
    locate: (page) => page.getByRole('textbox', { name: 'Schrijf een opmerking…' }),
  },
  {
    name: 'instagram caption (Lexical plain text)',
    url: 'https://www.instagram.com/create/details/?lang=en',
    editor: 'caption',
    locate: (page) => page.locator('div[aria-label="Write a caption..."][data-lexical-editor=true]'),
  },
  {
    name: 'instagram comment (textarea)',
    url: 'https://www.instagram.com/p/C0zorg123/?lang=en',
    editor: 'comment',
    locate: (page) => page.locator('textarea[aria-label="Add a comment…"]'),
  },
  {
    name: 'instagram direct message (Lexical, spellcheck off)',
    url: 'https://www.instagram.com/direct/t/1234/',
    editor: 'dm',
    locate: (page) => page.locator('div[role=textbox][spellcheck=false][data-lexical-editor=true]'),
  },
  {
    name: 'linkedin share box (Quill 1)',
    url: 'https://www.linkedin.com/feed/?lang=en',
    editor: 'share',
    open: (page) => page.locator('button.share-box-feed-entry__trigger').click(),
    locate: (page) => page.locator('div.ql-editor[data-placeholder="What do you want to talk about?"]'),
  },
  {
    name: 'linkedin classic comment (Quill 1)',
    url: 'https://www.linkedin.com/feed/',
    editor: 'comment',
    locate: (page) => page.locator('.comments-comment-texteditor .ql-editor'),
  },
  {
    name: 'linkedin new comment (TipTap)',
    url: 'https://www.linkedin.com/feed/',
    editor: 'comment-v2',
    locate: (page) =>
      page.locator('div[data-view-name="comment-box"] div.tiptap.ProseMirror[contenteditable=true]'),
  },
  {
    name: 'linkedin messaging (plain contenteditable)',
    url: 'https://www.linkedin.com/messaging/thread/2-abc/',
    editor: 'message',
    locate: (page) => page.locator('div.msg-form__contenteditable[role=textbox]'),
  },
  {
    name: 'tiktok studio caption in the upload iframe (Draft.js)',
    url: 'https://www.tiktok.com/tiktokstudio/upload',
    editor: 'caption',
    open: chooseUploadVideo,
    locate: (page) => uploadFrame(page).locator('div.public-DraftEditor-content'),
  },
  {
    name: 'tiktok video comment (Draft.js)',
    url: 'https://www.tiktok.com/@zorgteam/video/7300000000000000001',
    editor: 'comment',
    locate: (page) => page.locator('[data-e2e=comment-input] div.public-DraftEditor-content'),
  },
];

const TYPED = 'Goedemorgen team,\nfijne dienst! Één café, 12 × “zorg”.';

describe('fixture pages: typing lands in the editor model, Ctrl+Z undoes', () => {
  it.each(cases)('$name', async ({ name, url, editor, open, locate }) => {
    const page = await h.page(url);
    await fixtureReady(page);
    await open?.(page);
    await typeSlowly(locate(page), TYPED);
    expect(await editorText(page, editor)).toBe(TYPED);
    await screenshot(page, `smoke-${name}`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page, editor)).not.toBe(TYPED);
    expect(TYPED.startsWith(await editorText(page, editor))).toBe(true);
    await page.close();
  });
});

describe('fixture pages: single-page app behaviour', () => {
  it('facebook: the composer is mounted only after the click, goes with the dialog, comes back, and survives pushState navigation', async () => {
    const page = await h.page('https://www.facebook.com/');
    await fixtureReady(page);
    expect(await editorNames(page)).toEqual(['comment']);
    await page.getByRole('button', { name: 'Wat ben je aan het doen, Anna?' }).click();
    expect(await editorNames(page)).toEqual(['comment', 'post']);
    await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();
    await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    await page.getByRole('navigation').getByRole('link', { name: 'Zorgteam Noord' }).click();
    expect(new URL(page.url()).pathname).toBe('/groups/zorgteam/');
    await expect(page.getByRole('heading', { name: 'Zorgteam Noord' }).count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Wat ben je aan het doen, Anna?' }).click();
    await typeSlowly(page.getByRole('dialog').getByRole('textbox'), 'Tweede keer');
    expect(await editorText(page, 'post')).toBe('Tweede keer');
    await page.close();
  });

  it('remove() and restore() take an editor out of the DOM and put a fresh one back', async () => {
    const page = await h.page('https://www.linkedin.com/feed/');
    await fixtureReady(page);
    await page.evaluate(() => window.__fixture.remove('comment'));
    await expect(page.locator('.comments-comment-texteditor .ql-editor').count()).resolves.toBe(0);
    await page.evaluate(() => window.__fixture.restore('comment'));
    await typeSlowly(page.locator('.comments-comment-texteditor .ql-editor'), 'terug');
    expect(await editorText(page, 'comment')).toBe('terug');
    await page.close();
  });

  it('?late= renders the page after the delay; /late/ opens the Facebook composer by itself', async () => {
    const page = await h.page('https://www.facebook.com/late/?delay=800');
    await expect(page.locator('[role=dialog] [data-lexical-editor]').count()).resolves.toBe(0);
    await page.locator('[role=dialog] [data-lexical-editor]').waitFor({ timeout: 5_000 });
    const late = await h.page('https://www.instagram.com/p/C0zorg123/?late=800');
    expect(await late.evaluate(() => window.__fixture.ready)).toBe(false);
    await fixtureReady(late);
    expect(await editorNames(late)).toEqual(['comment']);
    await page.close();
    await late.close();
  });

  it('linkedin opens the share box straight away on /preload/sharebox/', async () => {
    const page = await h.page('https://www.linkedin.com/preload/sharebox/');
    await fixtureReady(page);
    expect(await editorNames(page)).toContain('share');
    await page.close();
  });

  it('the platform buttons record what they would post', async () => {
    const page = await h.page('https://www.tiktok.com/tiktokstudio/upload?skipUpload=1');
    await fixtureReady(page);
    await uploadFrame(page).locator('div.public-DraftEditor-content').waitFor();
    await typeSlowly(uploadFrame(page).locator('div.public-DraftEditor-content'), 'Een dag op de afdeling');
    await uploadFrame(page).locator('[data-e2e=post_video_button]').click();
    const frame = page.frames().find((f) => f.url().includes('/creator'));
    expect(await frame?.evaluate(() => window.__fixture.posts)).toEqual([
      { editor: 'caption', text: 'Een dag op de afdeling' },
    ]);
    await page.close();
  });
});

describe('pages stay healthy', () => {
  it('no page errors were logged by the fixture pages or the extension', () => {
    // The recorder test's blocked lookups to tracker.example are logged on purpose.
    expect(h.errors.filter((e) => !e.includes('tracker.example'))).toEqual([]);
  });
});
