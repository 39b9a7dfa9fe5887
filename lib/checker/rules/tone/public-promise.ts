import { defineCatalogue } from '../../../i18n';
import { compilePhrases, phraseHits } from '../../phrases/table';
import type { Rule } from '../../rule';
import { ANSWER_SURFACES } from '../../types';
import { promising } from './replies.data';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('tone/public-promise', {
  description: {
    nl: 'Reacties die in het openbaar iets beloven: een vergoeding, maatregelen tegen een collega, "dit gebeurt nooit meer".',
    en: 'Replies that promise something in public: compensation, measures against a colleague, "this will never happen again".',
  },
});

const match = compilePhrases(promising);

export const publicPromise: Rule = {
  id: 'tone/public-promise',
  category: 'tone',
  defaultSeverity: 'check',
  description: texts.text('description'),
  examples: {
    flag: [
      { text: 'Dit zal nooit meer gebeuren, u krijgt een vergoeding.', surface: 'reply' },
      { text: 'De verpleegkundige wordt aangesproken.', surface: 'comment' },
    ],
    pass: [
      'We nemen uw ervaring serieus en nemen contact met u op.',
      'Het zal nooit saai worden op onze afdeling!',
    ],
  },
  check(draft, ctx) {
    if (!ANSWER_SURFACES.has(draft.surface) && draft.surface !== 'other') return [];
    return phraseHits(match(draft.text), ctx.t, draft.surface === 'other' ? 'tip' : undefined);
  },
};
