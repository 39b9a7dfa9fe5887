import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { setUserChoice } from '../settings/actions';
import { installCheckMenu, MENU_ID } from './menu';

/** The browser's menu registry cannot run here: a stand-in keeps each item's title. */
function menusStandIn() {
  const titles = new Map<string | number, string>();
  const contextMenus = {
    removeAll: vi.fn(async () => titles.clear()),
    create: vi.fn((item: { id: string; title: string }) => void titles.set(item.id, item.title)),
    update: vi.fn(async (id: string, change: { title: string }) => void titles.set(id, change.title)),
    onClicked: { addListener: vi.fn() },
  };
  Object.assign(fakeBrowser, { contextMenus });
  return titles;
}

beforeEach(() => {
  fakeBrowser.reset();
  // An English browser: browser.i18n would answer from the English _locales file.
  const english = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
    string,
    { message: string }
  >;
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((name: string) => english[name]?.message ?? '');
});

afterEach(() => vi.restoreAllMocks());

it('titles the menu item in the language the user chose, not the browser’s, and follows a change', async () => {
  const titles = menusStandIn();
  await setUserChoice('lang', 'nl');
  installCheckMenu();
  await vi.waitFor(() => expect(titles.get(MENU_ID)).toBe('Controleer met Zorgvuldig'));
  await setUserChoice('lang', 'en');
  await vi.waitFor(() => expect(titles.get(MENU_ID)).toBe('Check with Zorgvuldig'));
});
