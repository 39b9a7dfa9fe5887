import { SINGULAR_VERBS } from '../data/care';
import { STOPWORDS } from '../data/stopwords';
import type { DraftContext } from './draft-context';
import { sameSentence, spaced } from './name-parts';
import type { Token } from './tokens';

/**
 * Where a word stands as someone in the sentence: the subject of a verb that goes on with "haar"
 * or "zijn" ("vierde Wubbina haar 103de verjaardag", "Fokje zette haar eerste stapjes"), or the
 * one who turned a great age ("Roos werd 100"). A word the dictionary does not know needs a
 * place like this before it counts as a name, as a title or an age gives one.
 */

/** Possessives that go on about the person just named. */
const OWNERS = new Set(['haar', 'zijn', "z'n", "d'r"]);
/** Words a name never follows directly: articles and prepositions make the word a thing or a place. */
const NO_NAME_BEFORE = new Set([
  'de',
  'het',
  "'t",
  'een',
  'deze',
  'dit',
  'die',
  'dat',
  'in',
  'op',
  'naar',
  'uit',
  'van',
  'bij',
  'aan',
  'over',
  'door',
  'tot',
  'om',
  'onder',
  'tegen',
  'langs',
  'rond',
  'via',
  'vanuit',
]);

/** Conjunctions a subordinate clause opens with; its subject follows ("dat Duifje weer thuis is"). */
const SUBORDINATORS = new Set([
  'dat',
  'omdat',
  'toen',
  'nu',
  'zodat',
  'terwijl',
  'sinds',
  'nadat',
  'voordat',
  'hoewel',
]);

/** A great age right after the token (numbers are no tokens): "werd 100", "is 92". */
export function greatAgeAfter(text: string, t: Token): boolean {
  const m = /^[ \t]+(\d{2,3})(?![\p{N}\p{L}])/u.exec(text.slice(t.end, t.end + 6));
  return !!m && Number(m[1]) >= 80;
}

/** Endings of the names of homes and farms ("Zonnehoeve", "Lindehof"): a house is "haar" too. */
const HOUSE_END =
  /..(?:hof|hoeve|hove|hoven|stede|weerd|gaarde|linde|heem|borg|burcht|horst|hage|oord|rust|bongerd|kamp|wiek|staete|state|huis|huizen|hiem)$/;

/** The name (tokens from..to) stands as the subject of a verb about a person. */
export function subjectPosition(ctx: DraftContext, from: number, to: number): boolean {
  const { tokens, text } = ctx.analysis;
  const head = tokens[from];
  const next = tokens[to];
  if (!next || !sameSentence(next, head) || !spaced(text, tokens[to - 1], next)) return false;
  const prev = tokens[from - 1];
  if (HOUSE_END.test(head.lower)) return false;
  if (!head.first) {
    // "Vandaag vierde Wubbina haar verjaardag", "Gisteren werd Roos 100": verb, subject, rest
    // (Dutch puts the verb second, so a subject after it follows a verb, not an article).
    if (!prev || !sameSentence(prev, head) || prev.cap || !spaced(text, prev, head)) return false;
    // "Wat fijn dat Duifje weer thuis is na haar opname": the clause goes on about her.
    if (SUBORDINATORS.has(prev.lower)) {
      for (let k = to; k < to + 6 && k < tokens.length && sameSentence(tokens[k], head); k++)
        if (OWNERS.has(tokens[k].lower)) return true;
      return false;
    }
    if (NO_NAME_BEFORE.has(prev.lower)) return false;
    const verb = SINGULAR_VERBS.has(prev.lower) || !STOPWORDS.has(prev.lower);
    return verb && (OWNERS.has(next.lower) || (SINGULAR_VERBS.has(prev.lower) && greatAgeAfter(text, head)));
  }
  // "Fokje zette haar eerste stapjes", "Roos werd 100": subject, verb, possessive or age.
  if (next.cap) return false;
  if (SINGULAR_VERBS.has(next.lower) && greatAgeAfter(text, next)) return true;
  const after = tokens[to + 1];
  if (!after || !sameSentence(after, head) || !spaced(text, next, after)) return false;
  return OWNERS.has(after.lower) && !STOPWORDS.has(next.lower);
}
