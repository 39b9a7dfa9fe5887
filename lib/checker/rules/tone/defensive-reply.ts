import { compilePhrases, phraseHits } from '../../phrases/table';
import type { Rule } from '../../rule';
import { ANSWER_SURFACES } from '../../types';
import { arguing } from './replies.data';

const match = compilePhrases(arguing);

export const defensiveReply: Rule = {
  id: 'tone/defensive-reply',
  category: 'tone',
  defaultSeverity: 'check',
  description: {
    nl: 'Reacties op klachten die in het openbaar in discussie gaan of de schuld leggen bij iemand.',
    en: 'Replies to complaints that argue in public or blame someone.',
  },
  examples: {
    flag: [
      { text: 'Dat klopt niet, wij hebben niets fout gedaan.', surface: 'reply' },
      { text: 'U had het zelf moeten melden.', surface: 'comment' },
    ],
    pass: [
      'Wat vervelend dat u dit zo heeft ervaren. Stuur ons gerust een bericht.',
      'Klopt het dat er morgen een open dag is?',
    ],
  },
  check(draft, ctx) {
    if (!ANSWER_SURFACES.has(draft.surface) && draft.surface !== 'other') return [];
    return phraseHits(match(draft.text), ctx.t, draft.surface === 'other' ? 'tip' : undefined);
  },
};
