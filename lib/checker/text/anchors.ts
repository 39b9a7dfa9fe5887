import { PERSON_NOUNS, SINGULAR_PRONOUNS, SINGULAR_VERBS } from '../data/care';
import { peopleIn } from './people';
import { analyse } from './tokens';

/** Someone the text speaks about: a named person, or one patient, man, she... */
export type Anchor = {
  start: number;
  end: number;
  sentence: number;
  named: boolean;
  /** The one answered in a reply or @mentioned: the details around may be of their relative. */
  addressed?: boolean;
};

/** Words that make a person noun generic: "elke patiënt", "geen bewoner". */
const GENERIC = new Set(['elke', 'iedere', 'ieder', 'geen', 'alle', 'veel', 'welke', 'zo’n', "zo'n", 'per']);

let cache: { text: string; people: readonly unknown[]; anchors: Anchor[] } | null = null;

/**
 * People the text speaks about, named or not, once per text. Kept only while peopleIn gives
 * the same result: a rule that runs before privacy/person asks without the dictionary, and
 * the names privacy/person finds with it must anchor the later rules too.
 */
export function anchorsIn(text: string): Anchor[] {
  const people = peopleIn(text);
  if (cache && cache.text === text && cache.people === people) return cache.anchors;
  const { tokens } = analyse(text);
  const anchors: Anchor[] = people.map((p) => ({
    start: p.start,
    end: p.end,
    sentence: p.sentence,
    named: p.kind !== 'relative',
    ...(p.kind === 'answered' || p.kind === 'mention' ? { addressed: true } : {}),
  }));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const generic = prev && prev.sentence === t.sentence && GENERIC.has(prev.lower);
    if (PERSON_NOUNS.has(t.lower) && !generic) {
      anchors.push({ start: t.start, end: t.end, sentence: t.sentence, named: false });
      continue;
    }
    const next = tokens[i + 1];
    if (
      SINGULAR_PRONOUNS.has(t.lower) &&
      next &&
      next.sentence === t.sentence &&
      SINGULAR_VERBS.has(next.lower)
    ) {
      anchors.push({ start: t.start, end: t.end, sentence: t.sentence, named: false });
    }
  }
  anchors.sort((a, b) => a.start - b.start);
  cache = { text, people, anchors };
  return anchors;
}
