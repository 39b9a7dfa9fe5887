import { PLACES } from '../data/places';

/** Dutch postcode: 1234 AB; SA, SD and SS are never issued; an NL- prefix is allowed. */
export function isNlPostcode(value: string): boolean {
  const m = /^(?:NL-?\s?)?([1-9]\d{3})\s?([A-Z]{2})$/.exec(value.trim());
  return !!m && !['SA', 'SD', 'SS'].includes(m[2]);
}

export type PostcodeHit = { start: number; end: number; country: 'NL' | 'BE'; certain: boolean };

/** Units that turn "1250 MG" or "2500 ml" into a quantity, not a postcode. */
const UNITS = new Set([
  'MG',
  'ML',
  'KM',
  'KG',
  'CM',
  'MM',
  'GR',
  'CL',
  'DL',
  'KB',
  'MB',
  'GB',
  'AM',
  'PM',
  'PK',
  'KW',
  'MU',
]);
/** Words before a four-digit number that make it a year ("in 2018 Antwerpen verlaten"). */
const YEAR_WORDS =
  /(?:^|\s)(?:in|sinds|tot|vanaf|na|voor|jaar|anno|rond|eind|begin|medio|van|en|of|t\/m)\s*$/i;
const NL_AFTER = /\s?(\p{L}{2})(?![\p{L}\p{N}])/uy;
const BE_AFTER = /\s(\p{Lu}[\p{L}'-]+)/uy;
const FOUR_DIGITS = /(?<![\p{L}\p{N}])[1-9]\d{3}(?![\p{N}])/gu;

/**
 * Dutch postcodes (1234 AB; lower case only before a place name or after "postcode") and
 * Belgian ones where they can be told from a number: B-3000, or 3000 before a known place.
 */
export function findPostcodes(text: string): PostcodeHit[] {
  const out: PostcodeHit[] = [];
  FOUR_DIGITS.lastIndex = 0;
  for (let m = FOUR_DIGITS.exec(text); m; m = FOUR_DIGITS.exec(text)) {
    const at = m.index;
    const end = at + 4;
    const left = text.slice(Math.max(0, at - 12), at);
    const nlPrefix = /NL-?\s?$/.exec(left);
    const bePrefix = /(?<![\p{L}\p{N}])B-$/u.test(left);
    if (!nlPrefix && !bePrefix && /[\p{L}\p{N}-]$/u.test(left)) continue;
    const yearLike = YEAR_WORDS.test(left.slice(-8));
    const named = /postcode\s*:?\s*$/i.test(left);
    NL_AFTER.lastIndex = end;
    const nl = NL_AFTER.exec(text);
    if (nl) {
      const letters = nl[1];
      const upper = letters.toUpperCase();
      const stop = end + nl[0].length;
      const after = /^\s+(\p{L}+)/u.exec(text.slice(stop, stop + 40));
      const placeAfter = !!after && PLACES.has(after[1].toLowerCase());
      const lowerCase = letters !== upper;
      const ok =
        !UNITS.has(upper) &&
        !['SA', 'SD', 'SS'].includes(upper) &&
        /^[A-Z]{2}$/.test(upper) &&
        (!lowerCase || placeAfter || named) &&
        // A capital pair like "EN" after a year is rarely a postcode: ask for a prefix, a place or the word.
        (lowerCase || !!nlPrefix || !/\s/.test(nl[0]) || placeAfter || named || !yearLike);
      if (ok) {
        out.push({ start: nlPrefix ? at - nlPrefix[0].length : at, end: stop, country: 'NL', certain: true });
        continue;
      }
    }
    BE_AFTER.lastIndex = end;
    const be = BE_AFTER.exec(text);
    if (be) {
      const place = be[1].toLowerCase();
      if ((PLACES.has(place) || PLACES.has(place.split('-')[0])) && (bePrefix || !yearLike)) {
        out.push({
          start: bePrefix ? at - 2 : at,
          end: end + be[0].length,
          country: 'BE',
          certain: bePrefix,
        });
        continue;
      }
    }
    if (bePrefix) out.push({ start: at - 2, end, country: 'BE', certain: true });
  }
  return out;
}
