/**
 * A birth verb in a life story is no birth event: "Ze is geboren in Zutphen en woont al
 * vijftig jaar in de stad", or any "geboren" in a post that celebrates an old age ("105 jaar!",
 * "werd vandaag 100", "haar eeuwfeest"). A baby's birth names its moment or the baby instead.
 */

/** An old age celebrated in the draft: 60 to 115 with a birthday word, or a spelled hundred. */
const OLD_AGE =
  /(?<![\p{N}])(?:[6-9]\d|1[01]\d)(?:[- ]?jarige?\b|(?:e|ste|de) verjaardag|(?: jaar)?!| jaar (?:oud|geworden|jong))|\b(?:werd|wordt|werden|worden|is|zijn) (?:\p{L}+ ){0,3}(?:[6-9]\d|1[01]\d)(?: jaar)?(?![\p{N}])|\b(?:honderdjarige?|eeuwfeest|eeuweling|honderd jaar|negentigjarige?|tachtigjarige?)\b/iu;

/** The moment or the baby of a birth: then "geboren in Breda" is still a birth. */
const BABY_BIRTH =
  /\b(?:vannacht|vandaag|gisteren|gisternacht|vanochtend|vanmorgen|zojuist|net|om \d|baby|kindje|zoon(?:tje)?|dochter(?:tje)?|tweeling|gram|welkom|kraam\p{L}*|bevallen|bevalling)\b/iu;

/** "geboren in Zutphen", "geboren te Gent": a birthplace. */
const BIRTHPLACE_AFTER = /^ (?:in|te) \p{Lu}/u;

export function lifeStoryBirth(text: string, end: number, sentence: string): boolean {
  if (BABY_BIRTH.test(sentence)) return false;
  return BIRTHPLACE_AFTER.test(text.slice(end, end + 6)) || OLD_AGE.test(text);
}
