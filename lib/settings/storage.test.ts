import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  decode,
  encode,
  FALLBACK_KEY,
  fitsSync,
  itemBytes,
  readUser,
  SYNC_QUOTA,
  syncUsage,
  writeUser,
} from './storage';
import { enforceSyncQuota } from './testing';

/** `count` distinct plausible Dutch-looking words of about 14 characters. */
const words = (count: number) =>
  Array.from({ length: count }, (_v, i) => `zorgwoord${i.toString(36).padStart(5, '0')}`);

beforeEach(() => {
  fakeBrowser.reset();
  enforceSyncQuota();
});

describe('quotas', () => {
  it('splits a long word list into items under 8 KB each', () => {
    const snapshot = encode({ words: words(3000) });
    const chunks = Object.keys(snapshot).filter((key) => key.startsWith('words.'));
    expect(chunks.length).toBeGreaterThan(5);
    for (const key of chunks) expect(itemBytes(key, snapshot[key])).toBeLessThanOrEqual(SYNC_QUOTA.perItem);
    expect(chunks.flatMap((key) => snapshot[key] as string[])).toEqual(words(3000));
  });

  it('counts bytes, not characters (é is two bytes)', () => {
    const snapshot = encode({ words: Array.from({ length: 2000 }, (_v, i) => `ééééééééé${i}`) });
    for (const [key, value] of Object.entries(snapshot))
      expect(itemBytes(key, value)).toBeLessThanOrEqual(SYNC_QUOTA.perItem);
  });

  it('stores 5,000 words in sync and reads them back in order', async () => {
    const list = words(5000);
    expect(syncUsage(encode({ words: list })).bytes).toBeLessThan(SYNC_QUOTA.total);
    expect(await writeUser({ words: list, lang: 'nl' })).toEqual({ area: 'sync' });
    const stored = await readUser();
    expect(stored.area).toBe('sync');
    expect(stored.user).toEqual({ lang: 'nl', words: list });
  });

  it('falls back to local storage when the list does not fit, and back to sync when it does again', async () => {
    const big = words(8000);
    expect(fitsSync(encode({ words: big }))).toBe(false);
    expect(await writeUser({ words: big })).toMatchObject({ area: 'local', reason: 'too-big' });
    let stored = await readUser();
    expect(stored.area).toBe('local');
    expect(stored.user.words).toHaveLength(8000);

    expect(await writeUser({ words: words(10) })).toEqual({ area: 'sync' });
    stored = await readUser();
    expect(stored.area).toBe('sync');
    expect(await fakeBrowser.storage.local.get(FALLBACK_KEY)).toEqual({});
  });

  it('falls back to local storage when sync refuses the write', async () => {
    await fakeBrowser.storage.sync.set({ otherPart: 'x'.repeat(8000) });
    const list = words(5800);
    const result = await writeUser({ words: list });
    // Our own estimate says it fits, the real quota (with another part's item) says no.
    expect(result).toMatchObject({ area: 'local', reason: 'sync-failed' });
    expect((await readUser()).user.words).toEqual(list);
  });

  it('writes only the items that changed and removes chunks no longer needed', async () => {
    await writeUser({ words: words(3000) });
    const before = Object.keys(await fakeBrowser.storage.sync.get(null)).length;
    await writeUser({ words: words(3000), lang: 'en' });
    const setCalls = (
      fakeBrowser.storage.sync.set as unknown as { mock: { calls: [Record<string, unknown>][] } }
    ).mock.calls;
    expect(Object.keys(setCalls.at(-1)![0])).toEqual(['settings']);
    await writeUser({ words: words(10) });
    const after = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(after).sort()).toEqual(['settings', 'settingsVersion', 'words.0']);
    expect(before).toBeGreaterThan(3);
  });

  it('leaves sync keys of other parts alone', async () => {
    await fakeBrowser.storage.sync.set({ sidebarCollapsed: true });
    await writeUser({ words: ['a'] });
    await writeUser({});
    expect(await fakeBrowser.storage.sync.get('sidebarCollapsed')).toEqual({ sidebarCollapsed: true });
  });
});

