import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { Platform, Surface } from '../../lib/checker/types';
import type { EditorKind } from '../../lib/platforms/types';

/**
 * The second round of variant pages (fixtures/variants/markup-drift.ts): where each lives, what
 * to click before its box exists, where the box is, and what the checker should call it.
 */
export type DriftCase = {
  name: string;
  url: string;
  /** The box lives in this iframe (its sidebar too). */
  frame?: string;
  /** Clicks that make the box appear (or close and reopen its dialog). */
  before?: (page: Page) => Promise<void>;
  locate: (scope: Page | FrameLocator) => Locator;
  /** The box has focus already: type without clicking it first. */
  noClick?: boolean;
  platform: Platform;
  /** Surfaces that are right for this box; the first is the best. */
  surfaces: Surface[];
  /** The editor library that drives the box (decides how text is read and fixes applied). */
  editor: EditorKind;
  /**
   * Type 2,000 characters before the sentence: one page for each way of reading text these
   * pages add (plaintext-only, focus on a block, Quill, bare ProseMirror, a rewritten frame);
   * the others type the sentence only, to keep the e2e run short.
   */
  long?: boolean;
};

const editable = (s: Page | FrameLocator) => s.locator('[contenteditable]').first();
const click = (selector: string) => async (page: Page) => {
  await page.locator(selector).click();
};

