import { lineRects } from './line-rects';
/** Style properties that decide where a textarea's text wraps and sits. */
const COPIED = [
  'boxSizing',
  'borderTopWidth',
  'borderRightWidth',
  'borderBottomWidth',
  'borderLeftWidth',
  'borderTopStyle',
  'borderRightStyle',
  'borderBottomStyle',
  'borderLeftStyle',
  'paddingTop',
  'paddingRight',
  'paddingBottom',
  'paddingLeft',
  'fontFamily',
  'fontSize',
  'fontStyle',
  'fontVariant',
  'fontWeight',
  'fontStretch',
  'fontFeatureSettings',
  'fontKerning',
  'letterSpacing',
  'wordSpacing',
  'lineHeight',
  'textTransform',
  'textIndent',
  'textAlign',
  'tabSize',
  'direction',
  'wordBreak',
  'overflowWrap',
  'whiteSpace',
] as const;

/**
 * Client rectangles of [start, end) of a textarea's value. A textarea has no DOM ranges inside,
 * so a hidden copy with the same box and font is laid over it (in our own shadow root, never in
 * the page's editor) and measured there, scrolled as the textarea is.
 */
export function textareaRects(
  area: HTMLTextAreaElement,
  mirrorParent: Node,
  start: number,
  end: number,
): DOMRect[] {
  const doc = area.ownerDocument;
  const win = doc.defaultView!;
  const style = win.getComputedStyle(area);
  const mirror = doc.createElement('div');
  const s = mirror.style;
  for (const key of COPIED) s[key] = style[key];
  s.position = 'fixed';
  s.visibility = 'hidden';
  s.pointerEvents = 'none';
  s.overflow = 'hidden';
  s.borderColor = 'transparent';
  s.margin = '0';
  s.whiteSpace = 'pre-wrap';
  if (style.overflowWrap === 'normal' && style.wordBreak === 'normal') s.overflowWrap = 'break-word';
  const box = area.getBoundingClientRect();
  s.left = `${box.left}px`;
  s.top = `${box.top}px`;
  // The content box of the textarea, without its scrollbar: that is where its lines wrap.
  const pad = (k: 'paddingLeft' | 'paddingRight' | 'paddingTop' | 'paddingBottom') =>
    parseFloat(style[k]) || 0;
  const border = (k: 'borderLeftWidth' | 'borderRightWidth' | 'borderTopWidth' | 'borderBottomWidth') =>
    parseFloat(style[k]) || 0;
  s.boxSizing = 'content-box';
  s.width = `${Math.max(0, area.clientWidth - pad('paddingLeft') - pad('paddingRight'))}px`;
  s.height = `${Math.max(0, area.clientHeight - pad('paddingTop') - pad('paddingBottom'))}px`;
  s.borderRightWidth = `${box.width - area.clientWidth - border('borderLeftWidth')}px`;
  const value = area.value;
  // A trailing newline needs something after it to get its own line, as in the textarea.
  const text = doc.createTextNode(value.endsWith('\n') ? `${value} ` : value);
  mirror.append(text);
  mirrorParent.appendChild(mirror);
  try {
    mirror.scrollTop = area.scrollTop;
    mirror.scrollLeft = area.scrollLeft;
    const range = doc.createRange();
    range.setStart(text, Math.min(start, value.length));
    range.setEnd(text, Math.min(end, value.length));
    return lineRects(range);
  } finally {
    mirror.remove();
  }
}
