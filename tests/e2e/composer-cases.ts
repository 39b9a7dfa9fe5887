import type { FrameLocator, Locator, Page } from 'playwright-core';
import { fixtureReady, type Harness } from './harness';

/** One composer on a fixture page, and how to reach it. */
export type ComposerCase = {
  name: string;
  platform: 'facebook' | 'instagram' | 'linkedin' | 'tiktok';
  url: string;
  /** The fixture's editor name (window.__fixture.editorText). */
  editor: string;
  /** Clicks that make the composer appear, if it is not there on load. */
  open?: (page: Page) => Promise<void>;
  /** Where the editor and the sidebar live: the page, or the upload iframe. */
  scope: (page: Page) => Page | FrameLocator;
  locate: (page: Page) => Locator;
  /** Enter sends the message or comment here, so long texts are typed on one line. */
  singleLine?: boolean;
};

/** TikTok Studio's upload form, in its same-origin iframe. */
export const uploadFrame = (page: Page) => page.frameLocator('iframe[data-tt="Upload_index_iframe"]');

/** Picks a video in the upload iframe, which brings up the caption form. */
export const chooseUploadVideo = (page: Page) =>
  uploadFrame(page)
    .locator('input[type=file]')
    .setInputFiles({ name: 'dienst.mp4', mimeType: 'video/mp4', buffer: Buffer.from('not really a video') });

const inPage = (page: Page) => page;

export const CASES: ComposerCase[] = [
  {
    name: 'facebook post dialog (Lexical)',
    platform: 'facebook',
    url: 'https://www.facebook.com/',
    editor: 'post',
    open: (page) => page.getByRole('button', { name: 'Wat ben je aan het doen, Anna?' }).click(),
    scope: inPage,
    locate: (page) => page.locator('[role=dialog] div[role=textbox][data-lexical-editor=true]'),
  },
  {
    name: 'facebook comment (Lexical)',
    platform: 'facebook',
    url: 'https://www.facebook.com/',
    editor: 'comment',
    scope: inPage,
    locate: (page) => page.getByRole('textbox', { name: 'Schrijf een opmerking…' }),
  },
  {
    name: 'instagram caption (Lexical)',
    platform: 'instagram',
    url: 'https://www.instagram.com/create/details/',
    editor: 'caption',
    scope: inPage,
    locate: (page) => page.locator('div[role=textbox][data-lexical-editor=true]'),
  },
  {
    name: 'instagram comment (textarea)',
    platform: 'instagram',
    url: 'https://www.instagram.com/p/C0zorg123/?lang=en',
    editor: 'comment',
    scope: inPage,
    locate: (page) => page.locator('textarea[aria-label="Add a comment…"]'),
    singleLine: true,
  },
  {
    name: 'instagram direct message (Lexical)',
    platform: 'instagram',
    url: 'https://www.instagram.com/direct/t/1234/',
    editor: 'dm',
    scope: inPage,
    locate: (page) => page.locator('div[role=textbox][spellcheck=false][data-lexical-editor=true]'),
    singleLine: true,
  },
  {
    name: 'linkedin share box (Quill)',
    platform: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    editor: 'share',
    open: (page) => page.locator('button.share-box-feed-entry__trigger').click(),
    scope: inPage,
    locate: (page) => page.locator('[role=dialog] div.ql-editor'),
  },
  {
    name: 'linkedin comment (Quill)',
    platform: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    editor: 'comment',
    scope: inPage,
    locate: (page) => page.locator('.comments-comment-texteditor .ql-editor'),
  },
  {
    name: 'linkedin comment (TipTap)',
    platform: 'linkedin',
    url: 'https://www.linkedin.com/feed/',
    editor: 'comment-v2',
    scope: inPage,
    locate: (page) => page.locator('div[data-view-name="comment-box"] div.ProseMirror[contenteditable=true]'),
  },
  {
    name: 'linkedin messaging (contenteditable)',
    platform: 'linkedin',
    url: 'https://www.linkedin.com/messaging/thread/2-abc/',
    editor: 'message',
    scope: inPage,
    locate: (page) => page.locator('div.msg-form__contenteditable[role=textbox]'),
    singleLine: true,
  },
  {
    name: 'tiktok upload caption in an iframe (Draft.js)',
    platform: 'tiktok',
    url: 'https://www.tiktok.com/tiktokstudio/upload',
    editor: 'caption',
    open: chooseUploadVideo,
    scope: uploadFrame,
    locate: (page) => uploadFrame(page).locator('div.public-DraftEditor-content'),
  },
  {
    name: 'tiktok comment (Draft.js)',
    platform: 'tiktok',
    url: 'https://www.tiktok.com/@zorgteam/video/7300000000000000001',
    editor: 'comment',
    scope: inPage,
    locate: (page) => page.locator('[data-e2e=comment-input] div.public-DraftEditor-content'),
    singleLine: true,
  },
];

/** The sidebar's card for a rule, wherever the composer lives (Playwright pierces the open shadow root). */
export const card = (scope: Page | FrameLocator, ruleId: string) =>
  scope.locator(`zorgvuldig-sidebar li[data-rule="${ruleId}"]`);

/** A new tab on the case's page with its composer open and focused. */
export async function openCase(h: Harness, c: ComposerCase): Promise<Page> {
  const page = await h.page(c.url);
  await fixtureReady(page);
  await c.open?.(page);
  await c.locate(page).click();
  return page;
}
