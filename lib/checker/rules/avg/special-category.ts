import type { Rule, RuleHit } from '../../rule';
import type { Text } from '../../rule';
import { anchorsIn } from '../../text/anchors';
import { sensitiveWords, type SensitiveHit } from '../../text/health';
import { peopleIn } from '../../text/people';

const WHAT: Record<SensitiveHit['kind'], Text> = {
  condition: { nl: 'een aandoening', en: 'a condition' },
  treatment: { nl: 'een behandeling', en: 'a treatment' },
  medication: { nl: 'medicatie', en: 'medication' },
  admission: { nl: 'een opname', en: 'an admission' },
  death: { nl: 'een overlijden', en: 'a death' },
  event: { nl: 'een ongeval of incident', en: 'an accident or incident' },
  religion: { nl: 'een geloof', en: 'a religion' },
  origin: { nl: 'een afkomst', en: 'an origin' },
  sexuality: {
    nl: 'een seksuele geaardheid of genderidentiteit',
    en: 'a sexual orientation or gender identity',
  },
};

export const specialCategory: Rule = {
  id: 'avg/special-category',
  category: 'avg',
  defaultSeverity: 'check',
  description: {
    nl: 'Bijzondere persoonsgegevens (AVG art. 9) over iemand: gezondheid, geloof, afkomst, seksuele geaardheid.',
    en: 'Special-category data (GDPR art. 9) about someone: health, religion, origin, sexual orientation.',
  },
  examples: {
    flag: [
      'Mijn patiënt met dementie herkende vandaag zijn vrouw weer.',
      'Meneer Peters gebruikt sinds kort morfine.',
      'Zij heeft schizofrenie en woont nu zelfstandig.',
    ],
    pass: [
      'Dementie raakt 1 op de 5 mensen. Lees meer over onze geheugenpoli.',
      'Vacature: verpleegkundige oncologie, 32 uur.',
      'Wij behandelen jaarlijks 2000 patiënten met hartfalen.',
    ],
  },
  check(draft, ctx) {
    const text = draft.text;
    const words = sensitiveWords(text);
    if (words.length === 0) return [];
    const about = new Set(anchorsIn(text).map((a) => a.sentence));
    const namedIn = new Set(
      peopleIn(text)
        .filter((p) => p.kind !== 'relative')
        .map((p) => p.sentence),
    );
    const hits: RuleHit[] = [];
    for (const w of words) {
      if (!about.has(w.sentence)) continue;
      const named = namedIn.has(w.sentence);
      hits.push({
        severity: named ? 'stop' : 'check',
        start: w.start,
        end: w.end,
        message: ctx.t({
          nl: `Dit zegt iets over ${WHAT[w.kind].nl} van ${named ? 'een herkenbaar persoon' : 'iemand'}: een bijzonder persoonsgegeven.`,
          en: `This tells about ${WHAT[w.kind].en} of ${named ? 'a recognisable person' : 'someone'}: special-category data.`,
        }),
        explanation: ctx.t({
          nl: 'Gezondheid, geloof, afkomst en seksuele geaardheid zijn bijzondere persoonsgegevens (AVG art. 9). Over een patiënt vallen ze ook onder het beroepsgeheim. Deel ze alleen met uitdrukkelijke toestemming, en nooit met een naam erbij.',
          en: 'Health, religion, origin and sexual orientation are special-category data (GDPR art. 9). About a patient they also fall under professional secrecy. Share them only with explicit consent, and never with a name.',
        }),
        suggestions: [],
      });
    }
    return hits;
  },
};
