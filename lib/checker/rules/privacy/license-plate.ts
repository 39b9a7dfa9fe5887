import { defineCatalogue } from '../../../i18n';
import { PLATE } from '../../identifiers/plate';
import type { Rule, RuleHit } from '../../rule';
import { nearWord } from '../../text/context';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('privacy/license-plate', {
  description: {
    nl: 'Nederlandse en Belgische kentekens bij een auto: die wijzen de eigenaar aan.',
    en: 'Dutch and Belgian licence plates with a car: they point to the owner.',
  },
  message: {
    nl: 'Hier staat een kenteken; daarmee is de eigenaar op te zoeken.',
    en: 'This is a licence plate; the owner can be looked up from it.',
  },
  explanation: {
    nl: 'Een kenteken is een persoonsgegeven: wie het ziet, kan de eigenaar vinden, en bij een zorgbericht ook raden wie er op bezoek of in behandeling is. Laat het weg.',
    en: 'A licence plate is personal data: it leads to the owner and, in a care post, hints at who is visiting or being treated. Leave it out.',
  },
});

/** Words that make a plate-shaped code a car's plate. */
const CAR =
  /(kenteken|nummerplaat|nrplaat|auto|wagen|busje|bus|parkeer|geparkeerd|parkeerde|parkeerplaats|slagboom|rijdt|reed|scooter|motor|camper|bestelwagen|taxi)/;

export const licensePlate: Rule = {
  id: 'privacy/license-plate',
  category: 'privacy',
  defaultSeverity: 'check',
  description: texts.text('description'),
  examples: {
    flag: [
      'De auto met kenteken GX-123-K staat er al weken.',
      'Wie parkeerde met de 2-XYZ-987 op de plek voor ambulances?',
    ],
    pass: ['Formulier AB-12-CD moet naar HR.', 'Onze nieuwe zorgauto’s staan klaar!'],
  },
  check(draft, ctx) {
    const hits: RuleHit[] = [];
    PLATE.lastIndex = 0;
    for (let m = PLATE.exec(draft.text); m; m = PLATE.exec(draft.text)) {
      const end = m.index + m[0].length;
      if (!nearWord(draft.text, m.index, end, CAR, 60, 40)) continue;
      hits.push({
        severity: 'check',
        start: m.index,
        end,
        message: texts.t('message', ctx.lang),
        explanation: texts.t('explanation', ctx.lang),
        suggestions: [''],
      });
    }
    return hits;
  },
};
