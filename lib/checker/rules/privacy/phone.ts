import { parseNlBePhone, type PhoneInfo } from '../../identifiers/phone';
import type { Rule, RuleHit } from '../../rule';
import { digitCandidates, pickValid } from '../../text/digits';

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
  return { ...c, start };
}

export const phone: Rule = {
  id: 'privacy/phone',
  category: 'privacy',
  defaultSeverity: 'check',
  description: {
    nl: 'Nederlandse en Belgische telefoonnummers van personen (mobiel en vast).',
    en: 'Dutch and Belgian phone numbers of people (mobile and landline).',
  },
  examples: {
    flag: ['Bel me op 06 12345678', 'Gsm: 0470 12 34 56', 'Whatsapp +31 6 12345678'],
    pass: ['Bel gratis 0800 1234', 'Bel 06 1234567', 'In 2024 hadden we 1234567890 bezoekers'],
  },
  check(draft, ctx) {
    const text = draft.text;
    const raw = digitCandidates(text, 9, 13, PHONE_SEPARATOR).map((c) => withPrefix(text, c));
    const found = pickValid(raw, (c) => {
      const written = text.slice(c.start, c.end);
      // A national number starts with 0; an international one with + or 00.
      if (!/^(?:\+|\(?0)/.test(written)) return false;
      c.info = parseNlBePhone(written);
      return !!c.info && !ORGANISATIONAL.has(c.info.type);
    });
    return found.map((c): RuleHit => {
      const mobile = c.info?.type === 'MOBILE' || c.info?.type === 'FIXED_LINE_OR_MOBILE';
      return {
        severity: mobile ? 'check' : 'tip',
        start: c.start,
        end: c.end,
        message: ctx.t(
          mobile
            ? {
                nl: 'Hier staat een mobiel nummer, vaak van één persoon.',
                en: 'This is a mobile number, usually of one person.',
              }
            : {
                nl: 'Hier staat een telefoonnummer. Is het een algemeen nummer?',
                en: 'This is a phone number. Is it a general number?',
              },
        ),
        explanation: ctx.t({
          nl: 'Een telefoonnummer van een persoon is een persoonsgegeven (AVG). Noem in een openbaar bericht alleen het algemene nummer van de afdeling of organisatie.',
          en: "A person's phone number is personal data (GDPR). In a public post, give only the general number of the ward or organisation.",
        }),
        suggestions: [''],
      };
    });
  },
};
