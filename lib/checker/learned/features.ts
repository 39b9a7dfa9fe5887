import type { Surface } from '../types';

/**
 * What the draft model reads of a text: its words, pairs of words and the four- and five-letter
 * pieces of its longer words, each hashed into one of 2^BITS buckets. The pieces let it see
 * "heup" in "heupoperatie" and "gebroken" in "gebrokene" without a list of forms; the hashing
 * keeps the shipped weights small (one byte per bucket). The training script and the extension
 * call this same function, so what was learned is what is read.
 */
export const BITS = 15;
const MASK = (1 << BITS) - 1;

/** A word, a number, or one sign (an emoji counts: 🙄 under a complaint says a lot). */
const TOKEN = /\p{L}[\p{L}\p{M}]*|\p{N}+|[^\s\p{L}\p{N}]/gu;
/** Capitalised, not shouted: "Truus", not "KLOPT" or "SEH". */
const CAPITAL = /^\p{Lu}\p{Ll}/u;
/** Signs after which a capital says nothing: the start of a sentence (a line break: below). */
const SENTENCE_END = new Set(['.', '!', '?', ':', '"', '“', '‘', "'"]);

/**
 * Every name and place stands for itself once: a capital inside a sentence ("Truus", "Ede",
 * "De Veldhoeve") and the word after an @ are read as NAME. The model learns that a post names
 * someone, not the invented names of the drafts it learned from.
 */
export const NAME = '<naam>';

export type ModelToken = { word: string; start: number; end: number };

export function modelTokens(text: string): ModelToken[] {
  const out: ModelToken[] = [];
  let prev = '';
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const between = text.slice(start - 1, start);
    const opens = out.length === 0 || SENTENCE_END.has(prev) || between === '\n';
    const named = (CAPITAL.test(raw) && !opens) || prev === '@';
    out.push({
      word: named && /\p{L}/u.test(raw[0]) ? NAME : raw.toLowerCase(),
      start,
      end: start + raw.length,
    });
    prev = raw;
  }
  return out;
}

/** FNV-1a over the UTF-16 code units: fast, and the same in Node and every browser. */
export function bucket(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & MASK;
}

/** A reply and a comment answer someone; the model learns that apart from posts. */
function surfaceFeature(surface: Surface): string {
  return `S:${surface === 'comment' ? 'reply' : surface}`;
}

/** The buckets of one word by itself: the word and its pieces (not its pairs). */
export function wordBuckets(word: string): number[] {
  const out = [bucket(`w:${word}`)];
  if (word.length < 4 || word === NAME) return out;
  const marked = `<${word}>`;
  for (const n of [4, 5])
    for (let j = 0; j + n <= marked.length; j++) out.push(bucket(`c:${marked.slice(j, j + n)}`));
  return out;
}

/**
 * The distinct buckets of a text. Presence, not counts: a long story does not weigh a word
 * more for repeating it.
 */
export function featureBuckets(text: string, surface: Surface): Set<number> {
  const out = new Set<number>([bucket(surfaceFeature(surface))]);
  const tokens = modelTokens(text);
  for (let i = 0; i < tokens.length; i++) {
    for (const b of wordBuckets(tokens[i].word)) out.add(b);
    if (i + 1 < tokens.length) out.add(bucket(`b:${tokens[i].word} ${tokens[i + 1].word}`));
  }
  return out;
}

/**
 * Each text's features are scaled to unit length, but never as if it had fewer than this many:
 * the model learned from posts and replies of a few sentences, and one short sentence scaled up
 * to their length would let each of its few words weigh several times what it learned.
 */
const FEW_FEATURES = 200;

export function featureScale(count: number): number {
  return 1 / Math.sqrt(Math.max(count, FEW_FEATURES));
}
