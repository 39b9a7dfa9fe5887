import { browser } from 'wxt/browser';
import { CURRENT_VERSION, isSettingsKey, migrate, type Snapshot } from './migrations';
import { noticeTexts } from './notice-texts';
import { sanitize, type Issue } from './sanitize';
import { UserSettings, type UserLayer } from './schema';

/** chrome.storage.sync's limits (the same in Firefox): bytes are key + JSON value. */
export const SYNC_QUOTA = { perItem: 8192, total: 102_400, items: 512 } as const;
/** Below the item limit, so a chunk never fails on rounding. */
const CHUNK_BYTES = 8000;
/** When sync is full, everything goes here (this device only) until it fits again. */
export const FALLBACK_KEY = 'settingsFallback';

const encoder = new TextEncoder();
export const itemBytes = (key: string, value: unknown) =>
  encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;

const wordKey = /^words\.(\d+)$/;

/** The user layer as storage items: `settingsVersion`, `settings` and the word list in chunks under 8 KB. */
export function encode(layer: UserLayer): Snapshot {
  const { words = [], ...user } = layer;
  const snapshot: Snapshot = { settingsVersion: CURRENT_VERSION, settings: user };
  let chunk: string[] = [];
  let index = 0;
  // Bytes of '["a","b"]': 2 for the brackets, then each word quoted plus a comma.
  let bytes = itemBytes(`words.${index}`, []);
  for (const word of words) {
    const cost = encoder.encode(JSON.stringify(word)).length + 1;
    if (chunk.length > 0 && bytes + cost > CHUNK_BYTES) {
      snapshot[`words.${index}`] = chunk;
      index += 1;
      chunk = [];
      bytes = itemBytes(`words.${index}`, []);
    }
    chunk.push(word);
    bytes += cost;
  }
  if (chunk.length > 0) snapshot[`words.${index}`] = chunk;
  return snapshot;
}

export function syncUsage(snapshot: Snapshot): { bytes: number; items: number; largestItem: number } {
  const sizes = Object.entries(snapshot).map(([key, value]) => itemBytes(key, value));
  return {
    bytes: sizes.reduce((sum, size) => sum + size, 0),
    items: sizes.length,
    largestItem: Math.max(0, ...sizes),
  };
}

export function fitsSync(snapshot: Snapshot): boolean {
  const usage = syncUsage(snapshot);
  return (
    usage.bytes <= SYNC_QUOTA.total &&
    usage.items <= SYNC_QUOTA.items &&
    usage.largestItem <= SYNC_QUOTA.perItem
  );
}

export type Decoded = { user: UserLayer; issues: Issue[]; migrated: boolean; newer: boolean };

/** Reads a snapshot leniently: migrations first, then every part validated on its own. */
export function decode(raw: Snapshot): Decoded {
  const issues: Issue[] = [];
  const empty = Object.keys(raw).length === 0;
  const { snapshot, from, to } = empty
    ? { snapshot: raw, from: CURRENT_VERSION, to: CURRENT_VERSION }
    : migrate(raw);
  const newer = typeof raw.settingsVersion === 'number' && raw.settingsVersion > CURRENT_VERSION;
  // The first migration starts afresh from a `settings` item that is no group: say it was dropped.
  const dropped = raw.settings !== undefined && snapshot.settings !== raw.settings && !isGroup(raw.settings);
  if (dropped)
    issues.push({
      path: 'settings',
      value: raw.settings,
      reason: noticeTexts.text('reason.expectedGroup'),
    });
  const user = (sanitize(UserSettings.omit({ words: true }), snapshot.settings ?? {}, '', issues) ??
    {}) as UserLayer;

  const chunks = Object.keys(snapshot)
    .map((key) => ({ key, index: Number(wordKey.exec(key)?.[1] ?? NaN) }))
    .filter((entry) => !Number.isNaN(entry.index))
    .sort((a, b) => a.index - b.index);
  const words: unknown[] = [];
  for (const { key } of chunks) {
    const chunk = snapshot[key];
    if (Array.isArray(chunk)) words.push(...chunk);
    else issues.push({ path: key, value: chunk, reason: noticeTexts.text('reason.expectedList') });
  }
  if (chunks.length > 0) {
    const clean = sanitize(UserSettings.shape.words, words, 'words', issues) as string[] | undefined;
    if (clean) user.words = clean;
  }
  // A garbled version number is read as the oldest layout, but not written back: the damage stays
  // visible (as notices) until the user next saves, instead of being repaired out of sight.
  const version = raw.settingsVersion;
  const garbled =
    version !== undefined && !(typeof version === 'number' && Number.isInteger(version) && version >= 0);
  if (garbled)
    issues.push({
      path: 'settingsVersion',
      value: version,
      reason: noticeTexts.text('reason.notAVersion'),
    });
  return { user, issues, migrated: !empty && from < to && !garbled, newer };
}

