import { PERSON_NOUNS } from '../data/care';
import type { DetailKind } from './details';

// Ages around a number, for the details of text/details.ts: "94-jarige", "(94)", "94 jaar oud",
// "werd 100", "ze was pas 34", "een man van 45", "Truus, 97 jaar en", "99 kaarsjes".

/** What follows a number that makes it no age: units, counts, years of service. */
const NOT_AN_AGE =
  /\s*(?:uur|procent|%|euro|€|minuten|keer|kilo|kg|gram|cm|meter|km|weken|dagen|maanden|bedden|medewerkers|collega|jaar\s+(?:in\s+dienst|ervaring|bij\s+ons|werkzaam|getrouwd))/iy;

// Each pattern below is sticky: it is tried only where a trigger word or a number stands,
// so the whole scan is one pass over the words and numbers of the text.
const AGE_AFTER =
  /(?:[- ]?jarige?(?![\p{L}])| jaar (?:oud|jong|geworden)(?![\p{L}])|(?:e|ste|de) verjaardag)/iuy;
const AGE_VERB_BEFORE =
  /(?:^|[^\p{L}])(?:werd|wordt|is geworden|(?:hij|zij|ze|mevrouw|meneer|mijnheer|bewoner|bewoonster|patiënt|patiënte) (?:is|was)(?: pas| al| nog maar)?|(?:werd|wordt|is|was) (?:hij|zij|ze)(?: pas| al| nog maar)?)(?: vandaag| gisteren)? $/iu;
const AGE_IN_BRACKETS = / ?(?:jaar|jr\.?)\)/y;
const AGE_YEARS_AFTER = /(?: jaar)?(?![\p{N}])/uy;
/**
 * An age told after its verb with a few words between: "werd ze 105", "werden deze week
 * allebei 100", "wordt hij zondag 90". Only these fillers, so "werd op 12 maart" stays a date.
 */
const AGE_VERB_FILLED =
  /(?:^|[^\p{L}])(?:werd|wordt|werden|worden)(?: (?:ze|zij|hij|ze|ze allebei|vandaag|gisteren|eergisteren|morgen|overmorgen|binnenkort|straks|volgende week|dit weekend|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|deze week|vorige week|afgelopen week|allebei|beiden|beide|samen|al|pas|nog|maar|net|officieel|liefst|maar liefst)){1,3} $/iu;
const NAME_IS_BEFORE = /(?:^|[^\p{L}])\p{Lu}\p{Ll}+ (?:is|was)(?: pas| al| nog maar| inmiddels| nu)? $/u;
/** Capitalised words that open a statement but are no name: "Het is 5 uur", "Dat was 12 euro". */
const NOT_A_NAME =
  /(?:^|[^\p{L}])(?:Het|Dat|Dit|Er|Die|Wat|Hier|Daar|Nu|Zij|Ze|Hij|Ik|Jij|Je|U|Wij|We|Jullie|Zo|Alles|Iedereen|Niemand|Kamer|Bed|Afdeling|Score|Wachttijd|Totaal|Stand|Prijs) (?:is|was)/u;
