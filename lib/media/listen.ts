import { browser } from 'wxt/browser';
import { MediaRequest, OFFSCREEN_KIND } from '../messaging/media';
import type { MediaAnalyser } from './analyse';

/**
 * The offscreen document's side: answers only the background's OFFSCREEN_KIND messages (the
 * content scripts' messages reach this page too and are left to the background).
 */
export function listenForPhotos(analyser: MediaAnalyser): void {
  browser.runtime.onMessage.addListener((message: unknown) => {
    const m = message as { kind?: unknown; data?: unknown } | null;
    if (m?.kind !== OFFSCREEN_KIND) return undefined;
    if (m.data === 'warm') return analyser.warm().then(() => ({ ok: true }));
    const parsed = MediaRequest.safeParse(m.data);
    if (!parsed.success) return Promise.resolve({ error: 'invalid photo request' });
    return analyser
      .analyse(parsed.data)
      .catch((error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }));
  });
}
