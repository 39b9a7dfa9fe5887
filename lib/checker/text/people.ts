import {
  CARE_CONTEXT,
  COLLEAGUE_ROLES,
  GREETINGS,
  POSSESSIVES,
  THANKS,
  PUBLIC_ROLES,
  RELATIVES,
  SALUTATIONS,
  SINGULAR_VERBS,
  TITLES,
  type TitleKind,
} from '../data/care';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, PARTICLES, SURNAMES } from '../data/names';
import { STOPWORDS } from '../data/stopwords';
import type { SpellEngine } from '../rule';
import { answeredName, mentionsIn } from './addressed-names';
import {
  contextName,
  properWord,
  draftContext,
  quiet,
  surnameEnd,
  type ContextName,
  type DraftContext,
} from './context-names';
import { findEmails } from './emails';
import { sensitiveWords } from './health';
import {
  adjacent,
  isInitial,
  isParticle,
  isRole,
  lastPart,
  roleAfter,
  sameSentence,
  spaced,
} from './name-parts';
import { greatAgeAfter } from './name-position';
import { analyse, type Analysis, type Token } from './tokens';

/**
 * How a person was recognised: by a title, initials, a first name in a care sentence, a
 * relative ("mijn moeder"), a name in a care apposition ("Fien, onze jongste patiënte"), a
 * name without any of these that the care context of the draft makes a resident's ('context'),
 * the person answered in a reply about their care ("Beste Carla,") or an @mention.
 */
export type MentionKind =
  'title' | 'initials' | 'first-name' | 'relative' | 'apposition' | 'context' | 'answered' | 'mention';

export type PersonMention = {
  start: number;
  end: number;
  kind: MentionKind;
  titleKind?: TitleKind;
  /** What to write instead ("een patiënt"); empty when no safe rewrite exists. */
  replacement: string;
  /** The sentence speaks of care: admission, a room, a diagnosis, patients. */
  careContext: boolean;
  sentence: number;
  /** A relative of the writer with an identifier in the same sentence ("mijn vader, BSN ..."). */
  identified?: boolean;
  /** Found in a draft without care words, through an age, a birth, a death or a relative. */
  careless?: boolean;
  /** A household spoken to by its surname ("familie Brouwer"): someone in it may be cared for. */
  household?: boolean;
};

/** Relatives written in the first or second person; "zijn vrouw" belongs to the patient already named. */
const OWN_POSSESSIVES = new Set([...POSSESSIVES].filter((p) => p !== 'zijn' && p !== 'haar'));
const PRONOUN_OWNERS = new Set(['ons', 'onze']);
const FIRST_PERSON = new Set(['mijn', 'ons', 'onze']);

/** What the rules found about the draft as a whole, beyond its words: see peopleIn. */
export type DraftCare = {
  /** A reply or comment that confirms the one answered, or their relative, is in our care. */
  confirmed?: boolean;
  /** The draft model hears health or details that point to one person in it. */
  heard?: boolean;
};

let cache: { text: string; spell?: SpellEngine; care: string; people: PersonMention[] } | null = null;

/**
 * People mentioned in the text (patients, residents, relatives), once per text. With the
 * spelling dictionary, words it knows only as names count as names too. Rules of one check
 * share the result: a call without a dictionary reuses the last result for the same text
 * (privacy/person runs first and passes the dictionary of the check).
 * `found`: what the rules found about the draft as a whole. A reply that confirms the one
 * answered, or their relative, is in our care (avg/care-relationship) speaks of care, care words
 * or not, and the one it speaks to received it; a draft in which the draft model hears health or
 * details pointing to one person speaks of care too ("Onze gast Harm wilde nog één keer een
 * patatje").
 */
