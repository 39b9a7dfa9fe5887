import { defineCatalogue } from '../../../i18n';
import { findDates } from '../../identifiers/dates';
import type { Rule, RuleHit } from '../../rule';
import { anchorsIn } from '../../text/anchors';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('privacy/birthdate', {
  description: {
    nl: 'Geboortedata: een datum na "geboren", "geb.", "geboortedatum" of "°", of een oude datum bij een persoon.',
    en: 'Dates of birth: a date after "geboren", "geb.", "geboortedatum" or "°", or an old date with a person.',
  },
  messageNamed: { nl: 'Hier staat een geboortedatum.', en: 'This is a date of birth.' },
  messageMaybe: {
    nl: 'Is dit een geboortedatum? Die wijst iemand precies aan.',
    en: 'Is this a date of birth? It pinpoints someone.',
  },
  explanation: {
    nl: 'Een geboortedatum is, samen met een naam of woonplaats, genoeg om iemand te vinden, en wordt gebruikt om identiteit te controleren. Laat hem weg; noem hooguit een leeftijd in ronde getallen.',
    en: 'A date of birth, with a name or town, is enough to find someone and is used to check identity. Leave it out; at most give a round age.',
  },
});

/** Words just before a date that make it a date of birth (° is the Flemish sign for "born"). */
const BIRTH = /(?:geboren|geb\.?|geboortedatum|geboortedag|°|\bis van|\bdob)\s*(?:op|:|is)?\s*$/i;
/** Words that make a date the start of something else: an organisation, a building. */
const NOT_BIRTH = /(?:opgericht|gebouwd|geopend|bestaan|sinds|opening|deadline|vanaf|tot|per|start)\b/i;
const THIS_YEAR = new Date().getFullYear();

export const birthdate: Rule = {
  id: 'privacy/birthdate',
  category: 'privacy',
  defaultSeverity: 'stop',
  description: texts.text('description'),
  examples: {
    flag: [
      'Geboortedatum van de cliënt: 03-07-1941',
      'patiënte ° 17/05/1950, kamer 214',
      'Hij is van 12-8-1933.',
    ],
    pass: ['Op 1 maart 2025 openen we onze nieuwe vleugel.', 'Opgericht op 12 mei 1898 door de zusters.'],
  },
  check(draft, ctx) {
    const text = draft.text;
    const hits: RuleHit[] = [];
    const anchors = anchorsIn(text);
    for (const d of findDates(text)) {
      const left = text.slice(Math.max(0, d.start - 24), d.start);
      const named = BIRTH.test(left);
      let weak = false;
      if (!named) {
        // An old full date in a sentence about one person, not an anniversary of a building.
        const old = d.year !== null && d.year >= 1900 && d.year <= THIS_YEAR - 12;
        const person = nearest(anchors, d.start) < 80;
        weak = old && person && !NOT_BIRTH.test(text.slice(Math.max(0, d.start - 40), d.start));
        if (!weak) continue;
      }
      hits.push({
        severity: named ? 'stop' : 'check',
        start: d.start,
        end: d.end,
        message: texts.t(named ? 'messageNamed' : 'messageMaybe', ctx.lang),
        explanation: texts.t('explanation', ctx.lang),
        suggestions: [''],
      });
    }
    return hits;
  },
};

/** Distance from `at` to the closest anchor start (anchors are sorted): a binary search. */
function nearest(anchors: { start: number }[], at: number): number {
  let lo = 0;
  let hi = anchors.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  const after = anchors[lo] ? anchors[lo].start - at : Infinity;
  const before = anchors[lo - 1] ? at - anchors[lo - 1].start : Infinity;
  return Math.min(after, before);
}
