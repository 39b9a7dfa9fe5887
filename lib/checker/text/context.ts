/** The text around [start, end): `before` characters before and `after` after, lower-cased. */
export function around(
  text: string,
  start: number,
  end: number,
  before = 40,
  after = 20,
): { left: string; right: string } {
  return {
    left: text.slice(Math.max(0, start - before), start).toLowerCase(),
    right: text.slice(end, end + after).toLowerCase(),
  };
}

/** Whether one of the words (a regex without flags) stands near the span. */
export function nearWord(
  text: string,
  start: number,
  end: number,
  words: RegExp,
  before = 40,
  after = 20,
): boolean {
  const { left, right } = around(text, start, end, before, after);
  return words.test(left) || words.test(right);
}
