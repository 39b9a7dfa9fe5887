import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { addUserWord, handleAddWord, removeUserWord, resetUserSettings, setUserChoice } from './actions';
import { toCheckerSettings, isPlatformEnabled } from './checker';
import { loadSettings, watchSettings } from './load';
import { enforceSyncQuota, setPolicy } from './testing';
import { exportUserSettings, importUserSettings } from './transfer';
import { readUser } from './storage';

beforeEach(() => {
  fakeBrowser.reset();
  enforceSyncQuota();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('nl-NL');
});

describe('setUserChoice', () => {
  it('saves a choice over the organisation default, and `undefined` goes back to it', async () => {
    await setPolicy({ defaults: { linkCheck: true } });
    expect((await loadSettings()).settings.linkCheck).toBe(true);
    expect(await setUserChoice('linkCheck', false)).toEqual({ ok: true });
    expect((await loadSettings()).settings.linkCheck).toBe(false);
    await setUserChoice('linkCheck', undefined);
    expect((await loadSettings()).settings.linkCheck).toBe(true);
    expect((await readUser()).user).toEqual({});
  });

  it('refuses a locked setting and says who locked it', async () => {
    await setPolicy({ organisation: { name: 'Zorggroep Noord' }, locked: { platforms: { tiktok: false } } });
    expect(await setUserChoice('platforms.tiktok', true)).toEqual({
      ok: false,
      notice: 'Deze instelling is vastgezet door Zorggroep Noord.',
    });
    expect(await setUserChoice('platforms.facebook', false)).toEqual({ ok: true });
  });

  it('refuses an invalid value with the reason', async () => {
    expect(await setUserChoice('rules.privacy/bsn.severity', 'loud')).toEqual({
      ok: false,
      notice: 'kies uit "stop", "check", "tip"',
    });
    expect(await setUserChoice('rules.privacy/nope.enabled', false)).toMatchObject({ ok: false });
  });

  it('reset keeps the word list', async () => {
    await setUserChoice('lang', 'en');
    await addUserWord('Noordzorg');
    await resetUserSettings();
    expect((await readUser()).user).toEqual({ words: ['Noordzorg'] });
  });
});

describe('addUserWord', () => {
  it('adds a word once, trimmed', async () => {
    expect(await handleAddWord({ word: ' Noordzorg ' })).toEqual({ ok: true });
    expect(await addUserWord('Noordzorg')).toEqual({ ok: true });
    expect((await loadSettings()).settings.words).toEqual(['Noordzorg']);
  });

  it('refuses what is not one word', async () => {
    expect(await addUserWord('twee woorden')).toMatchObject({ ok: false });
    expect(await addUserWord('')).toMatchObject({ ok: false });
  });

  it('respects the organisation: canAddWords false or a locked list', async () => {
    await setPolicy({ organisation: { name: 'Isala', canAddWords: false } });
    expect(await addUserWord('Noordzorg')).toEqual({
      ok: false,
      notice: 'Woorden toevoegen is uitgezet door Isala.',
    });
    await setPolicy({ locked: { words: ['vast'] } });
    expect(await addUserWord('Noordzorg')).toMatchObject({ ok: false });
    expect(await removeUserWord('vast')).toMatchObject({ ok: false });
  });

  it('starts from the organisation default list', async () => {
    await setPolicy({ defaults: { words: ['standaard'] } });
    await addUserWord('eigen');
    expect((await loadSettings()).settings.words).toEqual(['standaard', 'eigen']);
  });

  it('says so when the list no longer fits in sync', async () => {
    const many = Array.from({ length: 5990 }, (_v, i) => `zorgwoord${i.toString(36).padStart(5, '0')}`);
    await fakeBrowser.storage.sync.set({ settingsVersion: 1 });
    for (let start = 0; start < many.length; start += 400) {
      await fakeBrowser.storage.sync.set({ [`words.${start / 400}`]: many.slice(start, start + 400) });
    }
    const outcome = await addUserWord('eentjeteveelvoordesync');
    expect(outcome.ok).toBe(true);
    expect(outcome.notice).toContain('dit apparaat');
    const resolved = await loadSettings();
    expect(resolved.settings.words).toHaveLength(5991);
    expect(resolved.storedIn).toBe('local');
    expect(resolved.notices.map((notice) => notice.source)).toContain('quota');
  });

  it('says the word was not saved when the browser has no room left at all, and keeps the list', async () => {
    await addUserWord('eerste');
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const outcome = await addUserWord('tweede');
    expect(outcome).toEqual({
      ok: false,
      notice: expect.stringMatching(/^Niet opgeslagen: de opslag van je browser is vol/),
    });
    expect((await loadSettings()).settings.words).toEqual(['eerste']);
    vi.restoreAllMocks();
  });
});

