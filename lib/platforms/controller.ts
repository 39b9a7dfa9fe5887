import { signal } from '@preact/signals';
import type { SidebarActions, SidebarState, SidebarStore } from './sidebar/contract';
import type { Category, Draft, Finding, Report } from '../checker/types';
import { applyFix, type ApplyResult } from './apply/apply-fix';
import { afterUndoGroup, applyPlan, fixAllPlan, type LastChange } from './apply/fix-all';
import { watchUndoRedo, type UndoRedoWatch } from './apply/undo-redo';
import { createComposer } from './composer';
import { deepActiveElement } from './candidate';
import { watchComposers, type UnreadableReason } from './discovery';
import type { PhotoChannel } from './media/photos';
import { MediaTracker } from './media/tracker';
import { DraftSession, type CheckFn, type SessionView } from './session/draft-session';
import type { LinkStatus } from '../checker/links';
import { Lru } from '../checker/lru';
import { createSidebarHost } from './sidebar/host';
import type { Composer, PlatformAdapter } from './types';
import { startUnderlineUi, type MountCard } from './underline/at-text';

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

export type Health = { boxes: number; unreadable: { reason: UnreadableReason; label: string } | null };

/** What the settings decide for the sidebar; a change re-checks the focused draft. */
export type SidebarSettings = Pick<
  SidebarState,
  'lang' | 'locks' | 'notices' | 'canAddWords' | 'checklist'
> & {
  /** Underlines per category (absent: all on). */
  underlines?: Partial<Record<Category, boolean>>;
};

type Entry = {
  composer: Composer;
  session: DraftSession;
  life: AbortController;
  ignored: Set<string>;
  /** Spelling corrections the user chose here (word -> replacement), for "Alles verbeteren". */
  picked: Map<string, string>;
  /** Whether the draft's last change was the editor's own undo or redo. */
  undoRedo: UndoRedoWatch;
};

const lastChange = (entry: Entry): LastChange => ({
  at: entry.session.lastChange,
  undoRedo: entry.undoRedo.lastWasUndoRedo(),
});

/** A fix through the editor's input path; from here on the last change is ours, not an undo. */
const applyOwn =
  (entry: Entry): typeof applyFix =>
  (composer, edit) => {
    entry.undoRedo.forget();
    return applyFix(composer, edit);
  };

