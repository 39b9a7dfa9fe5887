import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, editorText, fixtureReady, startBrowser, typeSlowly, type Harness } from './harness';

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
  it('records requests that leave loopback, from pages and from the service worker', async () => {
    const page = await h.page('https://www.linkedin.com/feed/');
    h.network.clear();
    await page.evaluate(() => fetch('https://www.facebook.com/ok').catch(() => null));
    await page.evaluate(() => fetch('https://tracker.example/page').catch(() => null));
    const worker = await h.serviceWorker();
    await worker.evaluate(() => fetch('https://tracker.example/worker').catch(() => null));
    await expect
      .poll(() => h.network.offLoopback)
      .toEqual(['https://tracker.example/page', 'https://tracker.example/worker']);
    await page.close();
  });
});

describe('fixture pages', () => {
  it('facebook: the composer dialog opens on click and typing lands in Lexical', async () => {
    const page = await h.page('https://www.facebook.com/');
    await fixtureReady(page);
    await expect(page.locator('[role=dialog]').count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Wat ben je aan het doen, Anna?' }).click();
    const editor = page.locator('[role=dialog] [data-lexical-editor=true][role=textbox]');
    await typeSlowly(editor, 'Goedemorgen team,\nfijne dienst!');
    expect(await editorText(page, 'post')).toBe('Goedemorgen team,\nfijne dienst!');
    await page.close();
  });
});
