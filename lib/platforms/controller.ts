import type { SidebarActions, SidebarState, SidebarStore } from './sidebar/contract';
import type { Category, Draft, Report } from '../checker/types';
import { fixAllPlan } from './apply/fix-all';
import { watchUndoRedo } from './apply/undo-redo';
import { createBoxHealth, type Health } from './box-health';
import { createComposer } from './composer';
import { deepActiveElement } from './candidate';
import { watchComposers } from './discovery';
import type { PhotoChannel } from './media/photos';
import { MediaTracker } from './media/tracker';
import { DraftSession, type CheckFn, type SessionView } from './session/draft-session';
import type { Entry } from './session/entry';
import { filterIgnored } from './session/ignored';
import type { LinkStatus } from '../checker/links';
import { Lru } from '../checker/lru';
import { createSidebarActions } from './sidebar/actions';
import { createSidebarPlacement } from './sidebar/placement';
import { createSidebarStore } from './sidebar/store';
import type { PlatformAdapter } from './types';
import { startUnderlineUi, type MountCard } from './underline/at-text';

export type { Health };

export type MountSidebar = (host: HTMLElement, store: SidebarStore, actions: SidebarActions) => () => void;

export type ControllerOptions = {
  adapter: PlatformAdapter;
  doc: Document;
  signal: AbortSignal;
  check: CheckFn;
  mountSidebar: MountSidebar;
  /** Renders the card at an underline; without it the text gets underlines but no card. */
  mountCard?: MountCard;
  /** "Altijd negeren": switches a rule off in the user's settings; absent when not possible here. */
  muteRule?: (ruleId: string) => Promise<void>;
  /** Adds a word to the user's own list; absent when that is not possible here. */
  addWord?: (word: string) => Promise<void>;
  copyText?: (text: string) => Promise<void>;
  lang?: 'nl' | 'en';
  delayMs?: number;
  /** Where attached photos go for a look on the device (metadata, faces, text); absent: not looked at. */
  photos?: PhotoChannel;
  /** After a fresh answer: `recheck` checks the draft again (e.g. once link statuses are known). */
  onChecked?: (draft: Draft, recheck: () => void) => void;
  /** Live link statuses the content script has learned (part of each answer's cache key). */
  linkStatus?: (url: string) => LinkStatus | undefined;
  /** Every box the user writes in (default), or only known markup and boxes handed to `adopt`. */
  generic?: boolean;
  /** How many boxes are checked now, and the last box typed in that could not be read. */
  onHealth?: (health: Health) => void;
};

/** What the settings decide for the sidebar; a change re-checks the focused draft. */
export type SidebarSettings = Pick<
  SidebarState,
  'lang' | 'locks' | 'notices' | 'canAddWords' | 'checklist'
> & {
  /** Underlines per category (absent: all on). */
  underlines?: Partial<Record<Category, boolean>>;
};

/**
 * Wires one platform's composers to the checker and the sidebar: finds composers (also
 * late ones and ones that come back), checks each after a typing pause, shows the focused
 * one's report beside it, and applies fixes through the editor. Everything it adds to the
 * page goes when `signal` aborts or the composer leaves the page.
 */