const ignoreKey = (f: Finding) => `${f.ruleId}\u0000${f.text}`;

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

  const store = signal<SidebarState>({
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
  const patch = (next: Partial<SidebarState>) => (store.value = { ...store.value, ...next });
  // Settings notices stay; messages about an action on a draft go when another draft is shown.
  let settingsNotices: string[] = [];
  let draftNotices: string[] = [];
  const setDraftNotices = (next: string[]) => {
    draftNotices = next;
    patch({ notices: [...settingsNotices, ...draftNotices] });
  };

  const show = (entry: Entry) => {
    const view = entry.session.view;
    const report = filterIgnored(view.report, entry.ignored);
    const findings = report?.findings ?? [];
    // The platform the shown draft goes to (Business Suite: the channel), also on the host for tests and support.
    const platform = entry.composer.platform?.() ?? adapter.platform;
    host.element.setAttribute('data-platform', platform);
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
      userChose = false;
      setDraftNotices([]);
    }
    entry.session.flush();
    show(entry);
  };

  const tell = (result: ApplyResult) => {
    if (result.ok) return;
    const lang = store.value.lang;
    const text =
      result.reason === 'moved'
        ? {
            nl: 'De tekst is intussen veranderd; de suggestie is niet toegepast.',
            en: 'The text has changed; the suggestion was not applied.',
          }
        : {
            nl: 'Het aanpassen is niet gelukt. Je tekst is niet veranderd door Zorgvuldig; pas het zelf aan.',
            en: 'The change did not work. Zorgvuldig did not alter your text; please edit it yourself.',
          };
    setDraftNotices([text[lang]]);
  };

  const actions: SidebarActions = {
    applySuggestion(finding, replacement) {
      const entry = active;
      if (!entry) return;
      void afterUndoGroup(entry.composer, lastChange(entry))
        .then(() =>
          applyOwn(entry)(entry.composer, {
            start: finding.start,
            end: finding.end,
            expected: finding.text,
            replacement,
          }),
        )
        .then((result) => {
          tell(result);
          if (result.ok && finding.category === 'spelling') entry.picked.set(finding.text, replacement);
          entry.session.flush();
        });
    },
    applyAll() {
      const entry = active;
      const findings = store.value.report?.findings;
      if (!entry || !findings) return;
      void applyPlan(
        entry.composer,
        fixAllPlan(findings, entry.picked),
        () => lastChange(entry),
        undefined,
        applyOwn(entry),
      ).then(({ failed }) => {
        if (failed) tell(failed);
        entry.session.flush();
      });
    },
    reveal(finding) {
      const entry = active;
      if (!entry) return;
      const el = entry.composer.element;
      // From the keyboard, focus is on the card: take it back to the text, then select there.
      if (!el.contains(doc.activeElement)) el.focus({ preventScroll: true });
      if (entry.composer.editor === 'textarea') {
        (el as HTMLTextAreaElement).setSelectionRange(finding.start, finding.end);
        return;
      }
      entry.composer.read();
      const range = entry.composer.rangeFor(finding.start, finding.end);
      if (!range) return;
      const selection = doc.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      range.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
    },
    ignore(finding) {
      const entry = active;
      if (!entry) return;
      entry.ignored.add(ignoreKey(finding));
      show(entry);
    },
    addWord(word) {
      void options.addWord?.(word).then(() => active && cacheMiss(active));
    },
    setCollapsed(collapsed) {
      userChose = true;
      setCollapsed(collapsed);
    },
    copyText(text) {
      return options.copyText?.(text);
    },
    ...(options.muteRule
      ? {
          muteRule(finding: Finding) {
            void options.muteRule!(finding.ruleId).then(() => active && cacheMiss(active));
          },
        }
      : {}),
  };
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

  // Live composers, on the host for tests and support: it must fall back when composers leave.
  let unreadable: { box: HTMLElement; reason: UnreadableReason } | null = null;
  const countComposers = () => {
    host.element.setAttribute('data-composers', String(entries.size));
    options.onHealth?.({
      boxes: entries.size,
      unreadable: unreadable && { reason: unreadable.reason, label: describe(unreadable.box) },
    });
  };
  const tracker = new MediaTracker(doc, () => active?.session.touch(), options.signal, options.photos);
  // The badge replaces the panel where it would cover the composer, until the user opens it.
  let userChose = false;
  const host = createSidebarHost(doc, options.signal, (room) => {
    if (!userChose) setCollapsed(!room);
  });
  const setCollapsed = (collapsed: boolean) => {
    host.setCollapsed(collapsed);
    if (store.value.collapsed !== collapsed) patch({ collapsed });
  };
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
        unreadable = { box, reason };
        countComposers();
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
      // The box that could not be read is handled now (a closed shadow root's host, or the box itself).
      const root = element.getRootNode() as Partial<ShadowRoot>;
      if (unreadable && (unreadable.box === element || unreadable.box === root.host)) unreadable = null;
      discovery.adopt(element);
      countComposers();
      const entry = entries.get(element);
      if (entry) activate(entry);
    },
    setGeneric: (on: boolean) => discovery.setGeneric(on),
    /** The last box typed in that could not be read, if it is still on the page. */
    unreadableBox: () => (unreadable?.box.isConnected ? unreadable.box : null),
    composers: () => [...entries.values()].map((e) => e.composer),
    /** New settings: new answers, so forget cached ones and check the focused draft again. */
    applySettings(next: SidebarSettings) {
      settingsNotices = next.notices;
      const { underlines = {}, ...sidebar } = next;
      inText.setHidden(
        new Set((Object.keys(underlines) as Category[]).filter((c) => underlines[c] === false)),
      );
      patch({ ...sidebar, notices: [...settingsNotices, ...draftNotices] });
      cache.clear();
      active?.session.recheck();
    },
    /** A message for the user above the findings (e.g. why a word was not added). */
    notify(message: string) {
      setDraftNotices([...draftNotices, message]);
    },
  };
}

/** A few words that name a box for the popup: its label, else its placeholder or tag. */
function describe(box: HTMLElement): string {
  const label =
    box.getAttribute('aria-label') ?? box.getAttribute('placeholder') ?? box.getAttribute('title') ?? '';
  return (label || box.tagName.toLowerCase()).slice(0, 80);
}

function filterIgnored(report: Report | null, ignored: Set<string>): Report | null {
  if (!report || ignored.size === 0) return report;
  return { ...report, findings: report.findings.filter((f) => !ignored.has(ignoreKey(f))) };
}
