import { describe, expect, it } from 'vitest';
import { lineAt, whereIn } from './where';

describe('whereIn', () => {
  it.each([
    [0.05, 0.05, 'linksboven', 'top left'],
    [0.45, 0.05, 'boven', 'top'],
    [0.8, 0.9, 'rechtsonder', 'bottom right'],
    [0.45, 0.45, 'in het midden', 'in the middle'],
    [0.05, 0.45, 'links', 'left'],
  ])('a line at %f,%f is %s', (x, y, nl, en) => {
    expect(whereIn({ x, y, w: 0.1, h: 0.05 })).toEqual({ nl, en });
  });
});

describe('lineAt', () => {
  const lines = ['Kamer 12', 'mw. De Vries'].map((text) => ({ text, x: 0, y: 0, w: 0, h: 0 }));
  it('finds the line holding an offset of the joined text', () => {
    expect(lineAt(lines, 0)?.text).toBe('Kamer 12');
    expect(lineAt(lines, 9)?.text).toBe('mw. De Vries');
    expect(lineAt(lines, 99)).toBeUndefined();
  });
});
