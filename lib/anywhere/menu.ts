import { browser, type Browser } from 'wxt/browser';
import { TabReply, type TabMessage } from '../messaging/health';
import { loadSettings, watchSettings, type Resolved } from '../settings';
import { anywhereTexts } from './texts';

export const MENU_ID = 'zorgvuldig-check';

/**
 * "Controleer met Zorgvuldig" on editable fields and on selected text, on every site. The
 * click grants activeTab for that tab only: no host permission is asked at install, and
 * nothing runs on a site until the user picks the item there. Its title is in the language the
 * user chose in the settings (not the browser's, as browser.i18n would give) and follows changes.
 */
export function installCheckMenu(): void {
  const menus = browser.contextMenus;
  if (!menus) return;
  const title = ({ lang }: Resolved) => anywhereTexts.t('checkWith', lang);
  // Menus outlive the service worker; made afresh at each start so an update brings the new title.
  let ready: Promise<unknown> = Promise.all([menus.removeAll(), loadSettings()]).then(([, resolved]) =>
    menus.create({ id: MENU_ID, title: title(resolved), contexts: ['editable', 'selection'] }),
  );
  // The worker's lifetime is the watch's: it never needs to stop.
  watchSettings((resolved) => {
    ready = ready.then(() => menus.update(MENU_ID, { title: title(resolved) })).catch(() => undefined);
  }, new AbortController().signal);
  menus.onClicked.addListener((info, tab) => void checkFromMenu(info, tab));
}

type Clicked = Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'editable' | 'frameId'>;

/**
 * What the menu item does: hand the field (or the selection) to the checker in that frame.
 * Where no checker runs yet (a site that is no platform), it is injected first, with the
 * page-world bridge that applies fixes.
 */
export async function checkFromMenu(info: Clicked, tab: { id?: number } | undefined): Promise<TabReply> {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined) return { ok: false, reason: 'no-tab' };
  const tabId = tab.id;
  const frameId = info.frameId ?? 0;
  const message: TabMessage = info.editable
    ? { kind: 'zorgvuldig:attach', target: 'focused' }
    : { kind: 'zorgvuldig:check-selection' };
  const deliver = async () =>
    TabReply.safeParse(await browser.tabs.sendMessage(tabId, message, { frameId }).catch(() => undefined));
  const first = await deliver();
  if (first.success) return first.data;
  const target = { tabId, frameIds: [frameId] };
  await browser.scripting.executeScript({
    target,
    files: ['/content-scripts/editor-bridge.js'],
    world: 'MAIN',
  });
  await browser.scripting.executeScript({ target, files: ['/content-scripts/anywhere.js'] });
  const second = await deliver();
  return second.success ? second.data : { ok: false, reason: 'no-answer' };
}
