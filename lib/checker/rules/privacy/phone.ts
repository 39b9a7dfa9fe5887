import { defineCatalogue } from '../../../i18n';
import { parseNlBePhone, type PhoneInfo } from '../../identifiers/phone';
import type { Rule, RuleHit } from '../../rule';
import { digitCandidates, pickValid } from '../../text/digits';
import { ORG_PHONE, sentenceAround } from '../../text/org';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('privacy/phone', {
  description: {
    nl: 'Nederlandse en Belgische telefoonnummers van personen (mobiel en vast).',
    en: 'Dutch and Belgian phone numbers of people (mobile and landline).',
  },
  messageMobile: {
    nl: 'Hier staat een mobiel nummer, vaak van één persoon.',
    en: 'This is a mobile number, usually of one person.',
  },
  message: {
    nl: 'Hier staat een telefoonnummer. Is het een algemeen nummer?',
    en: 'This is a phone number. Is it a general number?',
  },
  explanation: {
    nl: 'Een telefoonnummer van een persoon is een persoonsgegeven (AVG). Noem in een openbaar bericht alleen het algemene nummer van de afdeling of organisatie.',
    en: "A person's phone number is personal data (GDPR). In a public post, give only the general number of the ward or organisation.",
  },
});

/** Numbers of an organisation, not of a person: free, paid, shared-cost and business numbers. */
const ORGANISATIONAL = new Set(['TOLL_FREE', 'PREMIUM_RATE', 'SHARED_COST', 'UAN', 'VOICEMAIL', 'PAGER']);

/** Between digit groups: a space, a dot, dash or slash (with spaces around), or the ") " of (030) 555. */
const PHONE_SEPARATOR = /\) ?|\s?[./-]\s?|[ \u00a0\u202f]/y;

type Candidate = { start: number; end: number; digits: string; info?: PhoneInfo | null };

/** Extends a digit run to a leading "+" or "(" as in +31 6 ..., (030) 555 5555. */
function withPrefix(text: string, c: Candidate): Candidate {
  let start = c.start;
  if (text[start - 1] === '+') start--;
  else if (text[start - 1] === '(') start--;
  // "+31 (0)6 ...": the country code before the bracketed trunk zero belongs to the number.
  const code = /(?:\+|00)3[12] ?$/.exec(text.slice(Math.max(0, start - 5), start));
  if (code && text[start] === '(') start -= code[0].length;
  return { ...c, start };
}

export type PhoneSpan = { start: number; end: number; info: PhoneInfo };
let last: { text: string; phones: PhoneSpan[] } | undefined;

/**
 * Every valid NL or BE phone number in the text, organisational ones included. Other
 * number rules use it to leave phone numbers alone; the last text is remembered.
 */
export function findPhones(text: string): PhoneSpan[] {
  if (last?.text === text) return last.phones;
  const raw = digitCandidates(text, 9, 13, PHONE_SEPARATOR).map((c) => withPrefix(text, c));
  const found = pickValid(raw, (c) => {
    const written = text.slice(c.start, c.end);
    // A national number starts with 0; an international one with + or 00.
    if (!/^(?:\+|\(?0)/.test(written)) return false;
    // The tail of a longer number ("85 07 14 211 39" holds "07 14 211 39"): not a phone number.
    const before = text.slice(Math.max(0, c.start - 6), c.start);
    if (/\d[ .\-/]?$/.test(before) && !/(?:\+|00)3[12][ .\-]?$/.test(before)) return false;
    c.info = parseNlBePhone(written);
    return !!c.info;
  });
  const phones = found.map((c) => ({ start: c.start, end: c.end, info: c.info as PhoneInfo }));
  last = { text, phones };
  return phones;
}

/** Whether [start, end) lies within a phone number (a number that merely contains one does not). */
export const inPhoneNumber = (text: string, start: number, end: number) =>
  findPhones(text).some((p) => p.start <= start && end <= p.end);

export const phone: Rule = {
  id: 'privacy/phone',
  category: 'privacy',
  defaultSeverity: 'check',
  description: texts.text('description'),
  examples: {
    flag: ['Bel me op 06 12345678', 'Gsm: 0470 12 34 56', 'Whatsapp +31 6 12345678'],
    pass: ['Bel gratis 0800 1234', 'Bel 06 1234567', 'In 2024 hadden we 1234567890 bezoekers'],
  },
  check(draft, ctx) {
    const text = draft.text;
    const found = findPhones(text).filter((c) => !ORGANISATIONAL.has(c.info.type));
    const hits: RuleHit[] = [];
    for (const c of found) {
      const mobile = c.info.type === 'MOBILE' || c.info.type === 'FIXED_LINE_OR_MOBILE';
      // The organisation's own landline (its service desk, "bel ons"): not a person's number.
      if (!mobile && ORG_PHONE.test(sentenceAround(text, c.start, c.end))) continue;
      hits.push({
        severity: mobile ? 'check' : 'tip',
        start: c.start,
        end: c.end,
        message: texts.t(mobile ? 'messageMobile' : 'message', ctx.lang),
        explanation: texts.t('explanation', ctx.lang),
        suggestions: [''],
      });
    }
    return hits;
  },
};
