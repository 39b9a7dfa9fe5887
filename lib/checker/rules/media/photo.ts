import type { Rule } from '../../rule';

export const photo: Rule = {
  id: 'media/photo',
  category: 'media',
  defaultSeverity: 'check',
  description: {
    nl: 'Een foto of video bij het bericht: controleer dat geen patiënt herkenbaar is en dat iedereen toestemming gaf.',
    en: 'A photo or video with the post: check that no patient is recognisable and that everyone agreed.',
  },
  examples: {
    flag: [{ text: 'Ons team na de nachtdienst.', media: [{ kind: 'image' }] }],
    pass: [{ text: 'Geen foto vandaag, wel een dikke merci.', media: [] }],
  },
  check(draft, ctx) {
    if (draft.media.length === 0) return [];
    const video = draft.media.some((m) => m.kind === 'video');
    const count = draft.media.length;
    return [
      {
        severity: 'check',
        start: 0,
        end: 0,
        message: ctx.t(
          video
            ? {
                nl: `Er ${count === 1 ? 'hangt een bijlage' : `hangen ${count} bijlagen`} met beeld aan dit bericht: is er geen patiënt, bewoner of scherm herkenbaar, en gaf iedereen in beeld toestemming?`,
                en: `This post has ${count === 1 ? 'an attachment' : `${count} attachments`} with images: is no patient, resident or screen recognisable, and did everyone in it agree?`,
              }
            : {
                nl: `Er ${count === 1 ? 'hangt een foto' : `hangen ${count} foto's`} aan dit bericht: is er geen patiënt, bewoner of scherm herkenbaar, en gaf iedereen op de foto toestemming?`,
                en: `This post has ${count === 1 ? 'a photo' : `${count} photos`}: is no patient, resident or screen recognisable, and did everyone in it agree?`,
              },
        ),
        explanation: ctx.t({
          nl: 'Een gezicht, een polsbandje, een naambord of een scherm op de achtergrond maakt iemand herkenbaar. Voor beeld van patiënten en collega’s is toestemming nodig (AVG, portretrecht); vraag die vooraf en leg haar vast.',
          en: 'A face, a wristband, a name board or a screen in the background makes someone recognisable. Pictures of patients and colleagues need consent (GDPR, portrait rights); ask first and record it.',
        }),
        suggestions: [],
      },
    ];
  },
};
