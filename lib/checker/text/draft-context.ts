import { CARE_CONTEXT } from '../data/care';
import {
  CARE_DRAFT_WORDS,
  LIFE_EVENT_WORDS,
  OWN_CARE_WORDS,
  PERSON_EVENT_WORDS,
  RECRUITMENT,
  STAFF_WORDS,
} from '../data/person-cues';
import { STOPWORDS } from '../data/stopwords';
import type { SpellEngine } from '../rule';
import { detailsIn } from './details';
import { sensitiveWords } from './health';
import type { Analysis } from './tokens';

/**
 * What the whole draft says about the names in it, read once per text: whether it speaks of
 * care, which sentences hold an age, a birth or a death, which speak of staff.
 */

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
  /** The draft speaks to someone: "u", "uw", "je", "jij", "jouw" stand in it. */
  speaksTo: boolean;
  /** Names introduced as staff ("onze vrijwilliger Gerrit"): later mentions of them stay quiet. */
  staffNames: Set<string>;
  /**
   * A reply or comment that confirms the one answered, or their relative, is in our care (set by
   * peopleIn from what avg/care-relationship found): the one it speaks to by name received it.
   */
  answerConfirmsCare?: boolean;
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
  /**
   * Token index of "voor de bewoners", "voor onze cliënten" in the sentence, or -1: whoever is
   * named before it does something for the residents, and is not one of them. ("met de
   * bewoners" says less: residents go on outings with the others.)
   */
  withResidents: number;
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
  /** Found without any care word in the draft: through an age, a birth, a death or a handle's year. */
  careless?: boolean;
};

/** The mark for a name found in this draft: `careless` where the draft has no care word. */
export const carelessMark = (ctx: DraftContext): { careless?: true } => (ctx.care ? {} : { careless: true });

/** "Grietje Bosma, 1931-2024", "(1931 - 2024)": the years of a life after a name. */
const LIFESPAN = /^\s*[,(]?\s*(?:°\s*)?(?:18|19|20)\d\d\s*[-–]\s*(?:†\s*)?(?:199\d|20\d\d)(?!\d)/;
/** An age right behind a name: "Noah (3)", "Piet, 91,", a couple's "Darina en Tiago (30 en 34)". */
export const AGE_BEHIND =
  /^\s*(?:\(\s*\d{1,3}(?:\s*(?:en|&|,)\s*\d{1,3})?\s*(?:jaar|jr\.?)?\s*\)|,\s*\d{1,3}(?:\s*(?:jaar|jr\.?))?\s*[,.;!)]|,\s*\d{1,3}\s*(?:jaar|jr\.?)(?!\s+(?:in\s+dienst|ervaring|bij\s+ons|werkzaam|lid|vrijwillig|actief|oud\b))(?![\p{L}]))/u;
/**
 * An age right behind the name that ends at offset end. Without care words in the draft only a
 * great age counts ("Gefeliciteerd Truus, 97 jaar"): "Sanne, 30 jaar!" is a friend's birthday.
 */
export function ageBehind(ctx: DraftContext, end: number): boolean {
  const after = ctx.analysis.text.slice(end, end + 20);
  if (LIFESPAN.test(after)) return true;
  const m = AGE_BEHIND.exec(after);
  if (!m) return false;
  return ctx.care || Number(/\d+/.exec(m[0])?.[0]) >= 70;
}

const OLD_ORDINAL = /(?<![\p{N}])(\d{2,3})(?:ste|de|e)(?![\p{L}\p{N}])/gu;
/** "Welkom op de wereld, Lieke!": a birth told without the word. */
const WELCOME_BIRTH = /\bwelkom (?:op|in) (?:de|deze) wereld\b(?!\s+(?:van|der)\b)/gi;
/**
 * A great age told another way: "blies 101 kaarsjes uit", "die vandaag 103 werd", "na 61 jaar
 * huwelijk", "zijn 65 jaar getrouwd". The first two are an age, the last one only very old people reach.
 */
const GREAT_AGE =
  /(?<![\p{N}.,])(\d{2,3})\s+(?:kaarsjes|kaarsen|(?:jaar\s+)?(?:werd|wordt|geworden))(?![\p{L}])|(?<![\p{N}])(\d{2})\s+jaar\s+(?:getrouwd|huwelijk|samen|gehuwd)(?![\p{L}])/gu;
