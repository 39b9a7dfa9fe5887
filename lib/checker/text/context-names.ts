import { CARE_CONTEXT, GREETINGS, PUBLIC_ROLES, RELATIVES, SINGULAR_VERBS, TITLES } from '../data/care';
import { AMBIGUOUS_FIRST_NAMES, SURNAMES } from '../data/names';
import {
  CARE_DRAFT_WORDS,
  LIFE_EVENT_WORDS,
  NOT_PEOPLE,
  ORG_PREFIXES,
  ORG_SUFFIXES,
  PERSON_EVENT_WORDS,
  RECRUITMENT,
  STAFF_WORDS,
  WORKS,
} from '../data/person-cues';
import { PLACES } from '../data/places';
import { STOPWORDS } from '../data/stopwords';
import type { SpellEngine } from '../rule';
import { detailsIn } from './details';
import { isFirstName } from './first-names';
import { sensitiveWords } from './health';
import { wordCase } from './lexicon';
import {
  adjacent,
  endsInRole,
  isParticle,
  isRole,
  lastPart,
  roleAfter,
  sameSentence,
  spaced,
} from './name-parts';
import type { Analysis, Token } from './tokens';

/** What the context finder knows about the whole draft, computed once per text. */
export type DraftContext = {
  analysis: Analysis;
  spell?: SpellEngine;
  /** Some word of the draft speaks of care: residents, a ward, a hospital, an admission. */
  care: boolean;
  /** The draft recruits staff: its names are colleagues. */
  recruitment: boolean;
  /** Sentences with a detail that narrows to one person: an age, a room, a ward, a health word, an event. */
  cued: Set<number>;
  /** Per sentence: what its words say about the names in it. */
  sentences: SentenceFlags[];
  /** Sentences with an age, a birth or a death: about one person even without care words. */
  strong: Set<number>;
  /** Names introduced as staff ("onze vrijwilliger Gerrit"): later mentions of them stay quiet. */
  staffNames: Set<string>;
};

type SentenceFlags = {
  /** Staff words (a jubilee, a diploma, "welkom in ons team") or a Title Case headline. */
  staff: boolean;
  /** A performance: a full name in it is an artist's. */
  performance: boolean;
  /** A care word stands in the sentence. */
  care: boolean;
  /** A Title Case headline: its capitals say nothing about names. */
  headline: boolean;
  /** It points back to someone named before: "hij", "zij", "ze", "haar", "hem", or opens with "Geboren op". */
  refers: boolean;
  /** Someone in it is treated: operated on, admitted, nursed, gave birth, lies on a ward. */
  treated: boolean;
  /** "ligt" or "lag": with a care word, someone lies in hospital. */
  lies: boolean;
};

