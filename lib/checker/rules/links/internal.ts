import { defineCatalogue } from '../../../i18n';
import type { Rule, Text } from '../../rule';
import { findLinks } from './find';
import { internalKind, type InternalKind } from './host';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('links/internal', {
  org: {
    nl: 'Deze link gaat naar een interne omgeving van uw organisatie: lezers buiten de organisatie kunnen hem niet openen, en hij laat zien welke systemen u gebruikt.',
    en: "This link points into your organisation's internal systems: readers outside cannot open it, and it shows which systems you use.",
  },
  'ip-private': {
    nl: 'Deze link gaat naar een adres in een eigen netwerk (privé-IP): niemand buiten dat netwerk kan hem openen.',
    en: 'This link points to an address in a private network (private IP): nobody outside that network can open it.',
  },
  ip: {
    nl: 'Deze link gebruikt een kaal IP-adres in plaats van een naam: lezers zien niet van wie de site is, en zo’n link werkt vaak niet lang.',
    en: 'This link uses a bare IP address instead of a name: readers cannot see whose site it is, and such links rarely last.',
  },
  name: {
    nl: 'Deze link gaat naar een intern adres (intranet, .local, localhost): lezers buiten uw netwerk kunnen hem niet openen.',
    en: 'This link points to an internal address (intranet, .local, localhost): readers outside your network cannot open it.',
  },
  description: {
    nl: 'Links naar interne adressen: intranet, IP-adressen, localhost, .local en de interne domeinen van de organisatie.',
    en: "Links to internal addresses: intranet, IP addresses, localhost, .local and the organisation's internal domains.",
  },
});

const MESSAGES: Record<InternalKind, Text> = {
  org: texts.text('org'),
  'ip-private': texts.text('ip-private'),
  ip: texts.text('ip'),
  name: texts.text('name'),
};

export const internal: Rule = {
  id: 'links/internal',
  category: 'link',
  defaultSeverity: 'check',
  description: texts.text('description'),
  examples: {
    flag: [
      'Het protocol staat op http://intranet/protocollen/valpreventie',
      'Zie https://192.168.10.5/rooster',
    ],
    pass: ['Het protocol staat op https://www.rijksoverheid.nl/onderwerpen', 'Versie 1.2.3.4 van de app'],
  },
  check(draft, ctx) {
    const out = [];
    for (const link of findLinks(draft.text)) {
      const kind = internalKind(link.host, ctx);
      if (!kind) continue;
      out.push({
        severity: 'check' as const,
        start: link.start,
        end: link.end,
        message: ctx.t(MESSAGES[kind]),
        suggestions: [],
      });
    }
    return out;
  },
};
