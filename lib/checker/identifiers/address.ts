export type AddressHit = { start: number; end: number };

/** Endings of Dutch and Flemish street names (Kerkstraat, Van Goghlaan, Brugsesteenweg). */
const SUFFIXES =
  'straat|laan|weg|plein|gracht|kade|dijk|singel|dreef|steenweg|lei|hof|pad|park|markt|baan|kaai|wal|steeg|plantsoen|boulevard|allee|dam|veld|hoeve|erf|akker|haven|burcht|poort|vest';
/** Street words that stand alone (Markt 1, Ring 3); "ring" is no suffix: Dosering, Vergadering. */
const CAPITALISED = `${SUFFIXES}|ring`
  .split('|')
  .map((w) => w[0].toUpperCase() + w.slice(1))
  .join('|');

const SUFFIX_LIST = SUFFIXES.split('|');
const STANDALONE = new Set(CAPITALISED.split('|'));
const PREFIX_WORD = /^(?:\p{Lu}\p{Ll}{1,15})$/u;
const LEADING = /^(?:Het|Een|Op|In|Bij|Aan|Naar|Via|Ze|Hij|Wij|We)$/;
const HOUSE_NUMBER =
  /(\d{1,4})(?:[a-zA-Z](?![\p{L}])|-\d{1,3}| ?bus \d{1,3}| [A-Z](?![\p{L}]))?(?![\p{N}])/uy;
const DIGITS = /\d+/g;
const WORD_BEFORE = /[\p{L}'-]{1,40}$/u;

const isStreetWord = (w: string) =>
  STANDALONE.has(w) ||
  (/^\p{Lu}/u.test(w) &&
    SUFFIX_LIST.some((suf) => w.length > suf.length && w.endsWith(suf) && /^[\p{Ll}'-]*$/u.test(w.slice(1))));

/**
 * Street addresses with a house number: a street word (Kerkstraat, Markt, Van Goghlaan) right
 * before a number of 1-4 digits, after at most two capitalised words or particles. Found from
 * each number backwards, so the cost is linear in the text.
 */
export function findAddresses(text: string): AddressHit[] {
  const out: AddressHit[] = [];
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    const at = m.index;
    if (text[at - 1] !== ' ' || m[0].length > 4 || Number(m[0]) === 0) continue;
    HOUSE_NUMBER.lastIndex = at;
    const num = HOUSE_NUMBER.exec(text);
    if (!num) continue;
    const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 41), at - 1));
    if (!word || !isStreetWord(word[0])) continue;
    let start = at - 1 - word[0].length;
    for (let k = 0; k < 2; k++) {
      const prev = WORD_BEFORE.exec(text.slice(Math.max(0, start - 17), start - 1));
      if (text[start - 1] !== ' ' || !prev || !PREFIX_WORD.test(prev[0]) || LEADING.test(prev[0])) break;
      start -= prev[0].length + 1;
    }
    out.push({ start, end: at + num[0].length });
  }
  return out;
}
