/** The line boxes of a range that show some text; none in a DOM without layout (jsdom in unit tests). */
export function lineRects(range: Range): DOMRect[] {
  if (typeof range.getClientRects !== 'function') return [];
  return [...range.getClientRects()].filter((r) => r.width > 0);
}
