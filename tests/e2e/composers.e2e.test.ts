import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, editorText, fixtureReady, screenshot, startBrowser, type Harness } from './harness';
import { jpegWithLocation } from '../../lib/platforms/media/testing';
import { CASES, card, openCase, type ComposerCase } from './composer-cases';

const SENTENCE = 'Mevrouw Jansen, BSN 111222333, ligt op kamer 12';
const AFTER_BSN = ', ligt op kamer 12';
/** The budget: the finding shows within a second of the last keystroke. */
const BUDGET_MS = 1000;

let h: Harness;
const timings: Record<string, number> = {};

beforeAll(async () => {
  // A common laptop width; the narrow case has its own test below.
  h = await startBrowser({ viewport: { width: 1440, height: 900 } });
  // People type after the install has settled: its welcome tab would take the foreground mid-test.
  await (await h.welcomeTab()).close();
});
afterAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  writeFileSync(path.join(ARTIFACTS_DIR, 'composer-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  await h?.close();
});

/** Records the time of every key press in the composer's frame, in that frame's clock. */
async function armKeyClock(c: ComposerCase, page: Page): Promise<void> {
  await c.locate(page).evaluate(() => {
    const w = window as unknown as { __zvLastKey: number };
    w.__zvLastKey = 0;
    window.addEventListener('keydown', () => (w.__zvLastKey = performance.now()), true);
  });
}

/**
 * Milliseconds from the last key press until the sidebar shows (or no longer shows) a stop
 * finding for `ruleId` (its card, or the count on the badge), measured inside the page on
 * every frame, so the figure does not depend on how often the test runner polls.
 */
function msFromLastKey(c: ComposerCase, page: Page, ruleId: string, present: boolean): Promise<number> {
  return c.locate(page).evaluate(
    (_el, args) =>
      new Promise<number>((resolve, reject) => {
        const w = window as unknown as { __zvLastKey: number };
        const started = performance.now();
        const tick = () => {
          const root = document.querySelector('zorgvuldig-sidebar')?.shadowRoot;
          const card = root?.querySelector(`li[data-rule="${args.ruleId}"]`);
          const badge = root?.querySelector('button.badge .badge-count.sev-stop');
          if (args.present ? card || badge : !card) resolve(performance.now() - w.__zvLastKey);
          else if (performance.now() - started > 5000)
            reject(new Error(`sidebar did not change for ${args.ruleId}`));
          else requestAnimationFrame(tick);
        };
        tick();
      }),
    { ruleId, present },
  );
}

/**
 * Waits until the sidebar shows a "stop" finding: as its card in the open panel, or as the
 * count on the badge where the panel would cover the composer (the TikTok upload iframe);
 * then opens the badge like a user, so the card can be read.
 */
async function stopFindingShown(
  scope: ReturnType<ComposerCase['scope']>,
  ruleId: string,
): Promise<{ viaBadge: boolean }> {
  const cardLocator = card(scope, ruleId).first();
  const badge = scope.locator('zorgvuldig-sidebar button.badge:has(.badge-count.sev-stop)');
  await cardLocator.or(badge).first().waitFor({ state: 'visible', timeout: 3000 });
  const viaBadge = !(await cardLocator.isVisible());
  if (viaBadge) {
    await badge.click();
    await cardLocator.waitFor({ state: 'visible', timeout: 3000 });
  }
  return { viaBadge };
}

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && a.x + a.width > b.x && a.y < b.y + b.height && a.y + a.height > b.y;

