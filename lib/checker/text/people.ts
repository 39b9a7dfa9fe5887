import {
  CARE_CONTEXT,
  COLLEAGUE_ROLES,
  POSSESSIVES,
  PUBLIC_ROLES,
  RELATIVES,
  SPEAKER_WORDS,
  TITLES,
  type TitleKind,
} from '../data/care';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES, PARTICLES, SURNAMES } from '../data/names';
import { STOPWORDS } from '../data/stopwords';
import { sensitiveWords } from './health';
import { analyse, type Analysis, type Token } from './tokens';

/** How a person was recognised. */
export type MentionKind = 'title' | 'initials' | 'first-name' | 'relative';

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
};

/** Relatives written in the first or second person; "zijn vrouw" belongs to the patient already named. */
const OWN_POSSESSIVES = new Set([...POSSESSIVES].filter((p) => p !== 'zijn' && p !== 'haar'));
const PRONOUN_OWNERS = new Set(['ons', 'onze']);

let cache: { text: string; people: PersonMention[] } | null = null;

/** People mentioned in the text (patients, residents, relatives), once per text. */
export function peopleIn(text: string): PersonMention[] {
  if (cache && cache.text === text) return cache.people;
  const analysis = analyse(text);
  const care = careSentences(analysis);
  const { tokens } = analysis;
  const out: PersonMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = titled(analysis, i, care) ?? initials(analysis, i, care) ?? relative(analysis, i, care);
    const mention = found ?? firstName(analysis, i, care);
    if (!mention) continue;
    out.push(mention);
    while (i + 1 < tokens.length && tokens[i + 1].start < mention.end) i++;
  }
  cache = { text, people: out };
  return out;
}

/** Sentences that speak of care for a patient. */
function careSentences(analysis: Analysis): Set<number> {
  const set = new Set<number>();
  for (const t of analysis.tokens) if (CARE_CONTEXT.has(t.lower)) set.add(t.sentence);
  for (const h of sensitiveWords(analysis.text)) if (h.health) set.add(h.sentence);
  return set;
}

const sameSentence = (a: Token | undefined, b: Token) => !!a && a.sentence === b.sentence;
const dotAfter = (text: string, t: Token) => text[t.end] === '.';
const isInitial = (text: string, t: Token | undefined) =>
  !!t && t.word.length === 1 && t.cap && dotAfter(text, t);

/** Where a name starting at token j ends (exclusive token index), or -1. */
function nameEnd(analysis: Analysis, j: number, strict: boolean, head: Token): number {
  const { tokens, text } = analysis;
  let k = j;
  let inits = 0;
  while (k < tokens.length && inits < 4 && sameSentence(tokens[k], head) && isInitial(text, tokens[k])) {
    k++;
    inits++;
  }
  let particles = 0;
  while (
    k < tokens.length &&
    particles < 3 &&
    sameSentence(tokens[k], head) &&
    PARTICLES.has(tokens[k].lower)
  ) {
    k++;
    particles++;
  }
  const core = tokens[k];
  if (!core || !sameSentence(core, head) || STOPWORDS.has(core.lower)) return -1;
  const known = FIRST_NAMES.has(core.lower) || SURNAMES.has(core.lower) || SURNAMES.has(lastPart(core.lower));
  if (core.cap) {
    if (strict && !known && inits === 0 && particles === 0) return -1;
    if (!strict && !known && inits === 0 && particles === 0 && AMBIGUOUS_FIRST_NAMES.has(core.lower))
      return k + 1;
  } else if (!(known || particles > 0) || strict) {
    return -1;
  }
  let end = k + 1;
  // A first name followed by a surname: "mevrouw Anna de Vries".
  const next = tokens[end];
  if (
    next &&
    sameSentence(next, head) &&
    next.cap &&
    !STOPWORDS.has(next.lower) &&
    FIRST_NAMES.has(core.lower)
  ) {
    if (SURNAMES.has(next.lower) || SURNAMES.has(lastPart(next.lower))) end++;
  }
  return end;
}

