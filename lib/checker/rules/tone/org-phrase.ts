import { compilePhrases, type PhraseHit } from '../../phrases/table';
import type { OrgPhrase, Rule } from '../../rule';

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
  description: {
    nl: 'Woorden en namen die de organisatie niet in het openbaar gebruikt, zoals interne projectnamen (uit het beleid van de organisatie).',
    en: "Words and names the organisation does not use in public, such as internal project names (from the organisation's policy).",
  },
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
      explanation: ctx.t({
        nl: `${org ?? 'Je organisatie'} vraagt dit niet in openbare berichten te gebruiken.`,
        en: `${org ?? 'Your organisation'} asks not to use this in public posts.`,
      }),
      suggestions: [],
    }));
  },
};
