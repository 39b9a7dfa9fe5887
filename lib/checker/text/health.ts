import { EVENT_PHRASES } from '../data/events';
import { PLAIN_EVENT_PHRASES } from '../data/events-plain';
import { HEALTH_TERMS, type HealthKind } from '../data/health';
import { SPECIAL_TERMS, type SpecialKind } from '../data/special';
import { compilePhrases } from '../phrases/table';
import { bodyHits } from './body';
import { baseForms, careCompound } from './health-forms';
import { lifeStories } from './life-story';
import { analyse, sentenceAt, type Analysis, type Token } from './tokens';

/** A word or phrase of AVG art. 9 data: health, religion, origin or sexuality. */
export type SensitiveHit = {
  start: number;
  end: number;
  sentence: number;
  kind: HealthKind | SpecialKind;
  health: boolean;
  rare: boolean;
};

type Entry = {
  words: string[];
  kind: HealthKind | SpecialKind;
  health: boolean;
  rare: boolean;
  exactCase?: string;
};

/** First word -> phrases starting with it, longest first; built once at load. */
const byFirst = new Map<string, Entry[]>();
const suffixes: Entry[] = [];
for (const t of HEALTH_TERMS) {
  const entry: Entry = { words: t.words, kind: t.kind, health: true, rare: t.rare, exactCase: t.exactCase };
  if (t.suffix) suffixes.push(entry);
  else byFirst.set(t.words[0], [...(byFirst.get(t.words[0]) ?? []), entry]);
}
for (const t of SPECIAL_TERMS) {
  const entry: Entry = { words: t.words, kind: t.kind, health: false, rare: false };
  byFirst.set(t.words[0], [...(byFirst.get(t.words[0]) ?? []), entry]);
}
for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

/** Religion and origin words that start a compound about people: moslimfamilie, Turkse-vrouw. */
const SPECIAL_PREFIXES = new Map(
  SPECIAL_TERMS.filter((t) => t.words.length === 1 && t.words[0].length >= 4).map((t) => [t.words[0], t]),
);
const PEOPLE_SUFFIX =
  /-?(?:familie|families|gezin|vrouw|vrouwen|man|mannen|jongen|meisje|moeder|vader|patiënt|patiënte|bewoner|bewoonster|echtpaar|stel)$/;

/** Words that look like a sensitive compound but are not (ziekenhuisoperatie is fine, "kankeronderzoek" too). */
const NOT_SUFFIX_HITS = new Set(['samenwerkingsoperatie', 'reddingsoperatie', 'schoonmaakoperatie']);

/** Events in everyday words ("heeft haar heup gebroken"), run as one phrase table. */
const matchEvents = compilePhrases([...PLAIN_EVENT_PHRASES, ...EVENT_PHRASES]);

let cache: { text: string; hits: SensitiveHit[] } | null = null;

/** Every sensitive word in the text, once per text. */
export function sensitiveWords(text: string): SensitiveHit[] {
  if (cache && cache.text === text) return cache.hits;
  const { tokens } = analyse(text);
  const hits: SensitiveHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    const entry = matchAt(tokens, i);
    if (entry) {
      const last = tokens[i + entry.words.length - 1];
      if (RECORDED.has(tok.lower) && recordedThing(text, tok.start)) continue;
      hits.push(hit(tok, last, entry));
      i += entry.words.length - 1;
      continue;
    }
    if (NOT_SUFFIX_HITS.has(tok.lower)) continue;
    const form = tok.lower.length >= 5 && !exactOnly(tok) ? otherForm(tok.lower) : null;
    if (form) {
      hits.push(hit(tok, tok, form));
      continue;
    }
    const people = tok.lower.length > 7 ? PEOPLE_SUFFIX.exec(tok.lower) : null;
    const prefixed = people ? SPECIAL_PREFIXES.get(tok.lower.slice(0, people.index)) : undefined;
    if (prefixed) {
      hits.push(hit(tok, tok, { words: prefixed.words, kind: prefixed.kind, health: false, rare: false }));
      continue;
    }
    for (const s of suffixes) {
      const suffix = s.words[0];
      if (tok.lower.length > suffix.length + 2 && tok.lower.endsWith(suffix)) {
        hits.push(hit(tok, tok, s));
        break;
      }
    }
  }
  const all = withEvents(analyse(text), aidsAlone(hits));
  cache = { text, hits: all };
  return all;
}

/**
 * An aid ("de rollator", "een rolstoel") tells of health where the sentence names nothing else;
 * beside a condition or an operation it is the same story, one card.
 */
function aidsAlone(hits: SensitiveHit[]): SensitiveHit[] {
  if (!hits.some((h) => h.kind === 'aid')) return hits;
  const other = new Set(hits.filter((h) => h.health && h.kind !== 'aid').map((h) => h.sentence));
  return hits.filter((h) => h.kind !== 'aid' || !other.has(h.sentence));
}

/** A birth told by a greeting or the parents ("welkom kleine", "trotse ouders van"): second to a plain birth. */
const GREETING_BIRTH = /^(?:welkom|trotse|gelukkige|blije|kersverse)/i;

/** Birth and death words that tell of the event itself, not of its place ("verloskamer", "rouwcentrum"). */
const EVIDENT_WORD = /geboren|bevall|beviel|overle|gestorven|stierf|sterft|ingeslapen|dood/i;