describe('the BSN finding in every composer', () => {
  it.each(CASES)('$name: shows within a second, nothing leaves loopback, deleting clears it', async (c) => {
    const page = await openCase(h, c);
    const scope = c.scope(page);
    h.network.clear();
    await armKeyClock(c, page);
    await page.keyboard.type(SENTENCE, { delay: 20 });
    const shownMs = await msFromLastKey(c, page, 'privacy/bsn', true);
    timings[`${c.name}: finding after last key (ms)`] = Math.round(shownMs);
    expect(shownMs).toBeLessThan(BUDGET_MS);
    const shown = await stopFindingShown(scope, 'privacy/bsn');
    if (!shown.viaBadge) {
      // Opened by itself, the panel sits beside the composer, never on it.
      const sidebar = (await scope.locator('zorgvuldig-sidebar').boundingBox())!;
      expect(overlap(sidebar, (await c.locate(page).boundingBox())!)).toBe(false);
    }
    expect(await editorText(page, c.editor)).toBe(SENTENCE);
    await screenshot(page, `sidebar-${c.name}`);

    // Lexical syncs its selection on selectionchange, a task after the key: a key pressed
    // sooner than that lands at the old caret (also without the extension), so pause like a person.
    for (let i = 0; i < AFTER_BSN.length; i++) {
      await page.keyboard.press('ArrowLeft');
      await page.waitForTimeout(15);
    }
    await page.waitForTimeout(100);
    for (let i = 0; i < '111222333'.length; i++) await page.keyboard.press('Backspace');
    const cleared = await msFromLastKey(c, page, 'privacy/bsn', false);
    timings[`${c.name}: cleared after last key (ms)`] = Math.round(cleared);
    expect(cleared).toBeLessThan(BUDGET_MS);
    await card(scope, 'privacy/bsn').first().waitFor({ state: 'hidden', timeout: 3000 });
    expect(await editorText(page, c.editor)).toBe('Mevrouw Jansen, BSN , ligt op kamer 12');
    expect(h.network.offLoopback).toEqual([]);
    await page.close();
  });
});

describe('fixes go through the editor and Ctrl+Z undoes them', () => {
  it.each(CASES)('$name', async (c) => {
    const page = await openCase(h, c);
    const scope = c.scope(page);
    await page.keyboard.type(SENTENCE, { delay: 10 });
    const bsn = card(scope, 'privacy/bsn');
    await stopFindingShown(scope, 'privacy/bsn');
    await c.locate(page).focus();
    await bsn.locator('button.btn-primary').first().click();
    await expect.poll(() => editorText(page, c.editor)).toBe('Mevrouw Jansen, BSN , ligt op kamer 12');
    await bsn.first().waitFor({ state: 'hidden', timeout: 3000 });
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page, c.editor)).toBe(SENTENCE);
    await page.close();
  });
});

