import type { Rule } from '../../rule';

export const location: Rule = {
  id: 'media/location',
  category: 'media',
  defaultSeverity: 'check',
  description: {
    nl: 'Een foto met een GPS-locatie in de bestandsgegevens.',
    en: 'A photo with a GPS location in its file metadata.',
  },
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
        message: ctx.t({
          nl: `${n === 1 ? 'Een foto bevat' : `${n} foto's bevatten`} de plek waar ze gemaakt ${n === 1 ? 'is' : 'zijn'} (GPS-locatie).`,
          en: `${n === 1 ? 'A photo contains' : `${n} photos contain`} the place where it was taken (GPS location).`,
        }),
        explanation: ctx.t({
          nl: 'Een locatie in de foto kan een huisadres van een cliënt of collega verraden. Sommige platforms halen die weg, niet allemaal. Sla de foto op zonder locatie (zet de locatie in de camera-app uit) en voeg hem opnieuw toe.',
          en: "A location in the photo can reveal a client's or colleague's home. Some platforms strip it, not all. Save the photo without location and attach it again.",
        }),
        suggestions: [],
      },
    ];
  },
};
