import { signal as createSignal } from '@preact/signals';
import type { SidebarActions } from '../sidebar/contract';
import type { Category, Finding } from '../../checker/types';
import type { Composer } from '../types';
import { createCardHost, type UnderlineCardState, type UnderlineCardStore } from './card-host';
import { createUnderlines } from './underlines';
import { HOVER_MS, LEAVE_MS } from './timing';

/** What the card needs besides the finding: the sidebar's language, locks and word rights. */
export type CardContext = { lang: 'nl' | 'en'; canAddWords: boolean; locks: Record<string, string> };
export type CardActions = SidebarActions & { close(): void };
export type MountCard = (
  host: HTMLElement,
  store: UnderlineCardStore,
  context: () => CardContext,
  actions: CardActions,
) => () => void;

/** Alt+Shift+J: the next finding's card; Alt+Shift+K: the previous one (J/K as in many readers). */
const isNext = (e: KeyboardEvent) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyJ';
const isPrevious = (e: KeyboardEvent) =>
  e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyK';

/**
 * The findings in the text: underlines, and a card at an underline on click, on hover after a
 * short pause, or from the keyboard (Alt+Shift+J / K; Escape closes it and focus goes back to the
 * editor). The card offers the same actions as the sidebar's cards.
 */
export function startUnderlineUi(options: {
  doc: Document;
  signal: AbortSignal;
  actions: SidebarActions;
  context: () => CardContext;
  mountCard?: MountCard;
}) {
  const { doc, signal } = options;
  const win = doc.defaultView!;
  const underlines = createUnderlines(doc, signal);
  const card = createSignal<UnderlineCardState>({ finding: null, byKeyboard: false, index: 0, total: 0 });
  const host = options.mountCard ? createCardHost(doc, signal) : null;
  let composer: Composer | null = null;
  let life: AbortController | null = null;
  let hoverTimer = 0;
  let leaveTimer = 0;

  const editorHasFocus = () => {
    const el = composer?.element;
    const active = (el?.getRootNode() as Document | ShadowRoot | undefined)?.activeElement;
    return Boolean(el && active && (active === el || el.contains(active)));
  };
  const close = (refocus: boolean) => {
    // A hover still pending from the pointer's last move (the move before a click, say) would
    // bring the card straight back after Escape.
    win.clearTimeout(hoverTimer);
    if (!card.value.finding) return;
    const hadFocus = editorHasFocus();
    card.value = { finding: null, byKeyboard: false, index: 0, total: 0 };
    host?.place(null);
    // Escape right after Alt+Shift+J: the card's "take focus" effect is still pending, and Preact
    // runs it just before the card goes, which leaves focus on the page. It stays in the editor.
    if (refocus || (hadFocus && !editorHasFocus())) composer?.element.focus({ preventScroll: true });
  };
  const open = (index: number, byKeyboard: boolean) => {
    if (!host) return;
    let mark = underlines.marks()[index];
    if (!mark) return;
    // From the keyboard, a finding scrolled out of the composer's view is brought into it first.
    if (byKeyboard && mark.rects.length === 0) {
      underlines.reveal(mark);
      mark = underlines.marks()[index] ?? mark;
    }
    const shown = mark;
    card.value = { finding: shown.finding, byKeyboard, index, total: underlines.marks().length };
    const place = () => host.place(underlines.rectsOf(shown), composer?.element.getBoundingClientRect());
    place();
    // Once rendered, the card's real height decides whether it goes below or above the words.
    win.requestAnimationFrame(() => card.value.finding === shown.finding && place());
  };
  const indexOf = (finding: Finding | null) =>
    finding
      ? underlines
          .marks()
          .findIndex((m) => m.finding.start === finding.start && m.finding.ruleId === finding.ruleId)
      : -1;

  const closing = (fn: (...args: never[]) => unknown) =>
    ((...args: never[]) => {
      close(true);
      return fn(...args);
    }) as never;
  const actions: CardActions = {
    ...options.actions,
    applySuggestion: closing(options.actions.applySuggestion),
    ignore: closing(options.actions.ignore),
    addWord: closing(options.actions.addWord),
    ...(options.actions.muteRule ? { muteRule: closing(options.actions.muteRule) } : {}),
    close: () => close(true),
  };
  if (host && options.mountCard) {
    const unmount = options.mountCard(host.element, card, options.context, actions);
    signal.addEventListener('abort', unmount, { once: true });
    host.element.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          close(true);
        } else if (isNext(e) || isPrevious(e)) {
          e.preventDefault();
          step(isNext(e) ? 1 : -1);
        }
      },
      { signal },
    );
    host.element.addEventListener('mouseenter', () => win.clearTimeout(leaveTimer), { signal });
    host.element.addEventListener('mouseleave', () => leaveSoon(), { signal });
  }

  const step = (by: 1 | -1) => {
    // An undo or a fix may have just rebuilt the editor's DOM: old ranges would point nowhere.
    underlines.refresh();
    const total = underlines.marks().length;
    if (total === 0) return;
    const now = indexOf(card.value.finding);
    const next = now < 0 ? (by === 1 ? 0 : total - 1) : (now + by + total) % total;
    open(next, true);
  };
  const leaveSoon = () => {
    win.clearTimeout(leaveTimer);
    if (card.value.finding && !card.value.byKeyboard)
      leaveTimer = win.setTimeout(() => close(false), LEAVE_MS);
  };

  const attach = (next: Composer | null) => {
    if (next === composer) return;
    life?.abort();
    close(false);
    composer = next;
    if (!next || !host) return;
    life = new win.AbortController();
    const on = { signal: life.signal };
    const el = next.element;
    el.addEventListener(
      'keydown',
      (e) => {
        if (isNext(e) || isPrevious(e)) {
          e.preventDefault();
          e.stopPropagation();
          step(isNext(e) ? 1 : -1);
        } else if (e.key === 'Escape' && card.value.finding) {
          close(false);
        } else if (card.value.finding && !e.altKey) {
          // Typing goes on: the card would cover the words being written.
          close(false);
        }
      },
      { ...on, capture: true },
    );
    el.addEventListener(
      'click',
      (e) => {
        // A click decides: the hover that the pointer's move to it started is moot.
        win.clearTimeout(hoverTimer);
        underlines.refresh();
        const mark = underlines.at(e.clientX, e.clientY);
        if (mark) open(underlines.marks().indexOf(mark), false);
        else close(false);
      },
      { ...on, passive: true },
    );
    let pointer = { x: -1, y: -1 };
    el.addEventListener(
      'mousemove',
      (e) => {
        const { clientX: x, clientY: y } = e;
        // The browser also sends a move when the page changes under a still pointer (the card
        // closing with Escape): only a real move opens a card, or a dismissed one would come back.
        if (x === pointer.x && y === pointer.y) return;
        pointer = { x, y };
        win.clearTimeout(hoverTimer);
        hoverTimer = win.setTimeout(() => {
          const mark = underlines.at(x, y);
          if (mark) {
            win.clearTimeout(leaveTimer);
            if (card.value.finding !== mark.finding) open(underlines.marks().indexOf(mark), false);
          } else leaveSoon();
        }, HOVER_MS);
      },
      { ...on, passive: true },
    );
    el.addEventListener('mouseleave', () => (win.clearTimeout(hoverTimer), leaveSoon()), {
      ...on,
      passive: true,
    });
  };
  signal.addEventListener(
    'abort',
    () => (life?.abort(), win.clearTimeout(hoverTimer), win.clearTimeout(leaveTimer)),
    {
      once: true,
    },
  );

  return {
    underlines,
    card: card as UnderlineCardStore,
    show(next: Composer | null, findings: readonly Finding[]) {
      attach(next);
      underlines.show(next, findings);
      // A finding that went away takes its card with it.
      if (
        card.value.finding &&
        indexOf(card.value.finding) < 0 &&
        !findings.some((f) => f.ruleId === card.value.finding!.ruleId && f.text === card.value.finding!.text)
      )
        close(false);
    },
    setHidden(categories: ReadonlySet<Category>) {
      underlines.setHidden(categories);
    },
  };
}