export function peopleIn(text: string, spell?: SpellEngine, found: DraftCare = {}): PersonMention[] {
  const careKey = `${found.confirmed ? 1 : 0}${found.heard ? 1 : 0}`;
  if (cache && cache.text === text && (!spell || (cache.spell === spell && cache.care === careKey)))
    return cache.people;
  const analysis = analyse(text);
  const care = careSentences(analysis);
  const draft = draftContext(analysis, spell);
  if (found.confirmed || found.heard) draft.care = true;
  if (found.confirmed) draft.answerConfirmsCare = true;
  const { tokens } = analysis;
  const out: PersonMention[] = [];
  const emails = findEmails(text);
  const handles = mentionsIn(draft);
  let h = 0;
  for (let i = 0; i < tokens.length; i++) {
    // A token of an @mention belongs to the mention, reported once as a whole.
    while (h < handles.length && handles[h].end <= tokens[i].start) h++;
    const handle = handles[h];
    if (handle && handle.start < tokens[i].end) {
      out.push(guessed(handle, 'mention'));
      i = handle.next - 1;
      h++;
      continue;
    }
    const found =
      titled(analysis, i, care, draft) ?? initials(analysis, i, care, draft) ?? relative(analysis, i, care);
    const mention = found ?? firstName(analysis, i, care, draft) ?? inContext(draft, i) ?? answered(draft, i);
    if (!mention) continue;
    // "K.Verhoeven@outlook.com" is an address, reported by the e-mail rule.
    if (emails.some((e) => e.start < mention.end && mention.start < e.end)) continue;
    out.push(mention);
    while (i + 1 < tokens.length && tokens[i + 1].start < mention.end) i++;
  }
  cache = { text, spell, care: careKey, people: out };
  return out;
}

function inContext(draft: DraftContext, i: number): PersonMention | null {
  const found = contextName(draft, i);
  if (!found) return null;
  return found.apposition
    ? {
        start: found.start,
        end: found.end,
        kind: 'apposition',
        replacement: 'een bewoner',
        careContext: true,
        sentence: found.sentence,
      }
    : guessed(found, 'context');
}

function answered(draft: DraftContext, i: number): PersonMention | null {
  const found = answeredName(draft, i);
  return found && guessed(found, 'answered');
}

const guessed = (found: ContextName, kind: MentionKind): PersonMention => ({
  start: found.start,
  end: found.end,
  kind,
  replacement: '',
  careContext: true,
  sentence: found.sentence,
  ...(found.careless ? { careless: true } : {}),
});

/** Sentences that speak of care for a patient. */
function careSentences(analysis: Analysis): Set<number> {
  const set = new Set<number>();
  for (const t of analysis.tokens) if (CARE_CONTEXT.has(t.lower)) set.add(t.sentence);
  for (const h of sensitiveWords(analysis.text)) if (h.health) set.add(h.sentence);
  return set;
}

/** How strict a title is about what follows it. */
type NameMode = {
  /** Care and family titles: an unknown capitalised word needs more evidence to be a name. */
  strict: boolean;
  /** Family titles take a lower-case first name we know ("opa kees"). */
  lowerFirstName?: boolean;
  /** After a form of address, initials alone are a name ("Mw. V."). */
  bareInitials?: boolean;
  /** Care titles read "van" as "of" ("bewoner van kamer 3"), not as a particle. */
  vanIsOf?: boolean;
};

