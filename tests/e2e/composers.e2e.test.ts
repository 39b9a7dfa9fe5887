import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ARTIFACTS_DIR, editorText, fixtureReady, screenshot, startBrowser, type Harness } from './harness';
import { CASES, card, type ComposerCase } from './composer-cases';

const SENTENCE = 'Mevrouw Jansen, BSN 111222333, ligt op kamer 12';
const AFTER_BSN = ', ligt op kamer 12';
/** The budget: the finding shows within a second of the last keystroke. */
const BUDGET_MS = 1000;

let h: Harness;
const timings: Record<string, number> = {};

beforeAll(async () => {
  h = await startBrowser();
});
afterAll(async () => {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  writeFileSync(path.join(ARTIFACTS_DIR, 'composer-timings.json'), `${JSON.stringify(timings, null, 2)}\n`);
  await h?.close();
});

async function openCase(c: ComposerCase): Promise<Page> {
  const page = await h.page(c.url);
  await fixtureReady(page);
  await c.open?.(page);
  await c.locate(page).click();
  return page;
}

/** Milliseconds from now until the locator is visible (or hidden); fails past the timeout. */
async function msUntil(
  locator: ReturnType<typeof card>,
  state: 'visible' | 'hidden',
  timeout = 3000,
): Promise<number> {
  const started = Date.now();
  await locator.first().waitFor({ state, timeout });
  return Date.now() - started;
}

describe('the BSN finding in every composer', () => {
  it.each(CASES)('$name: shows within a second, nothing leaves loopback, deleting clears it', async (c) => {
    const page = await openCase(c);
    const scope = c.scope(page);
    h.network.clear();
    await page.keyboard.type(SENTENCE, { delay: 20 });
    const shown = await msUntil(card(scope, 'privacy/bsn'), 'visible');
    timings[`${c.name}: finding after last key (ms)`] = shown;
    expect(shown).toBeLessThan(BUDGET_MS);
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
    const cleared = await msUntil(card(scope, 'privacy/bsn'), 'hidden');
    timings[`${c.name}: cleared after last key (ms)`] = cleared;
    expect(cleared).toBeLessThan(BUDGET_MS);
    expect(await editorText(page, c.editor)).toBe('Mevrouw Jansen, BSN , ligt op kamer 12');
    expect(h.network.offLoopback).toEqual([]);
    await page.close();
  });
});

describe('fixes go through the editor and Ctrl+Z undoes them', () => {
  it.each(CASES)('$name', async (c) => {
    const page = await openCase(c);
    const scope = c.scope(page);
    await page.keyboard.type(SENTENCE, { delay: 10 });
    const bsn = card(scope, 'privacy/bsn');
    await bsn.first().waitFor({ state: 'visible', timeout: 3000 });
    await bsn.locator('button.btn-primary').first().click();
    await expect.poll(() => editorText(page, c.editor)).toBe('Mevrouw Jansen, BSN , ligt op kamer 12');
    await bsn.first().waitFor({ state: 'hidden', timeout: 3000 });
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page, c.editor)).toBe(SENTENCE);
    await page.close();
  });
});
