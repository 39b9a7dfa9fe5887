import type { Rule } from '../../rule';
import { findLinks } from './find';
import { internalKind, isOrgLink } from './host';
import { isWellKnownHost } from './lookalike-match';

export const insecure: Rule = {
  id: 'links/insecure',
  category: 'link',
  defaultSeverity: 'tip',
  description: {
    nl: 'Links met http:// in plaats van het beveiligde https://.',
    en: 'Links with http:// instead of the secure https://.',
  },
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
        message: ctx.t({
          nl: 'Deze link gebruikt http:// zonder beveiliging: browsers waarschuwen lezers ervoor, dus gebruik https:// als de site dat ondersteunt.',
          en: 'This link uses http:// without encryption: browsers warn readers about it, so use https:// if the site supports it.',
        }),
        suggestions: [`https://${link.raw.slice('http://'.length)}`],
        // Only where the site is known to serve https; elsewhere the reader's link might break.
        ...(isWellKnownHost(link.host) ? { mechanical: true } : {}),
      }));
  },
};