/** Where a name starting at token j ends (exclusive token index), or -1. */
function nameEnd(analysis: Analysis, j: number, mode: NameMode, head: Token, draft: DraftContext): number {
  const { tokens, text } = analysis;
  const { strict } = mode;
  let k = j;
  let inits = 0;
  while (k < tokens.length && inits < 4 && sameSentence(tokens[k], head) && isInitial(text, tokens[k])) {
    k++;
    inits++;
  }
  const bare = mode.bareInitials && inits > 0 ? k : -1;
  let particles = 0;
  while (
    k < tokens.length &&
    particles < 3 &&
    sameSentence(tokens[k], head) &&
    isParticle(tokens[k]) &&
    !(mode.vanIsOf && particles === 0 && inits === 0 && tokens[k].word === 'van')
  ) {
    k++;
    particles++;
  }
  const core = tokens[k];
  if (!core || !sameSentence(core, head) || STOPWORDS.has(core.lower)) return bare;
  if (particles > 0 && !adjacent(text, tokens[k - 1], core)) return bare;
  // An acronym after "van de" is a ward or a firm ("mevrouw van de IC"), not a surname.
  if (particles > 0 && core.word.length > 1 && core.word === core.word.toUpperCase()) return bare;
  const known = FIRST_NAMES.has(core.lower) || SURNAMES.has(core.lower) || SURNAMES.has(lastPart(core.lower));
  if (core.cap) {
    // After a care title a word the dictionary knows only as a name is one ("bewoonster Cobi").
    const proper = !!draft.spell && properWord(draft, core);
    if (strict && !known && !proper && inits === 0 && particles === 0 && !looksLikeName(analysis, k, head))
      return bare;
    if (!strict && !known && inits === 0 && particles === 0 && AMBIGUOUS_FIRST_NAMES.has(core.lower))
      return k + 1;
  } else if (mode.lowerFirstName && FIRST_NAMES.has(core.lower) && !AMBIGUOUS_FIRST_NAMES.has(core.lower)) {
    return k + 1;
  } else if (!known || strict) {
    return bare;
  }
  let end = k + 1;
  // "Mw. Bosch-van Rijn": a double surname whose second part starts with a particle.
  const rest = tokens[end];
  if (/-(?:de|van|der|den|ter|ten|el)$/i.test(core.word) && rest?.cap && sameSentence(rest, head))
    if (adjacent(text, core, rest)) return end + 1;
  // "mevrouw Ria Jansen-de Vries", "residente Maria Vande Velde": the surname rules of names without a title.
  if (core.cap && FIRST_NAMES.has(core.lower) && tokens[end] && spaced(text, core, tokens[end])) {
    const full = surnameEnd(draft, end, head);
    if (full > 0) return full;
  }
  // A first name followed by a surname: "mevrouw Anna de Vries", "cliënt Mieke de Graaf".
  let next = tokens[end];
  let between = 0;
  while (
    next &&
    between < 2 &&
    sameSentence(next, head) &&
    PARTICLES.has(next.lower) &&
    next.lower !== 'van'
  ) {
    between++;
    next = tokens[end + between];
  }
  if (next && sameSentence(next, head) && next.cap && !STOPWORDS.has(next.lower)) {
    const surname = SURNAMES.has(next.lower) || SURNAMES.has(lastPart(next.lower));
    if ((FIRST_NAMES.has(core.lower) && surname) || (between > 0 && looksLikeName(analysis, k, head)))
      end += between + 1;
  }
  return end;
}

/**
 * An unknown capitalised word is a name when a surname follows ("Mieke de Graaf") or an
 * age in brackets ("Noah (3)").
 */
/** Words a number follows that are no age: "bewoner kamer 102". */
const ROOM_NUMBER = /^(?:kamer|bed|zaal|unit|box|appartement|huisnummer|nummer|nr)$/;

function looksLikeName(analysis: Analysis, k: number, head: Token): boolean {
  const { tokens, text } = analysis;
  const core = tokens[k];
  if (/^ \(\d{1,3}(?: ?(?:jaar|jr\.?))?\)/.test(text.slice(core.end, core.end + 12))) return true;
  // "Bewoonster Cobi (kamer 11)": a room in brackets.
  if (/^ \((?:kamer|k|bed|app\.?|appartement) ?\d{1,4}[a-z]?\)/i.test(text.slice(core.end, core.end + 20)))
    return true;
  // "Bewoonster Anker werd 100", "patiënt Storm zette haar eerste stappen": the word is the subject.
  if (greatAgeAfter(text, core) && !ROOM_NUMBER.test(core.lower)) return true;
  const verb = tokens[k + 1];
  const after = tokens[k + 2];
  if (verb && sameSentence(verb, head) && !verb.cap && spaced(text, core, verb)) {
    if (SINGULAR_VERBS.has(verb.lower) && greatAgeAfter(text, verb)) return true;
    const owner = after && sameSentence(after, head) && (after.lower === 'haar' || after.lower === 'zijn');
    if (owner && !STOPWORDS.has(verb.lower)) return true;
  }
  const particle = tokens[k + 1];
  const surname = tokens[k + 2];
  return (
    !!particle &&
    !!surname &&
    sameSentence(surname, head) &&
    PARTICLES.has(particle.lower) &&
    particle.lower !== 'van' &&
    surname.cap &&
    !STOPWORDS.has(surname.lower)
  );
}

/**
 * "familie Brouwer" counts where a reply speaks to the household ("Wij leven met jullie mee,
 * familie Brouwer."): "we danken de familie Jacobs voor hun gift" names donors, not a patient's
 * family.
 */
