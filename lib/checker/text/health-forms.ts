/**
 * The forms people write of a health word that the vocabulary holds once: plurals
 * ("miskramen", "rollators", "operaties"), diminutives ("griepje", "rolstoeltje") and inflected
 * adjectives ("verwarde", "psychiatrische"), and compounds of a condition with the place or
 * person of its care ("verslavingskliniek", "dementieafdeling", "coronapatiënt").
 */

/** Stems whose inflected forms mean something else: "vallen" (to fall, to like), "ontslagen" (fired). */
const NO_FORMS = new Set(['val', 'ontslag', 'opname', 'ziek', 'blind', 'doof', 'coma', 'echo']);

const VOWELS = 'aeiou';
const isVowel = (c: string | undefined) => !!c && VOWELS.includes(c);

/**
 * Candidate base forms of a word, most likely first; at most a handful, no dictionary needed.
 * Dutch spelling: an open syllable loses a doubled vowel ("miskraam" -> "miskramen"), a closed
 * one doubles its consonant ("rolstoel" -> "rolstoelen" keeps it, "pil" -> "pillen"), and f/s
 * voice to v/z ("kwaal"/"brief" -> "brieven").
 */
export function baseForms(word: string): string[] {
  const out: string[] = [];
  const add = (w: string) => {
    if (w.length >= 4 && w !== word && !out.includes(w)) out.push(w);
  };
  const stems = (stem: string) => {
    add(stem);
    const last = stem[stem.length - 1];
    const before = stem[stem.length - 2];
    // pillen -> pil, bedden -> bed
    if (last === before && !isVowel(last)) add(stem.slice(0, -1));
    // miskramen -> miskraam, kwalen -> kwaal
    if (!isVowel(last) && isVowel(before) && !isVowel(stem[stem.length - 3]))
      add(stem.slice(0, -1) + before + last);
    // brieven -> brief, huizen -> huis
    if (last === 'v') stems2(stem.slice(0, -1) + 'f');
    if (last === 'z') stems2(stem.slice(0, -1) + 's');
  };
  const stems2 = (stem: string) => {
    add(stem);
    const last = stem[stem.length - 1];
    const before = stem[stem.length - 2];
    if (!isVowel(last) && isVowel(before) && !isVowel(stem[stem.length - 3]))
      add(stem.slice(0, -1) + before + last);
  };
  if (/['’]s$/.test(word)) add(word.slice(0, -2));
  if (word.endsWith('etje')) stems(word.slice(0, -4));
  if (word.endsWith('je'))
    for (const end of ['je', 'tje', 'pje']) if (word.endsWith(end)) add(word.slice(0, -end.length));
  if (word.endsWith('en')) stems(word.slice(0, -2));
  if (word.endsWith('s')) add(word.slice(0, -1));
  if (word.endsWith('e')) stems(word.slice(0, -1));
  return out.filter((w) => !NO_FORMS.has(w));
}

/** What follows a condition in a compound, and what the compound then tells. */
const CARE_SUFFIXES: [string, 'admission' | 'condition' | 'treatment'][] = [
  ['kliniek', 'admission'],
  ['afdeling', 'admission'],
  ['unit', 'admission'],
  ['opname', 'admission'],
  ['patiënt', 'condition'],
  ['patiënte', 'condition'],
  ['patiëntje', 'condition'],
  ['klachten', 'condition'],
  ['diagnose', 'condition'],
  ['behandeling', 'treatment'],
  ['medicatie', 'treatment'],
  ['medicijnen', 'treatment'],
];

/**
 * "verslavingskliniek", "dementie-afdeling", "alzheimerpatiënt": a condition the vocabulary
 * knows (`isCondition`) followed by the place, the person or the care of it. Returns the kind,
 * or null. The condition must be at least five letters, so short words inside ordinary
 * compounds do not count.
 */
export function careCompound(
  word: string,
  isCondition: (stem: string) => boolean,
): 'admission' | 'condition' | 'treatment' | null {
  if (word.length < 10) return null;
  for (const [suffix, kind] of CARE_SUFFIXES) {
    if (!word.endsWith(suffix)) continue;
    let stem = word.slice(0, -suffix.length);
    if (stem.endsWith('-')) stem = stem.slice(0, -1);
    if (stem.length < 5) continue;
    if (isCondition(stem)) return kind;
    // The linking s of "verslavingskliniek", "ziektes"
    if (stem.endsWith('s') && isCondition(stem.slice(0, -1))) return kind;
  }
  return null;
}
