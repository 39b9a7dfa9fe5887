import { defineCatalogue } from '../../../i18n';
import { IBAN_COUNTRIES, isValidIban } from '../../identifiers/iban';
import type { Rule } from '../../rule';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('privacy/iban', {
  description: {
    nl: 'Bankrekeningnummers (IBAN) met een geldige controle.',
    en: 'Bank account numbers (IBAN) with a valid check.',
  },
  messageOrg: {
    nl: 'Hier staat een rekeningnummer van een stichting of organisatie; dat mag, als het klopt.',
    en: 'This is the account number of a foundation or organisation; that is fine if it is correct.',
  },
  message: { nl: 'Hier staat een bankrekeningnummer (IBAN).', en: 'This is a bank account number (IBAN).' },
  explanation: {
    nl: 'Een rekeningnummer van een persoon is een persoonsgegeven (AVG). Alleen het officiële nummer van de organisatie, bijvoorbeeld voor een inzamelactie, hoort in een openbaar bericht.',
    en: "A person's account number is personal data (GDPR). Only the organisation's official number, for a fundraiser say, belongs in a public post.",
  },
});

/** Country code, check digits, then 10-30 letters/digits in groups of any size with spaces or dashes. */
const CANDIDATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${IBAN_COUNTRIES.join('|')})\\d{2}(?:[ \\-]?[A-Za-z0-9]){10,30}(?![\\p{L}\\p{N}])`,
  'giu',
);

/** "t.n.v. Stichting Vrienden van ...": the account of an organisation, for a fundraiser. */
const ORG_ACCOUNT =
  /^[\s,)]*(?:\(?\s*)?(?:t\.?\s?n\.?\s?v\.?|ten name van|op naam van)\s+(?:de\s+)?(?:stichting|vzw|v\.z\.w\.|vereniging|fonds|vrienden|vriendenkring|steunfonds|[\p{L}-]*(?:ziekenhuis|zorggroep|zorgcentrum|woonzorgcentrum|rusthuis|hospice))/iu;

export const iban: Rule = {
  id: 'privacy/iban',
  category: 'privacy',
  defaultSeverity: 'check',
  description: texts.text('description'),
  examples: {
    flag: ['Stort op NL91ABNA0417164300', 'Rekening BE71 0961 2345 6769 van mevrouw'],
    pass: ['NL91 ABNA 0417 1643 01', 'Vergadering in lokaal NL12'],
  },
  check(draft, ctx) {
    const hits = [];
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(draft.text); m; m = CANDIDATE.exec(draft.text)) {
      const found = longestValidPrefix(m[0]);
      if (!found) continue;
      const org = ORG_ACCOUNT.test(draft.text.slice(m.index + found.length, m.index + found.length + 60));
      hits.push({
        severity: org ? ('tip' as const) : ('check' as const),
        start: m.index,
        end: m.index + found.length,
        message: texts.t(org ? 'messageOrg' : 'message', ctx.lang),
        explanation: texts.t('explanation', ctx.lang),
        suggestions: org ? [] : [''],
      });
    }
    return hits;
  },
};

/** The candidate may run into the next word group ("NL91ABNA0417164300 1234"): try shorter ends. */
function longestValidPrefix(candidate: string): string | null {
  for (let end = candidate.length; end >= 14; end--) {
    const part = candidate.slice(0, end);
    if (/[ -]$/.test(part)) continue;
    if (isValidIban(part)) return part;
  }
  return null;
}
