import type { Rule, RuleHit, Text } from '../../rule';
import type { MediaFacts } from '../../types';

const ASK: Text = {
  nl: 'is er geen patiënt, bewoner of scherm herkenbaar, en gaf iedereen in beeld toestemming?',
  en: 'is no patient, resident or screen recognisable, and did everyone in it agree?',
};

/** Why a file was not looked at, in the card's words. */
const NOT_LOOKED: Record<'unsupported' | 'too-large' | 'failed', Text> = {
  unsupported: {
    nl: 'de browser kan dit bestandsformaat niet openen',
    en: 'the browser cannot open this file format',
  },
  'too-large': { nl: 'het bestand is te groot', en: 'the file is too large' },
  failed: { nl: 'het bekijken lukte niet', en: 'looking at it did not work' },
};

/** One sentence per attachment: still being looked at, what was found, or why it was not looked at. */
function messageFor(media: MediaFacts, count: number): Text {
  const video = media.kind === 'video';
  const thing = video ? { nl: 'de video', en: 'the video' } : { nl: 'de foto', en: 'the photo' };
  const faces = media.faces ?? 0;
  if (media.analysis === 'pending')
    return video
      ? {
          nl: 'Video wordt bekeken… (op je apparaat; je kunt gewoon verder schrijven)',
          en: 'Looking at the video… (on your device; keep writing)',
        }
      : {
          nl: 'Foto wordt bekeken… (op je apparaat; je kunt gewoon verder schrijven)',
          en: 'Looking at the photo… (on your device; keep writing)',
        };
  if (media.analysis === 'unsupported' || media.analysis === 'too-large' || media.analysis === 'failed') {
    const why = NOT_LOOKED[media.analysis];
    return video
      ? {
          nl: `Video niet bekeken: ${why.nl}. Kijk hem zelf na: ${ASK.nl}`,
          en: `Video not looked at: ${why.en}. Check it yourself: ${ASK.en}`,
        }
      : {
          nl: `Foto niet bekeken: ${why.nl}. Kijk hem zelf na: ${ASK.nl}`,
          en: `Photo not looked at: ${why.en}. Check it yourself: ${ASK.en}`,
        };
  }
  if (faces > 0)
    // A detector misses faces (turned away, small, in shadow): never more certain than "at least".
    return {
      nl: `In ${thing.nl} ${faces === 1 ? 'staat minstens 1 gezicht' : `staan minstens ${faces} gezichten`}. Gaf ${faces === 1 ? 'deze persoon' : 'ieder van hen'} toestemming om ${thing.nl} te delen, en is er geen patiënt of bewoner herkenbaar?`,
      en: `${thing.en[0].toUpperCase()}${thing.en.slice(1)} shows at least ${faces} ${faces === 1 ? 'face' : 'faces'}. Did ${faces === 1 ? 'this person' : 'each of them'} agree to sharing it, and is no patient or resident recognisable?`,
    };
  if (video)
    return { nl: `Er hangt een video aan dit bericht: ${ASK.nl}`, en: `This post has a video: ${ASK.en}` };
  return count > 1
    ? {
        nl: `Er hangen ${count} foto's aan dit bericht; bij deze: ${ASK.nl}`,
        en: `This post has ${count} photos; for this one: ${ASK.en}`,
      }
    : { nl: `Er hangt een foto aan dit bericht: ${ASK.nl}`, en: `This post has a photo: ${ASK.en}` };
}

export const photo: Rule = {
  id: 'media/photo',
  category: 'media',
  defaultSeverity: 'check',
  description: {
    nl: 'Een foto of video bij het bericht: hoeveel gezichten er minstens in staan, en of iedereen toestemming gaf en geen patiënt herkenbaar is.',
    en: 'A photo or video with the post: at least how many faces it shows, and whether everyone agreed and no patient is recognisable.',
  },
  examples: {
    flag: [
      { text: 'Ons team na de nachtdienst.', media: [{ kind: 'image' }] },
      { text: 'Ons team!', media: [{ kind: 'image', analysis: 'done', faces: 4 }] },
    ],
    pass: [{ text: 'Geen foto vandaag, wel een dikke merci.', media: [] }],
  },
  check(draft, ctx) {
    const count = draft.media.length;
    return draft.media.map((media): RuleHit => ({
      severity: 'check',
      start: 0,
      end: 0,
      message: ctx.t(messageFor(media, count)),
      explanation: ctx.t({
        nl: 'Een gezicht, een polsbandje, een naambord of een scherm op de achtergrond maakt iemand herkenbaar. Voor beeld van patiënten en collega’s is toestemming nodig (AVG, portretrecht); vraag die vooraf en leg haar vast. Zorgvuldig telt de gezichten op je eigen apparaat; het kan er een missen, kijk dus zelf ook.',
        en: 'A face, a wristband, a name board or a screen in the background makes someone recognisable. Pictures of patients and colleagues need consent (GDPR, portrait rights); ask first and record it. Zorgvuldig counts the faces on your own device; it can miss one, so look yourself too.',
      }),
      suggestions: [],
      ...(media.thumbnail ? { thumbnail: media.thumbnail } : {}),
    }));
  },
};
