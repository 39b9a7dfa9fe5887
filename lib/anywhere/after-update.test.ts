import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { reinjectAfterUpdate, reinjectContentScripts } from './after-update';

const MANIFEST = {
  manifest_version: 3,
  name: 'Zorgvuldig',
  version: '1.0.0',
  content_scripts: [
    {
      matches: ['https://www.facebook.com/*'],
      js: ['content-scripts/editor-bridge.js'],
      world: 'MAIN',
      all_frames: true,
    },
    { matches: ['https://www.facebook.com/*'], js: ['content-scripts/facebook.js'], all_frames: true },
    { matches: ['https://www.linkedin.com/*'], js: ['content-scripts/linkedin.js'] },
  ],
};

type Tab = { id?: number; url: string; discarded?: boolean };

/** The browser's tabs and script injection cannot run here: a stand-in matches tabs by host and records injections. */
function standIn(tabs: Tab[], refuse: number[] = []) {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue(MANIFEST as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation(async ({ url }) => {
    const patterns = ([] as string[]).concat(url ?? []);
    return tabs.filter((t) => patterns.some((p) => t.url.startsWith(p.replace('*', '')))) as never;
  });
  const executeScript = vi.fn(async ({ target }: { target: { tabId: number } }) => {
    if (refuse.includes(target.tabId)) throw new Error('Cannot access contents of the page.');
    return [];
  });
  Object.assign(fakeBrowser, { scripting: { executeScript } });
  return executeScript;
}

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

it("puts each platform's content script back into the open tabs it matches, never the page-world bridge", async () => {
  const executeScript = standIn([
    { id: 1, url: 'https://www.facebook.com/groups/zorg' },
    { id: 2, url: 'https://www.linkedin.com/feed/' },
    { id: 3, url: 'https://example.org/' },
    { id: 4, url: 'https://www.facebook.com/', discarded: true },
  ]);
  expect(await reinjectContentScripts()).toBe(2);
  expect(executeScript.mock.calls.map(([call]) => call)).toEqual([
    { target: { tabId: 1, allFrames: true }, files: ['content-scripts/facebook.js'] },
    { target: { tabId: 2, allFrames: false }, files: ['content-scripts/linkedin.js'] },
  ]);
});

it('a tab it may not reach is skipped, the others still get theirs', async () => {
  standIn(
    [
      { id: 1, url: 'https://www.facebook.com/' },
      { id: 2, url: 'https://www.linkedin.com/feed/' },
    ],
    [1],
  );
  expect(await reinjectContentScripts()).toBe(1);
});

it('runs after an update only (a first install opens the welcome page; a browser update changes nothing)', async () => {
  const executeScript = standIn([{ id: 1, url: 'https://www.linkedin.com/feed/' }]);
  reinjectAfterUpdate();
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install', temporary: false });
  await fakeBrowser.runtime.onInstalled.trigger({ reason: 'browser_update', temporary: false });
  expect(executeScript).not.toHaveBeenCalled();
  await fakeBrowser.runtime.onInstalled.trigger({
    reason: 'update',
    previousVersion: '0.9.0',
    temporary: false,
  });
  expect(executeScript).toHaveBeenCalledTimes(1);
});
