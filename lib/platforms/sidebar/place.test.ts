import { describe, expect, it } from 'vitest';
import { placePanel, placeSmall, type Rect } from './place';

const view = { width: 1280, height: 900 };
const box = (left: number, top: number, right: number, bottom: number): Rect => ({
  left,
  top,
  right,
  bottom,
});
const overlaps = (a: Rect, p: { left: number; top: number; width: number; maxHeight: number }) =>
  p.left < a.right && p.left + p.width > a.left && p.top < a.bottom && p.top + p.maxHeight > a.top;

describe('placePanel', () => {
  it.each([
    ['room on the right', box(300, 200, 800, 600), 'right 812 320'],
    ['room on the right of a low box', box(300, 420, 800, 880), 'right 812 320'],
    ['room only on the left', box(500, 200, 1200, 600), 'left 168 320'],
    ['just enough room on the right', box(268, 48, 940, 507), 'right 952 320'],
    ['narrower on the left, the wider side', box(290, 200, 1000, 600), 'left 8 270'],
    ['narrower on the right, the wider side', box(200, 200, 995, 600), 'right 1007 265'],
    ['no room beside, room below', box(100, 50, 1200, 400), 'below 412'],
    ['no room beside, room above', box(100, 500, 1200, 880), 'above 8'],
  ])('%s', (_name, anchor, expected) => {
    const p = placePanel(view, anchor)!;
    expect(p).not.toBeNull();
    expect(overlaps(anchor, p)).toBe(false);
    // It ends inside the viewport, however low the box starts.
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(view.height - 8);
    const where =
      p.left >= anchor.right
        ? `right ${p.left} ${p.width}`
        : p.left + p.width <= anchor.left
          ? `left ${p.left} ${p.width}`
          : p.top >= anchor.bottom
            ? `below ${p.top}`
            : `above ${p.top}`;
    expect(where).toBe(expected);
  });

  it('gives up (badge) when the composer fills the screen', () => {
    expect(placePanel(view, box(210, 218, 1070, 682))).toBeNull();
    expect(placePanel(view, box(268, 48, 1000, 507))).not.toBeNull();
    expect(placePanel({ width: 1280, height: 560 }, box(200, 48, 1080, 507))).toBeNull();
  });
});

describe('placeSmall', () => {
  it('puts the badge beside the box, or at the right edge', () => {
    expect(placeSmall(view, box(210, 218, 1070, 682), { width: 56, height: 56 }).left).toBe(1082);
    expect(placeSmall(view, box(0, 218, 1280, 682), { width: 56, height: 56 }).left).toBe(1216);
  });

  it('an opened panel with no room keeps off the text and the header: Instagram caption on the right', () => {
    const wide = { width: 1440, height: 900 };
    const dialog = box(150, 218, 1290, 682);
    const caption = box(830, 270, 1280, 460);
    const p = placeSmall(wide, dialog, { width: 320, height: 500 }, caption);
    expect(p).toEqual({ left: 8, top: 270, width: 320, maxHeight: 622 });
    expect(overlaps(caption, p)).toBe(false);
  });

  it('a text as wide as the view: the badge goes just above the box (or below it), not over the words', () => {
    // TikTok's upload form in its iframe: the caption box fills the iframe's width.
    const frame = { width: 1172, height: 790 };
    const form = box(13, 350, 1159, 470);
    const caption = box(38, 382, 1135, 462);
    const badge = { width: 91, height: 36 };
    const above = placeSmall(frame, form, badge, caption);
    expect(above).toMatchObject({ left: 1159 - 91, top: 350 - 12 - 36 });
    expect(overlaps(caption, { ...above, maxHeight: badge.height })).toBe(false);
    // No room above: below the box.
    const below = placeSmall(frame, box(13, 20, 1159, 140), badge, box(38, 30, 1135, 130));
    expect(below).toMatchObject({ left: 1159 - 91, top: 140 + 12 });
    // Room nowhere: the edge, as before.
    const full = placeSmall(frame, box(0, 20, 1172, 780), badge, box(38, 30, 1135, 770));
    expect(full.left).toBe(8);
  });

  it('goes to the right edge when the text is on the left; never starts too low to read', () => {
    const p = placeSmall(view, box(0, 700, 1280, 890), { width: 320, height: 600 }, box(20, 760, 900, 880));
    expect(p.left).toBe(1280 - 320 - 8);
    expect(p.top).toBe(900 - 8 - 240);
    expect(p.maxHeight).toBe(240);
  });
});
