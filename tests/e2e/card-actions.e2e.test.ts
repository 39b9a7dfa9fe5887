import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { editorText, screenshot, startBrowser, type Harness } from './harness';
import { CASES, card, openCase } from './composer-cases';

const SENTENCE = 'Mevrouw Jansen, BSN 111222333, ligt op kamer 12';

let h: Harness;

beforeAll(async () => {
  h = await startBrowser({ viewport: { width: 1440, height: 900 } });
  await (await h.welcomeTab()).close();
});
afterAll(async () => {
  await h?.close();
});

/** The text selected in the editor and whether the editor has focus, read in the editor's own frame. */
function selectionIn(editor: Locator): Promise<{ selected: string; focused: boolean }> {
  return editor.evaluate((el) => {
    const doc = el.ownerDocument;
    const selected =
      el instanceof HTMLTextAreaElement
        ? el.value.slice(el.selectionStart, el.selectionEnd)
        : (doc.getSelection()?.toString() ?? '');
    return { selected, focused: el.contains(doc.activeElement) };
  });
}

/** One composer per editor library: what "show in your text" has to work with. */
const REVEAL_CASES = [
  'facebook post dialog (Lexical)',
  'instagram comment (textarea)',
  'linkedin share box (Quill)',
  'linkedin comment (TipTap)',
  'tiktok comment (Draft.js)',
].map((name) => CASES.find((c) => c.name === name)!);

describe('"aanwijzen in je tekst" selects the finding in the editor', () => {
  it.each(REVEAL_CASES)('$name, with the mouse and with the keyboard', async (c) => {
    const page = await openCase(h, c);
    await page.keyboard.type(SENTENCE, { delay: 10 });
    const quote = card(c.scope(page), 'privacy/bsn').getByRole('button', { name: /aanwijzen in je tekst/ });
    await quote.waitFor({ state: 'visible', timeout: 3000 });

    await quote.click();
    await expect.poll(() => selectionIn(c.locate(page))).toEqual({ selected: '111222333', focused: true });

    // Move the caret away, then the keyboard way: focus on the card, Enter.
    await page.keyboard.press('End');
    await expect.poll(() => selectionIn(c.locate(page))).toEqual({ selected: '', focused: true });
    await quote.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => selectionIn(c.locate(page))).toEqual({ selected: '111222333', focused: true });

    // Selected, not changed: typing replaces it like any selection.
    await page.keyboard.type('[nummer]');
    await expect
      .poll(() => editorText(page, c.editor))
      .toBe('Mevrouw Jansen, BSN [nummer], ligt op kamer 12');
    await page.close();
  });
});

describe('"Negeren" hides a finding for this draft', () => {
  it('the BSN card goes, stays gone while typing on, and the other findings stay', async () => {
    const c = CASES.find((x) => x.name === 'facebook comment (Lexical)')!;
    const page = await openCase(h, c);
    await page.keyboard.type(SENTENCE, { delay: 10 });
    const bsn = card(page, 'privacy/bsn');
    await bsn.first().waitFor({ state: 'visible', timeout: 3000 });
    await bsn.getByRole('button', { name: /^Negeren/ }).click();
    await bsn.first().waitFor({ state: 'hidden', timeout: 3000 });
    await expect(selectionIn(c.locate(page))).resolves.toMatchObject({ focused: true });

    // A new detail: its card shows that the check of the longer text has answered.
    await page.keyboard.type(', bel haar dochter op 06-12345678', { delay: 10 });
    await card(page, 'privacy/phone').first().waitFor({ state: 'visible', timeout: 3000 });
    await expect(bsn.count()).resolves.toBe(0);
    await expect(card(page, 'privacy/person').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'sidebar-after-ignore');
    await page.close();
  });
});

describe('"Toevoegen aan woordenboek" adds the word for the user everywhere', () => {
  it('the spelling card goes, and the word is accepted on another platform', async () => {
    const share = CASES.find((x) => x.name === 'linkedin share box (Quill)')!;
    const page = await openCase(h, share);
    await page.keyboard.type('Vandaag hielp ons woonzorgmaatje enorm.', { delay: 10 });
    const unknown = card(page, 'spelling/unknown-word');
    await unknown.first().waitFor({ state: 'visible', timeout: 3000 });
    await unknown.getByRole('button', { name: 'Toevoegen aan woordenboek' }).click();
    await unknown.first().waitFor({ state: 'hidden', timeout: 3000 });

    const other = CASES.find((x) => x.name === 'instagram comment (textarea)')!;
    const next = await openCase(h, other);
    // The BSN card shows that the check of this text has answered.
    await next.keyboard.type('Het woonzorgmaatje noteerde BSN 111222333', { delay: 10 });
    await card(next, 'privacy/bsn').first().waitFor({ state: 'visible', timeout: 3000 });
    await expect(card(next, 'spelling/unknown-word').count()).resolves.toBe(0);

    type Chrome = { storage: { sync: { get(): Promise<Record<string, unknown>> } } };
    const stored = await (
      await h.serviceWorker()
    ).evaluate(async () =>
      JSON.stringify(await (self as unknown as { chrome: Chrome }).chrome.storage.sync.get()),
    );
    expect(stored).toContain('woonzorgmaatje');
    await page.close();
    await next.close();
  });
});

describe('a verb form (d/t) in the real extension', () => {
  it('is found with the dictionary the extension ships, and fixed in one click', async () => {
    const c = CASES.find((x) => x.name === 'facebook comment (Lexical)')!;
    const page = await openCase(h, c);
    await page.keyboard.type('Hij word morgen zestig, vind ik mooi.', { delay: 10 });
    const verb = card(page, 'spelling/verb-form');
    await verb.first().waitFor({ state: 'visible', timeout: 3000 });
    // The word is in the dictionary: adding it would help nobody.
    await expect(verb.getByRole('button', { name: 'Toevoegen aan woordenboek' }).count()).resolves.toBe(0);
    await verb.getByRole('button', { name: 'Vervang door “wordt”' }).click();
    await expect.poll(() => editorText(page, c.editor)).toBe('Hij wordt morgen zestig, vind ik mooi.');
    await verb.first().waitFor({ state: 'hidden', timeout: 3000 });
    await page.close();
  });
});
