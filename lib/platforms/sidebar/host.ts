/** Width the sidebar takes beside the composer (the badge is smaller). */
const WIDTH = 340;
const GAP = 12;
const MARGIN = 8;

export type SidebarHost = {
  element: HTMLElement;
  /** Sit beside this part of the page (the composer's dialog or box); null hides the sidebar. */
  follow(anchor: Element | null): void;
};

/**
 * The sidebar's own element, attached to <html> (never inside the editor, so nothing can
 * leak into the post), fixed-positioned beside the composer's box, so it does not cover the
 * platform's buttons, and kept there on scroll and resize, at most once a frame. Mouse presses
 * on it never take focus from the composer; keys typed in it never reach the page's shortcuts.
 */
export function createSidebarHost(doc: Document, signal: AbortSignal): SidebarHost {
  const win = doc.defaultView!;
  const element = doc.createElement('zorgvuldig-sidebar');
  element.setAttribute('data-zorgvuldig', 'sidebar');
  Object.assign(element.style, {
    position: 'fixed',
    zIndex: '2147483646',
    top: '0px',
    left: '0px',
    width: `${WIDTH}px`,
    maxHeight: `calc(100vh - ${2 * MARGIN}px)`,
    display: 'none',
    contain: 'layout style',
  });
  doc.documentElement.append(element);

  let anchor: Element | null = null;
  let frame = 0;
  const place = () => {
    frame = 0;
    if (!anchor || !anchor.isConnected) {
      element.style.display = 'none';
      return;
    }
    element.style.display = 'block';
    const box = anchor.getBoundingClientRect();
    const own = element.getBoundingClientRect();
    const width = Math.min(WIDTH, win.innerWidth - 2 * MARGIN);
    let left: number;
    if (win.innerWidth - box.right >= width + GAP + MARGIN) left = box.right + GAP;
    else if (box.left >= width + GAP + MARGIN) left = box.left - width - GAP;
    else left = win.innerWidth - width - MARGIN;
    const top = Math.max(MARGIN, Math.min(box.top, win.innerHeight - own.height - MARGIN));
    element.style.left = `${Math.round(left)}px`;
    element.style.top = `${Math.round(top)}px`;
    element.style.width = `${width}px`;
  };
  const schedule = () => {
    if (frame === 0) frame = win.requestAnimationFrame(place);
  };

  // Absent only in test DOMs; scroll and resize events still move the sidebar there.
  const resizes = win.ResizeObserver ? new win.ResizeObserver(schedule) : null;
  resizes?.observe(element);
  const listen = { capture: true, passive: true, signal };
  win.addEventListener('scroll', schedule, listen);
  win.addEventListener('resize', schedule, listen);
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
  signal.addEventListener(
    'abort',
    () => {
      resizes?.disconnect();
      if (frame) win.cancelAnimationFrame(frame);
      element.remove();
    },
    { once: true },
  );

  return {
    element,
    follow(next) {
      if (next === anchor) return schedule();
      if (anchor) resizes?.unobserve(anchor);
      anchor = next;
      if (anchor) resizes?.observe(anchor);
      schedule();
    },
  };
}