export const DRIFT_CASES: DriftCase[] = [
  {
    name: 'm.facebook.com composer, a textarea made on a tap',
    url: 'https://m.facebook.com/?variant=mfb-composer',
    before: (page) => page.getByText('Wat ben je aan het doen?').click(),
    locate: (s) => s.locator('textarea[name=xc_message]'),
    platform: 'facebook',
    surfaces: ['post'],
    editor: 'textarea',
  },
  {
    name: 'web.facebook.com group post, Lexical without marks deep in divs',
    url: 'https://web.facebook.com/groups/zorgteam/?variant=webfb-deep',
    locate: editable,
    platform: 'facebook',
    surfaces: ['post', 'other'],
    editor: 'lexical',
  },
  {
    name: 'facebook comment, contenteditable=plaintext-only',
    url: 'https://www.facebook.com/?variant=fb-plaintext',
    locate: (s) => s.locator('[contenteditable=plaintext-only]'),
    platform: 'facebook',
    surfaces: ['comment'],
    editor: 'contenteditable',
    long: true,
  },
  {
    name: 'instagram DM, focus lands on a block inside the box',
    url: 'https://www.instagram.com/direct/t/5678/?variant=ig-dm-child-focus',
    locate: (s) => s.locator('.v-slot [contenteditable] > div').first(),
    platform: 'instagram',
    surfaces: ['message'],
    editor: 'contenteditable',
    long: true,
  },
  {
    name: 'instagram comment textarea made after a click',
    url: 'https://www.instagram.com/p/C0zorg456/?variant=ig-comment-lazy',
    before: click('button.v-open'),
    locate: (s) => s.locator('textarea.v-editor'),
    platform: 'instagram',
    surfaces: ['comment'],
    editor: 'textarea',
  },
  {
    name: 'linkedin page admin, Quill share box in a dialog closed and opened again',
    url: 'https://www.linkedin.com/company/98765/admin/page-posts/published/?variant=li-admin-dialog',
    before: async (page) => {
      await page.locator('button.v-open').click();
      await page.locator('.ql-editor').waitFor();
      await page.locator('button.v-close').click();
      await page.waitForTimeout(200);
      await page.locator('button.v-open').click();
    },
    locate: (s) => s.locator('.ql-editor'),
    platform: 'linkedin',
    surfaces: ['post'],
    editor: 'quill',
    long: true,
  },
  {
    name: 'linkedin comment (TipTap) in a shadow root inside a shadow root',
    url: 'https://www.linkedin.com/feed/update/urn:li:activity:7300/?variant=li-shadow-nested',
    locate: (s) => s.locator('li-comment-composer .ProseMirror'),
    platform: 'linkedin',
    surfaces: ['comment'],
    editor: 'prosemirror',
  },
  {
    name: 'tiktok studio upload, bare ProseMirror made on a click, no iframe',
    url: 'https://www.tiktok.com/tiktokstudio/upload?from=webapp&variant=tt-studio-pm-late',
    before: click('button.v-open'),
    locate: (s) => s.locator('.ProseMirror'),
    platform: 'tiktok',
    surfaces: ['caption'],
    editor: 'prosemirror',
    long: true,
  },
  {
    name: 'tiktok studio edit route, Draft.js in the page',
    url: 'https://www.tiktok.com/tiktokstudio/content/7300000000000000002/edit?variant=tt-studio-edit',
    locate: (s) => s.locator('.public-DraftEditor-content'),
    platform: 'tiktok',
    surfaces: ['caption'],
    editor: 'draft',
  },
  {
    name: 'facebook comment in an iframe with srcdoc',
    url: 'https://www.facebook.com/?variant=fb-srcdoc',
    frame: 'iframe[title=srcdoc]',
    locate: editable,
    platform: 'facebook',
    surfaces: ['comment'],
    editor: 'contenteditable',
  },
  {
    name: 'facebook post box (Lexical) in an about:blank iframe filled by script',
    url: 'https://www.facebook.com/groups/zorgteam/?variant=fb-blank-frame',
    frame: 'iframe[title=blank]',
    locate: editable,
    platform: 'facebook',
    surfaces: ['post', 'other'],
    editor: 'lexical',
  },
  {
    name: 'facebook comment in an iframe inserted after load',
    url: 'https://www.facebook.com/?variant=fb-frame-late',
    frame: 'iframe[title=reacties]',
    locate: editable,
    platform: 'facebook',
    surfaces: ['comment'],
    editor: 'lexical',
  },
  {
    name: 'business suite story composer, channel as a pressed toggle',
    url: 'https://business.facebook.com/latest/story_composer/?asset_id=1&variant=mbs-story',
    locate: editable,
    platform: 'instagram',
    surfaces: ['post', 'caption', 'other'],
    editor: 'contenteditable',
  },
  {
    name: 'business suite post composer, channel as a selected option',
    url: 'https://business.facebook.com/latest/composer/?asset_id=1&variant=mbs-post-listbox',
    locate: editable,
    platform: 'instagram',
    surfaces: ['post', 'caption'],
    editor: 'lexical',
  },
  {
    name: 'messenger message box beside search, chat lookup and a one-line field',
    url: 'https://www.facebook.com/messages/t/123/?variant=fb-skip',
    locate: (s) => s.locator('.v-slot [contenteditable]'),
    platform: 'facebook',
    surfaces: ['message'],
    editor: 'lexical',
  },
  {
    name: 'm.facebook.com composer route, textarea focused from the start, typed without a click',
    url: 'https://m.facebook.com/composer/?variant=mfb-autofocus',
    noClick: true,
    locate: (s) => s.locator('textarea'),
    platform: 'facebook',
    surfaces: ['post'],
    editor: 'textarea',
  },
  {
    name: 'facebook comment in an about:blank iframe written with document.write',
    url: 'https://www.facebook.com/?variant=fb-docwrite-frame',
    frame: 'iframe[title=docwrite]',
    before: (page) => page.frameLocator('iframe[title=docwrite]').locator('[contenteditable]').waitFor(),
    locate: editable,
    platform: 'facebook',
    surfaces: ['comment'],
    editor: 'contenteditable',
    long: true,
  },
  {
    name: 'linkedin article, an iframe whose body is the editable',
    url: 'https://www.linkedin.com/article/new/?variant=li-body-frame',
    frame: 'iframe[title=blank]',
    locate: (s) => s.locator('body'),
    platform: 'linkedin',
    surfaces: ['post', 'other'],
    editor: 'contenteditable',
  },
  {
    name: 'facebook post dialog re-mounted by the page, new editor focused by script',
    url: 'https://www.facebook.com/?variant=fb-dialog-refocus',
    before: (page) => page.locator('[data-remounted]').waitFor(),
    noClick: true,
    locate: editable,
    platform: 'facebook',
    surfaces: ['post'],
    editor: 'lexical',
  },
  {
    name: 'business suite composer, Instagram tab selected to customise the text',
    url: 'https://business.facebook.com/latest/composer/?asset_id=1&variant=mbs-tabs',
    locate: editable,
    platform: 'instagram',
    surfaces: ['post', 'caption'],
    editor: 'lexical',
  },
  {
    name: 'business suite inbox, reply to an Instagram comment',
    url: 'https://business.facebook.com/latest/inbox/instagram?asset_id=1&variant=mbs-inbox-reply',
    locate: (s) => s.locator('textarea'),
    platform: 'instagram',
    surfaces: ['reply', 'comment'],
    editor: 'textarea',
  },
  {
    name: 'tiktok studio caption in a shadow root inside the upload iframe',
    url: 'https://www.tiktok.com/tiktokstudio/upload?variant=tt-frame-shadow',
    frame: 'iframe[title=upload]',
    locate: editable,
    platform: 'tiktok',
    surfaces: ['caption'],
    editor: 'contenteditable',
  },
  {
    name: 'facebook comment offering mentions (role=combobox), placeholder "Wat vind jij hiervan?"',
    url: 'https://www.facebook.com/?variant=fb-comment-mentions',
    locate: editable,
    platform: 'facebook',
    surfaces: ['comment'],
    editor: 'lexical',
  },
  {
    name: 'instagram caption, plain contenteditable with mention attributes, no label',
    url: 'https://www.instagram.com/create/details/?variant=ig-caption-combobox',
    locate: editable,
    platform: 'instagram',
    surfaces: ['caption'],
    editor: 'contenteditable',
  },
  {
    name: 'tiktok studio comment page, answering a viewer (Draft.js, no label)',
    url: 'https://www.tiktok.com/tiktokstudio/comment?variant=tt-studio-comment',
    locate: (s) => s.locator('.public-DraftEditor-content'),
    platform: 'tiktok',
    surfaces: ['reply', 'comment'],
    editor: 'draft',
  },
  {
    name: 'instagram post opened in a dialog, Lexical comment box without marks, a "Plaatsen" button',
    url: 'https://www.instagram.com/p/C0zorg789/?variant=ig-post-dialog',
    locate: editable,
    platform: 'instagram',
    surfaces: ['comment'],
    editor: 'lexical',
  },
  {
    name: 'linkedin feed update, plain contenteditable comment box with a "Plaatsen" button',
    url: 'https://www.linkedin.com/feed/?variant=li-comment-plain',
    locate: editable,
    platform: 'linkedin',
    surfaces: ['comment'],
    editor: 'contenteditable',
  },
];

/** The boxes on the `fb-skip` page that are no post and must be left alone. */
export const SKIPPED = ['input.v-search', 'div.v-lookup', 'input.v-oneline'];
