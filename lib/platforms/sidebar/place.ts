export type Rect = { left: number; top: number; right: number; bottom: number };
export type Placement = { left: number; top: number; width: number; maxHeight: number };

/** The sidebar panel's own width (components/sidebar/styles.ts). */
export const PANEL_WIDTH = 320;
const GAP = 12;
const MARGIN = 8;
/** Below this height a panel above or below the composer is too cramped to read. */
const MIN_HEIGHT = 240;

/**
 * Where the open sidebar goes so it covers nothing of the composer's box (and so none of
 * the platform's buttons in it): beside it, else below or above
 * it; null when the viewport has no such room (the caller shows the small badge instead).
 */
export function placePanel(view: { width: number; height: number }, box: Rect): Placement | null {
  const fullHeight = view.height - 2 * MARGIN;
  const top = Math.max(MARGIN, Math.min(box.top, view.height - MARGIN - Math.min(fullHeight, 640)));
  const rightRoom = view.width - box.right - GAP - MARGIN;
  const leftRoom = box.left - GAP - MARGIN;
  const width = PANEL_WIDTH;
  if (rightRoom >= width) return { left: box.right + GAP, top, width, maxHeight: fullHeight };
  if (leftRoom >= width) return { left: box.left - GAP - width, top, width, maxHeight: fullHeight };
  const left = Math.max(MARGIN, Math.min(box.right - width, view.width - MARGIN - width));
  const below = view.height - box.bottom - GAP - MARGIN;
  if (below >= MIN_HEIGHT) return { left, top: box.bottom + GAP, width, maxHeight: below };
  const above = box.top - GAP - MARGIN;
  if (above >= MIN_HEIGHT) return { left, top: MARGIN, width, maxHeight: above };
  return null;
}

/** The collapsed badge (or an open panel the user asked for where nothing fits): beside the box if it can, else at the right edge. */
export function placeSmall(
  view: { width: number; height: number },
  box: Rect,
  own: { width: number; height: number },
): Placement {
  const top = Math.max(MARGIN, Math.min(box.top, view.height - own.height - MARGIN));
  const maxHeight = view.height - 2 * MARGIN;
  if (view.width - box.right - GAP - MARGIN >= own.width)
    return { left: box.right + GAP, top, width: own.width, maxHeight };
  if (box.left - GAP - MARGIN >= own.width)
    return { left: box.left - GAP - own.width, top, width: own.width, maxHeight };
  return { left: view.width - own.width - MARGIN, top, width: own.width, maxHeight };
}
