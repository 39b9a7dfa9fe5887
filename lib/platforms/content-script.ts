import { browser } from 'wxt/browser';
import { send } from '../messaging/client';
import { TabMessage, type FrameHealth, type TabReply } from '../messaging/health';
import type { ResponseOf } from '../messaging/protocol';
import { boxFrom, deepActiveElement, isClosedHost } from './candidate';
import { startComposerController, type Health, type MountSidebar } from './controller';
import { createLinkLookup } from './link-lookup';
import { onDocumentReopened } from './reopened';
import { selectedText, showSelectionReport } from './selection-view';
import type { PlatformAdapter } from './types';
import type { MountCard } from './underline/at-text';

type Controller = ReturnType<typeof startComposerController>;
type Settings = ResponseOf<'sidebarSettings'>;

export type ContentScriptOptions = {
  /**
   * Check every box the user writes in (default, the platforms), or only the boxes the user
   * hands over with the context menu until the background says this is an organisation host.
   */
  generic?: boolean | 'ask';
  /** Renders the card at an underline (components/underline); without it: underlines, no card. */
  mountCard?: MountCard;
};

/**
 * After an update or reload of the extension, a content script left in an open tab can no
 * longer reach it: every browser call throws. It then takes everything it added off the page
 * and stops, without an error in the page's console.
 */
function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** The element inside a closed shadow root that has focus: extensions may open closed roots. */
function insideClosed(host: HTMLElement): HTMLElement | null {
  const dom = (browser as unknown as { dom?: { openOrClosedShadowRoot(el: Element): ShadowRoot | null } })
    .dom;
  // Chrome: browser.dom.openOrClosedShadowRoot(el); Firefox: el.openOrClosedShadowRoot() in content scripts.
  const firefox = (host as unknown as { openOrClosedShadowRoot?: () => ShadowRoot | null })
    .openOrClosedShadowRoot;
  const root =
    dom?.openOrClosedShadowRoot(host) ?? (typeof firefox === 'function' ? firefox.call(host) : null);
  let el = root?.activeElement ?? null;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return boxFrom(el) ?? root?.querySelector<HTMLElement>('textarea, [contenteditable="true"], input') ?? null;
}

/** The box to check for "this box": a closed shadow root's host is followed inside. */
function resolveBox(el: Element | null): HTMLElement | null {
  if (isClosedHost(el)) return insideClosed(el);
  return boxFrom(el);
}

/**
 * What every content script does: run the composer controller while the platform is
 * switched on, follow setting changes live, report its health for the toolbar, and answer
 * the context menu and the popup. It starts at once with the defaults (on, Dutch) and
 * applies the real settings when the background answers, so a slow first policy read never
 * delays the first check.
 */
