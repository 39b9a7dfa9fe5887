import { COLLEAGUE_ROLES, POSSESSIVES, PUBLIC_ROLES, RELATIVES } from '../data/care';
import { ANSWER_SURFACES, type Surface } from '../types';
import { anchorsIn } from './anchors';
import { detailAnchors } from './details';
import { peopleIn } from './people';
import { analyse, tokensOf, type Analysis, type Token } from './tokens';

/**
 * Which sentences speak about one particular person, for the health and life-event words:
 * a named person, a patient or resident, a relative of the writer ("mijn moeder") or of the
 * one answered ("uw vader"), the one answered ("u bent gevallen"), or "zij"/"hem"/"haar".
 */
export type Subjects = {
  /** Sentences about one particular person. */
  about: Set<number>;
  /** Sentences with a name in them. */
  named: Set<number>;
  /** Sentences about a relative or the one answered: the next sentence's pronoun points back. */
  relative: Set<number>;
  /** Sentences that speak in general: campaigns, facts and figures, advice. */
  generic: Set<number>;
  /** Sentences about someone only because they address the one answered ("u", "uw"). */
  answered: Set<number>;
};

/**
 * Facts, campaigns and advice: "dementie komt veel voor", "1 op de 3 ouderen valt",
 * "wist je dat", "als u valt". In such a sentence a bare "een oudere" is anyone.
 */
const GENERIC =
  /\b(?:wist (?:je|u) dat|als (?:je|u|jij|men)|wanneer (?:je|u|jij|men)|indien|(?:komt|komen) (?:veel|vaak|steeds vaker) voor|kan leiden tot|kunnen leiden tot|jaarlijks|per jaar|elk jaar|ieder jaar|procent|\d+ ?%|\d+ op (?:de|elke) \d+|(?:één|een) op (?:de|elke) (?:twee|drie|vier|vijf|tien|honderd)|risico op|kans op|preventie|voorkomen|voorkom|tips?|campagne|week van de|dag van de|herdenk\w*|(?:heeft|hebt|heb) (?:u|je|jij) (?:nog )?vragen|(?:mensen|ouderen|kinderen|jongeren|volwassenen) met|baby['’]s|tweelingen|steeds meer (?:mensen|ouderen)|hoe herken|signalen|symptomen|lees meer|meer weten|meer info|webinar|lezing|voorlichting|folder|brochure|onderzoek (?:toont|laat)|gemiddeld|wie (?:een|ooit)|(?:ook|zelfs|alleen|iedereen) wie|\d[\d.]* (?:baby['’]s|kinderen|bewoners|patiënten|cliënten|mensen|ouderen))\b/i;

const COUNTERFACTUAL = /\b(?:als|wanneer|indien) (?:u|je|jij)\b[^.!?]*\b(?:had|hadden)\b/i;

/** Possessives of one person: "haar geheugen", "zijn heup"; "zijn" is also "are", so only inside or right before the event. */
const OWNERS = new Set(['haar', 'zijn', "z'n", 'z’n', "d'r", 'hem']);
/** The one answered in a reply. */
const SECOND_PERSON = new Set(['u', 'uw', 'jij', 'jou', 'jouw', 'je', 'ge', 'gij', 'uzelf', 'jullie']);
/** Wishes in a reply are for the one answered: "Succes met de chemo", "Sterkte met de revalidatie". */
const WISHES =
  /^\s*(?:succes|sterkte|veel sterkte|beterschap|gecondoleerd|veel beterschap|heel veel sterkte)\b/i;
/** People in the plural: "de bewoners die zijn overleden" is nobody in particular. */
const PLURAL_PEOPLE = new Set(
  'bewoners patiënten cliënten mensen ouderen kinderen families nabestaanden overledenen zorgvragers gasten deelnemers'.split(
    ' ',
  ),
);
/** The writer: "ik ben gevallen" is the writer's own story, not a patient's. */
const FIRST_PERSON = new Set(['ik', "'k", 'mij', 'me', 'mijn']);

let cache: { text: string; surface: Surface; people: readonly unknown[]; subjects: Subjects } | null = null;

