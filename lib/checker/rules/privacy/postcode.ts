import { defineCatalogue } from '../../../i18n';
import { findPostcodes } from '../../identifiers/postcode';
import type { Rule } from '../../rule';
import { ORG_OWN, ORG_PLACE, sentenceAround } from '../../text/org';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('privacy/postcode', {
  description: {
    nl: 'Nederlandse postcodes (1234 AB) en Belgische postcodes bij een plaatsnaam (9000 Gent, B-3000).',
    en: 'Dutch postcodes (1234 AB) and Belgian postcodes with a place name (9000 Gent, B-3000).',
  },
  messageOrg: {
    nl: 'Hier staat een postcode. Is het het adres van de organisatie? Dan is het goed.',
    en: "This is a postcode. If it is the organisation's address, that is fine.",
  },
  message: {
    nl: 'Hier staat een postcode; met een naam of zorgdetail wijst die iemands huis aan.',
    en: "This is a postcode; with a name or care detail it points to someone's home.",
  },
  explanation: {
    nl: 'Een Nederlandse postcode beslaat vaak maar één straatkant. Samen met andere details is iemand daarmee te vinden (AVG). Laat de postcode van een cliënt weg.',
    en: "A Dutch postcode often covers just one side of a street. With other details it finds someone (GDPR). Leave a client's postcode out.",
  },
});

export const postcode: Rule = {
  id: 'privacy/postcode',
  category: 'privacy',
  defaultSeverity: 'check',
  description: texts.text('description'),
  examples: {
    flag: [
      'Ze woont op 3512 JE, achterom lopen.',
      'Postcode is 8500 Kortrijk, kan de thuisverpleging komen?',
    ],
    pass: ['Dosering 1250MG per dag.', 'In 2018 Antwerpen verlaten voor Brugge.', 'De 1000 KM fietstocht.'],
  },
  check(draft, ctx) {
    const text = draft.text;
    return findPostcodes(text)
      .filter((p) => !ORG_OWN.test(sentenceAround(text, p.start, p.end)))
      .map((p) => {
        const org = ORG_PLACE.test(sentenceAround(text, p.start, p.end));
        return {
          severity: org ? ('tip' as const) : ('check' as const),
          start: p.start,
          end: p.end,
          message: texts.t(org ? 'messageOrg' : 'message', ctx.lang),
          explanation: texts.t('explanation', ctx.lang),
          suggestions: org ? [] : [''],
        };
      });
  },
};
