import type { SpellEngine } from '../rule';

/** What the spelling dictionary says about a word's case, for telling names from words. */
export type WordCase =
  /** An ordinary Dutch word in lower case (bakker, roos, zee). */
  | 'word'
  /** Known only capitalised: a name, a place or a brand (Jansen, Mieke, Amsterdam). */
  | 'proper'
  /** Not in the dictionary at all (Yılmaz, Bouzian, a typo). */
  | 'unknown';

const LIMIT = 5000;
const caches = new WeakMap<SpellEngine, Map<string, WordCase>>();

const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/**
 * How the dictionary knows a word, or undefined without a dictionary (the CLI with
 * --no-spelling, or the extension before the dictionary has loaded): the name lists decide then.
 */
export function wordCase(spell: SpellEngine | undefined, word: string): WordCase | undefined {
  if (!spell) return undefined;
  const lower = word.toLowerCase();
  let cache = caches.get(spell);
  if (!cache) caches.set(spell, (cache = new Map()));
  let known = cache.get(lower);
  if (known === undefined) {
    if (cache.size >= LIMIT) cache.clear();
    known = spell.correct(lower) ? 'word' : spell.correct(capitalise(lower)) ? 'proper' : 'unknown';
    cache.set(lower, known);
  }
  return known;
}