const HOUSEHOLD = new Set(['familie', 'fam']);

/** The word at i opens its sentence, follows a comma, or follows a greeting: someone is spoken to. */
function spokenTo(analysis: Analysis, i: number): boolean {
  const { tokens, text } = analysis;
  const prev = tokens[i - 1];
  if (!prev || !sameSentence(prev, tokens[i])) return true;
  return (
    /,\s*$/.test(text.slice(prev.end, tokens[i].start)) || GREETINGS.has(prev.lower) || prev.lower === 'lieve'
  );
}

function titled(analysis: Analysis, i: number, care: Set<number>, draft: DraftContext): PersonMention | null {
  const { tokens } = analysis;
  const tok = tokens[i];
  const title = TITLES.get(tok.lower);
  if (!title) return null;
  if (HOUSEHOLD.has(tok.lower) && !spokenTo(analysis, i)) return null;
  let start = tok.start;
  if (tok.lower === 'heer') {
    const de = tokens[i - 1];
    if (!de || !SALUTATIONS.has(de.lower) || !sameSentence(de, tok)) return null;
    if (de.lower === 'de') start = de.start;
  }
  const prev = tokens[i - 1];
  if (prev && sameSentence(prev, tok) && (PUBLIC_ROLES.has(prev.lower) || COLLEAGUE_ROLES.has(prev.lower)))
    return null;
  const end = nameEnd(
    analysis,
    i + 1,
    {
      strict: title.kind !== 'honorific',
      lowerFirstName: title.kind === 'family',
      bareInitials: title.kind === 'honorific',
      vanIsOf: title.kind === 'care',
    },
    tok,
    draft,
  );
  if (end < 0 || roleAfter(analysis, end)) return null;
  const last = tokens[end - 1];
  return {
    start,
    // "Mw. V." and "dhr. v.d." end with the dot of their last letter.
    end: last.end + (last.word.length === 1 && analysis.text[last.end] === '.' ? 1 : 0),
    kind: 'title',
    titleKind: title.kind,
    replacement: title.replacement,
    careContext: title.kind !== 'honorific' || care.has(tok.sentence),
    sentence: tok.sentence,
    ...(HOUSEHOLD.has(tok.lower) ? { household: true } : {}),
  };
}

function initials(
  analysis: Analysis,
  i: number,
  care: Set<number>,
  draft: DraftContext,
): PersonMention | null {
  const { tokens, text } = analysis;
  const tok = tokens[i];
  if (!isInitial(text, tok)) return null;
  const prev = tokens[i - 1];
  if (prev && sameSentence(prev, tok) && (isInitial(text, prev) || isRole(prev))) return null;
  const end = nameEnd(analysis, i, { strict: false }, tok, draft);
  if (end < 0 || roleAfter(analysis, end)) return null;
  const core = tokens[end - 1];
  // "vitamine D. Daarna": one initial after an ordinary word needs a surname we know.
  const multiple = isInitial(text, tokens[i + 1]);
  const afterWord =
    prev && sameSentence(prev, tok) && !prev.cap && /^\s+$/.test(text.slice(prev.end, tok.start));
  if (afterWord && !multiple && !SURNAMES.has(core.lower)) return null;
  if (core === tok) return null;
  return {
    start: tok.start,
    end: core.end,
    kind: 'initials',
    replacement: 'een patiënt',
    careContext: care.has(tok.sentence),
    sentence: tok.sentence,
  };
}

function relative(analysis: Analysis, i: number, care: Set<number>): PersonMention | null {
  const { tokens } = analysis;
  const own = tokens[i];
  const rel = tokens[i + 1];
  if (!rel || !OWN_POSSESSIVES.has(own.lower) || !RELATIVES.has(rel.lower) || !sameSentence(own, rel))
    return null;
  // "ons" before a relative is Flemish for "my" (ons moeder); before other words it is "our".
  if (
    PRONOUN_OWNERS.has(own.lower) &&
    !['moeder', 'vader', 'pa', 'ma', 'moeke', 'vake', 'oma', 'opa'].includes(rel.lower)
  )
    return null;
  const identified = hasIdentifier(analysis, own.sentence);
  if (!care.has(own.sentence) && !identified) return null;
  return {
    start: own.start,
    end: rel.end,
    kind: 'relative',
    replacement: '',
    careContext: true,
    sentence: own.sentence,
    // The writer's own relative with a number or address of theirs: that number names them.
    ...(identified && FIRST_PERSON.has(own.lower) ? { identified: true } : {}),
  };
}

