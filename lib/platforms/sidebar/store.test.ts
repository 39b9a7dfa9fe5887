import { describe, expect, it } from 'vitest';
import type { SidebarState } from './contract';
import { createSidebarStore } from './store';

const initial: SidebarState = {
  status: 'idle',
  report: null,
  platform: 'facebook',
  lang: 'nl',
  collapsed: false,
  notices: [],
  locks: {},
  canAddWords: true,
  checklist: [],
};

describe('sidebar store', () => {
  it('patches fields and keeps the rest, telling subscribers once per change', () => {
    const s = createSidebarStore(initial);
    const seen: SidebarState[] = [];
    s.store.subscribe((state) => seen.push(state));
    s.patch({ status: 'checking' });
    expect(s.store.value).toEqual({ ...initial, status: 'checking' });
    expect(seen.map((state) => state.status)).toEqual(['idle', 'checking']);
  });

  it('shows settings notices before draft notices; new settings keep the draft ones and vice versa', () => {
    const s = createSidebarStore(initial);
    s.setDraftNotices(['fix failed']);
    s.setSettings({ notices: ['policy unreadable'], lang: 'en' });
    expect(s.store.value.notices).toEqual(['policy unreadable', 'fix failed']);
    expect(s.store.value.lang).toBe('en');
    s.setDraftNotices([]);
    expect(s.store.value.notices).toEqual(['policy unreadable']);
    expect(s.draftNotices()).toEqual([]);
    s.setDraftNotices([...s.draftNotices(), 'a', 'b']);
    s.setSettings({ notices: [] });
    expect(s.store.value.notices).toEqual(['a', 'b']);
  });
});
