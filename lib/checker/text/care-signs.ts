import { tellsPast } from './tense';
import type { Token } from './tokens';

/**
 * Signs of care that a reply gives away without a care word of its own, for care-bond.ts:
 * the organisation's records read for this person ("volgens onze gegevens ..."), their own
 * carer named in an account of what happened ("uw behandelaar heeft ...", "het gesprek met de
 * dokter"), the one answered as a resident's representative ("u als wettelijk
 * vertegenwoordiger"), and a care object of their relative ("het bed van uw moeder").
 * Each is a word of the sentence; `null` when there is none.
 */

/** Who gives care, as a reply names them ("jeugdarts", "wondverpleegkundige", "fysiotherapeut"). */
const CARER =
  /^(?:\p{L}*arts|dokter|\p{L}*specialist|behandelaar|\p{L}*begeleider|\p{L}*verpleegkundige|verzorgende|\p{L}*therapeut|fysio|logopedist|psycholoog|psychiater|casemanager|verloskundige|mondhygiënist|geriater|zorgcoördinator)$/u;
/** "voorwaarts" ends like "arts". */
const NOT_CARER = /waarts$/;
/** "uw vaste begeleider", "haar eigen arts". */
const CARER_LEAD = new Set(['persoonlijk', 'persoonlijke', 'eigen', 'vaste', 'behandelend', 'behandelende']);
/** Whose carer: the one answered's or their relative's ("haar arts" after "uw zus"), or ours. */
const OWNED = new Set(['uw', 'je', 'jouw', 'haar', 'zijn', "z'n", 'z’n']);
const OURS = new Set(['de', 'onze']);
/** What our carer does next for the one answered; not "kan" or "weet" (advice about anyone's carer). */
const ACTS = new Set(['belt', 'mailt', 'neemt', 'zal', 'gaat', 'komt', 'zoekt', 'bespreekt']);
/** What an organisation keeps about the people it cares for. */
const RECORDS = new Set(
  `gegevens dossier zorgdossier rapportage rapportages systeem administratie registratie logboek notities
verslaglegging zorgplan`.split(/\s+/),
);
/** Records that are care records even after "de" or "het". */
const CARE_RECORDS = new Set(['dossier', 'zorgdossier', 'rapportage', 'rapportages', 'logboek', 'zorgplan']);
/** "u als wettelijk vertegenwoordiger", "als eerste contactpersoon". */
const REPRESENTS = /^(?:vertegenwoordiger|contactpersoon|mentor|curator)$/;
/** Things of care that belong to a resident or patient. */
const CARE_OBJECTS = new Set(
  'bed kamer rolstoel rollator medicatie medicijnen zorgplan dossier behandeling verzorging appartement'.split(
    ' ',
  ),
);
const SECOND_OWNERS = new Set(['uw', 'je', 'jouw']);

/** Staying or coming in with us: "toen zij bij ons woonde", "kwam elke week bij ons binnen". */
const STAYS = new Set(
  'woonde woonden woont wonen verbleef verbleven verblijft lag lagen ligt binnen binnenkwam binnenkwamen logeerde opgenomen ingeschreven'.split(
    ' ',
  ),
);

/** The first word of the sentence that shows we know the one answered as ours. */
export function structuralSign(words: readonly Token[], kin: ReadonlySet<string>): Token | null {
  let past: boolean | null = null;
  const isPast = () => (past ??= tellsPast(words));
  for (let k = 0; k < words.length; k++) {
    const w = words[k].lower;
    if (denied(words, k)) continue;
    if (
      w === 'ons' &&
      words[k - 1]?.lower === 'bij' &&
      words.some((t, j) => STAYS.has(t.lower) && !denied(words, j))
    )
      return words[k];
    const lead = words[k - 1]?.lower ?? '';
    const owner = CARER_LEAD.has(lead) ? (words[k - 2]?.lower ?? '') : lead;
    // A carer only tells of care in an account of what happened: "bespreek het met uw huisarts" is advice.
    if (isCarer(w) && (OWNED.has(owner) || OURS.has(owner)) && isPast()) return words[k];
    // "uw behandelaar belt u morgen": their carer, acting for us, is ours.
    if (isCarer(w) && OWNED.has(owner) && ACTS.has(words[k + 1]?.lower ?? '')) return words[k];
    // Any business keeps "gegevens" or a "systeem" (an address changed in it); a relative in them, or a
    // care record, is someone in our care.
    if (
      RECORDS.has(w) &&
      (CARE_RECORDS.has(w)
        ? ['onze', 'ons', 'het', 'de'].includes(lead)
        : (lead === 'onze' || lead === 'ons') && namesKin(words, kin))
    )
      return words[k];
    if (REPRESENTS.test(w) && words.slice(Math.max(0, k - 3), k).some((t) => t.lower === 'als'))
      return words[k];
    if (
      CARE_OBJECTS.has(w) &&
      words[k + 1]?.lower === 'van' &&
      SECOND_OWNERS.has(words[k + 2]?.lower ?? '') &&
      kin.has(words[k + 3]?.lower ?? '')
    )
      return words[k];
  }
  return null;
}

const isCarer = (w: string) => CARER.test(w) && !NOT_CARER.test(w);

function namesKin(words: readonly Token[], kin: ReadonlySet<string>): boolean {
  return words.some((t, k) => SECOND_OWNERS.has(t.lower) && kin.has(words[k + 1]?.lower ?? ''));
}

const NEGATIONS = new Set(['niet', 'nooit', 'geen', 'nergens']);
const STOPS = new Set(['uw', 'je', 'jouw', 'haar', 'zijn', 'hun', "z'n", 'z’n']);

/**
 * Care denied, not confirmed: "nooit als patiënt ingeschreven", "niet werd opgenomen", "niet in
 * ons systeem". A possessive in between gives the care back: "nooit haar medicatie gemist".
 */
export function denied(words: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const w = words[j].lower;
    if (STOPS.has(w)) return false;
    if (NEGATIONS.has(w)) return true;
  }
  return false;
}
