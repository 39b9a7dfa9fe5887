import { defineCatalogue } from '../../../i18n';
import type { Rule } from '../../rule';
import { findLinks } from './find';
import { isOrgLink } from './host';
import { trackingIn, withoutTracking } from './tracking-params';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('links/tracking', {
  description: {
    nl: 'Trackingcodes in links (utm_source, fbclid, gclid ...), met de link zonder die codes.',
    en: 'Tracking codes in links (utm_source, fbclid, gclid ...), with the link without them.',
  },
  message: {
    nl: 'Deze link bevat trackingcodes ({codes}) die bijhouden waar de klik vandaan komt en soms wie de link deelde: laat ze weg.',
    en: 'This link carries tracking codes ({codes}) that record where the click came from and sometimes who shared it: leave them out.',
  },
});

export const tracking: Rule = {
  id: 'links/tracking',
  category: 'link',
  defaultSeverity: 'tip',
  description: texts.text('description'),
  examples: {
    flag: [
      'Lees https://nos.nl/artikel/123?utm_source=facebook&utm_medium=social',
      'https://www.voorbeeld.nl/?fbclid=IwAR0abc',
    ],
    pass: ['Lees https://nos.nl/artikel/123', 'Zoek op https://www.voorbeeld.nl/zoeken?q=griep'],
  },
  check(draft, ctx) {
    const out = [];
    for (const link of findLinks(draft.text)) {
      if (isOrgLink(link, ctx)) continue;
      const names = trackingIn(link.raw);
      if (names.length === 0) continue;
      out.push({
        severity: 'tip' as const,
        start: link.start,
        end: link.end,
        message: texts.t('message', ctx.lang, { codes: names.join(', ') }),
        suggestions: [withoutTracking(link.raw)],
        mechanical: true,
      });
    }
    return out;
  },
};
