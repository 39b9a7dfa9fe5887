import { GREETINGS, RELATIVES, SINGULAR_VERBS, TITLES } from '../data/care';
import { AMBIGUOUS_FIRST_NAMES, SURNAMES } from '../data/names';
import { NOT_PEOPLE, ORG_PREFIXES, ORG_SUFFIXES, STREET_END } from '../data/person-cues';
import { PLACES } from '../data/places';
import { STOPWORDS } from '../data/stopwords';
import type { SpellEngine } from '../rule';
import {
  ageBehind,
  carelessMark,
  careSentence,
  cuedAround,
  strongAround,
  type ContextName,
  type DraftContext,
} from './draft-context';
import { isFirstName } from './first-names';
import { wordCase } from './lexicon';
import { lowerName } from './lower-names';
import { subjectPosition } from './name-position';
import { adjacent, endsInRole, isParticle, isRole, lastPart, sameSentence, spaced } from './name-parts';
import { listStart, quiet } from './staff-names';
import type { Token } from './tokens';

export { draftContext, type ContextName, type DraftContext } from './draft-context';
export { quiet } from './staff-names';

/** Names found without a title: through the words around them and the draft they stand in. */

/** Words in a care noun apposition ("X, onze oudste bewoonster", "X, bewoner van ..."). */
const CARE_NOUNS = new Set([
  'bewoner',
  'bewoonster',
  'resident',
  'residente',
  'patiënt',
  'patiënte',
  'patiëntje',
  'cliënt',
  'cliënte',
  'zorgvrager',
]);
const APPOSITION_WORDS = new Set([
  'onze',
  'ons',
  'de',
  'een',
  'oudste',
  'jongste',
  'nieuwe',
  'lieve',
  'trouwe',
  'vaste',
  'kleinste',
  'dappere',
  'bekendste',
  'eerste',
  'laatste',
]);
/** Rooms and wards are never part of a surname ("Kees van Kamer 12"). */
const ROOM_WORDS = new Set([
  'kamer',
  'bed',
  'zaal',
  'afdeling',
  'unit',
  'box',
  'verdieping',
  'gang',
  'vleugel',
]);
/** After a lower-case "van", a capitalised article starts a place ("Kees van De Wilgen"), not a surname. */
const PLACE_ARTICLES = new Set(['De', 'Het', "'t", 'Den', 'Ter', 'Ten']);

/** A word the dictionary knows only as a name (or not at all), and no place or brand. */
export function properWord(ctx: DraftContext, t: Token): boolean {
  if (t.word.length < 2 || t.word === t.word.toUpperCase()) return false;
  if (STOPWORDS.has(t.lower) || PLACES.has(t.lower) || NOT_PEOPLE.has(t.lower)) return false;
  const c = wordCase(ctx.spell, t.word);
  return c === 'proper' || c === 'unknown';
}

/**
 * A capitalised word the dictionary knows only as a form made from another ("Fokje" from "fok"),
 * not as an entry of its own: many old first names look like diminutives (Aaltje, Trijntje).
 */
function madeWord(ctx: DraftContext, t: Token): boolean {
  if (!ctx.spell?.wordClass || t.word.length < 4 || t.word === t.word.toUpperCase()) return false;
  if (STOPWORDS.has(t.lower) || PLACES.has(t.lower) || NOT_PEOPLE.has(t.lower)) return false;
  return wordCase(ctx.spell, t.word) === 'word' && !ctx.spell.wordClass(t.lower).listed;
}

/** A first name we know (or its pet form), capitalised; names that are also words need more. */
export const knownFirst = (t: Token, spell?: SpellEngine) => t.cap && isFirstName(t.lower, spell);

/**
 * A first name that is also a word or a month ("Roos", "Hoop", "Mark", "Mei"): its capital makes
 * it a name inside a sentence, but says nothing at the start of one, after a quote or in a Title
 * Case headline. There only a name the dictionary does not know in lower case ("Gijs") counts.
 */
