import { GREETINGS, SINGULAR_VERBS } from '../data/care';
import { AMBIGUOUS_FIRST_NAMES, SURNAMES } from '../data/names';
import { PLACES } from '../data/places';
import { STOPWORDS } from '../data/stopwords';
import { ageBehind, careSentence, cuedAround, type ContextName, type DraftContext } from './draft-context';
import { isFirstName } from './first-names';
import { wordCase } from './lexicon';
import { isParticle, lastPart, sameSentence, spaced } from './name-parts';
import { quiet } from './staff-names';

/** Names typed in lower case in quick comments: "gefeliciteerd truus", "sterkte jan van der meulen". */

/** Words before a lower-case name in a quick comment: "gefeliciteerd truus", "sterkte kees". */
const WISHES = new Set([
  ...GREETINGS,
  'gefeliciteerd',
  'proficiat',
  'sterkte',
  'beterschap',
  'lieve',
  'dag',
  'dikke',
  'knuffel',
  'voor',
  'aan',
  'met',
]);

/** Words that address someone directly: what follows them is a name, whatever the dictionary says. */
const ADDRESSING = new Set([...GREETINGS, 'gefeliciteerd', 'proficiat', 'sterkte', 'beterschap', 'lieve']);

/**
 * A name typed in lower case ("gefeliciteerd truus"): the dictionary knows the word only
 * capitalised, and our lists know it as a name.
 */
export function lowerName(ctx: DraftContext, i: number): ContextName | null {
  const { tokens, text } = ctx.analysis;
  const tok = tokens[i];
  const firstName = isFirstName(tok.lower, ctx.spell);
  if (!firstName && !SURNAMES.has(tok.lower)) return null;
  if (AMBIGUOUS_FIRST_NAMES.has(tok.lower) || PLACES.has(tok.lower) || STOPWORDS.has(tok.lower)) return null;
  const prev = tokens[i - 1];
  const wished = !!prev && sameSentence(prev, tok) && WISHES.has(prev.lower);
  // A name the dictionary also knows as a word ("joke", "henkie") only right after a wish or
  // greeting, or as the person the sentence goes on about ("met kees na zijn beroerte").
  if (
    wordCase(ctx.spell, tok.word) !== 'proper' &&
    !(wished && ADDRESSING.has(prev.lower)) &&
    !wordName(ctx, i)
  )
    return null;
  let to = i + 1;
  const next = tokens[to];
  if (next && sameSentence(next, tok) && spaced(text, tok, next) && !next.cap && SURNAMES.has(next.lower))
    if (wordCase(ctx.spell, next.word) !== 'word') to++;
  // "jan van den berg": particles make even a surname that is a word ("berg") part of the name.
  if (to === i + 1) {
    let k = to;
    while (k < to + 3 && tokens[k] && spaced(text, tokens[k - 1], tokens[k]) && isParticle(tokens[k])) k++;
    const core = tokens[k];
    if (k > to && core && sameSentence(core, tok) && spaced(text, tokens[k - 1], core) && !core.cap)
      if (SURNAMES.has(core.lower) || SURNAMES.has(lastPart(core.lower))) to = k + 1;
  }
  const aged = ageBehind(ctx, tokens[to - 1].end);
  const about = cuedAround(ctx, tok.sentence) || careSentence(ctx, tok.sentence);
  // "zag sanne vandaag op de gang": a first name the dictionary knows only capitalised, typed
  // in lower case in a sentence about care or an event, is a name without a wish before it too.
  const lowerFirst = firstName && wordCase(ctx.spell, tok.word) === 'proper';
  if (!wished && !(about && (aged || to > i + 1 || lowerFirst || wordName(ctx, i)))) return null;
  if (quiet(ctx, i, to)) return null;
  return { start: tok.start, end: tokens[to - 1].end, next: to, apposition: false, sentence: tok.sentence };
}

/**
 * A lower-case first name that is also a word, where the sentence treats it as someone: after
 * "met", "voor" or a verb ("mag ria weer naar huis"), with "hij", "ze" or "zijn" going on about
 * that person in the sentence or the next.
 */
function wordName(ctx: DraftContext, i: number): boolean {
  const { tokens } = ctx.analysis;
  const tok = tokens[i];
  const prev = tokens[i - 1];
  if (!ctx.spell || !prev || !sameSentence(prev, tok) || !isFirstName(tok.lower, ctx.spell)) return false;
  if (!WISHES.has(prev.lower) && !SINGULAR_VERBS.has(prev.lower)) return false;
  const s = tok.sentence;
  const owner = tokens.slice(i + 1, i + 6).some((t) => t.sentence === s && OWNER_WORDS.has(t.lower));
  return owner || ctx.sentences[s].refers || !!ctx.sentences[s + 1]?.refers;
}

const OWNER_WORDS = new Set(['zijn', "z'n", 'haar', "d'r"]);
