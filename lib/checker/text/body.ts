import {
  BODY_FORMS,
  BODY_OWNERS,
  BODY_STEMS,
  CLINICAL_BODY,
  CLINICAL_CONTEXT,
  INJURY_SUFFIXES,
  INJURY_WORDS,
  PLAIN_BODY,
} from '../data/body';
import type { HealthKind } from '../data/health';
import type { Analysis, Token } from './tokens';

/** A body part hurt, treated or cared for, as one span of the text. */
export type BodyHit = { start: number; end: number; sentence: number; kind: HealthKind };

const PARTS = new Set([...BODY_STEMS, ...BODY_FORMS]);
const INJURIES = new Set(INJURY_WORDS);
const OWNERS = new Set(BODY_OWNERS);
const CLINICAL = new Set(CLINICAL_BODY);
const PLAIN = new Set(PLAIN_BODY);
const CONTEXT = new Set(CLINICAL_CONTEXT);
/** Stems longest first, so "sleutelbeen" wins over "been" at the start of a compound. */
const STEMS = [...BODY_STEMS].sort((a, b) => b.length - a.length);
const SUFFIXES = new Set(INJURY_SUFFIXES);

/** How far apart a body part and its injury may stand in one clause: "brak ze nog haar heup". */
const REACH = 5;

/** Idioms with a body word that tell nothing of a body: "aan de hand", "op de been", "te voet". */
const IDIOM_BEFORE = new Map([
  ['hand', new Set(['de', 'handen'])],
  ['been', new Set(['de'])],
  ['voet', new Set(['te', 'op'])],
]);

const kindOfSuffix = (suffix: string): HealthKind =>
  suffix === 'operatie' || suffix === 'prothese'
    ? 'treatment'
    : suffix === 'pijn' || suffix === 'klachten' || suffix === 'ontsteking'
      ? 'condition'
      : 'event';

/**
 * Body parts that were broken, sprained, operated on or hurt, in any word order and with
 * the forms people write ("brak ze haar heup", "haar polsje is gebroken", "kniebreuk",
 * "rugklachten"), and body words that are someone's health in a care sentence ("uw gebit",
 * "haar stoma", "uitleg over haar knie op het spreekuur"). One pass over the words.
 */
export function bodyHits(analysis: Analysis): BodyHit[] {
  const { tokens, sentences } = analysis;
  const out: BodyHit[] = [];
  const push = (kind: HealthKind, ...span: Token[]) =>
    out.push({
      start: Math.min(...span.map((x) => x.start)),
      end: Math.max(...span.map((x) => x.end)),
      sentence: span[0].sentence,
      kind,
    });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const w = t.lower;
    const compound = compoundKind(w);
    if (compound) {
      push(compound, t);
      continue;
    }
    const prev = tokens[i - 1];
    const owned = !!prev && prev.sentence === t.sentence && OWNERS.has(prev.lower);
    if (CLINICAL.has(w) && owned) {
      push('body', prev, t);
      continue;
    }
    if (PARTS.has(w) && !idiom(tokens, i)) {
      const injury = nearInjury(tokens, i);
      if (injury) {
        push(injury.lower === 'geopereerd' ? 'treatment' : 'event', owned ? prev : t, t, injury);
        continue;
      }
    }
    if (PLAIN.has(w) && owned && !idiom(tokens, i)) {
      const s = sentences[t.sentence];
      for (let k = s.from; k < s.to; k++)
        if (CONTEXT.has(tokens[k].lower) && k !== i) {
          push('body', prev, t);
          break;
        }
    }
  }
  return out;
}

/** An injury word within reach in the same sentence, nearest first. */
function nearInjury(tokens: Token[], i: number): Token | null {
  for (let d = 1; d <= REACH; d++) {
    for (const k of [i + d, i - d]) {
      const t = tokens[k];
      if (t && t.sentence === tokens[i].sentence && INJURIES.has(t.lower)) return t;
    }
  }
  return null;
}

function idiom(tokens: Token[], i: number): boolean {
  const before = IDIOM_BEFORE.get(tokens[i].lower);
  const prev = tokens[i - 1];
  const joined = !!prev && prev.sentence === tokens[i].sentence;
  // "een arm gezin", "de armen": poor, unless someone's ("haar arm") or a side ("linkerarm" is one word).
  if (POOR.has(tokens[i].lower)) return !(joined && (OWNERS.has(prev.lower) || SIDES.has(prev.lower)));
  return !!before && joined && before.has(prev.lower);
}
const POOR = new Set(['arm', 'armen']);
const SIDES = new Set(['linker', 'rechter', 'gebroken', 'gekneusde', 'beide', 'twee']);

/** "heupbreuk", "knie-operatie", "rugklachten", "enkelblessures": a body stem and an injury. */
function compoundKind(word: string): HealthKind | null {
  if (word.length < 7) return null;
  for (const stem of STEMS) {
    if (!word.startsWith(stem)) continue;
    let rest = word.slice(stem.length).replace(/^[-s]/, '');
    if (!SUFFIXES.has(rest) && rest.endsWith('en')) rest = rest.slice(0, -2);
    if (!SUFFIXES.has(rest) && rest.endsWith('s')) rest = rest.slice(0, -1);
    if (SUFFIXES.has(rest)) return kindOfSuffix(rest);
  }
  return null;
}
