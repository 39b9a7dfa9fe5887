import { defineCatalogue, inEachLang, type Lang } from '../../i18n';
import type { CheckContext, RuleHit } from '../rule';
import type { Draft, Surface } from '../types';
import { modelHit } from './model';
import type { ModelType } from './types';

/** What a finding of the draft model says, Dutch first: what, why, how to fix. */
const texts = defineCatalogue('learned', {
  health: {
    nl: 'Dit lijkt iets te vertellen over de gezondheid of het leven van iemand die herkend kan worden (woorden als {cues}).',
    en: 'This seems to tell about the health or life of someone who can be recognised (words like {cues}).',
  },
  healthFix: {
    nl: 'Gezondheid is een bijzonder persoonsgegeven. Lees de zin nog eens: gaat het over een bewoner, patiënt of naaste, laat dan de gezondheid weg of vraag eerst toestemming.',
    en: 'Health is special-category data. Read the sentence again: if it is about a resident, patient or relative, leave the health out or ask for consent first.',
  },
  arguing: {
    nl: 'Dit antwoord lijkt in het openbaar in discussie te gaan met de schrijver (woorden als {cues}).',
    en: 'This reply seems to argue with the writer in public (words like {cues}).',
  },
  arguingFix: {
    nl: 'Een openbare discussie maakt een klacht groter en verleidt tot details over de zorg. Erken de ervaring, bied excuses aan waar dat past en nodig uit voor een gesprek of privébericht.',
    en: 'Arguing in public makes a complaint bigger and tempts you into details of the care. Acknowledge the experience, apologise where fitting and invite a conversation or private message.',
  },
  guess: {
    nl: 'Gevonden door het taalmodel van Zorgvuldig, dat op dit apparaat draait en van voorbeelden leert: het kan zich vergissen.',
    en: "Found by Zorgvuldig's language model, which runs on this device and learns from examples: it can be wrong.",
  },
  quote: { nl: '‘{word}’', en: '‘{word}’' },
  and: { nl: ' en ', en: ' and ' },
});

/** Which sentences each type says. */
const SAYS = {
  'special-category': { what: 'health', fix: 'healthFix' },
  'defensive-reply': { what: 'arguing', fix: 'arguingFix' },
} as const satisfies Record<ModelType, { what: string; fix: string }>;

/**
 * The model's finding for a rule that found nothing itself: one "check" on the sentence that
 * weighs most, saying it is a guess and which words led to it. Only on the surfaces where the
 * type exists (an arguing reply is a reply).
 */
export function modelFallback(
  type: ModelType,
  draft: Draft,
  ctx: CheckContext,
  surfaces?: ReadonlySet<Surface>,
): RuleHit[] {
  if (surfaces && !surfaces.has(draft.surface)) return [];
  const hit = modelHit(type, draft.text, draft.surface);
  if (!hit || hit.cues.length === 0) return [];
  // "‘val’, ‘heup’ en ‘opname’"
  const cues = (lang: Lang) => {
    const quoted = hit.cues.map((word) => texts.t('quote', lang, { word }));
    const last = quoted.pop()!;
    return quoted.length > 0 ? `${quoted.join(', ')}${texts.t('and', lang)}${last}` : last;
  };
  return [
    {
      severity: 'check',
      start: hit.start,
      end: hit.end,
      message: ctx.t(inEachLang((lang) => texts.t(SAYS[type].what, lang, { cues: cues(lang) }))),
      explanation: ctx.t(inEachLang((lang) => `${texts.t(SAYS[type].fix, lang)} ${texts.t('guess', lang)}`)),
      suggestions: [],
      ...(type === 'special-category' ? { quickAnswers: ['consent' as const] } : {}),
    },
  ];
}