describe('export and import', () => {
  it('round-trips the user settings', async () => {
    await setUserChoice('lang', 'en');
    await addUserWord('Noordzorg');
    const file = await exportUserSettings(new Date('2026-11-23T10:00:00Z'));
    fakeBrowser.reset();
    enforceSyncQuota();
    const result = await importUserSettings(file);
    expect(result).toEqual({ ok: true, notices: [] });
    expect((await readUser()).user).toEqual({ lang: 'en', words: ['Noordzorg'] });
  });

  it.each([
    ['not JSON', '{nope', 'geen JSON'],
    ['another file', '{"name": "package"}', 'geen instellingenbestand'],
    ['a list', '[1,2]', 'geen instellingenbestand'],
  ])('refuses %s and changes nothing', async (_name, text, message) => {
    await setUserChoice('linkCheck', true);
    const result = await importUserSettings(text);
    expect(result.ok).toBe(false);
    expect(result.notices[0].message).toContain(message);
    expect((await readUser()).user).toEqual({ linkCheck: true });
  });

  it('imports the good parts of a file with bad values, adds words, and reports the rest', async () => {
    await addUserWord('bestaand');
    const file = JSON.stringify({
      format: 'zorgvuldig-settings',
      settingsVersion: 1,
      settings: { lang: 'fr', linkCheck: true },
      words: ['nieuw', 'twee woorden'],
    });
    const result = await importUserSettings(file);
    expect(result.ok).toBe(true);
    expect(result.notices.map((notice) => notice.key)).toEqual(['lang', 'words.1']);
    expect((await readUser()).user).toEqual({ linkCheck: true, words: ['bestaand', 'nieuw'] });
  });
});

describe('watchSettings', () => {
  it('calls back on policy and sync changes until aborted', async () => {
    const controller = new AbortController();
    const seen: boolean[] = [];
    watchSettings((resolved) => seen.push(resolved.settings.linkCheck), controller.signal);
    await setPolicy({ defaults: { linkCheck: true } });
    await vi.waitFor(() => expect(seen.at(-1)).toBe(true));
    await setUserChoice('linkCheck', false);
    await vi.waitFor(() => expect(seen.at(-1)).toBe(false));
    controller.abort();
    const count = seen.length;
    await setUserChoice('linkCheck', true);
    await new Promise((done) => setTimeout(done, 20));
    expect(seen.length).toBe(count);
  });
});

describe('for the checker', () => {
  it('joins user and organisation words and passes the organisation facts', async () => {
    await setPolicy({
      organisation: {
        name: 'Isala',
        domains: ['Isala.nl'],
        words: ['Isala', 'eigen'],
        phrases: [{ phrase: 'Project Aurora', message: 'Interne naam.' }],
      },
      locked: { rules: { 'privacy/bsn': { severity: 'stop' } } },
    });
    expect(await addUserWord('eigen')).toEqual({ ok: true });
    await addUserWord('Noordzorg');
    const { settings } = await loadSettings();
    expect(toCheckerSettings(settings, 'en-GB')).toEqual({
      lang: 'en',
      rules: { 'privacy/bsn': { severity: 'stop' } },
      orgName: 'Isala',
      orgDomains: ['isala.nl'],
      internalDomains: [],
      words: ['Noordzorg', 'Isala', 'eigen'],
      orgPhrases: [{ phrase: 'Project Aurora', message: 'Interne naam.', severity: 'check' }],
    });
  });

  it('turns platforms off, never "other"', async () => {
    await setPolicy({ locked: { platforms: { tiktok: false } } });
    const { settings } = await loadSettings();
    expect(isPlatformEnabled(settings, 'tiktok')).toBe(false);
    expect(isPlatformEnabled(settings, 'linkedin')).toBe(true);
    expect(isPlatformEnabled(settings, 'other')).toBe(true);
  });
});

describe('concurrent changes', () => {
  it('keeps every word when words are added at the same time', async () => {
    const words = ['een', 'twee', 'drie', 'vier', 'vijf'];
    await Promise.all(words.map((word) => addUserWord(word)));
    expect((await readUser()).user.words).toEqual(words);
  });
});
