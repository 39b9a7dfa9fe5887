import type { Category, Finding, Platform, Report, Severity } from '../../checker/types';

/**
 * What the sidebar shows and what it can ask for. The content script owns a store of
 * this shape and passes it in; the sidebar never calls browser APIs itself, so it renders
 * the same in the extension, in unit tests and on a plain demo page.
 */
export type SidebarState = {
  /** idle: no composer focused yet; checking: a draft is on its way; ready: report is current. */
  status: 'idle' | 'checking' | 'ready' | 'error';
  report: Report | null;
  platform: Platform;
  lang: 'nl' | 'en';
  collapsed: boolean;
  /** Shown above the findings, e.g. "Instellingen van je organisatie konden niet worden gelezen". */
  notices: string[];
  /**
   * Setting keys locked by the organisation, with who set them (for the lock icon). The
   * sidebar shows a lock on a finding whose ruleId or category is a key here.
   */
  locks: Record<string, string>;
  /** Whether the user may add words to their own dictionary (policy may forbid it). */
  canAddWords: boolean;
  /** The organisation's review checklist, for comms staff (empty: no checklist tab). */
  checklist: string[];
  error?: string;
  /**
   * Identity of the draft being shown (e.g. one per composer). Checklist ticks and the open
   * tab are kept while it stays the same and reset when it changes. Optional: absent = one draft.
   */
  draftId?: string;
  /** How many fixes "Alles verbeteren" would apply now (0 or absent: no button). */
  fixAll?: number;
};

export type SidebarActions = {
  /** Replace finding's [start, end) with `replacement` in the composer ('' removes it). */
  applySuggestion(finding: Finding, replacement: string): void;
  /** Put the composer's selection on the finding, without stealing focus from typing. */
  reveal(finding: Finding): void;
  /** Hide this finding for this draft. */
  ignore(finding: Finding): void;
  addWord(word: string): void;
  setCollapsed(collapsed: boolean): void;
  /** Put plain text on the clipboard (review summary); the sidebar has no browser APIs itself. */
  copyText(text: string): void | Promise<void>;
  /** "Altijd negeren": switch this finding's rule off in the user's settings (absent: not possible here). */
  muteRule?(finding: Finding): void;
  /** "Alles verbeteren": apply every mechanical fix (and the user's picked spelling fixes), one by one. */
  applyAll?(): void;
};

/**
 * Anything the sidebar can follow: a @preact/signals ReadonlySignal fits, and so does a
 * hand-made store. `subscribe` may call back at once (signals do); the sidebar copes either way.
 */
export type SidebarStore = {
  readonly value: SidebarState;
  subscribe(listener: (state: SidebarState) => void): () => void;
};

export type { Category, Severity };
