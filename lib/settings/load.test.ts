import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { loadSettings, loadSettingsWithin, provisionalSettings } from './load';
import { setPolicy } from './testing';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('settings before storage answers', () => {
  it('are the defaults in the browser language, without a policy', () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-GB');
    const provisional = provisionalSettings();
    expect(provisional.lang).toBe('en');
    expect(provisional.policyPresent).toBe(false);
    expect(Object.keys(provisional.locks)).toEqual([]);
  });

  it('give way to the stored settings as soon as they are read', async () => {
    await setPolicy({ organisation: { name: 'Zorggroep Test' } });
    const within = await loadSettingsWithin(1000);
    expect(within?.settings.org.name).toBe('Zorggroep Test');
    expect(within).toEqual(await loadSettings());
  });

  it('say so when storage does not answer in time', async () => {
    vi.useFakeTimers();
    try {
      vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise(() => {}));
      const within = loadSettingsWithin(500);
      await vi.advanceTimersByTimeAsync(500);
      expect(await within).toBeUndefined();
    } finally {
      vi.useRealTimers();
    }
  });
});
