import type { Token } from './tokens';

/**
 * Whether a sentence tells what happened (a past tense or a perfect), not what is or will be:
 * "uw moeder kreeg haar medicatie", "het protocol is gevolgd", "u bent gezien". A reply that
 * tells the one answered what happened to them speaks from knowledge of their case.
 */

/** Simple past forms that are common in an account of care; weak verbs are found by shape. */
const PAST_FORMS = new Set(
  `was waren waart werd werden had hadden kreeg kregen kwam kwamen ging gingen lag lagen zat zaten
stond stonden liep liepen zei zeiden zag zagen gaf gaven nam namen wist wisten wilde wilden wou kon konden
mocht mochten moest moesten bleek bleken viel vielen sprak spraken vond vonden deed deden bleef bleven`.split(
    /\s+/,
  ),
);
/** Auxiliaries of a perfect or a passive: "is gevolgd", "heeft gekregen", "werd gezien". */
const AUX = new Set(
  'is bent ben zijn was waren waart zijt heeft hebt heb hebben had hadden werd werden wordt worden'.split(
    ' ',
  ),
);
/**
 * A past participle by its shape: "ge-" inside a short prefix ("gevolgd", "afgesproken",
 * "meegekregen", "opgenomen") or a prefix that takes none ("besproken", "verzorgd", "ontstaan"),
 * also after a separable prefix ("doorverwezen", "opbesteld").
 */
const PARTICIPLE =
  /^(?:\p{L}{0,5}ge(?:\p{L}{2,}(?:d|t|en)|\p{L}{0,3}aan)|(?:door|op|af|aan|in|uit|mee|terug|over|toe|na|bij|weg)?(?:be|ver|ont|her|er|onder)\p{L}{2,}(?:d|t|en|aan))$/u;
/** Words of that shape that are no participle: "geleden", "gelegen" read as adverbs here, "gebeuren" is an infinitive. */
const NOT_PARTICIPLE = new Set([
  'geleden',
  'gelegen',
  'geven',
  'gebeuren',
  'betekent',
  'bestaat',
  'verder',
  'verschillend',
  'beiden',
  'eten',
  'ondertussen',
  'onderwerpen',
]);

/** Separable prefixes before a past form: "opnam", "meekreeg", "aankwam". */
const SEPARABLE = [
  'op',
  'af',
  'aan',
  'in',
  'uit',
  'mee',
  'terug',
  'door',
  'over',
  'toe',
  'na',
  'bij',
  'weg',
  'langs',
  'binnen',
];

const pastForm = (w: string) =>
  w !== 'afwas' &&
  (PAST_FORMS.has(w) ||
    SEPARABLE.some((p) => w.length > p.length + 2 && w.startsWith(p) && PAST_FORMS.has(w.slice(p.length))));

/** True when the sentence's words hold a past tense, or an auxiliary with a participle. */
export function tellsPast(words: readonly Token[]): boolean {
  let aux = false;
  let participle = false;
  for (let k = 0; k < words.length; k++) {
    const t = words[k];
    if (pastForm(t.lower)) return true;
    if (AUX.has(t.lower)) aux = true;
    // "om te vertellen" is an infinitive of the same shape.
    else if (PARTICIPLE.test(t.lower) && !NOT_PARTICIPLE.has(t.lower) && words[k - 1]?.lower !== 'te')
      participle = true;
    if (aux && participle) return true;
  }
  return false;
}
