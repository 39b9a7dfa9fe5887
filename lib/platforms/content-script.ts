import { browser } from 'wxt/browser';
import { send } from '../messaging/client';
import type { ResponseOf } from '../messaging/protocol';
import { startComposerController, type MountSidebar } from './controller';
import type { PlatformAdapter } from './types';

type Controller = ReturnType<typeof startComposerController>;
type Settings = ResponseOf<'sidebarSettings'>;

/** Web addresses in a draft, for the opt-in live link check; the background validates them. */
const URLS = /\b(?:https?:\/\/|www\.)[^\s<>"'()]+/gi;

/**
 * What every platform's content script does: run the composer controller while the
 * platform is switched on, and follow setting changes live. It starts at once with the
 * defaults (on, Dutch) and applies the real settings when the background answers, so a
 * slow first policy read never delays the first check.
 */
export function runContentScript(adapter: PlatformAdapter, signal: AbortSignal, mountSidebar: MountSidebar) {
  let running: { controller: Controller; life: AbortController } | null = null;
  let linkCheck = false;
  const asked = new Set<string>();

  const start = () => {
    const life = new AbortController();
    signal.addEventListener('abort', () => life.abort(), { signal: life.signal });
    const controller = startComposerController({
      adapter,
      doc: document,
      signal: life.signal,
      mountSidebar,
      check: (composerId, seq, draft) => send('check', { composerId, seq, draft }),
      photos: {
        metadata: (request) => send('mediaMetadata', request),
        analyse: (request) => send('mediaAnalyse', request),
      },
      addWord: async (word) => {
        const outcome = await send('addWord', { word });
        if (outcome.notice) controller.notify(outcome.notice);
      },
      copyText: (text) => navigator.clipboard.writeText(text),
      onChecked: (draft, recheck) => {
        if (!linkCheck) return;
        // Only addresses go to the background, each once per page.
        const urls = [...new Set(draft.text.match(URLS) ?? [])].filter((u) => !asked.has(u)).slice(0, 50);
        if (urls.length === 0) return;
        urls.forEach((u) => asked.add(u));
        void send('linkStatus', { urls }).then(recheck, () => undefined);
      },
    });
    return { controller, life };
  };

  const apply = (settings: Settings) => {
    linkCheck = settings.linkCheck;
    if (!settings.enabled) {
      running?.life.abort();
      running = null;
      return;
    }
    running ??= start();
    const { enabled: _enabled, linkCheck: _linkCheck, ...sidebar } = settings;
    running.controller.applySettings(sidebar);
  };
  let asking = 0;
  const refresh = () => {
    const mine = ++asking;
    send('sidebarSettings', { platform: adapter.platform }).then(
      (settings) => mine === asking && !signal.aborted && apply(settings),
      () => undefined,
    );
  };

  running = start();
  refresh();
  const onChanged = () => refresh();
  browser.storage.onChanged.addListener(onChanged);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(onChanged), { once: true });
}
