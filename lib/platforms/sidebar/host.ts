import { overlayElement } from '../overlay';
import { PANEL_WIDTH, placePanel, placeSmall, type Placement } from './place';

export type SidebarHost = {
  element: HTMLElement;
  /**
   * Sit beside this part of the page (the composer's dialog or box); null hides the sidebar.
   * `text` is the editor itself: where the panel has to cover part of the box, it keeps off it.
   */
  follow(anchor: Element | null, text?: Element | null): void;
  /** Whether the panel is open (it is placed as a panel) or the badge shows. */
  setCollapsed(collapsed: boolean): void;
};

/**
 * The sidebar's own element, attached to <html> (never inside the editor, so nothing can
 * leak into the post), fixed-positioned beside the composer's box so it covers none of the
 * platform's buttons, and kept there on scroll and resize, at most once a frame. When the
 * viewport has no room beside, below or above the box, `onRoom(false)` asks for the badge.
 * Mouse presses on it never take focus from the composer; keys typed in it never reach
 * the page's shortcuts.
 */
export function createSidebarHost(
  doc: Document,
  signal: AbortSignal,
  onRoom: (room: boolean) => void,
): SidebarHost {
  const win = doc.defaultView!;
  const element = overlayElement(
    doc,
    'sidebar',
    { zIndex: '2147483646', display: 'none', contain: 'layout style' },
    signal,
    true,
  );

  let anchor: Element | null = null;
  let text: Element | null = null;
  let collapsed = false;
  let room: boolean | null = null;
  let frame = 0;
  const apply = (p: Placement, sized: boolean) => {
    element.style.left = `${Math.round(p.left)}px`;
    element.style.top = `${Math.round(p.top)}px`;
    element.style.width = sized ? `${p.width}px` : '';
    // The panel reads its width and height limit from these inherited custom properties.
    if (sized) element.style.setProperty('--zv-width', `${Math.round(p.width)}px`);
    else element.style.removeProperty('--zv-width');
    element.style.setProperty('--zv-max-height', `${Math.round(p.maxHeight)}px`);
  };
  const place = () => {
    frame = 0;
    if (!anchor || !anchor.isConnected) {
      element.style.display = 'none';
      return;
    }
    element.style.display = 'block';
    const box = anchor.getBoundingClientRect();
    const view = { width: win.innerWidth, height: win.innerHeight };
    const panel = placePanel(view, box);
    if ((panel !== null) !== room) {
      room = panel !== null;
      onRoom(room);
    }
    if (panel && !collapsed) return apply(panel, true);
    const own = element.getBoundingClientRect();
    const size = collapsed ? own : { width: Math.min(PANEL_WIDTH, view.width - 16), height: own.height };
    const textBox = text?.isConnected ? text.getBoundingClientRect() : box;
    apply(placeSmall(view, box, size, textBox), !collapsed);
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
  signal.addEventListener(
    'abort',
    () => {
      resizes?.disconnect();
      if (frame) win.cancelAnimationFrame(frame);
    },
    { once: true },
  );

  return {
    element,
    follow(next, nextText = null) {
      text = nextText;
      if (next !== anchor) {
        if (anchor) resizes?.unobserve(anchor);
        anchor = next;
        room = null;
        if (anchor) resizes?.observe(anchor);
      }
      schedule();
    },
    setCollapsed(next) {
      collapsed = next;
      schedule();
    },
  };
}
