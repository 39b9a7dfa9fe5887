export type AddressHit = { start: number; end: number };

/** Endings of Dutch and Flemish street names (Kerkstraat, Van Goghlaan, Brugsesteenweg). */
const SUFFIXES =
  'straat|laan|weg|plein|gracht|kade|dijk|singel|dreef|steenweg|lei|hof|pad|park|markt|baan|kaai|wal|steeg|plantsoen|boulevard|allee|dam|veld|hoeve|erf|akker|haven|burcht|poort|vest';
/** Street words that stand alone (Markt 1, Ring 3); "ring" is no suffix: Dosering, Vergadering. */
const CAPITALISED = `${SUFFIXES}|ring`
  .split('|')
  .map((w) => w[0].toUpperCase() + w.slice(1))
  .join('|');

/**
 * A street name and a house number: one capitalised word ending in a street suffix, after at
 * most two capitalised words (Van Gogh-, Grote, Lange), then 1-4 digits with an optional
 * letter, addition or "bus 3". Each part is a bounded run, so the scan stays linear.
 */
const ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:[Vv]an|[Dd]e|[Dd]en|[Tt]er|[Tt]en|\\p{Lu}\\p{Ll}{1,15}) ){0,2}(?:\\p{Lu}[\\p{Ll}'-]{0,30}(?:${SUFFIXES})|(?:${CAPITALISED})) (\\d{1,4})(?:[a-zA-Z](?![\\p{L}])|-\\d{1,3}| ?bus \\d{1,3}| [A-Z](?![\\p{L}]))?(?![\\p{N}])`,
  'gu',
);

/** Street addresses with a house number. */
export function findAddresses(text: string): AddressHit[] {
  const out: AddressHit[] = [];
  ADDRESS.lastIndex = 0;
  for (let m = ADDRESS.exec(text); m; m = ADDRESS.exec(text)) {
    if (Number(m[1]) === 0) continue;
    let start = m.index;
    // "Vanochtend bij Hoofdstraat" keeps only the street: drop leading sentence words.
    const words = m[0].split(' ');
    while (
      words.length > 2 &&
      (/^\p{Ll}/u.test(words[0]) || /^(?:Het|Een|Op|In|Bij|Aan|Naar|Via|Ze|Hij|Wij|We)$/.test(words[0]))
    ) {
      start += words[0].length + 1;
      words.shift();
    }
    out.push({ start, end: m.index + m[0].length });
  }
  return out;
}