export function subjectsIn(text: string, surface: Surface): Subjects {
  // Kept while peopleIn gives the same result (see anchorsIn): names found with the dictionary count.
  const people = peopleIn(text);
  if (cache && cache.text === text && cache.surface === surface && cache.people === people)
    return cache.subjects;
  const analysis = analyse(text);
  const generic = new Set<number>();
  const answering = ANSWER_SURFACES.has(surface);
  analysis.sentences.forEach((s, i) => {
    const sentence = text.slice(s.start, s.end);
    // "als u de instructies had opgevolgd" in a reply is about the one answered, not anyone.
    if (GENERIC.test(sentence) && !(answering && COUNTERFACTUAL.test(sentence))) generic.add(i);
  });
  const about = new Set<number>();
  const named = new Set<number>();
  const relative = new Set<number>();
  for (const p of people) {
    if (p.kind === 'relative') relative.add(p.sentence);
    else named.add(p.sentence);
    about.add(p.sentence);
  }
  for (const a of detailAnchors(text)) {
    about.add(a.sentence);
    if (a.named) named.add(a.sentence);
  }
  for (const a of anchorsIn(text)) {
    // A bare "een oudere" in a campaign sentence is anyone; a name never is.
    if (!a.named && generic.has(a.sentence) && !relative.has(a.sentence)) continue;
    about.add(a.sentence);
  }
  const { tokens } = analysis;
  const answered = new Set<number>();
  const colleagueHere = colleagueCheck(analysis);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (generic.has(t.sentence) && !named.has(t.sentence)) continue;
    if (someone(tokens, i)) about.add(t.sentence);
    if (isRelative(tokens, i)) {
      about.add(t.sentence);
      relative.add(t.sentence);
    } else if (
      answering &&
      SECOND_PERSON.has(t.lower) &&
      !about.has(t.sentence) &&
      !answered.has(t.sentence) &&
      !colleagueHere(t.sentence)
    ) {
      answered.add(t.sentence);
      relative.add(t.sentence);
    }
  }
  if (answering)
    analysis.sentences.forEach((s, i) => {
      if (!about.has(i) && WISHES.test(text.slice(s.start, s.end))) answered.add(i);
      // "gefeliciteerd lieke!! lekker uitrusten na die bevalling": a comment that greets someone
      // by name goes on about them while no one else, nor the writer, is the subject.
      else if (i > 0 && named.has(i - 1) && !about.has(i) && !generic.has(i) && !ownStory(analysis, i))
        answered.add(i);
    });
  for (const s of about) answered.delete(s);
  for (const s of answered) about.add(s);
  // A fragment after a colon or a full stop ("...van de trap: hersenbloeding.") goes on about
  // the one the sentence before spoke of.
  analysis.sentences.forEach((s, i) => {
    if (i > 0 && s.to - s.from <= 3 && about.has(i - 1) && !generic.has(i)) {
      about.add(i);
      if (named.has(i - 1)) named.add(i);
      if (relative.has(i - 1)) relative.add(i);
    }
  });
  const subjects = { about, named, relative, generic, answered };
  cache = { text, surface, people, subjects };
  return subjects;
}

/** The writer's own story or team news: "ik", "we", "mijn", a colleague. */
function ownStory(analysis: Analysis, sentence: number): boolean {
  return (
    colleagueIn(analysis, sentence) ||
    tokensOf(analysis, sentence).some((t) => FIRST_PERSON.has(t.lower) || WE.has(t.lower))
  );
}
const WE = new Set(['we', 'wij', 'ons', 'onze']);

/**
 * "iemand had een zaklampje ingeslikt": someone in particular, told in the past. "Als iemand
 * valt" is advice (a generic sentence never gets here).
 */
function someone(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    tokens[i].lower === 'iemand' && !!next && next.sentence === tokens[i].sentence && PAST.has(next.lower)
  );
}
const PAST = new Set(['had', 'was', 'lag', 'kwam', 'viel', 'brak', 'werd', 'moest', 'kreeg']);

/** "uw zoons", "haar kinderen": relatives in the plural are still one family. */
const KIN_PLURALS = new Set('zoons zonen dochters kinderen kleinkinderen ouders broers zussen'.split(' '));

/** "mijn moeder", "zijn vrouw", "uw vader", "ons moeke". */
function isRelative(tokens: Token[], i: number): boolean {
  const rel = tokens[i + 1];
  return (
    POSSESSIVES.has(tokens[i].lower) &&
    !!rel &&
    rel.sentence === tokens[i].sentence &&
    (RELATIVES.has(rel.lower) || KIN_PLURALS.has(rel.lower))
  );
}

