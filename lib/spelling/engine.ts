import type { SpellEngine, WordClass } from './types';
import { Compounder } from './compound';
import { Dawg } from './dawg';
import {
  decode,
  FORBIDDEN,
  INFINITIVE,
  KEEPCASE,
  LISTED,
  NOMINAL,
  PARTICIPLE,
  STEM,
  THIRD,
  WORD,
  type Compiled,
} from './format';
import { normalizeWord } from './normalize';
import { suggest } from './suggest';

/** What the engine does beyond SpellEngine: used by the suggestion search and the benchmark. */
export interface DutchSpellEngine extends SpellEngine {
  readonly dawg: Dawg;
  readonly forms: number;
  /** correct() for an already normalised word in the exact case given (no case variants). */
  exact(word: string): boolean;
}

const lowerFirst = (w: string) => (w.startsWith('IJ') ? `ij${w.slice(2)}` : w[0].toLowerCase() + w.slice(1));
const capitalise = (lower: string) =>
  lower.startsWith('ij') ? `IJ${lower.slice(2)}` : lower[0].toUpperCase() + lower.slice(1);

/** Case variants Hunspell tries: exact, then lower-cased for Capitalised and ALL-CAPS words. */
export function caseVariants(word: string): { form: string; folded: boolean }[] {
  const out = [{ form: word, folded: false }];
  const lower = word.toLowerCase();
  if (lower === word || word.length === 0) return out;
  const upper = word.toUpperCase();
  const restLower = lowerFirst(word) === lower;
  if (restLower) out.push({ form: lower, folded: true });
  else if (word === upper && word.length > 1) {
    out.push({ form: capitalise(lower), folded: true }, { form: lower, folded: true });
  }
  return out;
}

/** Abbreviations with an apostrophe ending (DM's, CEO's, pdf'je): Dutch writes them so. */
const ABBREVIATION_APOSTROPHE = /^(?:[A-Z]{2,6}|[A-Z]\d{1,3}|[a-z]{2,4})'(?:s|je|tje|jes|tjes)$/;

const EMPHASIS = /[áéíóúÉÁ]/;
const EMPHASIS_ALL = /[áéíóúÉÁ]/g;
const PLAIN: Record<string, string> = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u', É: 'E', Á: 'A' };

const TWO_LETTER_VOWELS = new Set(['aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ui', 'ou', 'au', 'ei']);
const plain = (c: string | undefined) => (c ? (PLAIN[c] ?? c).toLowerCase() : '');
const accented = (c: string | undefined) => !!c && EMPHASIS.test(c);

const vowelGroups = (word: string) => word.toLowerCase().match(/[aeiouyáéíóúëïöü]+/g)?.length ?? 0;

/**
 * Whether emphasis accents stand where Dutch puts them: on both letters of a two-letter vowel
 * (één, vóór; but íj), and never on an unstressed final e (persé is per se, not emphasis; dé is fine).
 */
export function emphasisPlaced(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    if (!accented(word[i])) continue;
    for (const j of [i - 1, i + 1]) {
      const pair = j < i ? plain(word[j]) + plain(word[i]) : plain(word[i]) + plain(word[j]);
      // A capital may go without its accent: Eén at the start of a sentence.
      const capital = j === 0 && word[0] !== word[0].toLowerCase();
      if (TWO_LETTER_VOWELS.has(pair) && !accented(word[j]) && !capital) return false;
    }
    // Vowel groups counted only for the last letter: counting them for every accent was quadratic.
    if (i === word.length - 1 && plain(word[i]) === 'e' && !accented(word[i - 1]) && vowelGroups(word) > 1)
      return false;
  }
  return true;
}

export function createEngine(compiled: Compiled): DutchSpellEngine {
  const dawg = new Dawg(compiled);
  const compounder = new Compounder(dawg, compiled.header);

  const exact = (form: string): boolean => {
    const m = dawg.lookup(form);
    if (m !== 0) {
      const lo = dawg.lo(m);
      if (lo & FORBIDDEN) return false;
      if (lo & WORD) return true;
    }
    return compounder.flagged(form) || compounder.ruled(form);
  };

  const engine: DutchSpellEngine = {
    dawg,
    forms: compiled.header.forms,
    exact,
    correct(input: string): boolean {
      const word = normalizeWord(input);
      if (!word) return false;
      for (const { form, folded } of caseVariants(word)) {
        if (folded) {
          const m = dawg.lookup(form);
          if (m !== 0 && dawg.lo(m) & KEEPCASE) continue;
        }
        if (exact(form)) return true;
      }
      // Accents of emphasis (vertél, dát, één) are Dutch spelling: check the word without them.
      if (EMPHASIS.test(word) && emphasisPlaced(word)) {
        const plain = word.replace(EMPHASIS_ALL, (c) => PLAIN[c] ?? c);
        if (plain !== word && engine.correct(plain)) return true;
      }
      return ABBREVIATION_APOSTROPHE.test(word) && !/^[a-z]+'s$/.test(word);
    },
    suggest(input: string, limit = 5): string[] {
      return suggest(engine, normalizeWord(input), limit);
    },
    wordClass(input: string): WordClass {
      const word = normalizeWord(input);
      let hi = 0;
      // The exact form, and lower-cased for a capital at the start of a sentence (Wordt, Vind).
      for (const { form } of caseVariants(word).slice(0, 2)) {
        const m = word ? dawg.lookup(form) : 0;
        if (m !== 0 && dawg.lo(m) & WORD) hi |= dawg.hi(m);
      }
      return {
        stem: (hi & STEM) !== 0,
        third: (hi & THIRD) !== 0,
        participle: (hi & PARTICIPLE) !== 0,
        infinitive: (hi & INFINITIVE) !== 0,
        nominal: (hi & NOMINAL) !== 0,
        listed: (hi & LISTED) !== 0,
      };
    },
  };
  return engine;
}

/** The engine from the bytes of public/dict/nl.bin. */
export function engineFromBytes(bytes: Uint8Array): DutchSpellEngine {
  return createEngine(decode(bytes));
}
