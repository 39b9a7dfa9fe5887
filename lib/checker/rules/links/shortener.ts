import { defineCatalogue } from '../../../i18n';
import type { Rule } from '../../rule';
import { isSameOrSubdomain } from '../../text/emails';
import { shorteners } from './data/shorteners';
import { findLinks } from './find';
import { isOrgLink } from './host';
import { withoutTracking } from './tracking-params';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('links/shortener', {
  description: {
    nl: 'Verkorte links (bit.ly, tinyurl ...) die verbergen waar ze heen gaan.',
    en: 'Shortened links (bit.ly, tinyurl ...) that hide where they lead.',
  },
  message: {
    nl: 'Dit is een verkorte link ({service}): lezers zien niet waar hij heen gaat en vertrouwen zulke links minder, dus deel liever het volledige adres.',
    en: 'This is a shortened link ({service}): readers cannot see where it goes and trust such links less, so share the full address instead.',
  },
});

export const shortener: Rule = {
  id: 'links/shortener',
  category: 'link',
  defaultSeverity: 'check',
  description: texts.text('description'),
  examples: {
    flag: ['Doe mee: https://bit.ly/3xYzAbC', 'Aanmelden via tinyurl.com/zorgdag2025'],
    pass: ['Doe mee: https://www.voorbeeldzorg.nl/aanmelden', 'Zie youtu.be/dQw4w9WgXcQ'],
  },
  check(draft, ctx) {
    const out = [];
    for (const link of findLinks(draft.text)) {
      const service = shorteners.find((s) => isSameOrSubdomain(link.host, s.domain));
      if (!service || isOrgLink(link, ctx) || link.parsed.pathname.length <= 1) continue;
      const target = ctx.linkStatus?.(link.url)?.finalUrl;
      out.push({
        severity: 'check' as const,
        start: link.start,
        end: link.end,
        message: texts.t('message', ctx.lang, { service: service.service }),
        suggestions: target ? [withoutTracking(target)] : [],
      });
    }
    return out;
  },
};
