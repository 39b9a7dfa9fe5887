import { signal, type Signal } from '@preact/signals';
import type { SidebarState } from './contract';

export type SidebarStoreHandle = {
  store: Signal<SidebarState>;
  /** Changes some fields, keeps the rest. */
  patch(next: Partial<SidebarState>): void;
  /** New settings for the sidebar; their notices stay while the settings do. */
  setSettings(next: Partial<SidebarState> & { notices: string[] }): void;
  /** Notices about an action on the shown draft (go when another draft is shown). */
  setDraftNotices(next: string[]): void;
  draftNotices(): string[];
};

/**
 * The store the sidebar renders from. Its notices are two lists shown as one: the settings'
 * notices first, then those about the shown draft, so a new draft clears only its own.
 */
export function createSidebarStore(initial: SidebarState): SidebarStoreHandle {
  const store = signal<SidebarState>(initial);
  const patch = (next: Partial<SidebarState>) => (store.value = { ...store.value, ...next });
  let settingsNotices: string[] = [];
  let draftNotices: string[] = [];
  return {
    store,
    patch,
    setSettings(next) {
      settingsNotices = next.notices;
      patch({ ...next, notices: [...settingsNotices, ...draftNotices] });
    },
    setDraftNotices(next) {
      draftNotices = next;
      patch({ notices: [...settingsNotices, ...draftNotices] });
    },
    draftNotices: () => draftNotices,
  };
}