/** A name found without a title: through the words around it and the draft it stands in. */
export type ContextName = {
  start: number;
  end: number;
  /** Token index just past the name. */
  next: number;
  /** A care word stands beside it ("Fien, onze jongste patiënte"): as sure as a title. */
  apposition: boolean;
  sentence: number;
};

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
/** Words before a name that make it the writer's byline or a photo credit. */
const CREDITS =
  /(?:(?:^|\s)(?:geschreven door|door:|auteur:?)|(?:^|[\n.!?|•]\s*)(?:tekst(?: en foto)?:?|foto'?s?:|fotografie:?|beeld:))\s*$/i;
const OLD_ORDINAL = /(?<![\p{N}])(\d{2,3})(?:ste|de|e)(?![\p{L}\p{N}])/gu;
/** Parts of compounds that speak of care: ziekenhuisbaby, geboortecentrum, dagopvang. */
const CARE_PART =
  /ziekenhuis|verpleeghuis|zorgcentrum|woonzorg|geboortecentrum|kraam|patiënt|bewoner|bewoonster|afdeling|dagopvang|dagbesteding|revalidatie|polikliniek|narcose|(?<!co)operatie/;
const AGE_BEHIND = /^\s*(?:\(\s*\d{1,3}\s*(?:jaar|jr\.?)?\s*\)|,\s*\d{1,3}(?:\s*(?:jaar|jr\.?))?\s*[,.;!)])/;

export function draftContext(analysis: Analysis, spell?: SpellEngine): DraftContext {
  const { tokens, text } = analysis;
  let care = false;
  const cued = new Set<number>();
  const strong = new Set<number>();
  // One pass over the words: what each sentence says, so every name asks in constant time.
  const sentences = analysis.sentences.map((): SentenceFlags => ({
    staff: false,
    performance: false,
    care: false,
    headline: false,
    refers: false,
    treated: false,
    lies: false,
  }));
  let welcome = false;
  let team = false;
  let headline = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const flags = sentences[t.sentence];
    if (t.first) {
      welcome = false;
      team = false;
      headline = 0;
    }
    if (CARE_CONTEXT.has(t.lower) || CARE_DRAFT_WORDS.has(t.lower)) care = flags.care = true;
    if (PERSON_EVENT_WORDS.has(t.lower)) cued.add(t.sentence);
    if (LIFE_EVENT_WORDS.has(t.lower)) strong.add(t.sentence);
    if (!care && CARE_PART.test(t.lower)) care = flags.care = true;
    if (STAFF_WORDS.has(t.lower) || (t.lower === 'in' && tokens[k + 1]?.lower === 'dienst'))
      flags.staff = true;
    if (PERFORMANCE_WORDS.has(t.lower)) flags.performance = true;
    if (BACK_REFERENCES.has(t.lower) || (t.first && LIFE_EVENT_WORDS.has(t.lower))) flags.refers = true;
    if (TREATED.has(t.lower)) flags.treated = true;
    if (t.lower === 'ligt' || t.lower === 'lag') flags.lies = true;
    if (t.lower === 'welkom') welcome = true;
    if (t.lower === 'team') team = true;
    // "Ria Jansen en haar team": someone who leads a team works there.
    if (t.lower === 'team' && (tokens[k - 1]?.lower === 'haar' || tokens[k - 1]?.lower === 'zijn'))
      flags.staff = true;
    if (t.cap && !t.first && STOPWORDS.has(t.lower) && !PARTICLE_WORDS.has(t.lower)) headline++;
    // "Welkom Sanne en Joost in ons team"; and A Title Case Headline capitalises every word.
    if (headline >= 2) flags.headline = true;
    if ((welcome && team) || headline >= 2) flags.staff = true;
  }
  const sentenceOf = (offset: number) => {
    let lo = 0;
    let hi = analysis.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (analysis.sentences[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const h of sensitiveWords(text)) {
    if (!h.health) continue;
    care = true;
    cued.add(h.sentence);
  }
  for (const d of detailsIn(text)) {
    if (d.kind !== 'age' && d.kind !== 'room' && d.kind !== 'ward') continue;
    cued.add(sentenceOf(d.start));
    if (d.kind === 'age') strong.add(sentenceOf(d.start));
  }
  // "met je 99ste!": an ordinal of a great age.
  OLD_ORDINAL.lastIndex = 0;
  for (let m = OLD_ORDINAL.exec(text); m; m = OLD_ORDINAL.exec(text)) {
    if (Number(m[1]) < 80) continue;
    cued.add(sentenceOf(m.index));
    strong.add(sentenceOf(m.index));
  }
  for (const flags of sentences) if (flags.lies && flags.care) flags.treated = true;
  // "woont sinds 2016 bij ons", "verbleef drie weken bij ons": the writer's organisation houses people.
  if (!care && LIVES_WITH_US.test(text)) care = true;
  const recruitment = RECRUITMENT.test(text);
  return { analysis, spell, care, recruitment, cued, sentences, strong, staffNames: new Set() };
}

/** A word the dictionary knows only as a name (or not at all), and no place or brand. */
export function properWord(ctx: DraftContext, t: Token): boolean {
  if (t.word.length < 2 || t.word === t.word.toUpperCase()) return false;
  if (STOPWORDS.has(t.lower) || PLACES.has(t.lower) || NOT_PEOPLE.has(t.lower)) return false;
  const c = wordCase(ctx.spell, t.word);
  return c === 'proper' || c === 'unknown';
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

const LIVES_WITH_US =
  /\b(?:woon(?:t|de|den)|verblijf(?:t)?|verble(?:ef|ven)|logeer(?:t|de))\b[^.!?\n]{0,40}\bbij ons\b|\bbij ons (?:woon(?:t|de|den)|verblijf(?:t)?|verble(?:ef|ven))\b/i;

const ARTICLES = new Set(['de', 'het', "'t", 'een', 'deze', 'dit', 'die', 'dat']);

/** Pronouns that go on about one person named before. */
const BACK_REFERENCES = new Set(['hij', 'zij', 'ze', 'haar', 'hem']);
/** Someone is treated: a public figure named with these is a patient, not in a public role. */
const TREATED = new Set([
  'geopereerd',
  'opgenomen',
  'behandeld',
  'verpleegd',
  'gereanimeerd',
  'bevallen',
  'beviel',
  'revalideert',
  'gerevalideerd',
]);

/** An age, a birth or a death in the sentence, or in the next one when it points back ("Hij was 87"). */
const strongAround = (ctx: DraftContext, s: number) =>
  ctx.strong.has(s) || (ctx.strong.has(s + 1) && ctx.sentences[s + 1].refers);

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

/** Words that may stand between a name and a role it is given ("Mieke is de nieuwe teamleider"). */
const ROLE_LINKS = new Set([
  'is',
  'wordt',
  'werd',
  'als',
  'de',
  'onze',
  'ons',
  'een',
  'nieuwe',
  'nieuw',
  'vaste',
]);

/** Whether the name's surroundings make it staff, a public figure, an organisation or a credit. */
export function quiet(ctx: DraftContext, from: number, to: number): boolean {
  if (ctx.recruitment) return true;
  for (let k = from; k < to; k++) if (ctx.staffNames.has(ctx.analysis.tokens[k].lower)) return true;
  if (!staffRole(ctx, from, to)) return false;
  for (let k = from; k < to; k++)
    if (ctx.analysis.tokens[k].cap) ctx.staffNames.add(ctx.analysis.tokens[k].lower);
  return true;
}

/** A role, an organisation, a credit or staff words around the name. */
function staffRole(ctx: DraftContext, from: number, to: number): boolean {
  const { tokens, text } = ctx.analysis;
  const full = to - from > 1;
  const head = tokens[from];
  const last = tokens[to - 1];
  const prev = tokens[from - 1];
  const prev2 = tokens[from - 2];
  if (prev && sameSentence(prev, head)) {
    // "met" is a speaker word only after "interview" (a staff word itself): "met Gerrit" is company.
    // A public figure who is operated on or admitted is a patient ("zanger X werd bij ons geopereerd").
    const patient = publicRole(prev) && ctx.sentences[head.sentence].treated;
    const role = ((isRole(prev) && prev.lower !== 'met') || endsInRole(prev.lower)) && !patient;
    if (role || ORG_PREFIXES.has(prev.lower) || NOT_PEOPLE.has(prev.lower)) return true;
    // "het Antoni van Leeuwenhoek": a building or an organisation takes an article, a person does not.
    if ((prev.lower === 'het' || prev.lower === "'t") && adjacent(text, prev, head)) return true;
    if (prev2 && sameSentence(prev2, head) && !prev.cap && (isRole(prev2) || PUBLIC_ROLES.has(prev2.lower)))
      return true;
    if (
      prev2 &&
      sameSentence(prev2, head) &&
      (prev.lower === 'van' || prev.lower === 'door') &&
      WORKS.has(prev2.lower)
    )
      return true;
  }
  if (roleAfter(ctx.analysis, to)) return true;
  for (let k = to; k < to + 5 && k < tokens.length && sameSentence(tokens[k], last); k++) {
    if (isRole(tokens[k]) && k > to) return true;
    if (!ROLE_LINKS.has(tokens[k].lower)) break;
  }
  const next = tokens[to];
  if (next && sameSentence(next, last) && spaced(text, last, next)) {
    const org = next.cap
      ? ORG_SUFFIXES.has(next.lower) ||
        /(?:ziekenhuis|kliniek|gasthuis|huis|huizen|zorg|centrum|centra)$/.test(next.lower)
      : /^(?:ziekenhuis|kinderziekenhuis|kliniek|gasthuis|stichting|fonds|prijs|award)$/.test(next.lower);
    if (org) return true;
  }
  // "Maaike: ..." is a speaker; a byline or photo credit names the writer.
  if (/^\s*:/.test(text.slice(last.end, last.end + 3))) return true;
  if (CREDITS.test(text.slice(Math.max(0, head.start - 24), head.start))) return true;
  const flags = ctx.sentences[head.sentence];
  // "Bas en Rik van de technische dienst maakten de tillift. Top collega's!": a short
  // exclamation after the sentence says who they are.
  const after = ctx.analysis.sentences[head.sentence + 1];
  const exclaimed = !!after && after.to - after.from <= 4 && ctx.sentences[head.sentence + 1].staff;
  return flags.staff || exclaimed || (full && flags.performance);
}

const publicRole = (t: Token) => PUBLIC_ROLES.has(t.lower) || PUBLIC_ROLES.has(lastPart(t.lower));

/** A full name that sings or performs for the residents is an artist's ("Jan Smit zong voor de bewoners"). */
const PERFORMANCE_WORDS = new Set([
  'zong',
  'zingt',
  'zingen',
  'optreden',
  'optrad',
  'trad',
  'concert',
  'voorstelling',
  'show',
  'speelde',
  'bezocht',
  'opende',
  'signeerde',
]);

const PARTICLE_WORDS = new Set(['de', 'van', 'den', 'der', 'het', 'ter', 'ten', 'te', 'in', 'op']);

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

/** The name's sentence or the next one holds a detail about one person. */
const cuedAround = (ctx: DraftContext, sentence: number) =>
  ctx.cued.has(sentence) || ctx.cued.has(sentence + 1);

/** Greetings and endearments that open a sentence before a name ("Lieve Fien, ..."). */
export const OPENERS = new Set([...GREETINGS, 'lieve', 'geachte', 'beste']);

/**
 * A name without a title at token i, found through the care context of the draft: a full
 * name, a first name with an age, a room or an event, or a name in a care apposition.
 */
export function contextName(ctx: DraftContext, i: number): ContextName | null {
  const { tokens, text } = ctx.analysis;
  const tok = tokens[i];
  if (!tok.cap) return ctx.care ? lowerName(ctx, i) : null;
  if (tok.first && OPENERS.has(tok.lower)) return null;
  const first = knownFirst(tok, ctx.spell);
  const prev = tokens[i - 1];
  const joined = !!prev && sameSentence(prev, tok);
  // "heet Minne": after a word that gives a name, any capitalised word is one ("heet Lot" too).
  const named =
    joined && NAMING.has(prev.lower) && !STOPWORDS.has(tok.lower) && (first || !PLACES.has(tok.lower));
  const proper = properWord(ctx, tok);
  const worded = !first && !named && !proper && wordBeforeSurname(ctx, i);
  if (!first && !named && !proper && !worded) return null;
  if (joined && (prev.lower === 'zwarte' || (prev.cap && !prev.first && adjacent(text, prev, tok))))
    return null;
  // "Beste Sandra," opens a reply: answeredName() decides on the person answered.
  if (prev && prev.first && OPENERS.has(prev.lower) && text[tok.end] === ',' && !careApposition(ctx, i + 1))
    return null;
  // "haar dochter Noor", "zijn ouders Lisa en Tom", "heet Wout": a relative's or a baby's name.
  const kin = kinBefore(ctx, i);
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
  const to = surname > 0 ? surname : i + 1;
  if (quiet(ctx, i, to)) return null;
  const apposition = careApposition(ctx, to);
  const aged = AGE_BEHIND.test(text.slice(tokens[to - 1].end, tokens[to - 1].end + 16));
  // An age, a birth or a death says the post is about this person, care words or not.
  const strong = aged || apposition || kin || named || strongAround(ctx, tok.sentence);
  if (!ctx.care && !strong) return null;
  const cued = strong || cuedAround(ctx, tok.sentence);
  const mention = { start: tok.start, end: tokens[to - 1].end, next: to, apposition, sentence: tok.sentence };
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
  if (!first && (aged || apposition || kin || named)) return mention;
  return null;
}

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
const KIN = new Set(['ouders', 'grootouders', 'mama', 'papa', 'mams', 'paps', 'kinderen', 'kleinkinderen']);
const kinWord = (t: Token | undefined) => !!t && (RELATIVES.has(t.lower) || KIN.has(t.lower));

/**
 * A name after a kinship word, also further down a list of names: "haar dochter Noor", "zijn
 * ouders Lisa en Tom", "dochter van Kim en Joris".
 */
function kinBefore(ctx: DraftContext, i: number): boolean {
  const { tokens, text } = ctx.analysis;
  let k = i;
  for (let step = 0; step < 4; step++) {
    const prev = tokens[k - 1];
    if (!prev || !sameSentence(prev, tokens[i])) return false;
    if (kinWord(prev)) return true;
    const before = tokens[k - 2];
    if (prev.lower === 'van' && before && sameSentence(before, prev) && kinWord(before)) return true;
    // Step back over "Kim en" or "Kim," to the start of the list.
    if (prev.lower === 'en' && before?.cap && sameSentence(before, prev)) k -= 2;
    else if (prev.cap && /^\s*,\s*$/.test(text.slice(prev.end, tokens[k].start))) k -= 1;
    else return false;
  }
  return false;
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
function lowerName(ctx: DraftContext, i: number): ContextName | null {
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
  const aged = AGE_BEHIND.test(text.slice(tokens[to - 1].end, tokens[to - 1].end + 16));
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

const careSentence = (ctx: DraftContext, sentence: number) => ctx.sentences[sentence].care;