export function startComposerController(options: ControllerOptions) {
  const { adapter, doc } = options;
  const entries = new Map<HTMLElement, Entry>();
  const cache = new Lru<string, Report>(32);
  let active: Entry | null = null;

  const { store, patch, setSettings, setDraftNotices, draftNotices } = createSidebarStore({
    status: 'idle',
    report: null,
    platform: adapter.platform,
    lang: options.lang ?? 'nl',
    collapsed: false,
    notices: [],
    locks: {},
    canAddWords: Boolean(options.addWord),
    checklist: [],
  });

  const show = (entry: Entry) => {
    const view = entry.session.view;
    const report = filterIgnored(view.report, entry.ignored);
    const findings = report?.findings ?? [];
    // The platform the shown draft goes to (Business Suite: the channel), also on the host for tests and support.
    const platform = entry.composer.platform?.() ?? adapter.platform;
    host.element.setAttribute('data-platform', platform);
    // What the box was taken for (surface, editor library): support and tests read them here.
    host.element.setAttribute('data-surface', entry.composer.surface);
    host.element.setAttribute('data-editor', entry.composer.editor);
    host.element.setAttribute('data-status', view.status);
    host.element.setAttribute('data-chars', String(view.chars ?? -1));
    patch({
      platform,
      status: view.status,
      report,
      error: view.error,
      draftId: entry.composer.id,
      fixAll: fixAllPlan(findings, entry.picked).length,
    });
    host.follow(adapter.scopeOf(entry.composer.element), entry.composer.element);
    inText.show(entry.composer, findings);
  };
  const activate = (entry: Entry) => {
    if (active !== entry) {
      active = entry;
      placement.newDraft();
      setDraftNotices([]);
    }
    entry.session.flush();
    show(entry);
  };

  const actions = createSidebarActions({
    doc,
    active: () => active,
    state: () => store.value,
    show,
    refresh: (entry) => cacheMiss(entry),
    say: (notice) => setDraftNotices([notice]),
    choose: (collapsed) => placement.choose(collapsed),
    muteRule: options.muteRule,
    addWord: options.addWord,
    copyText: options.copyText,
  });
  const inText = startUnderlineUi({
    doc,
    signal: options.signal,
    actions,
    mountCard: options.mountCard,
    context: () => ({
      lang: store.value.lang,
      canAddWords: store.value.canAddWords,
      locks: store.value.locks,
    }),
  });

  /** A new word list changes every answer: forget cached reports and check again. */
  const cacheMiss = (entry: Entry) => {
    cache.clear();
    entry.session.recheck();
  };

  const tracker = new MediaTracker(doc, () => active?.session.touch(), options.signal, options.photos);
  const placement = createSidebarPlacement(doc, options.signal, (collapsed) => {
    if (store.value.collapsed !== collapsed) patch({ collapsed });
  });
  const { host } = placement;
  const health = createBoxHealth(host.element, options.onHealth);
  const countComposers = () => health.count(entries.size);
  const unmount = options.mountSidebar(host.element, store, actions);
  options.signal.addEventListener('abort', unmount, { once: true });

  const discovery = watchComposers(
    doc,
    adapter,
    {
      found(element, spec) {
        const life = new (doc.defaultView ?? window).AbortController();
        options.signal.addEventListener('abort', () => life.abort(), { signal: life.signal });
        const composer = createComposer(element, spec, adapter, tracker);
        const entry: Entry = {
          composer,
          life,
          ignored: new Set(),
          picked: new Map(),
          undoRedo: watchUndoRedo(element, life.signal),
          session: null as unknown as DraftSession,
        };
        entry.session = new DraftSession(composer, {
          platform: adapter.platform,
          check: options.check,
          cache,
          delayMs: options.delayMs,
          signal: life.signal,
          onChecked: (draft) => options.onChecked?.(draft, () => entry.session.recheck()),
          linkStatus: options.linkStatus,
          onUpdate: (view: SessionView) => {
            if (active === entry) show(entry);
            if (view.status === 'ready' && active === null) activate(entry);
          },
        });
        entries.set(element, entry);
        countComposers();
        // A keystroke only marks the draft dirty; the mutation record itself is never inspected.
        const touch = () => {
          entry.session.touch();
          entry.undoRedo.changed();
          // An undo or redo is one deliberate step, not typing: its findings come back at once.
          if (entry.undoRedo.lastWasUndoRedo()) entry.session.flush();
        };
        const changes = new (doc.defaultView ?? window).MutationObserver(touch);
        changes.observe(element, { childList: true, characterData: true, subtree: true });
        life.signal.addEventListener('abort', () => changes.disconnect(), { once: true });
        element.addEventListener('input', touch, { signal: life.signal });
        element.addEventListener('focusin', () => activate(entry), { signal: life.signal });
        const focused = deepActiveElement(doc);
        if (focused && (focused === element || element.contains(focused))) activate(entry);
      },
      unreadable(box, reason) {
        health.unreadable(box, reason);
      },
      lost(element) {
        const entry = entries.get(element);
        if (!entry) return;
        entries.delete(element);
        countComposers();
        entry.life.abort();
        if (active === entry) {
          active = null;
          host.follow(null);
          inText.show(null, []);
          patch({ status: 'idle', report: null, error: undefined, fixAll: 0 });
          setDraftNotices([]);
        }
      },
    },
    options.signal,
    { generic: options.generic },
  );
  // Watching from the start: the toolbar shows it before any box is found.
  countComposers();

  return {
    store,
    actions,
    /** Checks this box from now on, whatever it looks like (the user asked: context menu or popup). */
    adopt(element: HTMLElement) {
      health.adopted(element);
      discovery.adopt(element);
      countComposers();
      const entry = entries.get(element);
      if (entry) activate(entry);
    },
    setGeneric: (on: boolean) => discovery.setGeneric(on),
    /** The last box typed in that could not be read, if it is still on the page. */
    unreadableBox: health.unreadableBox,
    composers: () => [...entries.values()].map((e) => e.composer),
    /** New settings: new answers, so forget cached ones and check the focused draft again. */
    applySettings(next: SidebarSettings) {
      const { underlines = {}, ...sidebar } = next;
      inText.setHidden(
        new Set((Object.keys(underlines) as Category[]).filter((c) => underlines[c] === false)),
      );
      setSettings(sidebar);
      cache.clear();
      active?.session.recheck();
    },
    /** A message for the user above the findings (e.g. why a word was not added). */
    notify(message: string) {
      setDraftNotices([...draftNotices(), message]);
    },
  };
}