/**
 * "haar geheugen laat haar in de steek", "zijn heup gebroken": the event names its owner,
 * one person, unless the sentence is about a colleague or a public figure.
 */
export function owned(
  analysis: Analysis,
  start: number,
  end: number,
  sentence: number,
  nounLike = true,
): boolean {
  if (roleIn(analysis, sentence)) return false;
  const { tokens, sentences } = analysis;
  const span = sentences[sentence];
  if (!span) return false;
  // Only the words of the event and the one before it can own it: found by binary search, so
  // many events in one long sentence stay linear.
  let lo = span.from;
  let hi = span.to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = Math.max(span.from, lo - 1); k < span.to && tokens[k].start < end; k++) {
    const t = tokens[k];
    const next = k + 1 < span.to ? tokens[k + 1] : undefined;
    const inside = t.start >= start && t.end <= end;
    // "zijn overleden" is a verb: "zijn" only owns what it stands in, or a noun ("zijn beroerte").
    const before = !!next && next.start === start && (t.lower !== 'zijn' || nounLike);
    if (OWNERS.has(t.lower) && (inside || before)) return true;
  }
  return false;
}

const roles = new WeakMap<Analysis, Map<number, boolean>>();
/** The sentence names a colleague's or a public figure's role; read once per sentence. */
export function roleIn(analysis: Analysis, sentence: number): boolean {
  let known = roles.get(analysis);
  if (!known) roles.set(analysis, (known = new Map()));
  let found = known.get(sentence);
  if (found === undefined)
    known.set(
      sentence,
      (found = tokensOf(analysis, sentence).some(
        (t) => COLLEAGUE_ROLES.has(t.lower.replace('’', "'")) || PUBLIC_ROLES.has(t.lower),
      )),
    );
  return found;
}

/**
 * Births and deaths tell of someone else than the writer by themselves ("is vannacht
 * geboren", "is rustig ingeslapen"), unless the sentence is the writer's own or a colleague's.
 */
export function selfEvident(analysis: Analysis, sentence: number, subjects: Subjects): boolean {
  if (subjects.generic.has(sentence)) return false;
  // Once per sentence: many births or deaths in one long sentence stay linear.
  let known = evident.get(analysis);
  if (!known) evident.set(analysis, (known = new Map()));
  let found = known.get(sentence);
  if (found === undefined) {
    const tokens = tokensOf(analysis, sentence);
    found =
      !colleagueIn(analysis, sentence) &&
      // A public figure's death ("oprichter X is overleden") is news, not a patient's.
      !roleIn(analysis, sentence) &&
      !tokens.some((t, k) => FIRST_PERSON.has(t.lower) || (PLURAL_PEOPLE.has(t.lower) && !oneOf(tokens, k)));
    known.set(sentence, found);
  }
  return found;
}
const evident = new WeakMap<Analysis, Map<number, boolean>>();

/** "een van onze bewoners", "één van de patiënten": one person out of many, not the many. */
function oneOf(tokens: Token[], k: number): boolean {
  const lead = tokens
    .slice(Math.max(0, k - 3), k)
    .map((t) => t.lower)
    .join(' ');
  return /(?:^|\s)(?:een|één) van (?:de|onze|ons|hun|haar|zijn|jullie)(?: \p{L}+)?$/u.test(lead);
}

/**
 * A colleague is who the sentence is about ("onze collega is bevallen van een dochter"), also
 * when a colon split the sentence ("Onze collega Mirthe is met verlof: haar zoontje is geboren").
 */
/**
 * colleagueIn, read once per sentence of this analysis: asked for every word of a long sentence
 * (every "u", every birth), reading the sentence each time was quadratic.
 */
export function colleagueCheck(analysis: Analysis): (sentence: number) => boolean {
  const known = new Map<number, boolean>();
  return (sentence) => {
    let found = known.get(sentence);
    if (found === undefined) known.set(sentence, (found = colleagueIn(analysis, sentence)));
    return found;
  };
}

export function colleagueIn(analysis: Analysis, sentence: number): boolean {
  const { text, sentences } = analysis;
  const joined =
    sentence > 0 && /:\s*$/.test(text.slice(sentences[sentence - 1].end, sentences[sentence].start));
  return tokensOf(analysis, joined ? sentence - 1 : sentence, sentence).some((t) =>
    COLLEAGUE_ROLES.has(t.lower.replace('’', "'")),
  );
}