const lastPart = (w: string) => w.slice(w.lastIndexOf('-') + 1);

function titled(analysis: Analysis, i: number, care: Set<number>): PersonMention | null {
  const { tokens } = analysis;
  const tok = tokens[i];
  const title = TITLES.get(tok.lower);
  if (!title) return null;
  let start = tok.start;
  if (tok.lower === 'heer') {
    const de = tokens[i - 1];
    if (!de || de.lower !== 'de' || !sameSentence(de, tok)) return null;
    start = de.start;
  }
  const prev = tokens[i - 1];
  if (prev && sameSentence(prev, tok) && (PUBLIC_ROLES.has(prev.lower) || COLLEAGUE_ROLES.has(prev.lower)))
    return null;
  const end = nameEnd(analysis, i + 1, title.kind !== 'honorific', tok);
  if (end < 0) return null;
  return {
    start,
    end: tokens[end - 1].end,
    kind: 'title',
    titleKind: title.kind,
    replacement: title.replacement,
    careContext: title.kind !== 'honorific' || care.has(tok.sentence),
    sentence: tok.sentence,
  };
}

function initials(analysis: Analysis, i: number, care: Set<number>): PersonMention | null {
  const { tokens, text } = analysis;
  const tok = tokens[i];
  if (!isInitial(text, tok)) return null;
  const prev = tokens[i - 1];
  if (prev && sameSentence(prev, tok) && (isInitial(text, prev) || isRole(prev))) return null;
  const end = nameEnd(analysis, i, false, tok);
  if (end < 0) return null;
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
  if (!care.has(own.sentence) && !hasIdentifier(analysis, own.sentence)) return null;
  return {
    start: own.start,
    end: rel.end,
    kind: 'relative',
    replacement: '',
    careContext: true,
    sentence: own.sentence,
  };
}

/** A long number or an e-mail address in the sentence: identifying data about the relative. */
function hasIdentifier(analysis: Analysis, sentence: number): boolean {
  const s = analysis.sentences[sentence];
  const part = analysis.text.slice(s.start, s.end);
  return /\d{6}|\d{2}[ .-]\d{2}[ .-]\d{2}|@/.test(part) || /[A-Z]{2}\d{2}\s?[A-Z0-9]{4}/.test(part);
}

const isRole = (t: Token) =>
  COLLEAGUE_ROLES.has(t.lower) ||
  PUBLIC_ROLES.has(t.lower) ||
  COLLEAGUE_ROLES.has(lastPart(t.lower)) ||
  SPEAKER_WORDS.has(t.lower);

function firstName(analysis: Analysis, i: number, care: Set<number>): PersonMention | null {
  const { tokens, text } = analysis;
  const tok = tokens[i];
  if (!tok.cap || !FIRST_NAMES.has(tok.lower) || AMBIGUOUS_FIRST_NAMES.has(tok.lower)) return null;
  if (!care.has(tok.sentence)) return null;
  const prev = tokens[i - 1];
  if (prev && sameSentence(prev, tok) && isRole(prev)) return null;
  const prev2 = tokens[i - 2];
  if (prev2 && sameSentence(prev2, tok) && prev && !prev.cap && isRole(prev2)) return null;
  // "Maaike: ..." is a speaker; "Kevin, die ..." after "aldus" too.
  if (/^\s*:/.test(text.slice(tok.end, tok.end + 3))) return null;
  // A first name with a surname is mostly a colleague or a public figure, rarely a patient in a post.
  const next = tokens[i + 1];
  if (next && sameSentence(next, tok) && /^\s+$/.test(text.slice(tok.end, next.start))) {
    if (next.cap && !STOPWORDS.has(next.lower)) return null;
    if (PARTICLES.has(next.lower) && tokens[i + 2]?.cap) return null;
  }
  return {
    start: tok.start,
    end: tok.end,
    kind: 'first-name',
    replacement: 'een patiënt',
    careContext: true,
    sentence: tok.sentence,
  };
}
