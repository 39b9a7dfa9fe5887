import { detailsIn } from './details';
import { sentenceAt, tokensOf, type Analysis } from './tokens';

/**
 * Residents, patients or guests of one named house or one ward are a group people know by name:
 * "de bewoners van afdeling Zonnebloem hebben allemaal corona", "In De Linde zijn 31 van de 64
 * bewoners positief getest". Health said of such a group is health of each of them. Without a
 * house or ward ("alle bewoners zijn gevaccineerd") the group is anyone.
 */
const GROUP_WORDS = new Set(
  'bewoners bewoonsters cliënten clienten patiënten patienten deelnemers gasten zorgvragers iedereen allemaal allen'.split(
    ' ',
  ),
);

/** A group of one house or ward: its sentences, and the spans naming the house or ward. */
export type Groups = { sentences: Set<number>; places: { start: number; end: number }[] };

/** Sentences that speak of the residents or patients of one named house or ward; once per text. */
export function identifiableGroups(analysis: Analysis): Groups {
  const places = detailsIn(analysis.text).filter((d) => d.kind === 'ward' || d.kind === 'home');
  const sentences = new Set<number>();
  const seen = new Set<number>();
  for (const d of places) {
    const s = sentenceAt(analysis, d.start);
    if (seen.has(s)) continue;
    seen.add(s);
    if (tokensOf(analysis, s).some((t) => GROUP_WORDS.has(t.lower))) sentences.add(s);
  }
  return { sentences, places };
}

/**
 * Whether the health word at [start, end) is health of the group: not a death or birth (a
 * remembrance of "de bewoners die dit jaar zijn overleden" is no news of them), not inside the
 * name of the ward ("afdeling revalidatie"), and not what the house is for ("onze afdeling
 * voor mensen met dementie", "bewoners met parkinson").
 */
export function groupHealth(
  analysis: Analysis,
  groups: Groups,
  w: { start: number; end: number; sentence: number; kind: string },
): boolean {
  if (!groups.sentences.has(w.sentence) || w.kind === 'death' || w.kind === 'birth') return false;
  if (groups.places.some((p) => p.start < w.end && w.start < p.end)) return false;
  const before = analysis.text.slice(Math.max(0, w.start - 40), w.start).toLowerCase();
  return !WHO_FOR.test(before);
}

/** "voor mensen met", "bewoners met (beginnende)": who a house or ward is for. */
const WHO_FOR =
  /(?:^|[^\p{L}])(?:voor|mensen|ouderen|bewoners|bewoonsters|cliënten|patiënten|kinderen|jongeren|volwassenen|gasten) met (?:een |de |ernstige |beginnende |lichte |vergevorderde |\p{L}+e )?$/u;
