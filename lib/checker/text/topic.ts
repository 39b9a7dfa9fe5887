import { COLLEAGUE_ROLES, PERSON_NOUNS, PUBLIC_ROLES } from '../data/care';
import type { Subjects } from './subjects';
import { tokensOf, type Analysis } from './tokens';

/**
 * "die mevrouw van 94 op bed 6 vroeg weer om haar man... dementie is soms zo verdrietig": a
 * sentence with no one of its own, right after a sentence about one person, goes on about that
 * person. Not when it speaks in general (a campaign, a figure), nor of the writer, the team or
 * someone else, nor when the condition is any case of it ("een beroerte is snel te herkennen").
 */
export function goesOn(analysis: Analysis, subjects: Subjects, sentence: number, start: number): boolean {
  // "Een beroerte is snel te herkennen": a condition with an indefinite article is any case of it.
  if (INDEFINITE.test(analysis.text.slice(Math.max(0, start - 8), start))) return false;
  if (sentence === 0 || !subjects.about.has(sentence - 1) || subjects.generic.has(sentence - 1)) return false;
  if (subjects.generic.has(sentence) || subjects.about.has(sentence)) return false;
  let known = memo.get(analysis);
  if (!known) memo.set(analysis, (known = new Map()));
  let bare = known.get(sentence);
  if (bare === undefined)
    known.set(
      sentence,
      (bare = !tokensOf(analysis, sentence).some((t) => OTHER_SUBJECT.has(t.lower) || roleWord(t.lower))),
    );
  return bare;
}
const INDEFINITE = /(?:^|[^\p{L}])(?:een|elke|iedere|zo'n|zo’n) $/iu;
const memo = new WeakMap<Analysis, Map<number, boolean>>();

/** Words that make a sentence someone else's: the writer, the team, people in general. */
const OTHER_SUBJECT = new Set(
  `ik mij me mijn we wij ons onze jullie men iedereen niemand mensen ouderen iemand je jij u uw zij hij ze`.split(
    ' ',
  ),
);
const roleWord = (w: string) => COLLEAGUE_ROLES.has(w) || PUBLIC_ROLES.has(w) || PERSON_NOUNS.has(w);
