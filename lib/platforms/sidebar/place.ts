export type Rect = { left: number; top: number; right: number; bottom: number };
export type Placement = { left: number; top: number; width: number; maxHeight: number };

/** The sidebar panel's own width (components/sidebar/styles.ts reads it from --zv-width). */
export const PANEL_WIDTH = 320;
/** The narrowest panel that still reads well; beside the box it beats a cramped one below. */
export const PANEL_MIN_WIDTH = 260;
const GAP = 12;
const MARGIN = 8;
/** Below this height a panel above or below the composer is too cramped to read. */
const MIN_HEIGHT = 240;

/**
 * Where the open sidebar goes so it covers nothing of the composer's box (and so none of
 * the platform's buttons in it): beside it (narrower if it must, down to PANEL_MIN_WIDTH),
 * else below or above it; null when the viewport has no such room (the caller shows the
 * small badge instead).
 */
export function placePanel(view: { width: number; height: number }, box: Rect): Placement | null {
  const fullHeight = view.height - 2 * MARGIN;
  const top = Math.max(MARGIN, Math.min(box.top, view.height - MARGIN - Math.min(fullHeight, 640)));
  const rightRoom = Math.floor(view.width - box.right - GAP - MARGIN);
  const leftRoom = Math.floor(box.left - GAP - MARGIN);
  const maxHeight = view.height - MARGIN - top;
  const right = (width: number) => ({ left: box.right + GAP, top, width, maxHeight });
  const left = (width: number) => ({ left: box.left - GAP - width, top, width, maxHeight });
  if (rightRoom >= PANEL_WIDTH) return right(PANEL_WIDTH);
  if (leftRoom >= PANEL_WIDTH) return left(PANEL_WIDTH);
  if (Math.max(rightRoom, leftRoom) >= PANEL_MIN_WIDTH)
    return rightRoom >= leftRoom ? right(rightRoom) : left(leftRoom);
  const width = PANEL_WIDTH;
  const x = Math.max(MARGIN, Math.min(box.right - width, view.width - MARGIN - width));
  const below = view.height - box.bottom - GAP - MARGIN;
  if (below >= MIN_HEIGHT) return { left: x, top: box.bottom + GAP, width, maxHeight: below };
  const above = box.top - GAP - MARGIN;
  if (above >= MIN_HEIGHT) return { left: x, top: MARGIN, width, maxHeight: above };
  return null;
}

/**
 * The collapsed badge, or the panel the user opened where nothing fits: beside the box if
 * it can. Else it has to cover part of the box, so it goes to the viewport edge farther
 * from the text being written (`text`, the editor's own box) and starts no higher than
 * that text, leaving the box's header with its buttons (Instagram's "Delen") and the text
 * itself free where the box allows. Where the text is as wide as the view, just above or below
 * the box instead, if it fits there.
 */
export function placeSmall(
  view: { width: number; height: number },
  box: Rect,
  own: { width: number; height: number },
  text: Rect = box,
): Placement {
  const top = (wanted: number) =>
    Math.max(MARGIN, Math.min(wanted, view.height - MARGIN - Math.min(own.height, MIN_HEIGHT)));
  const at = (left: number, y: number): Placement => ({
    left,
    top: y,
    width: own.width,
    maxHeight: view.height - MARGIN - y,
  });
  if (view.width - box.right - GAP - MARGIN >= own.width) return at(box.right + GAP, top(box.top));
  if (box.left - GAP - MARGIN >= own.width) return at(box.left - GAP - own.width, top(box.top));
  const textOnTheRight = (text.left + text.right) / 2 > view.width / 2;
  const y = top(Math.max(box.top, text.top));
  const edge = at(textOnTheRight ? MARGIN : view.width - own.width - MARGIN, y);
  // A text as wide as the view (TikTok's caption in its upload iframe): either edge would cover
  // its first or last words. Just above or below the whole box then, where it fits.
  const coversText =
    edge.left < text.right &&
    edge.left + own.width > text.left &&
    y < text.bottom &&
    y + own.height > text.top;
  if (!coversText) return edge;
  const x = Math.max(MARGIN, Math.min(box.right - own.width, view.width - MARGIN - own.width));
  if (box.top - GAP - own.height >= MARGIN) return at(x, box.top - GAP - own.height);
  if (view.height - box.bottom - GAP - MARGIN >= own.height) return at(x, box.bottom + GAP);
  return edge;
}
