import { findEmails } from '../../text/emails';

/** Spans that are not prose: links, e-mail addresses; their words are not spell-checked. */
const URL = /(?:https?:\/\/|www\.)[^\s<>"]+/giu;

export function skippedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(URL)) spans.push([m.index, m.index + m[0].length]);
  for (const e of findEmails(text)) spans.push([e.start, e.end]);
  return spans.sort((a, b) => a[0] - b[0]);
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLetterOrDigit = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Whether the token at [start, end) is part of something that is not a word: a hashtag,
 * a @mention, a domain or file name (zorgvuldig.nl), a path, a code with digits (A12, 12-jarig).
 */
export function isNotAWord(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const after = text[end];
  if (before === '#' || before === '@' || before === '/' || before === '_' || before === '\\') return true;
  if (before === '.' && isLetterOrDigit(text[start - 2])) return true;
  if (before === '-' && isDigit(text[start - 2])) return true;
  if (isDigit(before) || isDigit(after)) return true;
  if (after === '@' || after === '/' || after === '_') return true;
  if (after === '.' && isLetterOrDigit(text[end + 1])) return true;
  return /\p{N}/u.test(text.slice(start, end));
}

/** Letters, digits and sentence ends looked back at, so a long run of spaces stays cheap. */
const LOOK_BACK = 40;

/** Whether the token at `start` opens a sentence: text start, a line, or after . ! ? … */
export function startsSentence(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0 && start - i <= LOOK_BACK; i--) {
    const c = text[i];
    if (c === '\n' || c === '.' || c === '!' || c === '?' || c === '…' || c === ':') return true;
    if (isLetterOrDigit(c) || c === ',' || c === ';') return false;
  }
  return true;
}
