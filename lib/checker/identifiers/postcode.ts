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
const NL = /(?<![\p{L}\p{N}-])(NL-?\s?)?([1-9]\d{3})\s?(\p{L}{2})(?![\p{L}\p{N}])/gu;
const BE = /(?<![\p{L}\p{N}-])(B-?\s?)?([1-9]\d{3})\s(\p{Lu}[\p{L}'-]+)/gu;
const BE_PREFIXED = /(?<![\p{L}\p{N}])B-([1-9]\d{3})(?![\p{L}\p{N}])/gu;

/**
 * Dutch postcodes (1234 AB; lower case only before a place name or after "postcode") and
 * Belgian ones where they can be told from a number: B-3000, or 3000 before a known place.
 */
export function findPostcodes(text: string): PostcodeHit[] {
  const out: PostcodeHit[] = [];
  NL.lastIndex = 0;
  for (let m = NL.exec(text); m; m = NL.exec(text)) {
    const letters = m[3];
    const upper = letters.toUpperCase();
    if (UNITS.has(upper) || ['SA', 'SD', 'SS'].includes(upper) || !/^[A-Z]{2}$/.test(upper)) continue;
    const lowerCase = letters !== upper;
    const after = /^\s+(\p{L}+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    const placeAfter = !!after && PLACES.has(after[1].toLowerCase());
    const named = /postcode\s*:?\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index));
    if (lowerCase && !placeAfter && !named) continue;
    // A capital pair like "EN" after a year is rarely a postcode: ask for a prefix, a place or the word.
    if (
      !lowerCase &&
      !m[1] &&
      /\d\s/.test(m[0]) &&
      !placeAfter &&
      !named &&
      YEAR_WORDS.test(text.slice(Math.max(0, m.index - 8), m.index))
    )
      continue;
    out.push({ start: m.index, end: m.index + m[0].length, country: 'NL', certain: true });
  }
  BE.lastIndex = 0;
  for (let m = BE.exec(text); m; m = BE.exec(text)) {
    const place = m[3].toLowerCase();
    if (!PLACES.has(place) && !PLACES.has(place.split('-')[0])) continue;
    if (!m[1] && YEAR_WORDS.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    if (out.some((o) => o.start < m.index + m[0].length && m.index < o.end)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, country: 'BE', certain: !!m[1] });
  }
  BE_PREFIXED.lastIndex = 0;
  for (let m = BE_PREFIXED.exec(text); m; m = BE_PREFIXED.exec(text)) {
    if (out.some((o) => o.start <= m.index && m.index < o.end)) continue;
    out.push({ start: m.index, end: m.index + m[0].length, country: 'BE', certain: true });
  }
  return out.sort((a, b) => a.start - b.start);
}