/** "opgenomen" and "opname" are also a call answered, a film recorded, a point put in a plan. */
const RECORDED = new Set(['opgenomen', 'opname', 'opnames']);
const THING_BEFORE =
  /(?:^|[^\p{L}])(?:bel|telefoon\p{L}*|gesprek\p{L}*|oproep|lijn|video\p{L}*|film\p{L}*|podcast|plan|dossier|lijst|notulen|contract|budget|programma|verslag|foto\p{L}*)(?:[^\p{L}.!?]+\p{L}+){0,5}[^\p{L}.!?]+$/u;
const recordedThing = (text: string, start: number) =>
  THING_BEFORE.test(text.slice(Math.max(0, start - 60), start));

/** Adds the event phrases; where a phrase and a word overlap, the longer span stays. */
function withEvents(analysis: Analysis, words: SensitiveHit[]): SensitiveHit[] {
  const { text } = analysis;
  let events: SensitiveHit[] = [];
  const lifeStory = lifeStories(text);
  // A birth told twice in one sentence ("Welkom kleine Jens, geboren op 14 mei") is one birth.
  const births = new Set<number>();
  for (const h of matchEvents(text)) {
    const after = text.slice(h.end, h.end + 14).toLowerCase();
    if (h.entry.notFollowedBy.some((w) => after.startsWith(` ${w}`))) continue;
    const sentence = sentenceAt(analysis, h.start);
    const span = analysis.sentences[sentence];
    if (h.entry.kind === 'birth' && lifeStory(h.end, sentence, () => text.slice(span.start, span.end)))
      continue;
    if (h.entry.kind === 'birth' && !GREETING_BIRTH.test(text.slice(h.start, h.end))) births.add(sentence);
    events.push({
      start: h.start,
      end: h.end,
      sentence,
      kind: h.entry.kind,
      health: true,
      rare: false,
    });
  }
  if (births.size > 0)
    events = events.filter(
      (e) =>
        !(e.kind === 'birth' && births.has(e.sentence) && GREETING_BIRTH.test(text.slice(e.start, e.end))),
    );
  // Body parts broken, operated on or cared for ("brak ze haar heup", "uw gebit"): events too.
  for (const b of bodyHits(analysis)) events.push({ ...b, health: true, rare: false });
  if (events.length === 0) return words;
  // Everyday phrases fill in where the vocabulary found nothing: one sentence, one card.
  const worded = new Set(words.filter((w) => w.health).map((w) => w.sentence));
  const evident = new Set(
    words
      .filter((w) => w.kind === 'birth' || w.kind === 'death')
      .filter((w) => EVIDENT_WORD.test(text.slice(w.start, w.end)))
      .map((w) => w.sentence),
  );
  const fresh = events.filter(
    (e) =>
      !worded.has(e.sentence) ||
      // A birth or a death tells of someone by itself, also beside a place word ("verloskamers")
      // that does not; beside "overleed" it is the same story.
      ((e.kind === 'birth' || e.kind === 'death') && !evident.has(e.sentence)) ||
      words.some((w) => w.start < e.end && e.start < w.end),
  );
  const sorted = [...words, ...fresh].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: SensitiveHit[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      // A rare condition word keeps its weight; otherwise the longer span tells more.
      if (!last.rare && (h.rare || h.end - h.start > last.end - last.start)) out[out.length - 1] = h;
      continue;
    }
    out.push(h);
  }
  return out;
}

/** Single health words, for their other forms and compounds. */
const SINGLE = new Map<string, Entry>();
for (const [first, list] of byFirst)
  for (const e of list) if (e.words.length === 1 && !e.exactCase && e.health) SINGLE.set(first, e);
const isCondition = (stem: string) => SINGLE.get(stem)?.kind === 'condition';

/** A word in capitals among capitals is shouting; an abbreviation-looking word keeps its own case. */
const exactOnly = (t: Token) => t.word.length > 1 && t.word === t.word.toUpperCase();

/** "miskramen", "rollators", "verwarde", "verslavingskliniek": a plural, inflection or compound of a health word. */
function otherForm(word: string): Entry | null {
  for (const base of baseForms(word)) {
    const e = SINGLE.get(base);
    // Aids in the plural are the house's equipment ("de rollators", "training over tilliften").
    if (e && e.kind !== 'aid') return e;
  }
  const kind = careCompound(word, isCondition);
  return kind ? { words: [word], kind, health: true, rare: false } : null;
}

function matchAt(tokens: Token[], i: number): Entry | null {
  const list = byFirst.get(tokens[i].lower);
  if (!list) return null;
  for (const e of list) {
    if (i + e.words.length > tokens.length) continue;
    let ok = true;
    for (let k = 1; k < e.words.length && ok; k++) {
      const t = tokens[i + k];
      ok = t.lower === e.words[k] && t.sentence === tokens[i].sentence;
    }
    if (!ok) continue;
    if (e.exactCase && (tokens[i].word !== e.exactCase || shouting(tokens, i))) continue;
    return e;
  }
  return null;
}

/** A word in capitals among other capitals ("ALS ZIEKENHUIS") is shouting, not an abbreviation. */
function shouting(tokens: Token[], i: number): boolean {
  const caps = (t?: Token) => !!t && t.word.length > 1 && t.word === t.word.toUpperCase();
  return caps(tokens[i - 1]) || caps(tokens[i + 1]);
}

const hit = (first: Token, last: Token, e: Entry): SensitiveHit => ({
  start: first.start,
  end: last.end,
  sentence: first.sentence,
  kind: e.kind,
  health: e.health,
  rare: e.rare,
});