export type Stored = Decoded & {
  area: 'sync' | 'local';
  syncError?: string;
  /** A local copy that holds no settings (damaged) was ignored; sync was read instead. */
  damagedFallback?: boolean;
};

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The user's layer: the local fallback when it is in use, else sync. Never throws. */
export async function readUser(): Promise<Stored> {
  const local = await browser.storage.local.get(FALLBACK_KEY).catch(() => ({}) as Record<string, unknown>);
  const fallback = (local as Record<string, unknown>)[FALLBACK_KEY];
  if (isSnapshot(fallback)) return { ...decode(fallback), area: 'local' };
  // Anything else there is damage: reading it as empty settings would hide the synced word list,
  // and the next save would then write the list without it.
  const damagedFallback = fallback !== undefined;
  let syncError: string | undefined;
  const synced = await browser.storage.sync.get(null).catch((error: unknown) => {
    syncError = message(error);
    return {};
  });
  const own = Object.fromEntries(Object.entries(synced).filter(([key]) => isSettingsKey(key)));
  const decoded = decode(own);
  if (decoded.migrated) await writeUser(decoded.user);
  return { ...decoded, area: 'sync', syncError, ...(damagedFallback ? { damagedFallback } : {}) };
}

const isGroup = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored copy of the settings: an object with at least one settings key. */
const isSnapshot = (value: unknown): value is Snapshot =>
  isGroup(value) && Object.keys(value).some((key) => isSettingsKey(key));

/** Where a save went; `none`: both areas refused it (full) and what was stored before is unchanged. */
export type Written = {
  area: 'sync' | 'local' | 'none';
  reason?: 'too-big' | 'sync-failed' | 'full';
  error?: string;
};

/**
 * Saves the user's layer to sync, writing only the items that changed; when it does not fit
 * (or sync refuses), to local storage instead, so a choice is never lost. When local storage
 * refuses too, nothing is written: the previous settings and word list stay as they were.
 */
export async function writeUser(layer: UserLayer): Promise<Written> {
  const snapshot = encode(layer);
  let reason: Written['reason'] = 'too-big';
  let error: string | undefined;
  if (fitsSync(snapshot)) {
    try {
      const previous = (await browser.storage.sync.get(null)) as Snapshot;
      const changed = Object.fromEntries(
        Object.entries(snapshot).filter(
          ([key, value]) => JSON.stringify(previous[key]) !== JSON.stringify(value),
        ),
      );
      const stale = Object.keys(previous).filter((key) => isSettingsKey(key) && !(key in snapshot));
      if (Object.keys(changed).length > 0) await browser.storage.sync.set(changed);
      if (stale.length > 0) await browser.storage.sync.remove(stale);
      await browser.storage.local.remove(FALLBACK_KEY);
      return { area: 'sync' };
    } catch (failure) {
      reason = 'sync-failed';
      error = message(failure);
    }
  }
  try {
    await browser.storage.local.set({ [FALLBACK_KEY]: snapshot });
  } catch (failure) {
    return { area: 'none', reason: 'full', error: message(failure) };
  }
  return { area: 'local', reason, error };
}
