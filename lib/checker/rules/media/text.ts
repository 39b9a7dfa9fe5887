import type { Rule } from '../../rule';
import type { MediaFacts } from '../../types';
import { isValidBsn } from '../../identifiers/bsn';
import { belgianIdKind } from '../../identifiers/rrn';
import { digitCandidates } from '../../text/digits';
import { findEmails } from '../../text/emails';
import { peopleIn } from '../../text/people';
import { detailsIn } from '../../text/details';

/** What in a picture's text identifies someone: numbers with a check, names, rooms, e-mail. */
function identifiersIn(text: string): string[] {
  const found = new Set<string>();
  for (const c of digitCandidates(text, 9, 11)) {
    if (c.digits.length === 9 && isValidBsn(c.digits)) found.add('BSN');
    if (c.digits.length === 11 && belgianIdKind(c.digits)) found.add('rijksregisternummer');
  }
  if (/(?:pati[eë]nt|dossier|cli[eë]nt)(?:nummer|nr)|\bmrn\b/i.test(text)) found.add('patiëntnummer');
  if (findEmails(text).length > 0) found.add('e-mailadres');
  if (peopleIn(text).length > 0) found.add('naam');
  if (detailsIn(text).some((d) => d.kind === 'room' || d.kind === 'age' || d.kind === 'date'))
    found.add('kamer, leeftijd of datum');
  return [...found];
}

const textOf = (m: MediaFacts) => m.text ?? '';

export const text: Rule = {
  id: 'media/text',
  category: 'media',
  defaultSeverity: 'stop',
  description: {
    nl: 'Tekst in een foto die iemand aanwijst: naam, BSN, patiëntnummer, kamer (bijvoorbeeld een whiteboard of scherm).',
    en: 'Text in a picture that identifies someone: name, BSN, patient number, room (a whiteboard or screen, say).',
  },
  examples: {
    flag: [
      {
        text: 'Overdracht van vanochtend!',
        media: [{ kind: 'image', text: 'Kamer 12 mw. De Vries BSN 111222333' }],
      },
    ],
    pass: [{ text: 'Teamuitje!', media: [{ kind: 'image', text: 'Welkom op de open dag' }] }],
  },
  check(draft, ctx) {
    const kinds = new Set<string>();
    for (const m of draft.media) for (const k of identifiersIn(textOf(m))) kinds.add(k);
    if (kinds.size === 0) return [];
    const list = [...kinds].join(', ');
    return [
      {
        severity: 'stop',
        start: 0,
        end: 0,
        message: ctx.t({
          nl: `In de foto is tekst te lezen die iemand aanwijst (${list}).`,
          en: `The picture contains readable text that identifies someone (${list}).`,
        }),
        explanation: ctx.t({
          nl: 'Whiteboards, schermen, polsbandjes en papieren op de achtergrond worden vaak over het hoofd gezien, maar zijn na het plaatsen voor iedereen te lezen (beroepsgeheim, AVG). Kies een andere foto of maak de tekst onleesbaar.',
          en: 'Whiteboards, screens, wristbands and papers in the background are easily missed, but anyone can read them once posted (professional secrecy, GDPR). Pick another picture or blur the text.',
        }),
        suggestions: [],
      },
    ];
  },
};
