import { COLLEAGUE_ROLES, PUBLIC_ROLES } from '../data/care';
import { ageAt } from './ages';
import { PLACES } from '../data/places';
import { findAddresses } from '../identifiers/address';
import { findDates } from '../identifiers/dates';
import { findPostcodes } from '../identifiers/postcode';
import { sensitiveWords } from './health';
import { analyse, sentenceAt, tokensOf } from './tokens';

/** A small fact that, with others, can point to one person. */
export type DetailKind =
  'age' | 'room' | 'ward' | 'time' | 'date' | 'place' | 'address' | 'rare' | 'health' | 'home';

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
  // The organisation's own home is named in many harmless posts; it adds to other details.
  home: 1,
  ward: 1,
  health: 1,
  time: 1,
};

const NUMBER_WORDS = 'een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf';
const SPECIALTIES =
  'geriatrie|psychogeriatrie|cardiologie|oncologie|neurologie|interne|chirurgie|orthopedie|longziekten|psychiatrie|hematologie|verloskunde|kraamzorg|neonatologie|kindergeneeskunde|pediatrie|revalidatie|dialyse|spoedgevallen|palliatieve|gesloten|intensieve|urologie|gynaecologie|nefrologie|reumatologie|dermatologie|materniteit|kraamafdeling|geriatrische';
const SPELLED_AGE =
  /^(?:(?:honderd|negentig|tachtig|zeventig|zestig)(?:jarige|plusser|ers?)|eeuweling|eeuwfeest|honderdste)$/;
const ROOM_AT = new RegExp(
  `(?:kamer|kamernummer|bed|bednummer|zaal|box|verloskamer)\\s?(?:nr\\.?\\s?|nummer\\s)?(?:\\d{1,4}[a-z]?|${NUMBER_WORDS})(?![\\p{L}\\p{N}])`,
  'iuy',
);
const ROOM_WORDS = new Set(['kamer', 'kamernummer', 'bed', 'bednummer', 'zaal', 'box', 'verloskamer']);
/** Departments of an office, not wards where someone lives or stays: "afdeling Communicatie". */
const OFFICE_UNITS =
  'Communicatie|Marketing|Personeelszaken|Financiën|Financien|Administratie|Inkoop|Facilitair|Kwaliteit|Beleid|Verkoop|Planning|Onderzoek|Opleidingen|Onderwijs|Juridische|Techniek|Huishouding|Keuken|Receptie|Automatisering';
const WARD_AT = new RegExp(
  `(?:afdeling|afd\\.?|unit|paviljoen|vleugel) (?:\\d{1,2}\\s?[A-Za-z]?(?: (?:noord|zuid|oost|west|Noord|Zuid|Oost|West))?|[A-Z]\\d{1,2}|(?:${SPECIALTIES})(?: \\p{Ll}+)?|(?!(?:${OFFICE_UNITS})(?![\\p{L}]))\\p{Lu}\\p{Ll}{3,})(?![\\p{L}\\p{N}])`,
  'uy',
);
/** Ward and unit names people write after "op de", "van de": the unit a resident or patient is on. */
const PLAIN_WARDS =
  'revalidatie|revalidatieafdeling|dagopvang|verpleegafdeling|gynaecologie|geriatrie|orthopedie|cardiologie|oncologie|neurologie|urologie|chirurgie|longafdeling|dialyse|materniteit|somatiek|gesloten afdeling|psychiatrie';

