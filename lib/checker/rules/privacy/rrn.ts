import { defineCatalogue } from '../../../i18n';
import { belgianIdKind } from '../../identifiers/rrn';
import type { Rule } from '../../rule';
import { nearWord } from '../../text/context';
import { digitCandidates, pickValid } from '../../text/digits';
import { inPhoneNumber } from './phone';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('privacy/rrn', {
  description: {
    nl: 'Belgische rijksregisternummers en BIS-nummers die de controle mod 97 halen.',
    en: 'Belgian national register and BIS numbers that pass the mod 97 check.',
  },
  messageBis: { nl: 'Hier staat een Belgisch BIS-nummer.', en: 'This is a Belgian BIS number.' },
  message: {
    nl: 'Hier staat een Belgisch rijksregisternummer.',
    en: 'This is a Belgian national register number.',
  },
  explanation: {
    nl: 'Dit nummer wijst één persoon aan en verraadt ook geboortedatum en geslacht. Het hoort niet in een bericht (AVG, beroepsgeheim). Haal het weg.',
    en: 'This number identifies one person and reveals date of birth and sex. It does not belong in a post (GDPR, professional secrecy). Remove it.',
  },
});

const CONTEXT = /\b(rijksregister\w*|insz|niss|rrn|bis-?nummer|identificatienummer|nationaal nummer)\b/;
/** The way Belgians write it: 85.07.30-033.28 or 85 07 30 033 28. */
const WRITTEN = /^\d{2}[ .]\d{2}[ .]\d{2}[ .-]\d{3}[ .-]?\d{2}$/;

export const rrn: Rule = {
  id: 'privacy/rrn',
  category: 'privacy',
  defaultSeverity: 'stop',
  description: texts.text('description'),
  examples: {
    flag: ['Rijksregisternummer 85.07.30-033.28', 'INSZ 17 07 30 033 84', 'BIS 98.47.28-997.65'],
    pass: ['Rijksregisternummer 85.07.30-033.29', 'Factuur 12345678901'],
  },
  check(draft, ctx) {
    const text = draft.text;
    const found = pickValid(
      digitCandidates(text, 11, 11),
      // "+32 496 11 22 33" can pass mod 97 by chance: a phone number is not a register number.
      (c) => belgianIdKind(c.digits) !== null && !inPhoneNumber(text, c.start, c.end),
    );
    return found.map((c) => {
      const certain = WRITTEN.test(text.slice(c.start, c.end)) || nearWord(text, c.start, c.end, CONTEXT);
      const bis = belgianIdKind(c.digits) === 'bis';
      return {
        severity: certain ? 'stop' : 'check',
        start: c.start,
        end: c.end,
        message: texts.t(bis ? 'messageBis' : 'message', ctx.lang),
        explanation: texts.t('explanation', ctx.lang),
        suggestions: [''],
      };
    });
  },
};
