import { defineCatalogue } from '../../../i18n';
import type { Rule } from '../../rule';
import { identifyingText, type ReadItem } from './read-text';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('media/text', {
  description: {
    nl: 'Tekst in een foto die iemand aanwijst: naam, BSN, patiëntnummer, kamer (bijvoorbeeld een whiteboard of scherm).',
    en: 'Text in a picture that identifies someone: name, BSN, patient number, room (a whiteboard or screen, say).',
  },
  andMore: { nl: ' en nog {more}', en: ' and {more} more' },
  message: {
    nl: 'In de foto is tekst te lezen die iemand aanwijst ({kinds}): {list}.',
    en: 'The picture contains readable text that identifies someone ({kinds}): {list}.',
  },
  explanation: {
    nl: 'Zorgvuldig las deze tekst op je eigen apparaat. Whiteboards, schermen, polsbandjes en papieren op de achtergrond worden vaak over het hoofd gezien, maar zijn na het plaatsen voor iedereen te lezen (beroepsgeheim, AVG). Kies een andere foto of maak de tekst onleesbaar.',
    en: 'Zorgvuldig read this text on your own device. Whiteboards, screens, wristbands and papers in the background are easily missed, but anyone can read them once posted (professional secrecy, GDPR). Pick another picture or blur the text.',
  },
});

/** At most this many things are named in the message; the rest are counted. */
const NAMED = 5;

export const text: Rule = {
  id: 'media/text',
  category: 'media',
  defaultSeverity: 'stop',
  description: texts.text('description'),
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
    return draft.media.flatMap((media) => {
      const items = identifyingText(media, draft, ctx);
      if (items.length === 0) return [];
      const kinds = [...new Set(items.map((i) => ctx.t(i.kind)))].join(', ');
      const named = items.slice(0, NAMED).map((i) => describe(i, ctx.t));
      const more = items.length - named.length;
      const list = named.join('; ') + (more > 0 ? texts.t('andMore', ctx.lang, { more }) : '');
      return [
        {
          severity: 'stop' as const,
          start: 0,
          end: 0,
          message: texts.t('message', ctx.lang, { kinds, list }),
          explanation: texts.t('explanation', ctx.lang),
          suggestions: [],
          ...(media.thumbnail ? { thumbnail: media.thumbnail } : {}),
        },
      ];
    });
  },
};

function describe(item: ReadItem, t: (text: { nl: string; en: string }) => string): string {
  const quote = item.quote.length > 40 ? `${item.quote.slice(0, 39)}…` : item.quote;
  return `${t(item.kind)} “${quote}”${item.where ? ` (${t(item.where)})` : ''}`;
}
