import type { Finding, Severity } from '../../checker/types';
import { boxCss, HIGHLIGHT, highlightCss } from './style';

/** One underlined finding: where it is now (viewport rectangles) and, for highlights, its range. */
export type Mark = { finding: Finding; rects: DOMRect[]; range: Range | null };

export interface Painter {
  paint(marks: Mark[]): void;
  clear(): void;
}

type HighlightGlobals = {
  CSS?: { highlights?: Map<string, unknown> };
  Highlight?: new (...ranges: Range[]) => unknown;
};

/** The CSS Custom Highlight API of this window, where the browser has it. */
export function highlightApi(win: Window): Required<HighlightGlobals> | null {
  const g = win as unknown as HighlightGlobals;
  return g.CSS?.highlights && typeof g.Highlight === 'function' ? (g as Required<HighlightGlobals>) : null;
}

/**
 * Underlines through the page's highlight registry: the browser draws them in the text itself,
 * so they follow wrapping and scrolling, and nothing is added to the editor's DOM. One style
 * element in the page's <head> says how our highlight names look.
 */
export function highlightPainter(doc: Document, signal: AbortSignal): Painter | null {
  const api = highlightApi(doc.defaultView!);
  if (!api) return null;
  const registry = api.CSS.highlights!;
  let style: HTMLStyleElement | null = null;
  const clear = () => Object.values(HIGHLIGHT).forEach((name) => registry.delete(name));
  signal.addEventListener(
    'abort',
    () => {
      clear();
      style?.remove();
    },
    { once: true },
  );
  return {
    paint(marks) {
      if (!style?.isConnected) {
        style = doc.createElement('style');
        style.setAttribute('data-zorgvuldig', 'underlines');
        style.textContent = highlightCss;
        (doc.head ?? doc.documentElement).append(style);
      }
      for (const severity of Object.keys(HIGHLIGHT) as Severity[]) {
        const ranges = marks.filter((m) => m.finding.severity === severity && m.range).map((m) => m.range!);
        if (ranges.length === 0) registry.delete(HIGHLIGHT[severity]);
        else registry.set(HIGHLIGHT[severity], new api.Highlight(...ranges));
      }
    },
    clear,
  };
}

/** Underlines as boxes in our own shadow root, over the text: for textareas and browsers without highlights. */
export function boxPainter(layer: ShadowRoot): Painter {
  const doc = layer.ownerDocument ?? document;
  const style = doc.createElement('style');
  style.textContent = boxCss;
  const boxes = doc.createElement('div');
  layer.append(style, boxes);
  return {
    paint(marks) {
      const next: HTMLElement[] = [];
      for (const { finding, rects } of marks) {
        for (const r of rects) {
          const box = doc.createElement('div');
          box.className = `box box-${finding.severity}`;
          box.dataset.rule = finding.ruleId;
          box.dataset.start = String(finding.start);
          Object.assign(box.style, {
            left: `${r.left}px`,
            top: `${r.top}px`,
            width: `${r.width}px`,
            height: `${r.height}px`,
          });
          next.push(box);
        }
      }
      boxes.replaceChildren(...next);
    },
    clear() {
      boxes.replaceChildren();
    },
  };
}
