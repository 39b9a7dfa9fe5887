import { defineCatalogue } from '../../../i18n';
import { findAddresses } from '../../identifiers/address';
import type { Rule } from '../../rule';
import { ORG_OWN, ORG_PLACE, sentenceAround } from '../../text/org';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('privacy/address', {
  description: {
    nl: 'Straatnamen met een huisnummer (Kerkstraat 12, Van Goghlaan 3a, Brugsesteenweg 255 bus 3).',
    en: 'Street names with a house number (Kerkstraat 12, Van Goghlaan 3a, Brugsesteenweg 255 bus 3).',
  },
  messageOrg: {
    nl: 'Hier staat een adres. Is het een adres van de organisatie? Dan is het goed.',
    en: "This is an address. If it is the organisation's, that is fine.",
  },
  message: {
    nl: 'Hier staat een huisadres; bij een cliënt of patiënt hoort dat niet in een bericht.',
    en: "This is a home address; a client's or patient's address does not belong in a post.",
  },
  explanation: {
    nl: 'Een adres wijst één huishouden aan. In een zorgbericht vertelt het ook wie er zorg krijgt (AVG, beroepsgeheim). Noem alleen adressen van de organisatie.',
    en: 'An address points to one household. In a care post it also tells who receives care (GDPR, professional secrecy). Only give addresses of the organisation.',
  },
});

export const address: Rule = {
  id: 'privacy/address',
  category: 'privacy',
  defaultSeverity: 'check',
  description: texts.text('description'),
  examples: {
    flag: ['Sleutelkastje hangt bij Molenweg 23a.', 'Mijn vader woont op de Van Goghlaan 112.'],
    pass: ['Wandeling langs de Maas, start bij de Markt.', 'Paviljoen 3 krijgt een nieuwe tuin.'],
  },
  check(draft, ctx) {
    const text = draft.text;
    return findAddresses(text)
      .filter((a) => !ORG_OWN.test(sentenceAround(text, a.start, a.end)))
      .map((a) => {
        const org = ORG_PLACE.test(sentenceAround(text, a.start, a.end));
        return {
          severity: org ? ('tip' as const) : ('check' as const),
          start: a.start,
          end: a.end,
          message: texts.t(org ? 'messageOrg' : 'message', ctx.lang),
          explanation: texts.t('explanation', ctx.lang),
          suggestions: org ? [] : [''],
        };
      });
  },
};
