import { defineCatalogue, inEachLang, type Lang } from '../../../i18n';
import type { Rule, RuleHit, Text } from '../../rule';
import type { MediaFacts } from '../../types';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('media/photo', {
  description: {
    nl: 'Een foto of video bij het bericht: hoeveel gezichten er minstens in staan, en of iedereen toestemming gaf en geen patiënt herkenbaar is.',
    en: 'A photo or video with the post: at least how many faces it shows, and whether everyone agreed and no patient is recognisable.',
  },
  ask: {
    nl: 'is er geen patiënt, bewoner of scherm herkenbaar, en gaf iedereen in beeld toestemming?',
    en: 'is no patient, resident or screen recognisable, and did everyone in it agree?',
  },
  // Why a file was not looked at, in the card's words.
  notLookedUnsupported: {
    nl: 'de browser kan dit bestandsformaat niet openen',
    en: 'the browser cannot open this file format',
  },
  notLookedTooLarge: { nl: 'het bestand is te groot', en: 'the file is too large' },
  notLookedFailed: { nl: 'het bekijken lukte niet', en: 'looking at it did not work' },
  pendingVideo: {
    nl: 'Video wordt bekeken… (op je apparaat; je kunt gewoon verder schrijven)',
    en: 'Looking at the video… (on your device; keep writing)',
  },
  pendingPhoto: {
    nl: 'Foto wordt bekeken… (op je apparaat; je kunt gewoon verder schrijven)',
    en: 'Looking at the photo… (on your device; keep writing)',
  },
  notLookedVideo: {
    nl: 'Video niet bekeken: {why}. Kijk hem zelf na: {ask}',
    en: 'Video not looked at: {why}. Check it yourself: {ask}',
  },
  notLookedPhoto: {
    nl: 'Foto niet bekeken: {why}. Kijk hem zelf na: {ask}',
    en: 'Photo not looked at: {why}. Check it yourself: {ask}',
  },
  facesOnePhoto: {
    nl: 'In de foto staat minstens 1 gezicht. Gaf deze persoon toestemming om de foto te delen, en is er geen patiënt of bewoner herkenbaar?',
    en: 'The photo shows at least 1 face. Did this person agree to sharing it, and is no patient or resident recognisable?',
  },
  facesManyPhoto: {
    nl: 'In de foto staan minstens {faces} gezichten. Gaf ieder van hen toestemming om de foto te delen, en is er geen patiënt of bewoner herkenbaar?',
    en: 'The photo shows at least {faces} faces. Did each of them agree to sharing it, and is no patient or resident recognisable?',
  },
  facesOneVideo: {
    nl: 'In de video staat minstens 1 gezicht. Gaf deze persoon toestemming om de video te delen, en is er geen patiënt of bewoner herkenbaar?',
    en: 'The video shows at least 1 face. Did this person agree to sharing it, and is no patient or resident recognisable?',
  },
  facesManyVideo: {
    nl: 'In de video staan minstens {faces} gezichten. Gaf ieder van hen toestemming om de video te delen, en is er geen patiënt of bewoner herkenbaar?',
    en: 'The video shows at least {faces} faces. Did each of them agree to sharing it, and is no patient or resident recognisable?',
  },
  oneVideo: { nl: 'Er hangt een video aan dit bericht: {ask}', en: 'This post has a video: {ask}' },
  manyPhotos: {
    nl: "Er hangen {count} foto's aan dit bericht; bij deze: {ask}",
    en: 'This post has {count} photos; for this one: {ask}',
  },
  onePhoto: { nl: 'Er hangt een foto aan dit bericht: {ask}', en: 'This post has a photo: {ask}' },
  explanation: {
    nl: 'Een gezicht, een polsbandje, een naambord of een scherm op de achtergrond maakt iemand herkenbaar. Voor beeld van patiënten en collega’s is toestemming nodig (AVG, portretrecht); vraag die vooraf en leg haar vast. Zorgvuldig telt de gezichten op je eigen apparaat; het kan er een missen, kijk dus zelf ook.',
    en: 'A face, a wristband, a name board or a screen in the background makes someone recognisable. Pictures of patients and colleagues need consent (GDPR, portrait rights); ask first and record it. Zorgvuldig counts the faces on your own device; it can miss one, so look yourself too.',
  },
});

/** Why a file was not looked at, in the card's words. */
const NOT_LOOKED = {
  unsupported: 'notLookedUnsupported',
  'too-large': 'notLookedTooLarge',
  failed: 'notLookedFailed',
} as const;

/** One sentence per attachment: still being looked at, what was found, or why it was not looked at. */
function messageFor(media: MediaFacts, count: number): Text {
  const video = media.kind === 'video';
  const faces = media.faces ?? 0;
  const ask = (lang: Lang) => texts.t('ask', lang);
  if (media.analysis === 'pending') return texts.text(video ? 'pendingVideo' : 'pendingPhoto');
  if (media.analysis === 'unsupported' || media.analysis === 'too-large' || media.analysis === 'failed') {
    const why = NOT_LOOKED[media.analysis];
    return inEachLang((lang) =>
      texts.t(video ? 'notLookedVideo' : 'notLookedPhoto', lang, { why: texts.t(why, lang), ask: ask(lang) }),
    );
  }
  if (faces > 0)
    // A detector misses faces (turned away, small, in shadow): never more certain than "at least".
    return video
      ? texts.text(faces === 1 ? 'facesOneVideo' : 'facesManyVideo', { faces })
      : texts.text(faces === 1 ? 'facesOnePhoto' : 'facesManyPhoto', { faces });
  if (video) return inEachLang((lang) => texts.t('oneVideo', lang, { ask: ask(lang) }));
  return count > 1
    ? inEachLang((lang) => texts.t('manyPhotos', lang, { count, ask: ask(lang) }))
    : inEachLang((lang) => texts.t('onePhoto', lang, { ask: ask(lang) }));
}

export const photo: Rule = {
  id: 'media/photo',
  category: 'media',
  defaultSeverity: 'check',
  description: texts.text('description'),
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
      explanation: ctx.t(texts.text('explanation')),
      suggestions: [],
      ...(media.thumbnail ? { thumbnail: media.thumbnail } : {}),
    }));
  },
};
