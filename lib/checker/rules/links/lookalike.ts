import { defineCatalogue } from '../../../i18n';
import type { Rule, Text } from '../../rule';
import { findLinks } from './find';
import { isOrgLink } from './host';
import { lookalike as match, targetOf, type LookalikeMatch } from './lookalike-match';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('links/lookalike', {
  mixedScripts: {
    nl: 'Het adres {unicode} mengt letters uit verschillende schriften (zoals Latijns en Cyrillisch), een bekende vermomming van nagemaakte sites: deel deze link niet.',
    en: 'The address {unicode} mixes letters from different scripts (such as Latin and Cyrillic), a known disguise of fake sites: do not share this link.',
  },
  punycode: {
    nl: 'Dit adres is in punycode (xn--) geschreven en staat voor {unicode}: controleer of dat echt de site is die u bedoelt.',
    en: 'This address is written in punycode (xn--) and stands for {unicode}: check that this really is the site you mean.',
  },
  lookalike: {
    nl: 'Dit adres lijkt op {domain} ({name}) maar is het niet: nagemaakte adressen worden gebruikt voor oplichting, dus controleer waar de link echt heen gaat.',
    en: 'This address looks like {domain} ({name}) but is not it: fake addresses are used for scams, so check where the link really goes.',
  },
  description: {
    nl: 'Adressen die lijken op bekende sites (overheid, banken, platforms) of op die van de organisatie, punycode en gemengde schriften.',
    en: "Addresses that imitate well-known sites (government, banks, platforms) or the organisation's own, punycode and mixed scripts.",
  },
});

function messageOf(found: LookalikeMatch): Text {
  if (!('target' in found))
    return found.kind === 'mixed-script'
      ? texts.text('mixedScripts', { unicode: found.unicode })
      : texts.text('punycode', { unicode: found.unicode });
  const { domain, name } = found.target;
  return texts.text('lookalike', { domain, name });
}

export const lookalike: Rule = {
  id: 'links/lookalike',
  category: 'link',
  defaultSeverity: 'check',
  description: texts.text('description'),
  examples: {
    flag: [
      'Vraag je toeslag aan op https://belastingdienst-teruggave.nl/login',
      'Kijk op www.rab0bank.nl',
      'https://www.pаypal.com/nl',
    ],
    pass: [
      'Kijk op https://www.belastingdienst.nl/toeslagen',
      'Volg ons op https://www.linkedin.com/company/voorbeeld',
      'Lees nos.nl/artikel/1',
    ],
  },
  check(draft, ctx) {
    const org = (ctx.settings.orgDomains ?? []).map((d) =>
      targetOf(d.trim().toLowerCase(), ctx.settings.orgName ?? d),
    );
    const out = [];
    for (const link of findLinks(draft.text)) {
      if (isOrgLink(link, ctx)) continue;
      const found = match(link.host, link.raw, org);
      if (!found) continue;
      out.push({
        severity:
          found.kind === 'confusable' || found.kind === 'mixed-script'
            ? ('stop' as const)
            : ('check' as const),
        start: link.start,
        end: link.end,
        message: ctx.t(messageOf(found)),
        suggestions: [],
      });
    }
    return out;
  },
};
