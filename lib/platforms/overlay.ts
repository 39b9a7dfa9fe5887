/**
 * One of our own elements on <html> (never inside the editor, so nothing can leak into the
 * post), fixed at the viewport's top left with these styles, and gone when `signal` aborts.
 * An `interactive` one never takes focus from the composer on a mouse press (except in its
 * own text fields), and keys typed in it never reach the page's shortcuts.
 */
export function overlayElement(
  doc: Document,
  name: 'sidebar' | 'card' | 'underlines',
  style: Partial<CSSStyleDeclaration>,
  signal: AbortSignal,
  interactive: boolean,
): HTMLElement {
  const win = doc.defaultView!;
  const element = doc.createElement(`zorgvuldig-${name}`);
  element.setAttribute('data-zorgvuldig', name);
  Object.assign(element.style, { position: 'fixed', top: '0px', left: '0px', ...style });
  doc.documentElement.append(element);
  if (interactive) {
    element.addEventListener(
      'mousedown',
      (event) => {
        const target = event.composedPath()[0];
        if (!(target instanceof win.HTMLInputElement || target instanceof win.HTMLTextAreaElement))
          event.preventDefault();
      },
      { signal },
    );
    for (const type of ['keydown', 'keyup', 'keypress'])
      element.addEventListener(type, (e) => e.stopPropagation(), { signal });
  }
  signal.addEventListener('abort', () => element.remove(), { once: true });
  return element;
}
