import { overlayElement } from '../overlay';
import type { Category, Finding } from '../../checker/types';
import { locate } from '../apply/apply-fix';
import type { Composer } from '../types';
import { boxPainter, highlightPainter, type Mark, type Painter } from './paint';
import { lineRects } from './line-rects';
import { clipRect, textRects } from './rects';

/** How long typing may go on before the underlines are moved to the new text (ms). */
const AFTER_TYPING_MS = 120;

export type Underlines = {
  /** Underline these findings in this composer (null: none anywhere). */
  show(composer: Composer | null, findings: readonly Finding[]): void;
  /** Categories the user or organisation switched underlines off for. */
  setHidden(categories: ReadonlySet<Category>): void;
  /** The underlined finding under this viewport point, if any. */
  at(x: number, y: number): Mark | null;
  /** The underlined findings in text order, at their current offsets. */
  marks(): Mark[];
  /** Scroll the composer so the mark's words are in view (a keyboard user went to it). */
  reveal(mark: Mark): void;
  /** Measure and paint now (not at the next frame): before a card opens, the text may have just changed. */
  refresh(): void;
  /** Where a mark is now on screen (viewport rectangles). */
  rectsOf(mark: Mark): DOMRect[];
  /** Our own element (a shadow root host on <html>), for tests and support. */
  element: HTMLElement;
};

/**
 * Underlines for the focused composer's findings. Where the browser has the CSS Custom
 * Highlight API and the editor sits in the document, the browser draws them in the text;
 * elsewhere (textareas, shadow roots, older browsers) boxes in our own shadow root lie over
 * the text and are moved on typing, scrolling and resizing, at most once a frame. Nothing is
 * ever added to the editor's DOM, and its text, selection and undo history are never touched.
 */
export function createUnderlines(doc: Document, signal: AbortSignal): Underlines {
  const win = doc.defaultView!;
  const element = overlayElement(
    doc,
    'underlines',
    { width: '0px', height: '0px', overflow: 'visible', pointerEvents: 'none', zIndex: '2147483645' },
    signal,
    false,
  );
  const layer = element.attachShadow({ mode: 'open' });
  const boxes = boxPainter(layer);
  const highlights = highlightPainter(doc, signal);

  let composer: Composer | null = null;
  let findings: readonly Finding[] = [];
  let hidden: ReadonlySet<Category> = new Set();
  let current: Mark[] = [];
  let painter: Painter | null = null;
  let frame = 0;
  let typingTimer = 0;
  let life: AbortController | null = null;

  const painterFor = (c: Composer): Painter =>
    highlights && c.editor !== 'textarea' && c.element.getRootNode() === doc ? highlights : boxes;

  const paint = () => {
    frame = 0;
    if (!composer || !composer.element.isConnected) {
      painter?.clear();
      current = [];
      element.dataset.count = '0';
      return;
    }
    const text = composer.read();
    const clip = composer.element.getBoundingClientRect();
    const marks: Mark[] = [];
    for (const f of findings) {
      if (f.end <= f.start || hidden.has(f.category)) continue;
      const at = locate(text, { start: f.start, end: f.end, expected: f.text, replacement: '' });
      if (at === null) continue;
      const finding = at === f.start ? f : { ...f, start: at, end: at + f.text.length };
      const range = composer.editor === 'textarea' ? null : composer.rangeFor(finding.start, finding.end);
      const rects = textRects(composer, finding.start, finding.end, layer)
        .map((r) => clipRect(r, clip))
        .filter((r): r is DOMRect => r !== null);
      marks.push({ finding, rects, range });
    }
    current = marks.sort((a, b) => a.finding.start - b.finding.start);
    const next = painterFor(composer);
    if (painter && painter !== next) painter.clear();
    painter = next;
    painter.paint(current);
    element.dataset.count = String(current.length);
    element.dataset.mode = painter === boxes ? 'boxes' : 'highlights';
  };
  const schedule = () => {
    if (frame === 0) frame = win.requestAnimationFrame(paint);
  };
  const afterTyping = () => {
    win.clearTimeout(typingTimer);
    typingTimer = win.setTimeout(schedule, AFTER_TYPING_MS);
  };

  const listen = { capture: true, passive: true, signal };
  win.addEventListener('scroll', schedule, listen);
  win.addEventListener('resize', schedule, listen);
  const resizes = win.ResizeObserver ? new win.ResizeObserver(schedule) : null;
  signal.addEventListener(
    'abort',
    () => {
      resizes?.disconnect();
      life?.abort();
      win.cancelAnimationFrame(frame);
      win.clearTimeout(typingTimer);
    },
    { once: true },
  );

  const follow = (next: Composer | null) => {
    if (next === composer) return;
    life?.abort();
    if (composer) resizes?.unobserve(composer.element);
    composer = next;
    if (!next) return;
    life = new win.AbortController();
    resizes?.observe(next.element);
    // A textarea scrolls inside itself without a scroll event reaching the window's capture in every browser.
    next.element.addEventListener('scroll', schedule, { passive: true, signal: life.signal });
    next.element.addEventListener('input', afterTyping, { passive: true, signal: life.signal });
  };

  return {
    element,
    show(next, list) {
      follow(next);
      findings = next ? list : [];
      schedule();
    },
    setHidden(categories) {
      hidden = categories;
      schedule();
    },
    at(x, y) {
      return current.find((m) => this.rectsOf(m).some((r) => hits(r, x, y))) ?? null;
    },
    marks: () => current,
    reveal(mark) {
      if (!composer || mark.rects.length > 0) return;
      const el = composer.element;
      if (composer.editor === 'textarea') {
        const [first] = textRects(composer, mark.finding.start, mark.finding.end, layer);
        const box = el.getBoundingClientRect();
        if (first && (first.top < box.top || first.bottom > box.bottom))
          el.scrollTop += first.top - box.top - (box.height - first.height) / 2;
      } else mark.range?.startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
      win.cancelAnimationFrame(frame);
      paint();
    },
    refresh() {
      win.cancelAnimationFrame(frame);
      paint();
    },
    rectsOf(mark) {
      if (mark.range) return lineRects(mark.range);
      return mark.rects;
    },
  };
}

/** A point on the text or just under it (where the underline is drawn). */
const hits = (r: DOMRect, x: number, y: number) =>
  x >= r.left && x <= r.right && y >= r.top && y <= r.bottom + 3;
