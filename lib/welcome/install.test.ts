import { beforeEach, describe, expect, it, vi } from 'vitest';
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

type InstallType = 'admin' | 'normal' | 'development';

/** The browser's answer to management.getSelf (the fake browser has none). */
function installedAs(installType: InstallType | Error) {
  vi.spyOn(fakeBrowser.management, 'getSelf').mockImplementation(() =>
    installType instanceof Error
      ? Promise.reject(installType)
      : Promise.resolve({ installType } as Awaited<ReturnType<typeof fakeBrowser.management.getSelf>>),
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  installedAs('normal');
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

  it('opens it anyway when storage does not answer within 10 s, rather than never', async () => {
    vi.useFakeTimers();
    try {
      const never = new Promise<Record<string, unknown>>(() => {});
      vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(never);
      const opened = install('install');
      await vi.advanceTimersByTimeAsync(10_000);
      expect(await opened).toEqual([welcomeUrl()]);
    } finally {
      vi.useRealTimers();
    }
  });

  describe('whether it comes to the front', () => {
    const activeOfCreated = async () => {
      const create = vi.spyOn(fakeBrowser.tabs, 'create');
      await install('install');
      return create.mock.calls.map(([properties]) => properties.active);
    };

    it.each<[InstallType, boolean]>([
      ['normal', true],
      ['development', true],
      ['admin', false],
    ])('after a %s install: in front %s', async (installType, inFront) => {
      installedAs(installType);
      expect(await activeOfCreated()).toEqual([inFront]);
    });

    it('comes to the front when the browser cannot say how it was installed', async () => {
      installedAs(new Error('management unavailable'));
      expect(await activeOfCreated()).toEqual([true]);
    });

    it('opens it within seconds when the browser never says how it was installed', async () => {
      vi.useFakeTimers();
      try {
        vi.spyOn(fakeBrowser.management, 'getSelf').mockReturnValue(new Promise(() => {}));
        const opened = install('install');
        await vi.advanceTimersByTimeAsync(2_000);
        expect(await opened).toEqual([welcomeUrl()]);
      } finally {
        vi.useRealTimers();
      }
    });
  });
});
