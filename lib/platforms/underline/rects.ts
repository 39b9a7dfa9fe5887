import type { Composer } from '../types';
import { lineRects } from './line-rects';
import { textareaRects } from './textarea-rects';

/** Where [start, end) of the composer's last read text is on screen, one rectangle per line box. */
export function textRects(composer: Composer, start: number, end: number, mirrorParent: Node): DOMRect[] {
  if (composer.editor === 'textarea')
    return textareaRects(composer.element as HTMLTextAreaElement, mirrorParent, start, end);
  const range = composer.rangeFor(start, end);
  if (!range) return [];
  return lineRects(range);
}

/** The part of `rect` inside `clip`, or null when nothing of it is visible. */
export function clipRect(rect: DOMRect, clip: DOMRect): DOMRect | null {
  const left = Math.max(rect.left, clip.left);
  const right = Math.min(rect.right, clip.right);
  const top = Math.max(rect.top, clip.top);
  const bottom = Math.min(rect.bottom, clip.bottom);
  if (right <= left || bottom <= top) return null;
  return new DOMRect(left, top, right - left, bottom - top);
}