describe('corrupted storage', () => {
  it('keeps the word list when the settings item is garbage', async () => {
    await fakeBrowser.storage.sync.set({
      settingsVersion: 1,
      settings: 'garbage',
      'words.0': ['Isala', 'Noordzorg'],
    });
    const stored = await readUser();
    expect(stored.user).toEqual({ words: ['Isala', 'Noordzorg'] });
    expect(stored.issues.map((issue) => issue.path)).toEqual(['']);
  });

  it('keeps the valid words of a chunk with bad entries, and the other chunks of a broken one', () => {
    const decoded = decode({
      settingsVersion: 1,
      'words.0': ['goed', 17, 'twee woorden', 'x'.repeat(100)],
      'words.1': { not: 'a list' },
      'words.2': ['ook', 'goed'],
    });
    expect(decoded.user.words).toEqual(['goed', 'ook']);
    expect(decoded.issues.map((issue) => issue.path)).toEqual(['words.1', 'words.1', 'words.2', 'words.3']);
  });

  it('keeps valid settings next to invalid ones', () => {
    const decoded = decode({
      settingsVersion: 1,
      settings: { lang: 'fr', linkCheck: true, platforms: { tiktok: 'nee', facebook: false } },
    });
    expect(decoded.user).toEqual({ linkCheck: true, platforms: { facebook: false } });
    expect(decoded.issues.map((issue) => issue.path)).toEqual(['lang', 'platforms.tiktok']);
  });

  it('reads words even when chunks arrive out of order or with a gap (sync delivers items separately)', () => {
    const decoded = decode({ settingsVersion: 1, 'words.10': ['c'], 'words.2': ['b'], 'words.0': ['a'] });
    expect(decoded.user.words).toEqual(['a', 'b', 'c']);
  });

  it('migrates old data on read and writes it back in the new layout', async () => {
    await fakeBrowser.storage.sync.set({ lang: 'en', words: ['oud'] });
    const stored = await readUser();
    expect(stored.user).toEqual({ lang: 'en', words: ['oud'] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      settingsVersion: 1,
      settings: { lang: 'en' },
      'words.0': ['oud'],
    });
  });

  it('reads data under a garbled version number, reports it, and leaves it for the next save to replace', async () => {
    const garbled = {
      settingsVersion: 'x',
      settings: 'kapot',
      'words.0': ['eigen'],
      'words.7': { geen: 'lijst' },
    };
    await fakeBrowser.storage.sync.set(garbled);
    const stored = await readUser();
    expect(stored).toMatchObject({ migrated: false, user: { words: ['eigen'] } });
    expect(stored.issues.map((issue) => issue.path)).toEqual(['settings', 'words.7', 'settingsVersion']);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(garbled);
    await writeUser({ ...stored.user, words: ['eigen', 'nieuw'] });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({
      settingsVersion: 1,
      settings: {},
      'words.0': ['eigen', 'nieuw'],
    });
  });

  it('reports data from a newer version and reads what it knows', () => {
    const decoded = decode({ settingsVersion: 99, settings: { lang: 'nl', future: 1 }, 'words.0': ['a'] });
    expect(decoded).toMatchObject({ newer: true, user: { lang: 'nl', words: ['a'] } });
  });

  it('reads nothing stored as empty, without issues and without writing', async () => {
    const stored = await readUser();
    expect(stored).toMatchObject({ user: {}, issues: [], migrated: false, area: 'sync' });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('ignores a damaged local copy that holds no settings, so the synced word list still counts and stays', async () => {
    await writeUser({ words: ['zorgwoord'] });
    for (const damage of [{ kapot: true }, {}, 'kapot', 42, ['words.0']]) {
      await fakeBrowser.storage.local.set({ [FALLBACK_KEY]: damage });
      const stored = await readUser();
      expect(stored).toMatchObject({ area: 'sync', user: { words: ['zorgwoord'] } });
      expect(stored.damagedFallback).toBe(true);
    }
    // The next save keeps the list and clears the damage.
    await writeUser({ words: ['zorgwoord', 'nieuw'] });
    expect(await fakeBrowser.storage.local.get(FALLBACK_KEY)).toEqual({});
    expect((await readUser()).user.words).toEqual(['zorgwoord', 'nieuw']);
  });

  it('a local copy with settings in it is still read (it is where a full sync put them)', async () => {
    await fakeBrowser.storage.local.set({ [FALLBACK_KEY]: { settings: 'kapot', 'words.0': ['lokaal'] } });
    expect(await readUser()).toMatchObject({ area: 'local', user: { words: ['lokaal'] } });
  });

  it('when sync and local storage are both full, nothing is written and the old list stays', async () => {
    await writeUser({ words: ['zorgwoord'] });
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    expect(await writeUser({ words: ['zorgwoord', 'nieuw'] })).toEqual({
      area: 'none',
      reason: 'full',
      error: 'QUOTA_BYTES quota exceeded',
    });
    expect(await readUser()).toMatchObject({ area: 'sync', user: { words: ['zorgwoord'] } });
  });

  it('survives a failing sync area', async () => {
    vi.spyOn(fakeBrowser.storage.sync, 'get').mockRejectedValue(new Error('sync is disabled'));
    const stored = await readUser();
    expect(stored).toMatchObject({ user: {}, syncError: 'sync is disabled' });
  });
});
