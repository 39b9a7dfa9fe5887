import { overlayElement } from '../overlay';
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
  /**
   * Put the card under these rectangles of the text (viewport), or above where there is no room
   * below; hide it with null. `box`: the composer, whose text the card should not cover.
   */
  place(rects: DOMRect[] | null, box?: DOMRect): void;
};

const GAP = 6;
/** A composer whose top is this close above the words is kept clear when the card goes above. */
const NEAR_PX = 120;

/**
 * The card's own element on <html>, fixed under the underlined words (above them where there
 * is no room below). Like the sidebar host: presses on it never take focus from the editor,
 * and keys typed in it never reach the page's shortcuts.
 */
export function createCardHost(doc: Document, signal: AbortSignal): CardHost {
  const win = doc.defaultView!;
  const element = overlayElement(
    doc,
    'card',
    { zIndex: '2147483647', display: 'none', width: 'min(340px, calc(100vw - 16px))' },
    signal,
    true,
  );

  return {
    element,
    place(rects, box) {
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
      // Above the words it would cover the lines before them: above the whole composer when that
      // is near (a comment box of a few lines), right above the words in a long text.
      const aboveBox = box && rects[0].top - box.top < NEAR_PX ? box.top - GAP - own.height : -1;
      const aboveWords = rects[0].top - GAP - own.height;
      const top =
        below + own.height <= win.innerHeight
          ? below
          : aboveBox > 0
            ? aboveBox
            : aboveWords > 0
              ? aboveWords
              : below;
      element.style.left = `${Math.round(left)}px`;
      element.style.top = `${Math.round(top)}px`;
    },
  };
}