export function wordLike(ctx: DraftContext, i: number): boolean {
  const t = ctx.analysis.tokens[i];
  if (!AMBIGUOUS_FIRST_NAMES.has(t.lower)) return false;
  const { text } = ctx.analysis;
  const before = text.slice(Math.max(0, t.start - 3), t.start);
  const prev = ctx.analysis.tokens[i - 1];
  // A date ("5 Mei") or an article ("de Lente") makes it the word; a name takes no article.
  if (/\d\s*$/.test(before) || (prev && prev.sentence === t.sentence && ARTICLES.has(prev.lower)))
    return true;
  const quoted = /["“‘'(]\s*$/.test(before);
  if (!t.first && !quoted && !ctx.sentences[t.sentence].headline) return false;
  return wordCase(ctx.spell, t.word) !== 'proper';
}

/**
 * "Toon woont al 12 jaar bij ons. Vandaag is hij 98 geworden.": a word-like name that opens a
 * sentence as the subject of a verb, with a bare noun no Dutch sentence starts like that, and
 * the sentence or the next goes on about one person (an age, a birth or death, "hij", "ze").
 */
function subjectOfEvent(ctx: DraftContext, i: number): boolean {
  const { tokens, text } = ctx.analysis;
  const tok = tokens[i];
  const verb = tokens[i + 1];
  if (!tok.first || !verb || !sameSentence(verb, tok) || !spaced(text, tok, verb)) return false;
  if (!SINGULAR_VERBS.has(verb.lower)) return false;
  const s = tok.sentence;
  return strongAround(ctx, s) || ctx.sentences[s].refers || !!ctx.sentences[s + 1]?.refers;
}

const ARTICLES = new Set(['de', 'het', "'t", 'een', 'deze', 'dit', 'die', 'dat']);

/**
 * "Bloem de Wit", "Zomer Van Dam": a capitalised word before a particle and a surname we know
 * is a first name, even when it is also an ordinary word.
 */
function wordBeforeSurname(ctx: DraftContext, i: number): boolean {
  const { tokens, text } = ctx.analysis;
  const tok = tokens[i];
  const particle = tokens[i + 1];
  // First names are short words; "Bakkerij de Jong" or "Zorgboerderij de Haan" is a business.
  if (tok.word.length < 3 || tok.word.length > 6 || tok.word === tok.word.toUpperCase()) return false;
  if (STOPWORDS.has(tok.lower) || PLACES.has(tok.lower) || NOT_PEOPLE.has(tok.lower)) return false;
  if (ORG_PREFIXES.has(tok.lower) || ORG_SUFFIXES.has(tok.lower) || ROOM_WORDS.has(tok.lower)) return false;
  if (isRole(tok) || endsInRole(tok.lower) || TITLES.has(tok.lower)) return false;
  if (!particle || !sameSentence(particle, tok) || !spaced(text, tok, particle) || !isParticle(particle))
    return false;
  // After a word, lower-case "van" is "of" ("Feest van de Jong"); "de", "ter" or a capital "Van" is a surname.
  if (particle.word === 'van') return false;
  const end = surnameEnd(ctx, i + 1, tok);
  if (end < 0) return false;
  const core = tokens[end - 1].lower;
  return SURNAMES.has(core) || SURNAMES.has(lastPart(core));
}

/**
 * Where a surname starting at token j ends (exclusive), or -1: "Jansen", "de Vries",
 * "Van Damme", "Vanden Bossche", "Jansen-de Vries", "El Amrani".
 */
export function surnameEnd(ctx: DraftContext, j: number, head: Token): number {
  const { tokens, text } = ctx.analysis;
  let k = j;
  let particles = 0;
  while (k < tokens.length && particles < 3 && sameSentence(tokens[k], head) && isParticle(tokens[k])) {
    const prev = tokens[k - 1];
    if (!adjacent(text, prev, tokens[k])) return -1;
    k++;
    particles++;
  }
  const core = tokens[k];
  if (!core || !sameSentence(core, head) || !core.cap) return -1;
  if (!adjacent(text, tokens[k - 1], core)) return -1;
  if (ROOM_WORDS.has(core.lower) || (particles === 0 && ORG_SUFFIXES.has(core.lower))) return -1;
  if (STREET_END.test(core.lower)) return -1;
  // "de Erik de Vries-prijs", "Jansen-fonds": a prize or a fund named after someone.
  if (core.word.includes('-') && ORG_SUFFIXES.has(lastPart(core.lower))) return -1;
  if (particles > 0) {
    const first = tokens[j];
    if (!first.cap && first.lower === 'van' && PLACE_ARTICLES.has(tokens[j + 1]?.word ?? '')) return -1;
    // An acronym after "van de" is a ward or a firm ("van de IC"), not a surname.
    if (core.word.length > 1 && core.word === core.word.toUpperCase()) return -1;
    if (STOPWORDS.has(core.lower) && !SURNAMES.has(core.lower)) return -1;
  } else {
    if (STOPWORDS.has(core.lower) || NOT_PEOPLE.has(core.lower)) return -1;
    if (core.word === core.word.toUpperCase()) return -1;
    const known = SURNAMES.has(core.lower) || SURNAMES.has(lastPart(core.lower));
    if (!known && PLACES.has(core.lower)) return -1;
  }
  let end = k + 1;
  // "Jansen-de Vries": a double surname whose second part starts with a particle.
  if (/-(?:de|van|der|den|ter|ten|el)$/i.test(core.word)) {
    const rest = tokens[end];
    if (rest && sameSentence(rest, head) && rest.cap && adjacent(text, core, rest)) end++;
  }
  return end;
}

/** A care noun right after the name, in an apposition: "Fien, onze jongste patiënte". */
function careApposition(ctx: DraftContext, to: number): boolean {
  const { tokens, text } = ctx.analysis;
  const last = tokens[to - 1];
  const gap = text.slice(last.end, tokens[to]?.start ?? last.end);
  if (!/^\s*(?:\(\s*\d{1,3}\s*(?:jaar|jr\.?)?\s*\))?\s*[,(–-]\s*$/.test(gap) && !/^\s*,\s*$/.test(gap))
    return false;
  for (let k = to; k < to + 4 && k < tokens.length; k++) {
    const t = tokens[k];
    if (t.sentence !== last.sentence) return false;
    if (CARE_NOUNS.has(t.lower) || RELATIVES.has(t.lower) || /baby(?:tje)?$/.test(t.lower)) return true;
    if (!APPOSITION_WORDS.has(t.lower)) return false;
  }
  return false;
}

/** Greetings and endearments that open a sentence before a name ("Lieve Fien, ..."). */
export const OPENERS = new Set([...GREETINGS, 'lieve', 'geachte', 'beste']);

/**
 * A name without a title at token i, found through the care context of the draft: a full
 * name, a first name with an age, a room or an event, or a name in a care apposition.
 */
export function contextName(ctx: DraftContext, i: number): ContextName | null {
  const { tokens, text } = ctx.analysis;
  const tok = tokens[i];
  // "gefeliciteerd tiny, 90 jaar!": an age, a birth or a death makes a quick comment about someone.
  if (!tok.cap) {
    const aged = ageBehind(ctx, tok.end);
    return ctx.care || aged || strongAround(ctx, tok.sentence) ? lowerName(ctx, i) : null;
  }
  if (tok.first && OPENERS.has(tok.lower)) return null;
  const first = knownFirst(tok, ctx.spell);
  const prev = tokens[i - 1];
  const joined = !!prev && sameSentence(prev, tok);
  // "heet Minne": after a word that gives a name, any capitalised word is one ("heet Lot" too).
  const named =
    joined && NAMING.has(prev.lower) && !STOPWORDS.has(tok.lower) && (first || !PLACES.has(tok.lower));
  const proper = properWord(ctx, tok);
  const worded = !first && !named && !proper && wordBeforeSurname(ctx, i);
  // "Fokje zette haar eerste stapjes": a word the dictionary only makes from another (a
  // diminutive), standing where the subject stands, is a name as much as an unknown word is.
  const placed =
    !first && !named && !proper && !worded && madeWord(ctx, tok) && subjectPosition(ctx, i, i + 1);
  if (!first && !named && !proper && !worded && !placed) return null;
  if (joined && (prev.lower === 'zwarte' || (prev.cap && !prev.first && adjacent(text, prev, tok))))
    return null;
  // "Beste Sandra," opens a reply: answeredName() decides on the person answered. A post that
  // speaks to no one ("Lieve Klaasje, wat hebben we gelachen") names who it is about.
  const opened = prev && prev.first && OPENERS.has(prev.lower) && text[tok.end] === ',';
  if (opened && ctx.speaksTo && !careApposition(ctx, i + 1)) return null;
  // "haar dochter Noor", "zijn ouders Lisa en Tom", "heet Wout": a relative's or a baby's name;
  // "de kleine Alexis": a child's.
  const kin = kinBefore(ctx, i) || endeared(ctx, i);
  let next = tokens[i + 1];
  let from = i + 1;
  // "Jan Willem de Boer": a second first name before the surname.
  if (first && next && knownFirst(next, ctx.spell) && sameSentence(next, tok) && spaced(text, tok, next)) {
    if (surnameEnd(ctx, i + 2, tok) > 0) {
      from = i + 2;
      next = tokens[from];
    }
  }
  let surname =
    next && sameSentence(next, tok) && spaced(text, tokens[from - 1], next) ? surnameEnd(ctx, from, tok) : -1;
  // "de 42-jarige Marije Hoogland": a surname that is also a place, where an age, a birth or a
  // death says the sentence is about one person.
  if (
    surname < 0 &&
    next?.cap &&
    spaced(text, tok, next) &&
    PLACES.has(next.lower) &&
    ctx.strong.has(tok.sentence)
  )
    surname = from + 1;
  // Another capitalised word that is no surname: the name is part of a brand, a title or a place.
  if (
    surname < 0 &&
    next &&
    next.cap &&
    sameSentence(next, tok) &&
    spaced(text, tok, next) &&
    !STOPWORDS.has(next.lower)
  )
    return null;
  if (surname < 0 && namedAfter(ctx, from, tok)) return null;
  // "Hoop voor Morgen", "Roos van Frans Bauer": a title or a work, not a name.
  if (titlePhrase(ctx, i, surname > 0 ? surname : i + 1)) return null;
  const to = surname > 0 ? surname : i + 1;
  if (quiet(ctx, i, to)) return null;
  const apposition = careApposition(ctx, to);
  const aged = ageBehind(ctx, tokens[to - 1].end) || remarked(ctx, to) || pairAgedAfter(ctx, to);
  // An age, a birth or a death says the post is about this person, care words or not.
  const strong = aged || apposition || kin || named || strongAround(ctx, tok.sentence);
  if (!ctx.care && !strong) return null;
  const cued = strong || cuedAround(ctx, tok.sentence);
  const mention = {
    start: tok.start,
    end: tokens[to - 1].end,
    next: to,
    apposition,
    sentence: tok.sentence,
    ...carelessMark(ctx),
  };
  if (surname > 0) {
    // A full name: a known first name, or two words the dictionary knows only as names.
    if (first) return mention;
    if ((worded || properWord(ctx, tokens[to - 1])) && cued) return mention;
    return null;
  }
  if (first && pairedWithFullName(ctx, i)) return mention;
  // One word: a first name, or a word known only as a name, with an age, a room or an event.
  const listed = first && inNameList(ctx, i);
  if (!cued && !listed && !careSentence(ctx, tok.sentence)) return null;
  if (first && (!wordLike(ctx, i) || aged || apposition || kin || named || listed)) return mention;
  if (first && cued && subjectOfEvent(ctx, i)) return mention;
  if (!first && (aged || apposition || kin || named || placed || subjectPosition(ctx, i, to))) return mention;
  return null;
}

/**
 * The name runs on into a title: "Hoop voor Morgen" (a preposition and a capital), or
 * "Roos van Frans Bauer" (the "surname" is a first name with a surname after it: a song by someone).
 */
function titlePhrase(ctx: DraftContext, i: number, to: number): boolean {
  const { tokens, text } = ctx.analysis;
  const head = tokens[i];
  const after = tokens[to];
  const next = tokens[to + 1];
  if (!after || !sameSentence(after, head) || !spaced(text, tokens[to - 1], after)) return false;
  if (
    next &&
    sameSentence(next, head) &&
    TITLE_LINKS.has(after.word) &&
    next.cap &&
    spaced(text, after, next)
  )
    return true;
  const core = tokens[to - 1];
  return to - 2 > i && tokens[to - 2].word === 'van' && after.cap && isFirstName(core.lower, ctx.spell);
}

/** Prepositions that join the words of a title ("Hoop voor Morgen"); not "van", "uit" or "en". */
const TITLE_LINKS = new Set(['voor', 'zonder', 'tegen', 'naar', 'over']);

/** "de Erik de Vries-prijs", "het Anna van Dijk-fonds": the name is part of a prize or a fund. */
function namedAfter(ctx: DraftContext, from: number, head: Token): boolean {
  const { tokens } = ctx.analysis;
  let k = from;
  while (k < from + 3 && tokens[k] && sameSentence(tokens[k], head) && isParticle(tokens[k])) k++;
  const core = tokens[k];
  return (
    !!core && sameSentence(core, head) && core.word.includes('-') && ORG_SUFFIXES.has(lastPart(core.lower))
  );
}

/** Words for relatives in the plural or as a pair, before their names ("zijn ouders Lisa en Tom"). */
const KIN = new Set([
  'ouders',
  'grootouders',
  'mama',
  'papa',
  'mams',
  'paps',
  'kinderen',
  'kleinkinderen',
  'kind',
  'kindje',
  'zoontje',
  'dochtertje',
  'kleinkind',
]);
const kinWord = (t: Token | undefined) => !!t && (RELATIVES.has(t.lower) || KIN.has(t.lower));

/**
 * A name after a kinship word, also further down a list of names: "haar dochter Noor", "zijn
 * ouders Lisa en Tom", "dochter van Kim en Joris".
 */
function kinBefore(ctx: DraftContext, i: number): boolean {
  const { tokens } = ctx.analysis;
  const k = listStart(ctx, i);
  const prev = tokens[k - 1];
  const before = tokens[k - 2];
  if (!prev || !sameSentence(prev, tokens[i])) return false;
  if (kinWord(prev)) return true;
  return prev.lower === 'van' && !!before && sameSentence(before, prev) && kinWord(before);
}

/** "Darina" in "Darina en Tiago (30 en 34)": the ages of a couple after the second name. */
function pairAgedAfter(ctx: DraftContext, to: number): boolean {
  const { tokens, text } = ctx.analysis;
  const link = tokens[to];
  const second = tokens[to + 1];
  if (!link || link.lower !== 'en' || !second?.cap || !sameSentence(second, tokens[to - 1])) return false;
  return /^\s*\(\s*\d{1,3}\s*(?:en|&|,)\s*\d{1,3}\s*(?:jaar)?\s*\)/.test(
    text.slice(second.end, second.end + 20),
  );
}

/** "de kleine Alexis", "onze kleine Sep": an endearment with an article or a possessive before a name. */
function endeared(ctx: DraftContext, i: number): boolean {
  const { tokens } = ctx.analysis;
  const prev = tokens[i - 1];
  const before = tokens[i - 2];
  if (!prev || !sameSentence(prev, tokens[i]) || prev.cap || !ENDEARMENTS.has(prev.lower)) return false;
  return !!before && sameSentence(before, prev) && ['de', 'onze', 'ons', 'welkom'].includes(before.lower);
}
const ENDEARMENTS = new Set(['kleine', 'lieve', 'jonge', 'dappere', 'kleinste']);

/**
 * "Sjors (die met dementie)", "Ton van bed 3", "Dirkje noemen we hem": a remark about the
 * person right after the name, in a sentence that speaks of care or an event.
 */
function remarked(ctx: DraftContext, to: number): boolean {
  const { tokens, text } = ctx.analysis;
  const last = tokens[to - 1];
  if (!cuedAround(ctx, last.sentence) && !careSentence(ctx, last.sentence)) return false;
  const after = text.slice(last.end, last.end + 20);
  if (/^\s*\(\s*(?:die|met|van)\s/.test(after)) return true;
  // "Ton van bed 3", "Riek op kamer 12": a bed or a room number.
  if (/^\s+(?:van|op|uit)\s+(?:kamer|bed|box|appartement)\s*\d/i.test(after)) return true;
  const verb = tokens[to];
  const we = tokens[to + 1];
  return (
    !!verb &&
    !!we &&
    sameSentence(we, last) &&
    /^noem(?:en|den)$/.test(verb.lower) &&
    /^(?:we|wij)$/.test(we.lower)
  );
}

/** Words that give a name: "de baby heet Wout", "een meisje genaamd Minne". */
const NAMING = new Set(['heet', 'heten', 'genaamd', 'noemen', 'noemden', 'gedoopt']);

/** "Ria, Hans en Nelly", "Lisa en Tom": first names in a list name people, even names that are words. */
function inNameList(ctx: DraftContext, i: number): boolean {
  const { tokens, text } = ctx.analysis;
  const tok = tokens[i];
  const joinedBy = (a: Token | undefined, b: Token | undefined) =>
    !!a && !!b && sameSentence(a, b) && /^(?:\s*,\s*|\s+en\s+|\s*&\s*)$/.test(text.slice(a.end, b.start));
  const next = tokens[i + 1]?.lower === 'en' ? tokens[i + 2] : tokens[i + 1];
  const prev = tokens[i - 1]?.lower === 'en' ? tokens[i - 2] : tokens[i - 1];
  return (
    (!!next && next !== tok && knownFirst(next, ctx.spell) && joinedBy(tok, next)) ||
    (!!prev && prev !== tok && knownFirst(prev, ctx.spell) && joinedBy(prev, tok))
  );
}

/** "Jan en Truus Bakker": a first name joined by "en" to a full name shares its surname. */
function pairedWithFullName(ctx: DraftContext, i: number): boolean {
  const { tokens } = ctx.analysis;
  const en = tokens[i + 1];
  const second = tokens[i + 2];
  if (
    !en ||
    en.lower !== 'en' ||
    !second ||
    !sameSentence(second, tokens[i]) ||
    !knownFirst(second, ctx.spell)
  )
    return false;
  return surnameEnd(ctx, i + 3, second) > 0;
}
