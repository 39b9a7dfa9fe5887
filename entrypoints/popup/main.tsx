import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '../../components/popup/Popup';
import type { PopupActions } from '../../components/popup/types';
import { send } from '../../lib/messaging/client';
import type { TabHealth, TabMessage } from '../../lib/messaging/health';
import { followSettings, setUserChoice, type Resolved } from '../../lib/settings';
import { openWelcomePage } from '../../lib/welcome/install';

const root = document.getElementById('app')!;

// A popup stays open over a new tab unless it closes itself.
const thenClose = (open: () => Promise<unknown>) => () => void open().then(() => window.close());

/** The tab the popup was opened over, and how the checker is doing there. */
let tabId: number | undefined;
let health: TabHealth | null = null;

const actions: PopupActions = {
  setChoice: setUserChoice,
  openSettings: thenClose(() => browser.runtime.openOptionsPage()),
  openWelcome: thenClose(openWelcomePage),
  checkUnreadable: thenClose(async () => {
    if (tabId === undefined || !health?.unreadable) return;
    const message: TabMessage = { kind: 'zorgvuldig:attach', target: 'unreadable' };
    await browser.tabs
      .sendMessage(tabId, message, { frameId: health.unreadable.frameId })
      .catch(() => undefined);
  }),
};

let resolved: Resolved | null = null;
const show = (next: Resolved = resolved!) => {
  resolved = next;
  document.documentElement.lang = next.lang;
  root.removeAttribute('aria-busy');
  render(<Popup resolved={next} actions={actions} health={health} />, root);
};

// The popup closes with its window, so the watch never needs to stop.
followSettings(show, new AbortController().signal);
/**
 * The page the user is on: the active tab under the toolbar popup. Opened in a tab of its own
 * (keyboard users, some headless browsers), the popup is the active tab itself: then the page is
 * the tab used just before it.
 */
async function pageTab() {
  const own = await browser.tabs.getCurrent().catch(() => undefined);
  if (!own) return (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  const others = (await browser.tabs.query({ currentWindow: true })).filter((t) => t.id !== own.id);
  return others.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

void pageTab().then(async (tab) => {
  if (tab?.id === undefined) return;
  tabId = tab.id;
  health = await send('healthOf', { tabId }).catch(() => null);
  if (resolved) show();
});
