import { PERSON_NOUNS } from '../data/care';
import { PLACES } from '../data/places';
import { findAddresses } from '../identifiers/address';
import { findDates } from '../identifiers/dates';
import { findPostcodes } from '../identifiers/postcode';
import { sensitiveWords } from './health';

/** A small fact that, with others, can point to one person. */
export type DetailKind = 'age' | 'room' | 'ward' | 'time' | 'date' | 'place' | 'address' | 'rare' | 'health';

export type Detail = {
  kind: DetailKind;
  start: number;
  end: number;
  /** Safe replacement for [start, end), or null when the detail is better left to the writer. */
  replacement: string | null;
};

/** Points per kind: an age or a room narrows to a handful of people, "vandaag" only a little. */
export const DETAIL_WEIGHT: Record<DetailKind, number> = {
  age: 2,
  room: 2,
  date: 2,
  place: 2,
  address: 2,
  rare: 2,
  ward: 1,
  health: 1,
  time: 1,
};

const NUMBER_WORDS = 'een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf';
const SPECIALTIES =
  'geriatrie|psychogeriatrie|cardiologie|oncologie|neurologie|interne|chirurgie|orthopedie|longziekten|psychiatrie|hematologie|verloskunde|kraamzorg|neonatologie|kindergeneeskunde|pediatrie|revalidatie|dialyse|spoedgevallen|palliatieve|gesloten|intensieve|urologie|gynaecologie|nefrologie|reumatologie|dermatologie|materniteit|kraamafdeling|geriatrische';
const NOT_AN_AGE =
  '(?!\\s*(?:uur|procent|%|euro|€|minuten|keer|kilo|kg|gram|cm|meter|km|weken|dagen|maanden|bedden|medewerkers|collega|jaar\\s+(?:in\\s+dienst|ervaring|bij\\s+ons|werkzaam|getrouwd)))';

/** Ages written with a person: 94-jarige, (94), 94 jaar oud, werd 100, een man van 45, 95e verjaardag. */
const AGE = new RegExp(
  [
    `(?<![\\p{N}])\\d{1,3}[- ]?jarige?(?![\\p{L}])`,
    `(?:honderd|negentig|tachtig|zeventig|zestig)(?:jarige|plusser|ers?)(?![\\p{L}])`,
    `(?<=\\p{L} )\\((?!0)\\d{1,3}\\)`,
    `(?<![\\p{N}])\\d{1,3} jaar (?:oud|jong|geworden)(?![\\p{L}])`,
    `(?<![\\p{L}])(?:werd|wordt|is geworden|wordt vandaag|werd vandaag|werd gisteren)\\s(?!0)\\d{1,3}(?:\\sjaar)?(?![\\p{N}])${NOT_AN_AGE}`,
    `(?<![\\p{L}])(?:hij|zij|ze)\\s(?:is|was)\\s(?:pas\\s|al\\s|nog maar\\s)?(?!0)\\d{1,3}(?:\\sjaar)?(?![\\p{N}])${NOT_AN_AGE}`,
    `(?<![\\p{N}])\\d{1,3}(?:e|ste|de) verjaardag`,
    `(?<=\\p{L}, )(?!0)\\d{2,3} jaar(?=[,.])`,
  ].join('|'),
  'giu',
);
/** "van 45" after a person: checked against the words before it. */
const AGE_VAN = /(?<![\p{L}])van (?!0)(\d{1,3})(?: jaar(?: oud)?)?(?![\p{N}])/gu;
const ROOM = new RegExp(
  `(?<![\\p{L}])(?:(?:op|van|in|naar|aan) )?(?:kamer|kamernummer|bed|bednummer|zaal|box)\\s?(?:nr\\.?\\s?|nummer\\s)?(?:\\d{1,4}[a-z]?|${NUMBER_WORDS})(?![\\p{L}\\p{N}])`,
  'giu',
);
const WARD_WORDS = new RegExp(
  `(?<![\\p{L}])(?:(?:op|van|naar|in|aan) )?(?:de )?(?:afdeling|unit|paviljoen|vleugel) (?:\\d{1,2}\\s?[A-Za-z]?(?: (?:noord|zuid|oost|west|Noord|Zuid|Oost|West))?|[A-Z]\\d{1,2}|(?:${SPECIALTIES})(?: \\p{Ll}+)?)(?![\\p{L}\\p{N}])`,
  'gu',
);
const WARD_NAMES =
  /(?<![\p{L}])(?:op|naar|van|in|aan) (?:de |het )?(?:IC|SEH|CCU|NICU|PICU|MC|OK|HDU|MCU|EHH|spoedeisende hulp|intensive care|spoedgevallen|spoed|dagbehandeling|verloskamer|kinderafdeling|neonatologie|hartbewaking|kraamafdeling|palliatieve (?:unit|afdeling)|recovery|poli(?:kliniek)?|[1-9][A-Z])(?![\p{L}\p{N}])/gu;
