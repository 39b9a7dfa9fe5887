import type { Segment } from './read-text';

/** Maps [start, end) of the text read with these segments to a DOM range; null when outside. */
export function rangeFromSegments(
  doc: Document,
  segments: Segment[],
  start: number,
  end: number,
): Range | null {
  if (segments.length === 0 || start > end) return null;
  const from = locate(segments, start, 'start');
  const to = locate(segments, end, 'end');
  if (!from || !to || !from.node.isConnected || !to.node.isConnected) return null;
  const range = doc.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

/**
 * The DOM point of a text offset. At a boundary between segments a start belongs to the
 * next segment and an end to the previous one, so a range never spans a line break it does not cover.
 */
function locate(
  segments: Segment[],
  offset: number,
  side: 'start' | 'end',
): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  let seg = segments[lo];
  if (offset < seg.start) return side === 'start' ? { node: seg.node, offset: seg.nodeStart } : null;
  if (side === 'end' && offset === seg.start && lo > 0) {
    const prev = segments[lo - 1];
    if (prev.start + prev.length === offset) seg = prev;
  }
  if (offset > seg.start + seg.length) {
    const next = segments[lo + 1];
    if (side === 'start' && next) return { node: next.node, offset: next.nodeStart };
    return side === 'end' ? { node: seg.node, offset: seg.nodeStart + seg.length } : null;
  }
  if (side === 'start' && offset === seg.start + seg.length && segments[lo + 1]?.start === offset) {
    const next = segments[lo + 1];
    return { node: next.node, offset: next.nodeStart };
  }
  return { node: seg.node, offset: seg.nodeStart + (offset - seg.start) };
}
