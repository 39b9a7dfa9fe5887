import { normalizeWord } from './normalize';

/** The longest word a user may add; longer is pasted text, not a word. */
export const MAX_USER_WORD_LENGTH = 60;

/**
 * The form of a word to store in the personal or organisation list, or null for junk:
 * trimmed of quotes and punctuation around it, one token of letters (digits, inner
 * apostrophes, hyphens and dots allowed), at least one letter, at most 60 characters.
 */
export function normalizeUserWord(word: string): string | null {
  const w = normalizeWord(word.trim()).replace(/^["'«»“”(\[]+|["'«»“”)\].,;:!?]+$/gu, '');
  if (w.length === 0 || w.length > MAX_USER_WORD_LENGTH) return null;
  if (!/^[\p{L}\p{N}][\p{L}\p{M}\p{N}'.-]*$/u.test(w)) return null;
  if (!/\p{L}/u.test(w) || /['.-]{2}/.test(w) || /[-'.]$/.test(w)) return null;
  return w;
}

const sets = new WeakMap<readonly string[], ReadonlySet<string>>();
const EMPTY: ReadonlySet<string> = new Set();

/**
 * The user's and organisation's words as a set of normalised and lower-cased forms, built
 * once per distinct array (settings hand over the same array until it changes).
 */
export function userWordSet(words: readonly string[] | undefined): ReadonlySet<string> {
  if (!words || words.length === 0) return EMPTY;
  const known = sets.get(words);
  if (known) return known;
  const set = new Set<string>();
  for (const w of words) {
    const n = normalizeUserWord(w);
    if (n) set.add(n.toLowerCase());
  }
  sets.set(words, set);
  return set;
}

/** Whether a word is on the lists: exactly, or case-insensitively (a list word may start a sentence). */
export function inUserWords(set: ReadonlySet<string>, word: string): boolean {
  return set.size > 0 && set.has(normalizeWord(word).toLowerCase());
}
