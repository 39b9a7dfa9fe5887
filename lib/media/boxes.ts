/** A face box in picture pixels, with the detector's confidence. */
export type Box = { x: number; y: number; w: number; h: number; score: number };
export type Tile = { x: number; y: number; w: number; h: number };

/** Tiles are this share of the picture's width and height, so neighbours overlap by a fifth. */
const TILE_SHARE = 0.6;
/** Below this long side, faces are big enough for the whole-picture pass alone. */
const MIN_TILED_SIDE = 640;

/**
 * The whole picture, then a 2x2 grid of overlapping tiles: the detector sees a scaled-down
 * copy (256 px for BlazeFace), so faces in the back of a group photo only show up in a tile.
 */
export function tilesFor(width: number, height: number): Tile[] {
  const whole = { x: 0, y: 0, w: width, h: height };
  if (Math.max(width, height) < MIN_TILED_SIDE) return [whole];
  const w = Math.round(width * TILE_SHARE);
  const h = Math.round(height * TILE_SHARE);
  const tiles = [whole];
  for (const y of [0, height - h]) for (const x of [0, width - w]) tiles.push({ x, y, w, h });
  return tiles;
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
