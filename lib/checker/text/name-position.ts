import { SINGULAR_VERBS } from '../data/care';
import { STOPWORDS } from '../data/stopwords';
import type { DraftContext } from './draft-context';
import { sameSentence, spaced } from './name-parts';

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

const greatAge = (t: { word: string } | undefined) => !!t && /^\d{2,3}$/.test(t.word) && Number(t.word) >= 80;

/** The name (tokens from..to) stands as the subject of a verb about a person. */
export function subjectPosition(ctx: DraftContext, from: number, to: number): boolean {
  const { tokens, text } = ctx.analysis;
  const head = tokens[from];
  const next = tokens[to];
  if (!next || !sameSentence(next, head) || !spaced(text, tokens[to - 1], next)) return false;
  const prev = tokens[from - 1];
  if (!head.first) {
    // "Vandaag vierde Wubbina haar verjaardag", "Gisteren werd Roos 100": verb, subject, rest
    // (Dutch puts the verb second, so a subject after it follows a verb, not an article).
    if (!prev || !sameSentence(prev, head) || prev.cap || !spaced(text, prev, head)) return false;
    if (NO_NAME_BEFORE.has(prev.lower)) return false;
    const verb = SINGULAR_VERBS.has(prev.lower) || !STOPWORDS.has(prev.lower);
    return verb && (OWNERS.has(next.lower) || (SINGULAR_VERBS.has(prev.lower) && greatAge(next)));
  }
  // "Fokje zette haar eerste stapjes", "Roos werd 100": subject, verb, possessive or age.
  const after = tokens[to + 1];
  if (next.cap || !after || !sameSentence(after, head) || !spaced(text, next, after)) return false;
  if (OWNERS.has(after.lower) && !STOPWORDS.has(next.lower)) return true;
  return SINGULAR_VERBS.has(next.lower) && greatAge(after);
}
