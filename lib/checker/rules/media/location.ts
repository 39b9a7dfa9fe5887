import { defineCatalogue } from '../../../i18n';
import type { Rule } from '../../rule';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('media/location', {
  description: {
    nl: 'Een foto met een GPS-locatie in de bestandsgegevens.',
    en: 'A photo with a GPS location in its file metadata.',
  },
  messageOne: {
    nl: 'Een foto bevat de plek waar ze gemaakt is (GPS-locatie).',
    en: 'A photo contains the place where it was taken (GPS location).',
  },
  messageMany: {
    nl: "{n} foto's bevatten de plek waar ze gemaakt zijn (GPS-locatie).",
    en: '{n} photos contain the place where it was taken (GPS location).',
  },
  explanation: {
    nl: 'Een locatie in de foto kan een huisadres van een cliënt of collega verraden. Sommige platforms halen die weg, niet allemaal. Sla de foto op zonder locatie (zet de locatie in de camera-app uit) en voeg hem opnieuw toe.',
    en: "A location in the photo can reveal a client's or colleague's home. Some platforms strip it, not all. Save the photo without location and attach it again.",
  },
});

export const location: Rule = {
  id: 'media/location',
  category: 'media',
  defaultSeverity: 'check',
  description: texts.text('description'),
  examples: {
    flag: [{ text: 'Wat een dag!', media: [{ kind: 'image', hasLocation: true }] }],
    pass: [{ text: 'Wat een dag!', media: [{ kind: 'image', hasLocation: false }] }],
  },
  check(draft, ctx) {
    const n = draft.media.filter((m) => m.hasLocation).length;
    if (n === 0) return [];
    return [
      {
        severity: 'check',
        start: 0,
        end: 0,
        message: texts.t(n === 1 ? 'messageOne' : 'messageMany', ctx.lang, { n }),
        explanation: texts.t('explanation', ctx.lang),
        suggestions: [],
      },
    ];
  },
};
