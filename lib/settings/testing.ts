import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { itemBytes, SYNC_QUOTA, type Stored } from './storage';

/** Makes the fake storage.sync refuse writes past Chrome's quotas, as the real one does. */
export function enforceSyncQuota(): void {
  const sync = fakeBrowser.storage.sync;
  // A spy left from an earlier test would call itself: start from the real method.
  vi.restoreAllMocks();
  const original = sync.set.bind(sync);
  vi.spyOn(sync, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const current = { ...(await sync.get(null)), ...items };
    for (const [key, value] of Object.entries(items)) {
      if (itemBytes(key, value) > SYNC_QUOTA.perItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    }
    const total = Object.entries(current).reduce((sum, [key, value]) => sum + itemBytes(key, value), 0);
    if (total > SYNC_QUOTA.total) throw new Error('QUOTA_BYTES quota exceeded');
    if (Object.keys(current).length > SYNC_QUOTA.items) throw new Error('MAX_ITEMS quota exceeded');
    return original(items);
  });
}

/** Sets the policy the fake storage.managed returns (the real one is read-only). */
export async function setPolicy(policy: Record<string, unknown>): Promise<void> {
  await fakeBrowser.storage.managed.clear();
  await fakeBrowser.storage.managed.set(policy);
}

/** What the storage layer read: the user's own choices, found clean in sync storage. */
export const storedUser = (user: Stored['user'] = {}, extra: Partial<Stored> = {}): Stored => ({
  user,
  issues: [],
  migrated: false,
  newer: false,
  area: 'sync',
  ...extra,
});