const TIME = new RegExp(
  `(?<![\\p{L}])(?:vandaag|gisteren|eergisteren|vannacht|vanochtend|vanmorgen|vanmiddag|vanavond|gisteravond|gisternacht|gistermiddag|gisterochtend|zojuist|daarnet|afgelopen (?:nacht|week|weekend|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|dit weekend|vorige week|sinds (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gisteren|vanochtend)|vanaf (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|om \\d{1,2}[.:]\\d{2}(?: uur)?)(?![\\p{L}\\p{N}])`,
  'giu',
);
const PLACE = /(?<![\p{L}])(?:uit|in|te|bij|afkomstig uit|woont in|wonend in) (\p{Lu}[\p{L}'-]{1,40})/gu;
const ROAD = /(?<![\p{L}])op de [AN]\d{1,3}(?![\p{L}\p{N}])/gu;

let cache: { text: string; details: Detail[] } | null = null;

/** The quasi-identifiers of a text, in order; computed once per text. */
export function detailsIn(text: string): Detail[] {
  if (cache && cache.text === text) return cache.details;
  const out: Detail[] = [];
  const push = (kind: DetailKind, start: number, end: number, replacement: string | null) => {
    // A detail that is dropped takes the space before it along, so no double space is left.
    const s = replacement === '' && text[start - 1] === ' ' ? start - 1 : start;
    out.push({ kind, start: s, end, replacement });
  };
  scan(AGE, text, (m) =>
    push('age', m.index, m.index + m[0].length, /jarige?$/i.test(m[0]) ? 'oudere' : null),
  );
  scan(AGE_VAN, text, (m) => {
    const left = text.slice(Math.max(0, m.index - 30), m.index).toLowerCase();
    const words = left
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .slice(-3);
    const person =
      words.some((w) => PERSON_NOUNS.has(w)) || /\p{Lu}\p{Ll}+ $/u.test(text.slice(m.index - 20, m.index));
    if (person && Number(m[1]) <= 115) push('age', m.index, m.index + m[0].length, '');
  });
  scan(ROOM, text, (m) => push('room', m.index, m.index + m[0].length, ''));
  scan(WARD_WORDS, text, (m) => push('ward', m.index, m.index + m[0].length, null));
  scan(WARD_NAMES, text, (m) => push('ward', m.index, m.index + m[0].length, null));
  scan(TIME, text, (m) => push('time', m.index, m.index + m[0].length, null));
  for (const d of findDates(text)) push('date', d.start, d.end, 'onlangs');
  scan(PLACE, text, (m) => {
    const place = m[1].toLowerCase();
    if (PLACES.has(place) || PLACES.has(place.split('-')[0]))
      push('place', m.index, m.index + m[0].length, '');
  });
  scan(ROAD, text, (m) => push('place', m.index, m.index + m[0].length, ''));
  for (const a of findAddresses(text)) push('address', a.start, a.end, null);
  for (const p of findPostcodes(text)) push('address', p.start, p.end, null);
  for (const h of sensitiveWords(text)) if (h.health) push(h.rare ? 'rare' : 'health', h.start, h.end, null);
  out.sort((a, b) => a.start - b.start);
  const details = dropOverlaps(out);
  cache = { text, details };
  return details;
}

function scan(re: RegExp, text: string, each: (m: RegExpExecArray) => void) {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    each(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** A room inside an address, or a date inside a birth date line: keep the first, longest. */
function dropOverlaps(sorted: Detail[]): Detail[] {
  const out: Detail[] = [];
  for (const d of sorted) {
    const last = out[out.length - 1];
    if (last && d.start < last.end) {
      if (d.end - d.start > last.end - last.start && DETAIL_WEIGHT[d.kind] >= DETAIL_WEIGHT[last.kind])
        out[out.length - 1] = d;
      continue;
    }
    out.push(d);
  }
  return out;
}
