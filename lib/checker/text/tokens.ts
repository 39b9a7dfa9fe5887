import { ABBREVIATED_TITLES } from '../data/care';

/** A word of the text with what the person and detail scanners need to know about it. */
export type Token = {
  word: string;
  lower: string;
  start: number;
  end: number;
  /** Index of its sentence. */
  sentence: number;
  /** Starts with a capital letter. */
  cap: boolean;
  /** The first word of its sentence (a capital there says nothing). */
  first: boolean;
};

/** A sentence: its character span and its tokens as [from, to) indexes into `tokens`. */
export type Sentence = { start: number; end: number; from: number; to: number };

export type Analysis = { text: string; tokens: Token[]; sentences: Sentence[] };

const WORD = /\p{L}[\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;
/** Words after which a dot does not end the sentence. */
const ABBREVIATIONS = new Set([
  ...ABBREVIATED_TITLES,
  'geb',
  'nr',
  'pat',
  'pt',
  'afd',
  'kmr',
  'jr',
  'bijv',
  'ca',
  'dr',
  'st',
  'tel',
  'evt',
  'prof',
]);

let cache: Analysis | null = null;

/**
 * Words and sentences of a text, computed once per text: every privacy rule of one check
 * asks for the same text, so the last result is kept.
 */
export function analyse(text: string): Analysis {
  if (cache && cache.text === text) return cache;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let from = 0;
  let sentence = 0;
  let sentenceStart = 0;
  let prev: Token | null = null;
  const re = new RegExp(WORD.source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index;
    let first = prev === null;
    if (prev && endsSentence(text, prev, start)) {
      sentences.push({ start: sentenceStart, end: prev.end, from, to: tokens.length });
      from = tokens.length;
      sentence++;
      sentenceStart = start;
      first = true;
    }
    const word = m[0];
    const token: Token = {
      word,
      lower: word.toLowerCase(),
      start,
      end: start + word.length,
      sentence,
      cap: UPPER.test(word),
      first,
    };
    tokens.push(token);
    prev = token;
  }
  if (prev) sentences.push({ start: sentenceStart, end: text.length, from, to: tokens.length });
  cache = { text, tokens, sentences };
  return cache;
}

function endsSentence(text: string, prev: Token, nextStart: number): boolean {
  // Only the characters between two words matter; a long gap of digits is looked at in full once.
  let sawDot = false;
  for (let i = prev.end; i < nextStart; i++) {
    const c = text[i];
    if (c === '\n' || c === '!' || c === '?' || c === ':' || c === '…') return true;
    // A dot between digits is a thousands separator or a time (2.314, 06.40), not a full stop.
    if (c === '.' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) sawDot = true;
  }
  if (!sawDot) return false;
  // One letter and a dot is an initial or part of an abbreviation (J., v.d., t.n.v.).
  const single = prev.word.length === 1;
  return !single && !ABBREVIATIONS.has(prev.lower);
}

/** Tokens of sentences [first, last], clamped to the text. */
export function tokensOf(analysis: Analysis, first: number, last = first): Token[] {
  const a = analysis.sentences[Math.max(0, first)];
  const b = analysis.sentences[Math.min(analysis.sentences.length - 1, last)];
  return a && b ? analysis.tokens.slice(a.from, b.to) : [];
}

/** The sentence holding offset, by binary search over the sentences (many hits stay cheap). */
export function sentenceAt(analysis: Analysis, offset: number): number {
  const { sentences } = analysis;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The index of the token starting at or before offset, by binary search (-1 before the first). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length - 1;
  if (hi < 0 || tokens[0].start > offset) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tokens[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
