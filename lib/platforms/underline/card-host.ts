import type { Finding } from '../../checker/types';

/** What the card at an underline shows; the UI renders it (components/underline). */
export type UnderlineCardState = {
  finding: Finding | null;
  /** Opened from the keyboard: the card takes focus, and Escape gives it back to the editor. */
  byKeyboard: boolean;
  /** Where the card is: position, and which mark it is of how many, for the label. */
  index: number;
  total: number;
};

export type UnderlineCardStore = {
  readonly value: UnderlineCardState;
  subscribe(listener: (state: UnderlineCardState) => void): () => void;
};

export type CardHost = {
  element: HTMLElement;
  /** Put the card beside these rectangles of the text (viewport), or hide it with null. */
  place(rects: DOMRect[] | null): void;
};

const GAP = 6;

/**
 * The card's own element on <html>, fixed under the underlined words (above them where there
 * is no room below). Like the sidebar host: presses on it never take focus from the editor,
 * and keys typed in it never reach the page's shortcuts.
 */
export function createCardHost(doc: Document, signal: AbortSignal): CardHost {
  const win = doc.defaultView!;
  const element = doc.createElement('zorgvuldig-card');
  element.setAttribute('data-zorgvuldig', 'card');
  Object.assign(element.style, {
    position: 'fixed',
    zIndex: '2147483647',
    top: '0px',
    left: '0px',
    display: 'none',
    width: 'min(340px, calc(100vw - 16px))',
  });
  doc.documentElement.append(element);
  element.addEventListener(
    'mousedown',
    (event) => {
      const target = event.composedPath()[0];
      if (!(target instanceof win.HTMLInputElement || target instanceof win.HTMLTextAreaElement))
        event.preventDefault();
    },
    { signal },
  );
  signal.addEventListener('abort', () => element.remove(), { once: true });

  return {
    element,
    place(rects) {
      if (!rects || rects.length === 0) {
        element.style.display = 'none';
        return;
      }
      element.style.display = 'block';
      const last = rects[rects.length - 1];
      const own = element.getBoundingClientRect();
      const width = own.width || 340;
      const left = Math.max(8, Math.min(last.left, win.innerWidth - width - 8));
      const below = last.bottom + GAP;
      const top =
        below + own.height > win.innerHeight && rects[0].top - GAP - own.height > 0
          ? rects[0].top - GAP - own.height
          : below;
      element.style.left = `${Math.round(left)}px`;
      element.style.top = `${Math.round(top)}px`;
    },
  };
}
