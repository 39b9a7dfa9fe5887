import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editorText, startBrowser, type Harness } from './harness';
import { CASES, openCase } from './composer-cases';

// Its own file (and browser), so it runs beside composers.e2e.test.ts: typing 2,000 keys in
// eleven composers is the longest stretch of the real-browser tests.
let h: Harness;
beforeAll(async () => {
  h = await startBrowser({ viewport: { width: 1440, height: 900 } });
  // The install's welcome tab would take the foreground mid-test.
  await (await h.welcomeTab()).close();
});
afterAll(async () => {
  await h?.close();
});

const PARAGRAPH =
  'Vandaag hebben we op afdeling B een drukke dienst gehad. Één collega was ziek, dus we werkten met z’n drieën; ' +
  'toch kreeg iedereen op tijd zijn medicatie (om 8.00, 12.00 en 18.00 uur). Dank aan het hele team & de vrijwilligers! ';

/** 2,000 characters of ordinary Dutch, in paragraphs where the box takes Enter. */
function longText(singleLine: boolean): string {
  let text = '';
  while (text.length < 2000) text += PARAGRAPH + (singleLine ? '' : '\n');
  return text.slice(0, 2000).replace(/[\s\n]+$/, '');
}

describe('typing 2,000 characters is unchanged by the extension', () => {
  it.each(CASES)('$name', async (c) => {
    const page = await openCase(h, c);
    const text = longText(c.singleLine ?? false);
    // Bursts with pauses just longer than the debounce, so checks run and answer while typing goes on.
    for (let at = 0; at < text.length; at += 250) {
      await page.keyboard.type(text.slice(at, at + 250));
      await page.waitForTimeout(350);
    }
    await expect.poll(() => editorText(page, c.editor)).toBe(text);
    expect(h.errors).toEqual([]);
    await page.close();
  });
});