const WARD_WORDS = new Set(['afdeling', 'afd', 'unit', 'paviljoen', 'vleugel']);
const WARD_NAME_AT = new RegExp(
  String.raw` (?:de |het )?(?:IC|SEH|CCU|NICU|PICU|MC|OK|HDU|MCU|EHH|spoedeisende hulp|intensive care|spoedgevallen|spoed|dagbehandeling|verloskamer|kinderafdeling|neonatologie|hartbewaking|kraamafdeling|palliatieve (?:unit|afdeling)|recovery|PG|pg|PG-afdeling|psychogeriatrie|crisisdienst|kinder-IC|kinder-ic|(?:eerste|tweede|derde|vierde|vijfde|zesde|bovenste|begane) (?:verdieping|etage)|poli(?:kliniek)?|[1-9][A-Z]|[AN]\d{1,3}|${PLAIN_WARDS})(?![\p{L}\p{N}])`,
  'uy',
);
const PREPOSITIONS = new Set(['op', 'naar', 'van', 'in', 'aan', 'bij']);
const PLACE_WORDS = new Set(['uit', 'in', 'te', 'bij']);
const TIME_WORDS = new Set(
  'vandaag gisteren eergisteren vannacht vanochtend vanmorgen vanmiddag vanavond gisteravond gisternacht gistermiddag gisterochtend zojuist daarnet'.split(
    ' ',
  ),
);
const TIME_LEAD = new Set(['afgelopen', 'dit', 'vorige', 'sinds', 'vanaf']);
const TIME_AFTER_LEAD =
  /(?:nacht|week|weekend|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gisteren|vanochtend)(?![\p{L}])/iuy;
/**
 * A clock time after "om", "rond", "tegen": "14.30 uur", "14:30", "3 uur", "11u", "11u30",
 * "11.30u" (Flemish), "half 3", "kwart over 9". A bare number ("om 3") is no time.
 */
const CLOCK =
  / (?:(?:half|kwart (?:over|voor)|\d{1,2} (?:over|voor)(?: half)?) \d{1,2}(?![\p{N}.:])(?: uur)?|\d{1,2}[.:]\d{2}(?: ?uur|u)?|\d{1,2}(?: ?uur|u(?:\d{2})?))(?![\p{L}\p{N}])/uy;
