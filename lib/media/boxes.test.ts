import { describe, expect, it } from 'vitest';
import { mergeBoxes, tilesFor, type Box } from './boxes';

describe('tilesFor', () => {
  it('a small picture is looked at whole', () => {
    expect(tilesFor(600, 400)).toEqual([{ x: 0, y: 0, w: 600, h: 400 }]);
  });
  it('a large one whole and in overlapping square tiles that cover it', () => {
    const tiles = tilesFor(2000, 1500);
    expect(tiles[0]).toEqual({ x: 0, y: 0, w: 2000, h: 1500 });
    const squares = tiles.slice(1);
    expect(squares.every((t) => t.w === 900 && t.h === 900)).toBe(true);
    expect(squares.map((t) => [t.x, t.y])).toEqual([
      [0, 0],
      [550, 0],
      [1100, 0],
      [0, 600],
      [550, 600],
      [1100, 600],
    ]);
    for (const t of tiles) expect(t.x + t.w <= 2000 && t.y + t.h <= 1500).toBe(true);
  });
  it('a wide strip (a row of portraits) in squares of its full height, even when small', () => {
    const tiles = tilesFor(600, 130).slice(1);
    expect(tiles.every((t) => t.w === 130 && t.h === 130 && t.y === 0)).toBe(true);
    expect(tiles[0].x).toBe(0);
    expect(tiles.at(-1)!.x + 130).toBe(600);
    for (let i = 1; i < tiles.length; i++) expect(tiles[i].x - tiles[i - 1].x).toBeLessThanOrEqual(104);
  });
});

describe('mergeBoxes', () => {
  const face = (x: number, y: number, w = 100, score = 0.9): Box => ({ x, y, w, h: w, score });
  it('the same face seen whole and in a tile (or cut by a tile edge) counts once', () => {
    expect(mergeBoxes([face(100, 100), face(105, 98, 96, 0.8), face(100, 100, 55, 0.7)])).toHaveLength(1);
  });
  it('faces side by side count each', () => {
    expect(mergeBoxes([face(0, 0), face(110, 0), face(220, 0), face(0, 300, 30)])).toHaveLength(4);
  });
  it('keeps the surest box', () => {
    expect(mergeBoxes([face(0, 0, 100, 0.6), face(2, 2, 100, 0.95)])[0].score).toBe(0.95);
  });
});
