import { defineCatalogue } from '../../../i18n';
import type { Rule } from '../../rule';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('media/owner', {
  description: {
    nl: 'Een foto met een naam in de bestandsgegevens (eigenaar van de camera, maker, auteursrecht).',
    en: "A photo with a person's name in its file metadata (camera owner, artist, copyright).",
  },
  message: {
    nl: 'In de bestandsgegevens van de foto staat een naam: {names}.',
    en: "The photo's file metadata holds a name: {names}.",
  },
  explanation: {
    nl: 'Camera’s en telefoons schrijven de naam van de eigenaar of maker in de foto. Niet elk platform haalt die weg, en een naam van een collega of cliënt hoort daar niet openbaar in. Haal de gegevens weg (bijvoorbeeld met "Eigenschappen > Details > Eigenschappen en persoonlijke gegevens verwijderen" in Windows) of maak een schermafbeelding van de foto.',
    en: 'Cameras and phones write the owner’s or maker’s name into the photo. Not every platform strips it, and a colleague’s or client’s name should not go public that way. Remove the metadata (for example via "Properties > Details > Remove properties and personal information" in Windows) or post a screenshot of the photo.',
  },
});

export const owner: Rule = {
  id: 'media/owner',
  category: 'media',
  defaultSeverity: 'check',
  description: texts.text('description'),
  examples: {
    flag: [{ text: 'Mooie dag!', media: [{ kind: 'image', owners: ['Petra de Vries'] }] }],
    pass: [{ text: 'Mooie dag!', media: [{ kind: 'image', hasCameraInfo: true }] }],
  },
  check(draft, ctx) {
    return draft.media
      .filter((m) => (m.owners ?? []).length > 0)
      .map((m) => {
        const names = (m.owners ?? []).map((n) => `“${n}”`).join(', ');
        return {
          severity: 'check' as const,
          start: 0,
          end: 0,
          message: texts.t('message', ctx.lang, { names }),
          explanation: texts.t('explanation', ctx.lang),
          suggestions: [],
          ...(m.thumbnail ? { thumbnail: m.thumbnail } : {}),
        };
      });
  },
};
