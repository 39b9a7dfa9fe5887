import { defineCatalogue } from '../../../i18n';
import type { Rule, Text } from '../../rule';
import type { LinkStatus } from './status';
import { findLinks, findMalformedLinks, type FoundLink } from './find';
import { internalKind, isIpHost, registrable } from './host';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('links/broken', {
  tls: {
    nl: 'Deze link geeft een beveiligingsfout (het certificaat klopt niet): lezers krijgen een waarschuwing in plaats van de pagina.',
    en: 'This link gives a security error (the certificate is not valid): readers get a warning instead of the page.',
  },
  timeout: {
    nl: 'Deze link gaf geen antwoord binnen de tijd: controleer of de pagina bereikbaar is voordat u hem deelt.',
    en: 'This link did not answer in time: check that the page can be reached before you share it.',
  },
  unreachable: {
    nl: 'Deze link werkt niet: de site is niet bereikbaar, dus controleer het adres.',
    en: 'This link does not work: the site cannot be reached, so check the address.',
  },
  gone: {
    nl: 'Deze link werkt niet: de pagina bestaat niet (meer) (foutcode {status}), dus zoek het juiste adres op.',
    en: 'This link does not work: the page does not exist (any more) (error {status}), so look up the right address.',
  },
  serverError: {
    nl: 'Deze link geeft nu een foutmelding van de site (foutcode {status}): controleer of de pagina werkt voordat u hem deelt.',
    en: 'This link gives an error from the site right now (error {status}): check that the page works before you share it.',
  },
  description: {
    nl: 'Links die niet werken: een fout in het begin (htps://, http//) of een niet-bestaand domein, en met de live controle (opt-in) ook 404, serverfouten en onbereikbare sites.',
    en: 'Links that do not work: a typo in the scheme (htps://, http//) or a top-level domain that does not exist, and with the live check (opt-in) also 404s, server errors and unreachable sites.',
  },
  malformed: {
    nl: 'Deze link werkt zo niet: het begin is verkeerd geschreven, het moet https:// (of http://) zijn zonder spatie.',
    en: 'This link will not work as written: the start is misspelled, it should be https:// (or http://) without a space.',
  },
  unknownTld: {
    nl: 'Deze link werkt niet: het domein eindigt op .{tld}, en dat bestaat niet.',
    en: 'This link does not work: the domain ends in .{tld}, which does not exist.',
  },
});

/** Why a link that was checked live does not work, or undefined when it does (or nobody knows). */
function liveMessage(status: LinkStatus | undefined): Text | undefined {
  if (!status || status.state === 'ok') return undefined;
  if (status.state === 'unreachable') {
    if (status.reason === 'tls') return texts.text('tls');
    if (status.reason === 'timeout') return texts.text('timeout');
    return texts.text('unreachable');
  }
  if (status.status === 404 || status.status === 410) return texts.text('gone', { status: status.status });
  return texts.text('serverError', { status: status.status ?? '?' });
}

/** A public-looking name whose top-level domain does not exist ('zorg.nll'). */
function unknownTld(link: FoundLink): boolean {
  if (!link.scheme || isIpHost(link.host) || !link.host.includes('.')) return false;
  return !registrable(link.host).known;
}

export const broken: Rule = {
  id: 'links/broken',
  category: 'link',
  defaultSeverity: 'check',
  description: texts.text('description'),
  examples: {
    flag: [
      'Lees meer op htps://www.voorbeeldzorg.nl/nieuws',
      'Zie http//www.voorbeeldzorg.nl',
      'Zie https://www.voorbeeldzorg.nll/nieuws',
    ],
    pass: ['Lees meer op https://www.voorbeeldzorg.nl/nieuws', 'Zie www.voorbeeldzorg.nl'],
  },
  check(draft, ctx) {
    const hits = findMalformedLinks(draft.text).map((bad) => ({
      severity: 'check' as const,
      start: bad.start,
      end: bad.end,
      message: texts.t('malformed', ctx.lang),
      suggestions: [bad.fixed],
    }));
    for (const link of findLinks(draft.text)) {
      const message =
        unknownTld(link) && !internalKind(link.host, ctx)
          ? texts.text('unknownTld', { tld: link.host.split('.').pop() ?? '' })
          : liveMessage(ctx.linkStatus?.(link.url));
      if (message)
        hits.push({
          severity: 'check',
          start: link.start,
          end: link.end,
          message: ctx.t(message),
          suggestions: [],
        });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};