/** A long number or an e-mail address in the sentence: identifying data about the relative. */
function hasIdentifier(analysis: Analysis, sentence: number): boolean {
  let known = identifiers.get(analysis);
  if (!known) identifiers.set(analysis, (known = new Map()));
  let found = known.get(sentence);
  if (found === undefined) {
    // Read once per sentence: a long sentence full of relatives read it once per relative.
    const s = analysis.sentences[sentence];
    const part = analysis.text.slice(s.start, s.end);
    found = /\d{6}|\d{2}[ .-]\d{2}[ .-]\d{2}|@/.test(part) || /[A-Z]{2}\d{2}\s?[A-Z0-9]{4}/.test(part);
    known.set(sentence, found);
  }
  return found;
}
const identifiers = new WeakMap<Analysis, Map<number, boolean>>();

/** Words right before a name that speak to them: thanks, greetings, wishes. */
const SPOKEN_BEFORE = new Set([...GREETINGS, ...THANKS, 'vraag', 'lieve', 'x', 'juf', 'meester']);

function firstName(
  analysis: Analysis,
  i: number,
  care: Set<number>,
  draft: DraftContext,
): PersonMention | null {
  const { tokens, text } = analysis;
  const tok = tokens[i];
  if (!tok.cap || !FIRST_NAMES.has(tok.lower)) return null;
  // "Noah (3)": an age in brackets makes even a name that is also a word a person.
  const aged = /^ \(\d{1,3}(?: ?(?:jaar|jr\.?))?\)/.test(text.slice(tok.end, tok.end + 12));
  if (AMBIGUOUS_FIRST_NAMES.has(tok.lower) && !aged) return null;
  const prev = tokens[i - 1];
  // In a draft about care a first name stands for someone cared for, also in a sentence that
  // names no care itself ("Jorien gaf de kalfjes de fles"); not one spoken to, set off by a comma
  // or after thanks ("Bedankt voor het delen, Marco."): answeredName decides on those.
  const spoken =
    (!!prev && sameSentence(prev, tok) && /,\s*$/.test(text.slice(prev.end, tok.start))) ||
    (!!prev && sameSentence(prev, tok) && SPOKEN_BEFORE.has(prev.lower)) ||
    /^\s*,/.test(text.slice(tok.end, tok.end + 2));
  if (!care.has(tok.sentence) && !(draft.care && !spoken)) return null;
  if (roleAfter(analysis, i + 1)) return null;
  if (prev && sameSentence(prev, tok) && isRole(prev)) return null;
  // "Beste Sandra," opens a reply to someone who wrote in public under that name.
  if (prev && prev.first && GREETINGS.has(prev.lower) && text[tok.end] === ',') return null;
  const prev2 = tokens[i - 2];
  if (prev2 && sameSentence(prev2, tok) && prev && !prev.cap && isRole(prev2)) return null;
  // "Maaike: ..." is a speaker; "Kevin, die ..." after "aldus" too.
  if (/^\s*:/.test(text.slice(tok.end, tok.end + 3))) return null;
  // A first name with a surname is mostly a colleague or a public figure, rarely a patient in a post.
  const next = tokens[i + 1];
  if (next && sameSentence(next, tok) && /^\s+$/.test(text.slice(tok.end, next.start))) {
    if (next.cap && !STOPWORDS.has(next.lower)) return null;
    // "Albert Van der Auwera": particles, then a capitalised core.
    let k = i + 1;
    while (k < i + 4 && tokens[k] && PARTICLES.has(tokens[k].lower)) k++;
    if (k > i + 1 && tokens[k]?.cap && sameSentence(tokens[k], tok)) return null;
  }
  // A colleague's jubilee, a diploma, a job ad: staff, not a resident.
  if (quiet(draft, i, i + 1)) return null;
  return {
    start: tok.start,
    end: tok.end,
    kind: 'first-name',
    replacement: 'een patiënt',
    careContext: true,
    sentence: tok.sentence,
  };
}
