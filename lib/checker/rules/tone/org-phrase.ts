import { phraseSource } from '../../phrases/table';
import type { OrgPhrase, Rule } from '../../rule';

type Compiled = (text: string) => { start: number; end: number; phrase: OrgPhrase }[];
const cache = new WeakMap<readonly OrgPhrase[], Compiled>();

/** The organisation's phrases are plain words: everything but spacing is matched literally. */
function compile(list: readonly OrgPhrase[]): Compiled {
  const usable = list.filter((p) => /[\p{L}\p{N}]/u.test(p.phrase));
  if (!usable.length) return () => [];
  const literal = (p: OrgPhrase) =>
    phraseSource(p.phrase.replace(/[()|[\]]/g, ' ').replace(/[^\p{L}\p{N}'’ -]/gu, ' '));
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${usable.map((p) => `(${literal(p)})`).join('|')})(?![\\p{L}\\p{N}])`,
    'giu',
  );
  return (text) => {
    const hits = [];
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const index = m.findIndex((g, i) => i > 0 && g !== undefined);
      hits.push({ start: m.index, end: m.index + m[0].length, phrase: usable[index - 1] });
    }
    return hits;
  };
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
      severity: hit.phrase.severity,
      start: hit.start,
      end: hit.end,
      message: hit.phrase.message,
      explanation: ctx.t({
        nl: `${org ?? 'Je organisatie'} vraagt dit niet in openbare berichten te gebruiken.`,
        en: `${org ?? 'Your organisation'} asks not to use this in public posts.`,
      }),
      suggestions: [],
    }));
  },
};