const CLOCK_LEAD = new Set(['om', 'rond', 'tegen', 'omstreeks']);
/** The Flemish way on its own, "Opname morgen 8u:", "11u30": an hour of the day. */
const FLEMISH_HOUR = /(?<![\p{L}\p{N}.,:/])(?:[01]?\d|2[0-3])u(?:[0-5]\d)?(?![\p{L}\p{N}]| ?(?:op|\/) ?\d)/gu;
const NUMBER = /(?<![\p{N}.,])\d{1,3}(?![\p{N}]|[.,]\d)/gu;
/** Words for the home or hospital someone lives or stays in; with its own name it narrows to one house. */
const HOME_WORDS = new Set(
  'woonzorgcentrum wzc zorgcentrum verpleeghuis verzorgingshuis verzorgingstehuis rusthuis woonzorgpark zorgvilla zorghuis hospice revalidatiecentrum residentie seniorie huize woongroep kleinschalig zorgboerderij serviceflat ziekenhuis az'.split(
    ' ',
  ),
);
/** "in onze Eikenhof", "bij ons in De Linde": the organisation's own house, named. */
const HOME_PREPOSITIONS = new Set(['in', 'op', 'bij', 'naar', 'van']);
const OWN_HOME_AT = / (?:(?:De|Het|'t|’t) )?\p{Lu}\p{Ll}[\p{L}'’-]+(?![\p{L}])/uy;

/**
 * A house named without a home word, after a preposition: "op De Veldhoeve", "bewoners van De
 * Korenbloem", "in Het Hoogeland", or "van de Lindehof" where the name ends as Dutch house
 * names do (-hof, -hoeve, -stede, -weerd ...). Brands after "naar de" (de Efteling) do not.
 */
const HOUSE_NAME_AT =
  / (?:(?:De|Het|'t|’t) \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?|(?:de|het) \p{Lu}\p{Ll}*(?:hof|hoeve|hove|stede|weerd|gaarde|linde|heem|borg|burcht|horst|hage|oord|rust|bongerd|kamp|bosch|hoven|wiek|staete|state)(?: \p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])/uy;

/** The name after a home word: "De Linde", "Sint-Jozef", "'t Hoge Huys", "Avondrust". */
const HOME_NAME_AT =
  / (?:(?:de|het|De|Het|'t|’t|Sint|Sint-|Huize) )?\p{Lu}[\p{L}'’-]+(?: (?:ter|ten|te|van|de|den|der|het) \p{Lu}[\p{L}'’-]+| \p{Lu}[\p{L}'’-]+)?/uy;

/**
 * A birth on a day everyone knows: "de eerste baby van 2026", "onze nieuwjaarsbaby", "de
 * kerstbaby", or anything "op eerste kerstdag". It dates the event as a date would.
 */
const BIRTH_DAY =
  /(?<![\p{L}])(?:(?:op |met )(?:eerste kerstdag|tweede kerstdag|kerstavond|kerstnacht|oudejaarsavond|oudejaarsdag|nieuwjaarsdag|nieuwjaarsnacht|paaszondag|paasmaandag|pinksterzondag|koningsdag|valentijnsdag|moederdag|vaderdag)|(?:eerste|laatste) (?:\p{L}+ )?(?:baby|tweeling|drieling|kindje|ziekenhuisbaby|inwoner|inwoonster|Brabander|Gentenaar)s? van (?:het jaar|het nieuwe jaar|20\d\d)|(?:nieuwjaars|kerst|oudejaars|paas)(?:baby|kindje|tweeling)s?)(?![\p{L}])/giu;

let cache: { text: string; details: Detail[] } | null = null;

/** The quasi-identifiers of a text, in order; computed once per text. */
export function detailsIn(text: string): Detail[] {
  if (cache && cache.text === text) return cache.details;
  const out: Detail[] = [];
  /** Clock times found after "om", "rond": [start, end], in text order. */
  const clocks: [number, number][] = [];
  const push = (kind: DetailKind, start: number, end: number, replacement: string | null) => {
    // A detail that is dropped takes the space before it along, so no double space is left.
    const s = replacement === '' && text[start - 1] === ' ' ? start - 1 : start;
    out.push({ kind, start: s, end, replacement });
  };
  const sticky = (re: RegExp, at: number) => {
    re.lastIndex = at;
    const m = re.exec(text);
    return m ? m[0].length : 0;
  };
  const { tokens } = analyse(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    const joined = prev && prev.sentence === t.sentence && t.start - prev.end === 1;
    const from = joined && PREPOSITIONS.has(prev.lower) ? prev.start : t.start;
    let n: number;
    if (ROOM_WORDS.has(t.lower) && (n = sticky(ROOM_AT, t.start))) push('room', from, t.start + n, '');
    else if (WARD_WORDS.has(t.lower) && (n = sticky(WARD_AT, t.start))) push('ward', from, t.start + n, null);
    else if (PREPOSITIONS.has(t.lower) && (n = sticky(WARD_NAME_AT, t.end))) {
      const road = /[AN]\d/.test(text.slice(t.end + n - 4, t.end + n));
      push(road ? 'place' : 'ward', t.start, t.end + n, road ? '' : null);
    } else if (TIME_WORDS.has(t.lower)) push('time', t.start, t.end, null);
    else if (TIME_LEAD.has(t.lower) && text[t.end] === ' ' && (n = sticky(TIME_AFTER_LEAD, t.end + 1)))
      push('time', t.start, t.end + 1 + n, null);
    else if (CLOCK_LEAD.has(t.lower) && (n = sticky(CLOCK, t.end))) {
      push('time', t.start, t.end + n, null);
      clocks.push([t.start, t.end + n]);
    } else if (SPELLED_AGE.test(t.lower)) push('age', t.start, t.end, 'oudere');
    else if (
      (t.lower === 'onze' || t.lower === 'ons') &&
      prev &&
      HOME_PREPOSITIONS.has(prev.lower) &&
      (n = sticky(OWN_HOME_AT, t.end))
    )
      push('home', prev.start, t.end + n, null);
    else if (
      HOME_WORDS.has(t.lower) &&
      (n = sticky(HOME_NAME_AT, t.end)) &&
      !/^ \p{Lu}+$/u.test(text.slice(t.end, t.end + n))
    )
      push('home', from, t.end + n, null);
    else if (HOME_PREPOSITIONS.has(t.lower) && (n = sticky(HOUSE_NAME_AT, t.end)))
      push('home', t.start, t.end + n, null);
    if (PLACE_WORDS.has(t.lower)) {
      const next = tokens[i + 1];
      if (next && next.cap && next.start - t.end === 1 && next.sentence === t.sentence) {
        const place = next.lower;
        if (PLACES.has(place) || PLACES.has(place.split('-')[0])) push('place', t.start, next.end, '');
      }
    }
  }
  // "om 11u" is already one detail with its "om": both lists run in text order, so one walk.
  FLEMISH_HOUR.lastIndex = 0;
  let c = 0;
  for (let m = FLEMISH_HOUR.exec(text); m; m = FLEMISH_HOUR.exec(text)) {
    while (c < clocks.length && clocks[c][1] <= m.index) c++;
    if (!(c < clocks.length && clocks[c][0] <= m.index)) push('time', m.index, m.index + m[0].length, null);
  }
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text))
    ageAt(text, m.index, m.index + m[0].length, push, sticky);
  for (const d of findDates(text)) push('date', d.start, d.end, 'onlangs');
  BIRTH_DAY.lastIndex = 0;
  for (let m = BIRTH_DAY.exec(text); m; m = BIRTH_DAY.exec(text))
    push('date', m.index, m.index + m[0].length, null);
  for (const a of findAddresses(text)) push('address', a.start, a.end, null);
  for (const p of findPostcodes(text)) push('address', p.start, p.end, null);
  for (const h of sensitiveWords(text)) if (h.health) push(h.rare ? 'rare' : 'health', h.start, h.end, null);
  out.sort((a, b) => a.start - b.start);
  const details = dropOverlaps(out);
  cache = { text, details };
  return details;
}

/**
 * Someone the details themselves point to, where no name or person word was found: "Dirk (52)"
 * (an age in brackets after a capitalised word is a name), "Bed 6, 19 jaar" (an age with a
 * room, ward, place or date in one sentence is one person), or "de reanimatie van bed 6" (a
 * room with a health event).
 */
export function detailAnchors(
  text: string,
): { start: number; end: number; sentence: number; named: boolean }[] {
  const details = detailsIn(text);
  const analysis = analyse(text);
  const out: { start: number; end: number; sentence: number; named: boolean }[] = [];
  const kinds = new Map<number, Set<DetailKind>>();
  let events: Set<number> | undefined;
  for (const d of details) {
    const sentence = sentenceAt(analysis, d.start);
    if (!kinds.has(sentence)) kinds.set(sentence, new Set());
    kinds.get(sentence)!.add(d.kind);
  }
  for (const d of details) {
    // "de reanimatie van bed 6", "kamer 12 is gevallen": a room with what happened there
    // stands for the one who lies in it.
    if (d.kind === 'room') {
      const sentence = sentenceAt(analysis, d.start);
      // Equipment in a room ("op kamer 3 staat de tillift") is nobody's.
      events ??= new Set(
        sensitiveWords(text)
          .filter((h) => h.health && h.kind !== 'aid')
          .map((h) => h.sentence),
      );
      if (events.has(sentence)) out.push({ start: d.start, end: d.start, sentence, named: false });
      continue;
    }
    if (d.kind !== 'age') continue;
    const sentence = sentenceAt(analysis, d.start);
    const bracketed = /^ ?\(/.test(text.slice(d.start, d.start + 2));
    const name = bracketed
      ? /(\p{Lu}[\p{Ll}'’-]+) $/u.exec(text.slice(Math.max(0, d.start - 30), d.start + 1))
      : null;
    // "Verloskundige Femke Aarts (32)": a colleague's age, not a patient's.
    if (name && !roleIn(analysis, sentence)) {
      const start = d.start + 1 - name[0].length;
      out.push({ start, end: start + name[1].length, sentence, named: true });
      continue;
    }
    // "Onze kok Sandra (45) bakte taart voor De Linde": the age in brackets is the colleague's.
    if (bracketed && roleIn(analysis, sentence)) continue;
    const others = [...(kinds.get(sentence) ?? [])].filter((k) => POINTING.has(k));
    // An empty span: the age stays one of the details counted around it.
    if (others.length > 0) out.push({ start: d.start, end: d.start, sentence, named: false });
  }
  return out;
}

const roleIn = (analysis: ReturnType<typeof analyse>, sentence: number) =>
  tokensOf(analysis, sentence).some((t) => COLLEAGUE_ROLES.has(t.lower) || PUBLIC_ROLES.has(t.lower));

/** Details that, with an age, point to one person. */
const POINTING = new Set<DetailKind>(['room', 'ward', 'place', 'date', 'home', 'address']);

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
