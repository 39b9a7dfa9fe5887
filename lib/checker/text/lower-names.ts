import { GREETINGS, RELATIVES, SINGULAR_VERBS } from '../data/care';
import { AMBIGUOUS_FIRST_NAMES, SURNAMES } from '../data/names';
import { PLACES } from '../data/places';
import { STOPWORDS } from '../data/stopwords';
import {
  ageBehind,
  carelessMark,
  careSentence,
  cuedAround,
  type ContextName,
  type DraftContext,
} from './draft-context';
import { isFirstName } from './first-names';
import { wordCase } from './lexicon';
import { isParticle, lastPart, sameSentence, spaced } from './name-parts';
import { quiet } from './staff-names';
import type { Token } from './tokens';

/** Names typed in lower case in quick comments: "gefeliciteerd truus", "sterkte jan van der meulen". */

/** Words that address someone directly: what follows them is a name, whatever the dictionary says. */
const ADDRESSING = new Set([
  ...GREETINGS,
  'gefeliciteerd',
  'proficiat',
  'sterkte',
  'beterschap',
  'lieve',
  'welkom',
  'kleine',
]);

/** Words before a lower-case name in a quick comment: "gefeliciteerd truus", "sterkte kees". */
const WISHES = new Set([...ADDRESSING, 'dag', 'dikke', 'knuffel', 'voor', 'aan', 'met']);

/** "welkom" wishes only where it opens the sentence: "dat ik niet meer welkom ben" is no greeting. */
const opens = (t: Token) => t.lower !== 'welkom' || t.first;

/** "welkom mila", "welkom kleine mila": a wish right before the name, or before "kleine" before it. */
function addressedAfter(ctx: DraftContext, i: number): boolean {
  const { tokens } = ctx.analysis;
  const prev = tokens[i - 1];
  const prev2 = tokens[i - 2];
  if (!prev || !sameSentence(prev, tokens[i])) return false;
  if (prev.lower !== 'kleine' && prev.lower !== 'lieve') return ADDRESSING.has(prev.lower) && opens(prev);
  return !!prev2 && sameSentence(prev2, prev) && ADDRESSING.has(prev2.lower) && opens(prev2);
}

/** Words that speak to the one just named: "riek je hebt het weer geflikt". */
const YOU = new Set(['je', 'jij', 'jouw', 'u', 'uw']);

/**
 * A comment that opens with a name and speaks to them ("riek je hebt het weer geflikt", "ans,
 * wat fijn"): the first word of the draft is whom it is written to.
 */
function vocative(ctx: DraftContext, i: number): boolean {
  const { tokens, text } = ctx.analysis;
  if (i > 0) return false;
  const next = tokens[i + 1];
  if (!next || !sameSentence(next, tokens[i])) return false;
  return /^\s*,/.test(text.slice(tokens[i].end, next.start)) || YOU.has(next.lower);
}

/**
 * A name typed in lower case ("gefeliciteerd truus"): the dictionary knows the word only
 * capitalised, and our lists know it as a name.
 */
export function lowerName(ctx: DraftContext, i: number): ContextName | null {
  const { tokens, text } = ctx.analysis;
  const tok = tokens[i];
  const firstName = isFirstName(tok.lower, ctx.spell);
  if (!firstName && !SURNAMES.has(tok.lower)) return null;
  if (PLACES.has(tok.lower) || STOPWORDS.has(tok.lower)) return null;
  const prev = tokens[i - 1];
  // "mijn tante riek", "opa kees": a kinship word right before says a name follows, also one the
  // dictionary knows as a word ("riek").
  const kin = !!prev && sameSentence(prev, tok) && spaced(text, prev, tok) && RELATIVES.has(prev.lower);
  const called = vocative(ctx, i) || kin;
  // A name that is also a word ("roos", "mila") only where it is spoken to: "welkom kleine mila".
  if (AMBIGUOUS_FIRST_NAMES.has(tok.lower) && !called && !addressedAfter(ctx, i)) return null;
  const wished = (!!prev && sameSentence(prev, tok) && WISHES.has(prev.lower) && opens(prev)) || called;
  // A name the dictionary also knows as a word ("joke", "henkie") only right after a wish or
  // greeting, or as the person the sentence goes on about ("met kees na zijn beroerte").
  if (
    wordCase(ctx.spell, tok.word) !== 'proper' &&
    !(wished && (called || ADDRESSING.has(prev.lower))) &&
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
  return {
    start: tok.start,
    end: tokens[to - 1].end,
    next: to,
    apposition: false,
    sentence: tok.sentence,
    ...carelessMark(ctx),
  };
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
