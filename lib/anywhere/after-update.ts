import { browser } from 'wxt/browser';

type ManifestScript = { matches?: string[]; js?: string[]; all_frames?: boolean; world?: string };

/**
 * After an update (or a reload), the content scripts in open tabs are cut off from the extension
 * and go quiet (lib/platforms/content-script.ts); the browser starts new ones only on the next
 * page load. This puts the manifest's content scripts back into the tabs they match, so a post
 * being written is checked again at once. The page-world bridge is not tied to the extension and
 * keeps working; a second one would apply every fix twice. A newer copy of a content script
 * makes the old one stop (WXT's ContentScriptContext), so the page gets one sidebar.
 */
export async function reinjectContentScripts(): Promise<number> {
  const scripting = browser.scripting;
  if (!scripting?.executeScript) return 0;
  const scripts = ((browser.runtime.getManifest().content_scripts ?? []) as ManifestScript[]).filter(
    (cs) => cs.world !== 'MAIN' && cs.js?.length && cs.matches?.length,
  );
  let injected = 0;
  for (const cs of scripts) {
    const tabs = await browser.tabs.query({ url: cs.matches }).catch(() => []);
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      // A tab still loading gets the script from the browser itself; one we may not reach is skipped.
      const ok = await scripting
        .executeScript({
          target: { tabId: tab.id, allFrames: cs.all_frames ?? false },
          files: cs.js as never,
        })
        .then(
          () => true,
          () => false,
        );
      if (ok) injected += 1;
    }
  }
  return injected;
}

/** Call at the top of the background's main: MV3 only delivers events to listeners added at once. */
export function reinjectAfterUpdate(): void {
  browser.runtime.onInstalled.addListener(({ reason }) =>
    reason === 'update' ? reinjectContentScripts().then(() => undefined) : undefined,
  );
}
