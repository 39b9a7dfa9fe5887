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

export function modelTokens(text: string): string[] {
  return text.toLowerCase().match(TOKEN) ?? [];
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

/** The feature names of one token list (for explaining a score: which words weighed). */
export function wordFeature(token: string): string {
  return `w:${token}`;
}

/**
 * The distinct buckets of a text. Presence, not counts: a long story does not weigh a word
 * more for repeating it.
 */
export function featureBuckets(text: string, surface: Surface): Set<number> {
  const out = new Set<number>([bucket(surfaceFeature(surface))]);
  const tokens = modelTokens(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    out.add(bucket(wordFeature(token)));
    if (i + 1 < tokens.length) out.add(bucket(`b:${token} ${tokens[i + 1]}`));
    if (token.length < 4) continue;
    const marked = `<${token}>`;
    for (const n of [4, 5])
      for (let j = 0; j + n <= marked.length; j++) out.add(bucket(`c:${marked.slice(j, j + n)}`));
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
