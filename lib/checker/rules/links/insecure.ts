import { defineCatalogue } from '../../../i18n';
import type { Rule } from '../../rule';
import { findLinks } from './find';
import { internalKind, isOrgLink } from './host';
import { isWellKnownHost } from './lookalike-match';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('links/insecure', {
  description: {
    nl: 'Links met http:// in plaats van het beveiligde https://.',
    en: 'Links with http:// instead of the secure https://.',
  },
  message: {
    nl: 'Deze link gebruikt http:// zonder beveiliging: browsers waarschuwen lezers ervoor, dus gebruik https:// als de site dat ondersteunt.',
    en: 'This link uses http:// without encryption: browsers warn readers about it, so use https:// if the site supports it.',
  },
});

export const insecure: Rule = {
  id: 'links/insecure',
  category: 'link',
  defaultSeverity: 'tip',
  description: texts.text('description'),
  examples: {
    flag: ['Lees meer op http://www.voorbeeldzorg.nl/folder'],
    pass: ['Lees meer op https://www.voorbeeldzorg.nl/folder', 'Lees meer op www.voorbeeldzorg.nl'],
  },
  check(draft, ctx) {
    return findLinks(draft.text)
      .filter((link) => link.scheme === 'http' && !internalKind(link.host, ctx) && !isOrgLink(link, ctx))
      .map((link) => ({
        severity: 'tip' as const,
        start: link.start,
        end: link.end,
        message: texts.t('message', ctx.lang),
        suggestions: [`https://${link.raw.slice('http://'.length)}`],
        // Only where the site is known to serve https; elsewhere the reader's link might break.
        ...(isWellKnownHost(link.host) ? { mechanical: true } : {}),
      }));
  },
};
