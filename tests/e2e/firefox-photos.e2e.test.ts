import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFirefox, type FirefoxHarness } from './firefox-harness';
import { paintScene, type Scene } from './photo-scenes';

/**
 * Firefox has no offscreen document: the background page itself reads the text and counts
 * the faces. The Facebook post dialog, a generated whiteboard and the photo of five people.
 */
const GROUP = fileURLToPathOf('./fixtures/photos/group-of-five.jpg');
/** Firefox's own services (remote settings, captive portal): the browser's traffic, not the extension's. */
const FIREFOX_OWN = /(^|\.)(mozilla\.(com|net|org)|firefox\.com)$/;
const COLD_MS = 150_000;

let ff: FirefoxHarness;
let page: Page;
let dir: string;

function fileURLToPathOf(relative: string): string {
  return path.join(import.meta.dirname, relative);
}

/** The message of the sidebar's card for `ruleId` once it matches `pattern`. */
async function cardMessage(ruleId: string, pattern: RegExp, timeout: number): Promise<string> {
  const handle = await page.waitForFunction(
    (rule, source) => {
      const root = document.querySelector('zorgvuldig-sidebar')?.shadowRoot;
      const text = root?.querySelector(`li[data-rule="${rule}"] .message`)?.textContent ?? '';
      return new RegExp(source).test(text) ? text : false;
    },
    { timeout, polling: 250 },
    ruleId,
    pattern.source,
  );
  return (await handle.jsonValue()) as string;
}

async function attach(file: string) {
  const input = (await page.waitForSelector(
    '[role=dialog] input[type=file]',
  )) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(file);
}

beforeAll(async () => {
  ff = await startFirefox();
  await (await ff.welcomeTab()).close();
  dir = mkdtempSync(path.join(tmpdir(), 'zorgvuldig-photos-'));
  page = await ff.page('https://www.facebook.com/');
  await (await page.waitForSelector('.composer-trigger', { visible: true }))!.click();
  const editor = await page.waitForSelector('[role=dialog] div[role=textbox][data-lexical-editor=true]');
  await editor!.click();
  await page.keyboard.type('Overdracht van vandaag!', { delay: 10 });
}, 60_000);

afterAll(async () => {
  await ff?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Firefox: photos looked at in the background page', () => {
  it(
    'a generated whiteboard gives media/text at stop with the BSN, names and rooms read',
    async () => {
      const file = path.join(dir, 'overdracht.jpg');
      writeFileSync(file, Buffer.from(await page.evaluate(paintScene, 'whiteboard' as Scene), 'base64'));
      await attach(file);
      await cardMessage('media/photo', /^Foto wordt bekeken…/, 10_000);
      const message = await cardMessage('media/text', /BSN/, COLD_MS);
      expect(message).toContain('BSN “111222333”');
      expect(message).toMatch(/naam “mw\. De Vries”/);
      expect(message).toMatch(/kamer/);
      const severity = await page.evaluate(
        () =>
          document
            .querySelector('zorgvuldig-sidebar')
            ?.shadowRoot?.querySelector('li[data-rule="media/text"]')
            ?.getAttribute('class') ?? '',
      );
      expect(severity).toContain('card-stop');
    },
    COLD_MS + 20_000,
  );

  it('the photo of five people gives the face count', async () => {
    const file = path.join(dir, 'team.jpg');
    writeFileSync(file, readFileSync(GROUP));
    await attach(file);
    const message = await cardMessage('media/photo', /minstens \d+ gezicht/, 60_000);
    expect(message).toMatch(/^In de foto staan minstens 5 gezichten\. Gaf ieder van hen toestemming/);
  }, 70_000);

  it('a grey printed ward list in shorthand (K12, k.14, Kamer: 15), read straightened as in Chromium', async () => {
    const file = path.join(dir, 'bewoners.jpg');
    writeFileSync(file, Buffer.from(await page.evaluate(paintScene, 'ward-list' as Scene), 'base64'));
    await attach(file);
    const message = await cardMessage('media/text', /111 222 333/, 60_000);
    expect(message).toMatch(
      /^In de foto is tekst te lezen die iemand aanwijst \(BSN, naam, diagnose, kamer\)/,
    );
  }, 70_000);

  it('no request went anywhere but the fixture pages', () => {
    expect(ff.refused.filter((host) => !FIREFOX_OWN.test(host))).toEqual([]);
  });
});
