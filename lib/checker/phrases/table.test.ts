import { describe, expect, it } from 'vitest';
import { compilePhrases, PhraseSource } from './table';

describe('phrase tables', () => {
  const match = compilePhrases([{ phrases: ['(u|je) [zelf] (weet|wist)', "foto's delen"] }]);
  it('reads alternatives and optional words', () => {
    expect(match('Zoals u weet en je zelf wist').map((h) => [h.start, h.end])).toEqual([
      [6, 12],
      [16, 28],
    ]);
  });
  it('treats both apostrophes alike', () => expect(match('foto’s delen')).toHaveLength(1));
  it('rejects regex syntax in data', () => {
    expect(PhraseSource.safeParse('a.*b').success).toBe(false);
    expect(PhraseSource.safeParse('(a|b) [c]').success).toBe(true);
  });
  it('stays linear on long adversarial input', () => {
    const text = 'u '.repeat(100_000) + 'zelf '.repeat(50_000);
    const t = performance.now();
    match(text);
    expect(performance.now() - t).toBeLessThan(5_000);
  });
});