export function runContentScript(
  adapter: PlatformAdapter,
  signal: AbortSignal,
  mountSidebar: MountSidebar,
  options: ContentScriptOptions = {},
) {
  const quiet = new AbortController();
  signal.addEventListener('abort', () => quiet.abort(), { once: true, signal: quiet.signal });
  const alive = quiet.signal;
  /** A call to the extension; when the extension is gone, everything stops quietly instead. */
  const call = <T>(work: () => Promise<T>): Promise<T> => {
    if (!extensionAlive()) {
      quiet.abort();
      return new Promise<T>(() => undefined);
    }
    return work().catch((error: unknown) => {
      if (!extensionAlive()) {
        quiet.abort();
        return new Promise<T>(() => undefined);
      }
      throw error;
    });
  };

  let running: { controller: Controller; life: AbortController } | null = null;
  let linkCheck = false;
  let lang: 'nl' | 'en' = 'nl';
  let generic = options.generic === undefined ? true : options.generic === true;
  const links = createLinkLookup();

  let lastHealth = '';
  const report = (health: Health | null) => {
    // null: this platform is switched off here, nothing is watched.
    const next: FrameHealth = health
      ? { ...health, watching: true }
      : { watching: false, boxes: 0, unreadable: null };
    const key = JSON.stringify(next);
    if (key === lastHealth) return;
    lastHealth = key;
    void call(() => send('health', next)).catch(() => undefined);
  };

  const start = () => {
    const life = new AbortController();
    alive.addEventListener('abort', () => life.abort(), { signal: life.signal });
    const controller = startComposerController({
      adapter,
      doc: document,
      signal: life.signal,
      mountSidebar,
      generic,
      onHealth: report,
      check: (composerId, seq, draft) => call(() => send('check', { composerId, seq, draft })),
      mountCard: options.mountCard,
      photos: {
        metadata: (request) => call(() => send('mediaMetadata', request)),
        analyse: (request) => call(() => send('mediaAnalyse', request)),
      },
      addWord: async (word) => {
        const outcome = await call(() => send('addWord', { word }));
        if (outcome.notice) controller.notify(outcome.notice);
      },
      muteRule: async (ruleId) => {
        const outcome = await call(() => send('muteRule', { ruleId }));
        if (outcome.notice) controller.notify(outcome.notice);
      },
      copyText: (text) => navigator.clipboard.writeText(text),
      linkStatus: links.status,
      onChecked: (draft, recheck) => {
        if (!linkCheck) return;
        // Only addresses go to the background, each once per page.
        const urls = links.toAsk(draft.text);
        if (urls.length === 0) return;
        void call(() => send('linkStatus', { urls })).then(
          (answer) => {
            links.remember(answer.statuses);
            recheck();
          },
          () => undefined,
        );
      },
    });
    return { controller, life };
  };

  let lastSettings: Settings | null = null;
  const apply = (settings: Settings) => {
    lastSettings = settings;
    linkCheck = settings.linkCheck;
    lang = settings.lang;
    if (!settings.enabled) {
      running?.life.abort();
      running = null;
      report(null);
      return;
    }
    running ??= start();
    const { enabled: _enabled, linkCheck: _linkCheck, ...sidebar } = settings;
    running.controller.applySettings(sidebar);
  };
  let asking = 0;
  const refresh = () => {
    const mine = ++asking;
    call(() => send('sidebarSettings', { platform: adapter.platform })).then(
      (settings) => mine === asking && !alive.aborted && apply(settings),
      () => undefined,
    );
  };

  let selection: AbortController | null = null;
  const onTabMessage = (message: unknown): Promise<TabReply> | undefined => {
    const parsed = TabMessage.safeParse(message);
    if (!parsed.success || alive.aborted) return undefined;
    const { data } = parsed;
    if (data.kind === 'zorgvuldig:check-selection') {
      const { text, anchor } = selectedText(document);
      if (!text.trim() || !anchor) return Promise.resolve({ ok: false, reason: 'no-selection' });
      selection?.abort();
      selection = new AbortController();
      alive.addEventListener('abort', () => selection?.abort(), { once: true });
      showSelectionReport({
        doc: document,
        signal: selection.signal,
        mountSidebar,
        platform: adapter.platform,
        lang,
        anchor,
        report: call(() =>
          send('check', { composerId: 'selection', seq: 0, draft: { text, platform: adapter.platform } }),
        ).then((answer) => answer.report),
        copyText: (t) => navigator.clipboard.writeText(t),
      });
      return Promise.resolve({ ok: true });
    }
    // The user asked for this box: check it even where this platform is switched off.
    running ??= start();
    const box =
      data.target === 'unreadable'
        ? resolveBox(running.controller.unreadableBox())
        : resolveBox(deepActiveElement(document));
    if (!box) return Promise.resolve({ ok: false, reason: 'no-box' });
    running.controller.adopt(box);
    return Promise.resolve({ ok: true });
  };
  browser.runtime.onMessage.addListener(onTabMessage);

  if (options.generic === 'ask') {
    // Only an organisation host the user granted checks every box by itself.
    void call(() => send('siteMode', {})).then(
      (mode) => {
        generic = mode.auto;
        running?.controller.setGeneric(generic);
      },
      () => undefined,
    );
  }

  running = start();
  refresh();
  onDocumentReopened(
    document,
    () => {
      if (!running) return;
      // Its listeners and sidebar went with the old document: a fresh controller on the new one.
      running.life.abort();
      running = null;
      lastHealth = '';
      if (lastSettings) apply(lastSettings);
      else running = start();
    },
    alive,
  );
  const onChanged = () => refresh();
  browser.storage.onChanged.addListener(onChanged);
  alive.addEventListener(
    'abort',
    () => {
      // After the extension is gone these calls throw; nothing is left to remove then.
      try {
        browser.storage.onChanged.removeListener(onChanged);
        browser.runtime.onMessage.removeListener(onTabMessage);
      } catch {
        /* the extension context is gone */
      }
    },
    { once: true },
  );
}
