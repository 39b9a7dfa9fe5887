import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, SURNAMES } from '../data/names';
import { NOT_PEOPLE } from '../data/person-cues';
import type { SpellEngine } from '../rule';
import { wordCase } from './lexicon';

/** First names beyond the lists: pet forms, and names run together in a handle. */

/**
 * Endings that make another form of a name: pet forms (Marie-tje, Gerrit-je, Anne-ke, Henk-ie)
 * and the Latin baptismal forms older people are registered and named by (Lambert-us, Hendrik-a).
 */
const NAME_ENDINGS = ['tje', 'je', 'ke', 'ie', 'us', 'a'];

/**
 * A first name we know, or a pet or baptismal form of one ("Marietje", "Keesje", "Lambertus",
 * "Hendrika") that is no ordinary word ("huisje"). Names that are words keep their stricter rules.
 */
export function isFirstName(lower: string, spell?: SpellEngine): boolean {
  if (NOT_PEOPLE.has(lower)) return false;
  if (FIRST_NAMES.has(lower)) return true;
  // "Hans-Peter", "Anne-Marie": every part a first name.
  if (lower.includes('-')) return lower.split('-').every((p) => p.length > 1 && FIRST_NAMES.has(p));
  // Without the dictionary we cannot tell "Keesje" from "kaasje": only the lists decide then.
  if (!spell) return false;
  const base = NAME_ENDINGS.map((e) => (lower.endsWith(e) ? lower.slice(0, -e.length) : '')).find(
    (b) => b.length >= 3 && FIRST_NAMES.has(b),
  );
  if (!base) return false;
  if (AMBIGUOUS_FIRST_NAMES.has(base) && wordCase(spell, base) !== 'proper') return false;
  return wordCase(spell, lower) !== 'word';
}

/** Particles a handle runs into the surname: "jandevries", "annavanderberg", "keesvd". */
const HANDLE_PARTICLES = /^(?:vande[nr]?|vander|van|vd|de|der|den|ter|ten|el)/;

/**
 * A handle that runs a first name and a surname together ("annavisser92", "jandevries"):
 * some split of it is a first name we know followed by a surname we know.
 */
export function runTogetherName(part: string): boolean {
  for (let cut = 3; cut <= part.length - 3; cut++) {
    const first = part.slice(0, cut);
    if (!FIRST_NAMES.has(first) || NOT_PEOPLE.has(first)) continue;
    const rest = part.slice(cut);
    if (SURNAMES.has(rest)) return true;
    const particle = HANDLE_PARTICLES.exec(rest);
    if (particle && SURNAMES.has(rest.slice(particle[0].length))) return true;
  }
  return false;
}
