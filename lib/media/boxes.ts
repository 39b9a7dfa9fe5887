/** A face box in picture pixels, with the detector's confidence. */
export type Box = { x: number; y: number; w: number; h: number; score: number };
export type Tile = { x: number; y: number; w: number; h: number };

/** Square tiles, their side this share of the picture's short side; neighbours overlap by at least OVERLAP. */
const TILE_SHARE = 0.6;
const OVERLAP = 0.2;
/** Below this long side, faces are big enough for the whole-picture pass alone. */
const MIN_TILED_SIDE = 640;
/** A strip (a panorama, a row of portraits) this much wider than high is tiled at its full height. */
const STRIP = 2.5;

/**
 * The whole picture, then overlapping square tiles that cover it. The detector squeezes what it
 * is given into a 256-pixel square: faces at the back of a group photo only show up in a
 * tile, and a tile that is not square squeezes faces out of shape (a wide strip of five
 * portraits gave none at all). The caller pads each to a square, so no face is distorted.
 */
export function tilesFor(width: number, height: number): Tile[] {
  const whole = { x: 0, y: 0, w: width, h: height };
  const long = Math.max(width, height);
  const short = Math.min(width, height);
  if (long < MIN_TILED_SIDE && long < short * STRIP) return [whole];
  const side = Math.round(long >= short * STRIP ? short : short * TILE_SHARE);
  const tiles = [whole];
  for (const y of starts(height, side))
    for (const x of starts(width, side)) tiles.push({ x, y, w: side, h: side });
  return tiles;
}

/** Where tiles of `side` start along `length`: evenly spread, overlapping by at least OVERLAP. */
function starts(length: number, side: number): number[] {
  if (side >= length) return [0];
  const count = Math.ceil((length - side) / (side * (1 - OVERLAP))) + 1;
  return Array.from({ length: count }, (_, i) => Math.round(((length - side) * i) / (count - 1)));
}

/**
 * One box per face: the same face found in the whole picture and in a tile (or in two
 * overlapping tiles, or cut in half by a tile's edge) is counted once.
 */
export function mergeBoxes(boxes: Box[]): Box[] {
  const kept: Box[] = [];
  for (const box of [...boxes].sort((a, b) => b.score - a.score)) {
    if (kept.every((k) => !samePlace(k, box))) kept.push(box);
  }
  return kept;
}

function samePlace(a: Box, b: Box): boolean {
  const ix = Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x));
  const iy = Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
  const inter = ix * iy;
  if (inter === 0) return false;
  const smaller = Math.min(a.w * a.h, b.w * b.h);
  const union = a.w * a.h + b.w * b.h - inter;
  return inter / union > 0.3 || inter / smaller > 0.6;
}