describe('composers that come and go', () => {
  it('a composer that appears late is found', async () => {
    const page = await h.page('https://www.facebook.com/late/?delay=800');
    await fixtureReady(page);
    await page.locator('[role=dialog] div[role=textbox][data-lexical-editor=true]').click();
    await page.keyboard.type(SENTENCE, { delay: 10 });
    await card(page, 'privacy/bsn').first().waitFor({ state: 'visible', timeout: 3000 });
    await page.close();
  });

  it('opening and closing the post dialog 30 times leaves one sidebar and no stale composers', async () => {
    const page = await h.page('https://www.facebook.com/');
    await fixtureReady(page);
    const host = page.locator('zorgvuldig-sidebar');
    for (let i = 0; i < 30; i++) {
      await page.getByRole('button', { name: 'Wat ben je aan het doen, Anna?' }).click();
      await page.keyboard.type(`Ronde ${i}`);
      await page.getByRole('dialog').getByRole('button', { name: 'Sluiten' }).click();
    }
    // The comment box stays; every closed dialog's composer has been let go.
    await expect.poll(() => host.getAttribute('data-composers')).toBe('1');
    await expect(host.count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Wat ben je aan het doen, Anna?' }).click();
    await page.keyboard.type(SENTENCE, { delay: 10 });
    await card(page, 'privacy/bsn').first().waitFor({ state: 'visible', timeout: 3000 });
    await expect.poll(() => host.getAttribute('data-composers')).toBe('2');
    await page.close();
  });

  it('a removed and re-added editor is checked again; the sidebar leaves with it', async () => {
    const page = await h.page('https://www.linkedin.com/feed/');
    await fixtureReady(page);
    const box = () => page.locator('.comments-comment-texteditor .ql-editor');
    await box().click();
    await page.keyboard.type(SENTENCE, { delay: 10 });
    await card(page, 'privacy/bsn').first().waitFor({ state: 'visible', timeout: 3000 });
    await page.evaluate(() => window.__fixture.remove('comment'));
    await card(page, 'privacy/bsn').first().waitFor({ state: 'hidden', timeout: 3000 });
    await page.evaluate(() => window.__fixture.restore('comment'));
    await box().click();
    await page.keyboard.type(`Nog eens: ${SENTENCE}`, { delay: 10 });
    await card(page, 'privacy/bsn').first().waitFor({ state: 'visible', timeout: 3000 });
    await page.close();
  });

  it('single-page navigation: a composer on the next route is found', async () => {
    const page = await h.page('https://www.facebook.com/');
    await fixtureReady(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Zorgteam Noord' }).click();
    await page.getByRole('button', { name: 'Wat ben je aan het doen, Anna?' }).click();
    await page.keyboard.type(SENTENCE, { delay: 10 });
    await card(page, 'privacy/bsn').first().waitFor({ state: 'visible', timeout: 3000 });
    await page.close();
  });
});

describe('the sidebar never covers the composer', () => {
  it.each([
    [1440, 'panel'],
    [1024, 'badge'],
  ])('at %i px wide the LinkedIn share dialog and its Post button stay free (%s)', async (width, shape) => {
    const page = await openCase(
      h,
      CASES.find((c) => c.editor === 'share')!,
    );
    await page.setViewportSize({ width, height: 700 });
    await page.keyboard.type(SENTENCE, { delay: 10 });
    const host = page.locator('zorgvuldig-sidebar');
    const post = page.getByRole('dialog').getByRole('button', { name: 'Plaatsen' });
    const shown = shape === 'panel' ? card(page, 'privacy/bsn') : host.locator('button.badge:has(.sev-stop)');
    await shown.first().waitFor({ state: 'visible', timeout: 3000 });
    await page.waitForTimeout(100);
    const sidebar = (await host.boundingBox())!;
    expect(overlap(sidebar, (await post.boundingBox())!)).toBe(false);
    expect(overlap(sidebar, (await page.getByRole('dialog').boundingBox())!)).toBe(false);
    expect(await host.locator('li[data-rule="privacy/bsn"]').count()).toBe(shape === 'panel' ? 1 : 0);
    await screenshot(page, `sidebar-linkedin-share-${width}px`);
    await expect(page.evaluate(() => document.activeElement?.classList.contains('ql-editor'))).resolves.toBe(
      true,
    );
    await page.close();
  });
});

describe('a panel opened where nothing fits', () => {
  it('the Instagram create dialog at 1280 px: opened from the badge, it keeps off "Delen" and the caption', async () => {
    const caption = CASES.find((c) => c.editor === 'caption')!;
    const page = await openCase(h, caption);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.keyboard.type(SENTENCE, { delay: 10 });
    const host = page.locator('zorgvuldig-sidebar');
    const badge = host.locator('button.badge:has(.sev-stop)');
    await badge.waitFor({ state: 'visible', timeout: 3000 });
    await badge.click();
    await card(page, 'privacy/bsn').first().waitFor({ state: 'visible', timeout: 3000 });
    // The panel is placed on the next frame after it opens.
    await page.waitForTimeout(100);
    const sidebar = (await host.boundingBox())!;
    const share = page.getByRole('dialog').getByRole('button', { name: 'Delen' });
    expect(overlap(sidebar, (await share.boundingBox())!)).toBe(false);
    expect(overlap(sidebar, (await caption.locate(page).boundingBox())!)).toBe(false);
    await screenshot(page, 'sidebar-instagram-caption-opened-1280px');
    await expect(caption.locate(page).evaluate((el) => el.contains(document.activeElement))).resolves.toBe(
      true,
    );
    await page.close();
  });
});

describe('attachments', () => {
  it('a photo with a GPS position picked in the Facebook post dialog is flagged, read locally', async () => {
    const post = CASES.find((c) => c.platform === 'facebook' && c.editor === 'post')!;
    const page = await openCase(h, post);
    h.network.clear();
    await page.locator('[role=dialog] input[type=file]').setInputFiles({
      name: 'dienst.jpg',
      mimeType: 'image/jpeg',
      buffer: Buffer.from(jpegWithLocation()),
    });
    await post.locate(page).click();
    await page.keyboard.type('Wat een dag!', { delay: 10 });
    await card(page, 'media/location').first().waitFor({ state: 'visible', timeout: 3000 });
    expect(h.network.offLoopback).toEqual([]);
    await page.close();
  });
});
