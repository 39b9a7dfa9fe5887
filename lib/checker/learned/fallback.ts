import { defineCatalogue, inEachLang } from '../../i18n';
import type { CheckContext, RuleHit } from '../rule';
import type { Draft, Surface } from '../types';
import { modelHit } from './model';
import type { ModelType } from './types';

/** What a finding of the draft model says, Dutch first: what, why, how to fix. */
const texts = defineCatalogue('learned', {
  health: {
    nl: 'Deze zin lijkt iets te vertellen over de gezondheid van iemand die herkend kan worden.',
    en: 'This sentence seems to tell about the health of someone who can be recognised.',
  },
  healthFix: {
    nl: 'Gezondheid is een bijzonder persoonsgegeven. Lees de zin nog eens: gaat het over een bewoner, patiënt of naaste, laat dan de gezondheid weg of vraag eerst toestemming.',
    en: 'Health is special-category data. Read the sentence again: if it is about a resident, patient or relative, leave the health out or ask for consent first.',
  },
  arguing: {
    nl: 'Deze zin lijkt in het openbaar in discussie te gaan met de schrijver.',
    en: 'This sentence seems to argue with the writer in public.',
  },
  arguingFix: {
    nl: 'Een openbare discussie maakt een klacht groter en verleidt tot details over de zorg. Erken de ervaring, bied excuses aan waar dat past en nodig uit voor een gesprek of privébericht.',
    en: 'Arguing in public makes a complaint bigger and tempts you into details of the care. Acknowledge the experience, apologise where fitting and invite a conversation or private message.',
  },
  confirms: {
    nl: 'Dit antwoord lijkt te bevestigen dat iemand of een naaste bij jullie in zorg is of was.',
    en: 'This reply seems to confirm that someone or a relative is or was in your care.',
  },
  confirmsFix: {
    nl: 'Dat iemand patiënt of cliënt is, valt onder het beroepsgeheim, ook als die persoon het zelf vertelt. Antwoord algemeen, zonder de zorg, de opname of de gezondheid te noemen, en ga verder in een privébericht.',
    en: 'Being a patient or client falls under professional secrecy, even if the person said it first. Answer in general terms, without naming the care, the stay or the health, and continue in a private message.',
  },
  details: {
    nl: 'Deze zin lijkt details te geven die samen naar één bewoner, patiënt of naaste wijzen.',
    en: 'This sentence seems to give details that together point to one resident, patient or relative.',
  },
  detailsFix: {
    nl: 'Een naam, leeftijd, kamer, afdeling, woonplaats of datum is los vaak onschuldig; samen maken ze iemand herkenbaar. Laat een of meer van die details weg, of vraag eerst toestemming.',
    en: 'A name, age, room, ward, town or date is often harmless alone; together they make someone recognisable. Leave out one or more of those details, or ask for consent first.',
  },
  guess: {
    nl: 'Gevonden door het taalmodel van Zorgvuldig: het herkent de toon en de woorden van de zin, niet een vaste regel, en draait alleen op dit apparaat. Het kan zich vergissen; klopt het niet, kies dan Negeren.',
    en: "Found by Zorgvuldig's language model: it recognises the tone and words of the sentence, not a fixed rule, and runs on this device only. It can be wrong; if so, choose Ignore.",
  },
});

/** Which sentences each type says. */
const SAYS = {
  'special-category': { what: 'health', fix: 'healthFix' },
  'defensive-reply': { what: 'arguing', fix: 'arguingFix' },
  'care-relationship': { what: 'confirms', fix: 'confirmsFix' },
  combination: { what: 'details', fix: 'detailsFix' },
} as const satisfies Record<ModelType, { what: string; fix: string }>;

/**
 * The model's finding for a rule that found nothing itself: one "check" on the sentence that
 * weighs most, saying it is a guess. (It names no words: the ones that weigh most are often
 * "gewoon" or "keer", which would explain nothing to a reader.) Only on the surfaces where the
 * type exists (an arguing reply is a reply).
 */
export function modelFallback(
  type: ModelType,
  draft: Draft,
  ctx: CheckContext,
  surfaces?: ReadonlySet<Surface>,
  /** Sentences the finding may be reported on (not an offer to anyone, say); by default every one. */
  reportable?: (sentence: string) => boolean,
): RuleHit[] {
  if (surfaces && !surfaces.has(draft.surface)) return [];
  const hit = modelHit(type, draft.text, draft.surface, reportable);
  if (!hit) return [];
  return [
    {
      severity: 'check',
      start: hit.start,
      end: hit.end,
      message: ctx.t(inEachLang((lang) => texts.t(SAYS[type].what, lang))),
      explanation: ctx.t(inEachLang((lang) => `${texts.t(SAYS[type].fix, lang)} ${texts.t('guess', lang)}`)),
      suggestions: [],
      ...(type === 'special-category' || type === 'combination'
        ? { quickAnswers: ['consent' as const] }
        : {}),
    },
  ];
}