/** Parts of compounds that speak of care: ziekenhuisbaby, geboortecentrum, dagopvang. */
const CARE_PART =
  /ziekenhuis|verpleeghuis|zorgcentrum|woonzorg|geboortecentrum|kraam|patiënt|bewoner|bewoonster|afdeling|dagopvang|dagbesteding|revalidatie|polikliniek|narcose|rolstoel|(?<!co)operatie/;

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
    withResidents: -1,
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
    // "uw behandelaar", "je afspraken": care of the one spoken to.
    if (OWN_CARE_WORDS.has(t.lower) && YOURS.has(tokens[k - 1]?.lower ?? '')) care = flags.care = true;
    if (PERSON_EVENT_WORDS.has(t.lower)) cued.add(t.sentence);
    if (LIFE_EVENT_WORDS.has(t.lower)) strong.add(t.sentence);
    if (!care && CARE_PART.test(t.lower)) care = flags.care = true;
    if (STAFF_WORDS.has(t.lower) || (t.lower === 'in' && tokens[k + 1]?.lower === 'dienst'))
      flags.staff = true;
    if (PERFORMANCE_WORDS.has(t.lower)) flags.performance = true;
    if (BACK_REFERENCES.has(t.lower) || (t.first && LIFE_EVENT_WORDS.has(t.lower))) flags.refers = true;
    if (TREATED.has(t.lower)) flags.treated = true;
    if (t.lower === 'ligt' || t.lower === 'lag') flags.lies = true;
    if (flags.withResidents < 0 && RESIDENTS.has(t.lower) && k >= 2 && OUR.has(tokens[k - 1].lower))
      if (tokens[k - 2].lower === 'voor' && tokens[k - 2].sentence === t.sentence)
        flags.withResidents = k - 2;
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
    // "bed 3", "de NICU": a bed, a room or a ward puts the draft in care, care words or not.
    else care = true;
  }
  // "met je 99ste!": an ordinal of a great age.
  OLD_ORDINAL.lastIndex = 0;
  for (let m = OLD_ORDINAL.exec(text); m; m = OLD_ORDINAL.exec(text)) {
    if (Number(m[1]) < 80) continue;
    cued.add(sentenceOf(m.index));
    strong.add(sentenceOf(m.index));
  }
  WELCOME_BIRTH.lastIndex = 0;
  for (let m = WELCOME_BIRTH.exec(text); m; m = WELCOME_BIRTH.exec(text)) {
    cued.add(sentenceOf(m.index));
    strong.add(sentenceOf(m.index));
  }
  GREAT_AGE.lastIndex = 0;
  for (let m = GREAT_AGE.exec(text); m; m = GREAT_AGE.exec(text)) {
    if (m[1] ? Number(m[1]) < 80 : Number(m[2]) < 50) continue;
    cued.add(sentenceOf(m.index));
    strong.add(sentenceOf(m.index));
  }
  for (const flags of sentences) if (flags.lies && flags.care) flags.treated = true;
  // "Proficiat Jozef! 100 jaar, dat is niet niks.": a sentence that opens with a great age goes
  // on about the one named just before.
  // Numbers are no tokens: read from where the sentence before ended.
  analysis.sentences.forEach((s, n) => {
    const from = n > 0 ? analysis.sentences[n - 1].end : 0;
    const m = /^[\s.!?]*(\d{2,3})\s*(?:jaar\b|!)/.exec(text.slice(from, Math.min(s.start, from + 16) + 6));
    const years = m && tokens.slice(s.from, s.to).some((t) => NOT_AN_AGE.has(t.lower));
    if (m && Number(m[1]) >= 80 && !years) {
      sentences[n].refers = true;
      strong.add(n);
    }
  });
  // "woont sinds 2016 bij ons", "verbleef drie weken bij ons": the writer's organisation houses people.
  if (!care && (LIVES_WITH_US.test(text) || OUR_HOUSE.test(text))) care = true;
  const recruitment = RECRUITMENT.test(text);
  const speaksTo = SECOND_PERSON.test(text);
  return { analysis, spell, care, recruitment, cued, sentences, strong, speaksTo, staffNames: new Set() };
}

/**
 * "in onze cafetaria", "in ons restaurant": the writer speaks for a house where people live or
 * spend their days; a post from a home's own page often names no care word at all.
 */
const OUR_HOUSE = /\b(?:ons|onze)\s+(?:cafetaria|recreatiezaal|ontmoetingsruimte|leefgroep|leefgroepen)\b/i;

const SECOND_PERSON = /(?:^|[^\p{L}])(?:u|uw|je|jij|jou|jouw)(?![\p{L}])/iu;

const LIVES_WITH_US =
  /\b(?:woon(?:t|de|den)|verblijf(?:t)?|verble(?:ef|ven)|logeer(?:t|de))\b[^.!?\n]{0,40}\bbij ons\b|\bbij ons (?:woon(?:t|de|den)|verblijf(?:t)?|verble(?:ef|ven))\b/i;

const YOURS = new Set(['uw', 'je', 'jouw']);
/** Years of something other than a life: "85 jaar bestaat onze harmonie", "40 jaar in dienst". */
const NOT_AN_AGE = new Set([
  'bestaat',
  'bestaan',
  'bestond',
  'jubileum',
  'dienst',
  'lid',
  'werkzaam',
  'getrouwd',
]);

/** The people a house cares for, in the plural. */
const RESIDENTS = new Set([
  'bewoners',
  'cliënten',
  'patiënten',
  'gasten',
  'deelnemers',
  'senioren',
  'ouderen',
]);
const OUR = new Set(['de', 'onze', 'alle', 'hun']);

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
export const strongAround = (ctx: DraftContext, s: number) =>
  ctx.strong.has(s) || (ctx.strong.has(s + 1) && ctx.sentences[s + 1].refers);

/** A full name that sings or performs for the residents is an artist's ("Jan Smit zong voor de bewoners"). */
const PERFORMANCE_WORDS = new Set([
  'zong',
  'zongen',
  'speelden',
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

/** The name's sentence or the next one holds a detail about one person. */
export const cuedAround = (ctx: DraftContext, sentence: number) =>
  ctx.cued.has(sentence) || ctx.cued.has(sentence + 1);

export const careSentence = (ctx: DraftContext, sentence: number) => ctx.sentences[sentence].care;
