import { defineCatalogue } from '../../../i18n';
import type { Rule } from '../../rule';
import { isSameOrSubdomain } from '../../text/emails';
import { documentShares, sharePaths } from './data/document-shares';
import { findLinks, type FoundLink } from './find';
import { isOrgLink } from './host';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('links/document-share', {
  description: {
    nl: 'Deellinks naar documenten en mappen (SharePoint, OneDrive, Google Drive, Dropbox, WeTransfer ...).',
    en: 'Share links to documents and folders (SharePoint, OneDrive, Google Drive, Dropbox, WeTransfer ...).',
  },
  message: {
    nl: 'Dit is een deellink naar een bestand of map in {service}: controleer wie deze link kan openen, want zo’n link kan meer laten zien dan bedoeld.',
    en: 'This is a share link to a file or folder in {service}: check who can open this, since such a link can show more than intended.',
  },
  explanation: {
    nl: 'Wie een deellink heeft, krijgt soms toegang tot interne documenten of andere bestanden in dezelfde map. Zet de toegang op alleen-lezen voor wie het nodig heeft, of deel het document via de website.',
    en: 'Whoever has a share link may get access to internal documents or other files in the same folder. Limit access to read-only for those who need it, or publish the document on the website.',
  },
});

/** The file service a link shares from, when it is a share link. */
function shareServiceOf(link: FoundLink): string | undefined {
  const path = link.parsed.pathname.toLowerCase();
  const known = documentShares.find((s) => isSameOrSubdomain(link.host, s.host));
  if (known) {
    if (known.except.some((p) => path.startsWith(p))) return undefined;
    const shared = known.paths
      ? known.paths.some((p) => path.startsWith(p))
      : path.length > 1 || link.parsed.search !== '';
    return shared ? known.service : undefined;
  }
  return sharePaths.find((s) => path.startsWith(s.prefix) && (!s.hostHint || s.hostHint.test(link.host)))
    ?.service;
}

export const documentShare: Rule = {
  id: 'links/document-share',
  category: 'link',
  defaultSeverity: 'check',
  description: texts.text('description'),
  examples: {
    flag: [
      'Het rooster: https://zorggroep.sharepoint.com/:x:/s/team/EaBcD123',
      'Foto’s van de dag: https://drive.google.com/drive/folders/1AbCdEf',
    ],
    pass: [
      'Vul het formulier in: https://docs.google.com/forms/d/e/1FAIpQL/viewform',
      'Kijk op https://www.dropbox.com',
    ],
  },
  check(draft, ctx) {
    const out = [];
    for (const link of findLinks(draft.text)) {
      if (isOrgLink(link, ctx)) continue;
      const service = shareServiceOf(link);
      if (!service) continue;
      out.push({
        severity: 'check' as const,
        start: link.start,
        end: link.end,
        message: texts.t('message', ctx.lang, { service }),
        explanation: texts.t('explanation', ctx.lang),
        suggestions: [],
      });
    }
    return out;
  },
};
