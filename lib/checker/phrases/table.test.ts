import { describe, expect, it } from 'vitest';
import { compilePhrases, PhraseSource } from './table';
import { cpuMs } from '../../../tests/cpu-time';

describe('phrase tables', () => {
  const match = compilePhrases([{ phrases: ['(u|je) [zelf] (weet|wist)', "foto's delen"] }]);
  it('reads alternatives and optional words', () => {
    expect(match('Zoals u weet en je zelf wist').map((h) => [h.start, h.end])).toEqual([
      [6, 12],
      [16, 28],
    ]);
  });
  it('reads # as a number in digits or words', () => {
    const stay = compilePhrases([{ phrases: ['# (dagen|weken) in het ziekenhuis'] }]);
    expect(stay('lag 3 weken in het ziekenhuis, daarna een paar dagen in het ziekenhuis').length).toBe(2);
    expect(stay('drie   weken in het ziekenhuis')).toHaveLength(1);
    expect(stay('weken in het ziekenhuis')).toHaveLength(0);
    expect(stay('2024 weken in het ziekenhuis')).toHaveLength(0);
  });
  it('reads ~ as up to six words in between', () => {
    const born = compilePhrases([{ phrases: ['kwam ~ ter wereld'] }]);
    expect(born('kwam vannacht een gezonde jongen ter wereld')).toHaveLength(1);
    expect(born('kwam ter wereld')).toHaveLength(1);
    expect(born('kwam een, twee, drie: alles ter wereld')).toHaveLength(0);
    expect(born('kwam een twee drie vier vijf zes zeven ter wereld')).toHaveLength(0);
  });
  it('starts a phrase with optional words at its first word, not at the space before it', () => {
    const good = compilePhrases([
      { phrases: ['[misschien] goed om te weten', '[(niet|slecht)] [goed] ter been'] },
    ]);
    const spans = (text: string) => good(text).map((h) => text.slice(h.start, h.end));
    expect(spans('Goed om te weten: het kan.')).toEqual(['Goed om te weten']);
    expect(spans('Dat is, misschien goed om te weten, zo.')).toEqual(['misschien goed om te weten']);
    expect(spans('Hij is,  ter been en slecht goed ter been.')).toEqual(['ter been', 'slecht goed ter been']);
    expect(spans('Hij is goedom te weten')).toEqual([]);
  });
  it('treats both apostrophes alike', () => expect(match('foto’s delen')).toHaveLength(1));
  it('rejects regex syntax in data', () => {
    expect(PhraseSource.safeParse('a.*b').success).toBe(false);
    expect(PhraseSource.safeParse('(a|b) [c]').success).toBe(true);
    expect(PhraseSource.safeParse('# weken ~ ziekenhuis').success).toBe(true);
  });
  it('stays linear on long adversarial input', () => {
    const text = 'u '.repeat(100_000) + 'zelf '.repeat(50_000);
    expect(cpuMs(() => match(text))).toBeLessThan(5_000);
  });
});
