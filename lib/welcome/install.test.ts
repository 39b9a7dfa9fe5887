import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { setPolicy } from '../settings/testing';
import { openWelcomeOnInstall, welcomeUrl } from './install';

type Reason = 'install' | 'update' | 'browser_update';

async function install(reason: Reason): Promise<string[]> {
  openWelcomeOnInstall();
  await fakeBrowser.runtime.onInstalled.trigger({ reason, temporary: false });
  // The fake browser starts with one blank tab: list only the tabs opened since.
  return (await fakeBrowser.tabs.query({})).flatMap((tab) => (tab.url ? [tab.url] : []));
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('openWelcomeOnInstall', () => {
  it('opens the welcome page on the first install', async () => {
    expect(await install('install')).toEqual([welcomeUrl()]);
    expect(welcomeUrl()).toMatch(/^chrome-extension:\/\/[^/]+\/welcome\.html$/);
  });

  it.each<Reason>(['update', 'browser_update'])('does not open it on %s', async (reason) => {
    expect(await install(reason)).toEqual([]);
  });

  it('does not open it when the organisation turned it off by default', async () => {
    await setPolicy({ defaults: { showWelcome: false } });
    expect(await install('install')).toEqual([]);
  });

  it('does not open it when the organisation locked it off', async () => {
    await setPolicy({ locked: { showWelcome: false } });
    expect(await install('install')).toEqual([]);
  });

  it('opens it when the organisation only named itself', async () => {
    await setPolicy({ organisation: { name: 'Zorggroep Test' } });
    expect(await install('install')).toEqual([welcomeUrl()]);
  });
});
