import { defineCatalogue } from '../../../i18n';
import { compilePhrases, type PhraseHit } from '../../phrases/table';
import type { OrgPhrase, Rule } from '../../rule';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('tone/org-phrase', {
  description: {
    nl: 'Woorden en namen die de organisatie niet in het openbaar gebruikt, zoals interne projectnamen (uit het beleid van de organisatie).',
    en: "Words and names the organisation does not use in public, such as internal project names (from the organisation's policy).",
  },
  explanationOf: {
    nl: '{org} vraagt dit niet in openbare berichten te gebruiken.',
    en: '{org} asks not to use this in public posts.',
  },
  explanation: {
    nl: 'Je organisatie vraagt dit niet in openbare berichten te gebruiken.',
    en: 'Your organisation asks not to use this in public posts.',
  },
});

type Compiled = (text: string) => PhraseHit<{ phrases: string[]; org: OrgPhrase }>[];
const cache = new WeakMap<readonly OrgPhrase[], Compiled>();

/** The organisation's phrases are plain words: (|) and [] are not syntax here, only spacing is loose. */
function compile(list: readonly OrgPhrase[]): Compiled {
  const entries = list
    .filter((org) => /[\p{L}\p{N}]/u.test(org.phrase))
    .map((org) => ({ phrases: [org.phrase.replace(/[^\p{L}\p{N}'’ -]/gu, ' ')], org }));
  return compilePhrases(entries);
}

export const orgPhrase: Rule = {
  id: 'tone/org-phrase',
  category: 'tone',
  defaultSeverity: 'check',
  description: texts.text('description'),
  examples: {
    flag: [
      {
        text: 'Morgen start Project Zonnebloem op 4 Noord!',
        settings: {
          orgPhrases: [{ phrase: 'project zonnebloem', message: 'Interne projectnaam.', severity: 'stop' }],
        },
      },
    ],
    pass: ['Project Zonnebloem gaat van start!'],
  },
  check(draft, ctx) {
    const list = ctx.settings.orgPhrases;
    if (!list?.length) return [];
    let match = cache.get(list);
    if (!match) cache.set(list, (match = compile(list)));
    const org = ctx.settings.orgName;
    return match(draft.text).map((hit) => ({
      severity: hit.entry.org.severity,
      start: hit.start,
      end: hit.end,
      message: hit.entry.org.message,
      explanation: org ? texts.t('explanationOf', ctx.lang, { org }) : texts.t('explanation', ctx.lang),
      suggestions: [],
    }));
  },
};
