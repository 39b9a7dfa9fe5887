/** Words as a reader counts them: letters, with inner apostrophes and hyphens (foto's, e-mail). */
const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

export type WordToken = { word: string; start: number; end: number };

export function* words(text: string): Generator<WordToken> {
  const re = new RegExp(WORD.source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield { word: m[0], start: m.index, end: m.index + m[0].length };
  }
}
