import { APPOSITION_FILLERS, COLLEAGUE_ROLES, PUBLIC_ROLES, SPEAKER_WORDS } from '../data/care';
import { PARTICLES } from '../data/names';
import type { Analysis, Token } from './tokens';

/** Small tests on tokens shared by the title-based and the context-based name finders. */

export const sameSentence = (a: Token | undefined, b: Token) => !!a && a.sentence === b.sentence;
const dotAfter = (text: string, t: Token) => text[t.end] === '.';
export const isInitial = (text: string, t: Token | undefined) =>
  !!t && t.word.length === 1 && t.cap && dotAfter(text, t);
/** A particle of a name; lower-case "op" and "in" are prepositions ("mevrouw op de Hoofdstraat"). */
export const isParticle = (t: Token) => PARTICLES.has(t.lower) && !(t.word === 'op' || t.word === 'in');
/** Only spaces (or an apostrophe, as in 't) between two tokens of one name. */
export const adjacent = (text: string, a: Token, b: Token) => /^[\s'’.]*$/.test(text.slice(a.end, b.start));
/** Only spaces between two tokens: no comma, bracket or dot. */
export const spaced = (text: string, a: Token, b: Token) => /^[ \t]+$/.test(text.slice(a.end, b.start));

export const lastPart = (w: string) => w.slice(w.lastIndexOf('-') + 1);

/** Compounds that end in a role: diabetesverpleegkundige, afdelingshoofd is not, teamleider is. */
const SUFFIX_ROLES = [...COLLEAGUE_ROLES].filter((r) => r.length >= 6 && !r.includes("'"));
export const endsInRole = (w: string) =>
  w.length > 8 && SUFFIX_ROLES.some((r) => w.length > r.length && w.endsWith(r));

export const isRole = (t: Token) =>
  COLLEAGUE_ROLES.has(t.lower) ||
  PUBLIC_ROLES.has(t.lower) ||
  COLLEAGUE_ROLES.has(lastPart(t.lower)) ||
  // "oud-wethouder Piet Mulder", "ex-minister": a former public role is still one.
  PUBLIC_ROLES.has(lastPart(t.lower)) ||
  SPEAKER_WORDS.has(t.lower);

/** A role right after the name ("mw. Hendriks, onze nieuwe teamleider"): a colleague, not a patient. */
export function roleAfter(analysis: Analysis, endToken: number): boolean {
  const { tokens, text } = analysis;
  const last = tokens[endToken - 1];
  if (!/^\s*[,(–-]\s*$/.test(text.slice(last.end, tokens[endToken]?.start ?? last.end))) return false;
  for (let k = endToken; k < endToken + 3 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.sentence !== last.sentence) return false;
    if (isRole(t) || endsInRole(t.lower)) return true;
    if (!APPOSITION_FILLERS.has(t.lower)) return false;
  }
  return false;
}
