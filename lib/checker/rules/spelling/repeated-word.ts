import { defineCatalogue } from '../../../i18n';
import type { Rule, RuleHit } from '../../rule';
import { words } from '../../text/words';
import { isNotAWord, skippedSpans } from './skip';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('spelling/repeated-word', {
  description: {
    nl: 'Een woord dat per ongeluk twee keer achter elkaar staat ("de de", "op op"); "die die", "dat dat" en nadruk zoals "heel heel" blijven staan.',
    en: 'A word typed twice in a row by accident ("de de", "op op"); "die die", "dat dat" and emphasis such as "heel heel" are left alone.',
  },
  message: { nl: '"{second}" staat er twee keer.', en: '"{second}" is there twice.' },
  explanation: {
    nl: 'Een dubbel woord ontstaat makkelijk bij het typen of verbeteren. Haal er één weg.',
    en: 'A doubled word slips in easily while typing or editing. Remove one.',
  },
});

const set = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/**
 * Repeats that are grammar: "de man die die brief schreef", "ik denk dat dat klopt", a pronoun
 * and its reflexive or possessive ("dat je je nummer", "heeft u u aangemeld", "ze kamt haar haar").
 */
const GRAMMATICAL = set('die dat je ze u haar hun jullie ons');

/**
 * Repeats written on purpose in informal posts: emphasis (heel heel blij, echt echt waar, ver ver
 * weg) and interjections (ja ja, hoi hoi, doei doei). Left alone: the writer meant them.
 */
const ON_PURPOSE = set(
  'heel echt super zo erg ver lang veel mega heeel supersuper ja nee nou hoi doei dag bye hey hee ' +
    'haha hihi hoera jee jeetje tja ha he hè oh o ai au tik klop kus kusje knuffel dikke xx xxx' +
    ' bla blabla ho stop go top wow snel heerlijk',
);

/** The same word twice in a row, separated only by spaces: "de de", "op op". */
function findRepeats(text: string): { start: number; end: number; first: string; second: string }[] {
  const skipped = skippedSpans(text);
  const out: { start: number; end: number; first: string; second: string }[] = [];
  let prev: { word: string; start: number; end: number } | undefined;
  let s = 0;
  for (const t of words(text)) {
    while (s < skipped.length && skipped[s][1] <= t.start) s++;
    const inSkipped = s < skipped.length && skipped[s][0] < t.end;
    const usable = !inSkipped && !isNotAWord(text, t.start, t.end);
    if (
      usable &&
      prev &&
      /^[ \t\u00a0]+$/.test(text.slice(prev.end, t.start)) &&
      prev.word.toLowerCase() === t.word.toLowerCase()
    ) {
      const lower = t.word.toLowerCase();
      // A capital on the second is a name (Jan Jan), or a new sentence the writer did not punctuate.
      if (!GRAMMATICAL.has(lower) && !ON_PURPOSE.has(lower) && t.word[0] === t.word[0].toLowerCase())
        out.push({ start: prev.start, end: t.end, first: prev.word, second: t.word });
    }
    prev = usable ? t : undefined;
  }
  return out;
}

export const repeatedWord: Rule = {
  id: 'spelling/repeated-word',
  category: 'spelling',
  defaultSeverity: 'tip',
  description: texts.text('description'),
  examples: {
    flag: ['Vandaag staan we op op de markt in Zwolle.', 'Dank aan de de vrijwilligers!'],
    pass: ['De collega die die taart bakte, verdient een pluim.', 'We zijn heel heel trots op ons team!'],
  },
  check(draft, ctx): RuleHit[] {
    return findRepeats(draft.text).map(({ start, end, first, second }) => ({
      severity: 'tip',
      start,
      end,
      message: texts.t('message', ctx.lang, { second }),
      explanation: texts.t('explanation', ctx.lang),
      suggestions: [first],
    }));
  },
};