/** After the number: "jaar", or the end of the statement ("Lotte is 19."). */
const AGE_STATED = /^(?: jaar(?![\p{L}])|[.!?,]|$| en | geworden)/u;
const AGE_IS_AFTER = / (?:is|was|wordt|werd) (?:hij|ze|zij)(?![\p{L}])/uy;
/** "met je 99ste!", "haar 100ste": an old age as an ordinal after a possessive. */
const AGE_ORDINAL_BEFORE = /(?:^|[^\p{L}])(?:je|jouw|haar|zijn|z'n|z’n|uw|hun) $/iu;
const ORDINAL = /(?:ste|de|e)(?![\p{L}\p{N}])/uy;
/** "Piet van 't Hof, 91, elke ochtend": an age between commas after a name. */
const NAME_COMMA_BEFORE = /(?:^|[^\p{L}])\p{Lu}[\p{L}'’-]+, $/u;
const NOT_NAME_BEFORE =
  /(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|kamer|bed|afdeling|Ja|Nee|Oké), $/iu;
const AFTER_COMMA_AGE = /^(?:,|\.|!| en )/u;
/** "105 jaar!" opening a sentence: an age celebrated, not an anniversary ("bestaat 75 jaar"). */
const OPENING = /(?:^|[.!?\n]\s*|[^\p{L}\p{N}\s.,]\s*)$/u;
export type Push = (kind: DetailKind, start: number, end: number, replacement: string | null) => void;

/** Ages around a number: 94-jarige, (94), 94 jaar oud, werd 100, ze was pas 34, een man van 45, 82 jaar. */
export function ageAt(
  text: string,
  s: number,
  e: number,
  push: Push,
  sticky: (re: RegExp, at: number) => number,
) {
  const value = Number(text.slice(s, e));
  if (value > 115 || text[s] === '0') return;
  let n: number;
  if ((n = sticky(AGE_AFTER, e)))
    return push('age', s, e + n, /jarige?$/i.test(text.slice(s, e + n)) ? 'oudere' : null);
  if (text[s - 1] === '(' && text[e] === ')' && /\p{L} $/u.test(text.slice(Math.max(0, s - 3), s - 1)))
    return push('age', s - 1, e + 1, '');
  // "(74 jr)", "(74 jaar)" after a name.
  if (
    (n = sticky(AGE_IN_BRACKETS, e)) &&
    text[s - 1] === '(' &&
    /\p{L} $/u.test(text.slice(Math.max(0, s - 3), s - 1))
  )
    return push('age', s - 1, e + n, '');
  const left = text.slice(Math.max(0, s - 30), s);
  if (sticky(NOT_AN_AGE, e)) return;
  if (AGE_VERB_BEFORE.test(left)) return push('age', s, e + sticky(AGE_YEARS_AFTER, e), null);
  // "Lotte is 19.", "Jan was pas 34 jaar": a name, then its age and the end of the statement.
  if (NAME_IS_BEFORE.test(left) && !NOT_A_NAME.test(left) && AGE_STATED.test(text.slice(e, e + 12)))
    return push('age', s, e + sticky(AGE_YEARS_AFTER, e), null);
  // "58 is hij nu", "92 was ze": the age first.
  if (sticky(AGE_IS_AFTER, e) && !/\p{N}[.,]?$/u.test(left)) return push('age', s, e, null);
  if (
    value >= 18 &&
    AGE_VERB_FILLED.test(left) &&
    !/^ (?:jaar )?(?:in dienst|bij ons)/.test(text.slice(e, e + 18))
  )
    return push('age', s, e + sticky(AGE_YEARS_AFTER, e), null);
  if (value >= 60 && AGE_ORDINAL_BEFORE.test(left) && (n = sticky(ORDINAL, e)))
    return push('age', s, e + n, null);
  if (
    value >= 18 &&
    NAME_COMMA_BEFORE.test(left) &&
    !NOT_NAME_BEFORE.test(left) &&
    AFTER_COMMA_AGE.test(text.slice(e, e + 4))
  )
    return push('age', s, e, '');
  if (value >= 90 && /^ jaar!/.test(text.slice(e, e + 6)) && OPENING.test(left))
    return push('age', s, e + 5, null);
  if (/\p{L}, $/u.test(left) && /^ jaar[,.]/.test(text.slice(e, e + 6))) return push('age', s, e + 5, null);
  // "Gefeliciteerd Truus, 97 jaar en nog zo scherp", "blies 101 kaarsjes uit": an old age.
  if (
    value >= 60 &&
    NAME_COMMA_BEFORE.test(left) &&
    !/(?:^|\s)(?:De|Het) \S+, $/u.test(left) &&
    /^ jaar (?:en|oud)\b/.test(text.slice(e, e + 9))
  )
    return push('age', s, e + 5, null);
  if (value >= 60 && /^ (?:kaarsjes|kaarsen)(?![\p{L}])/u.test(text.slice(e, e + 10)))
    return push('age', s, e, null);
  if (left.endsWith('van ')) {
    const words = left
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .slice(-4, -1);
    const person = words.some((w) => PERSON_NOUNS.has(w)) || /\p{Lu}\p{Ll}+ van $/u.test(left);
    if (person) push('age', s - 4, e + sticky(AGE_YEARS_AFTER, e), '');
  }
}
