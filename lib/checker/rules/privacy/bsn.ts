import { defineCatalogue } from '../../../i18n';
import { isValidBsn } from '../../identifiers/bsn';
import type { Rule } from '../../rule';
import { nearWord } from '../../text/context';
import { digitCandidates, pickValid } from '../../text/digits';
import { inPhoneNumber } from './phone';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('privacy/bsn', {
  description: {
    nl: 'Burgerservicenummers (BSN) die de 11-proef halen.',
    en: 'Dutch citizen service numbers (BSN) that pass the 11-check.',
  },
  messageNamed: {
    nl: 'Hier staat een burgerservicenummer (BSN).',
    en: 'This is a citizen service number (BSN).',
  },
  messageMaybe: {
    nl: 'Dit nummer is mogelijk een burgerservicenummer (BSN).',
    en: 'This number may be a citizen service number (BSN).',
  },
  explanation: {
    nl: 'Een BSN wijst precies één persoon aan. Delen in een bericht breekt het beroepsgeheim en de AVG; de Wabb staat gebruik alleen toe waar de wet het vraagt. Haal het nummer weg.',
    en: 'A BSN identifies exactly one person. Sharing it breaks professional secrecy and the GDPR; Dutch law allows its use only where required. Remove the number.',
  },
});

const CONTEXT = /\b(bsn|burgerservicenummer|burger\s?service\s?nummer|sofi-?nummer)\b/;

export const bsn: Rule = {
  id: 'privacy/bsn',
  category: 'privacy',
  defaultSeverity: 'stop',
  description: texts.text('description'),
  examples: {
    flag: ['Patiënt met BSN 111222333', 'bsn: 1112.22.333', 'Zijn burgerservicenummer is 12345672.'],
    pass: ['Patiënt met BSN 111222334', 'Bel 06 12345678', 'Ordernummer 1234567890'],
  },
  check(draft, ctx) {
    const text = draft.text;
    const found = pickValid(digitCandidates(text, 8, 9), (c) => {
      if (!isValidBsn(c.digits)) return false;
      // An amount ("645.120.984 euro", "€ 111.222.333") is money, not a person.
      if (/(?:€|eur|euro)\s?$/i.test(text.slice(Math.max(0, c.start - 5), c.start))) return false;
      if (/^\s?(?:€|eur\b|euro)/i.test(text.slice(c.end, c.end + 6))) return false;
      // Part of a phone number ("0032 496 11 22 33"): not a BSN, unless the word BSN says so.
      if (inPhoneNumber(text, c.start, c.end) && !nearWord(text, c.start, c.end, CONTEXT)) return false;
      // An 8-digit number passes the 11-proef too often to flag without the word BSN nearby.
      return c.digits.length === 9 || nearWord(text, c.start, c.end, CONTEXT);
    });
    return found.map((c) => {
      const named = nearWord(text, c.start, c.end, CONTEXT);
      return {
        severity: named ? 'stop' : 'check',
        start: c.start,
        end: c.end,
        message: texts.t(named ? 'messageNamed' : 'messageMaybe', ctx.lang),
        explanation: texts.t('explanation', ctx.lang),
        suggestions: [''],
      };
    });
  },
};
