import { defineCatalogue } from '../../../i18n';
import type { Rule, RuleHit } from '../../rule';
import { THANKS } from '../../data/care';
import { careBonds, OFFER, OUR_VOICE } from '../../text/care-bond';
import { analyse, sentenceAt } from '../../text/tokens';
import { ANSWER_SURFACES, type Surface } from '../../types';
import { modelFallback } from '../../learned/fallback';
import { defensiveReply } from '../tone/defensive-reply';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('avg/care-relationship', {
  description: {
    nl: 'Antwoorden die in het openbaar bevestigen dat iemand patiënt is of was ("tijdens uw opname", "uw dossier").',
    en: 'Public answers that confirm someone is or was a patient ("tijdens uw opname", "uw dossier").',
  },
  message: {
    nl: 'Dit bevestigt in het openbaar dat iemand bij jullie in zorg is of was.',
    en: 'This confirms in public that someone is or was in your care.',
  },
  explanation: {
    nl: 'Ook zonder naam is het al een medisch gegeven dat iemand patiënt is; dat valt onder het beroepsgeheim, ook als de persoon het zelf vertelt. Antwoord algemeen en nodig uit voor een privébericht.',
    en: 'Even without a name, being a patient is medical information under professional secrecy, even if the person said it first. Answer in general terms and invite a private message.',
  },
  bondMessage: {
    nl: 'Dit antwoord laat zien dat deze persoon of een naaste bij jullie in zorg is of was.',
    en: 'This reply shows that this person or a relative is or was in your care.',
  },
  bondExplanation: {
    nl: 'Ook een vriendelijk antwoord bevestigt zo in het openbaar dat iemand patiënt of cliënt is; dat valt onder het beroepsgeheim. Bedank of leef mee zonder de zorg, de opname of de gezondheid te noemen, en ga verder in een privébericht.',
    en: 'Even a kind reply confirms in public this way that someone is a patient or client; that falls under professional secrecy. Thank or sympathise without naming the care, the stay or the health, and continue in a private message.',
  },
  'kind.strengthFormal': { nl: 'Wij wensen u veel sterkte', en: 'We wish you strength' },
  'kind.strength': { nl: 'We wensen je veel sterkte', en: 'We wish you strength' },
  'kind.thanksFormal': { nl: 'Dank u wel voor uw mooie woorden', en: 'Thank you for your kind words' },
  'kind.thanks': { nl: 'Dank je wel voor je lieve woorden', en: 'Thank you for your kind words' },
});

type KindKey = 'kind.strengthFormal' | 'kind.strength' | 'kind.thanksFormal' | 'kind.thanks';

const CARE_NOUNS =
  'opname|ziekenhuisopname|behandeling|operatie|\\p{L}{2,20}(?:operatie|onderzoek|behandeling|opname|therapie|scan)|scan|controle|echo|bloedafname|medicatieschema|zorg|verzorging|ingreep|bevalling|revalidatie|verblijf|afspraak|dossier|uitslag|uitslagen|medicatie|medicijnen|behandelend arts|behandelaar|specialist|onderzoek|ontslag|therapie|consult|zorgverlener|nazorg|diagnose|kamer|bezoek aan (?:de |onze |het )?[\\p{L}-]{2,30}';
const OURS =
  '(?:bij ons|in (?:ons|onze) [\\p{L}-]{0,20}(?:ziekenhuis|huis|centrum|hospice|praktijk|kliniek)|op (?:de|onze) poli(?:kliniek)?(?: [\\p{L}-]{2,20})?|op (?:de|onze) (?:[\\p{L}-]{2,20} ?)?afdeling(?: [\\p{L}\\d-]{1,20})?|op onze afdeling(?: [\\p{L}\\d-]{1,20})?|op de afdeling|bij onze? [\\p{L}-]{2,20}|in het [\\p{L}-]{2,20}ziekenhuis|bij de [\\p{L}-]{2,20}|hier)';

/** What a writer can be to the one they care for: "ik ben haar huisarts", "de thuiszorg van". */
const WRITER_ROLES =
  '(?:huisarts|verpleegkundige|wijkverpleegkundige|verzorgende|verzorger|begeleider|begeleidster|behandelaar|arts|specialist|thuiszorg|thuiszorgmedewerker|fysiotherapeut|kinesist|mentor|psycholoog|psychiater|tandarts|verloskundige|kraamverzorgster|casemanager)';

const RELATIVE =
  'moeder|vader|mama|papa|man|vrouw|zoon|dochter|broer|zus|opa|oma|partner|echtgenoot|echtgenote|kind|schoonmoeder|schoonvader|grootmoeder|grootvader';

/**
 * "tijdens uw opname", "uw behandeling bij ons", "uw dossier", "de bevalling bij ons",
 * "u lag op afdeling 5B", "in het systeem zien we dat u". Each alternative is a bounded run.
 */
const CONFIRMS = new RegExp(
  [
    `(?:(?:tijdens|na|bij|over|van|voor|in) )?(?:uw|jouw|je) (?:${CARE_NOUNS})(?: ${OURS})?`,
    // Someone else's care only after a preposition or with "bij ons": "tijdens haar opname", not
    // "iedereen kreeg op tijd zijn medicatie" (a staff post about the whole ward).
    `(?:tijdens|na|bij|over|van|voor|in) (?:zijn|haar) (?:${CARE_NOUNS})(?: ${OURS})?`,
    `(?:zijn|haar) (?:${CARE_NOUNS}) ${OURS}`,
    `(?:de|het|jullie) (?:${CARE_NOUNS}) ${OURS}`,
    `(?:u|je) (?:lag|lagen|was opgenomen|bent opgenomen|werd opgenomen|bent behandeld|werd behandeld|bent geweest|werd geopereerd|bent geopereerd)(?: destijds| toen)?(?: ${OURS}| op afdeling [\\p{L}\\d]{1,6}| op de [\\p{L}]{2,20})?`,
    `(?:dat |toen )?(?:u|je) (?:[\\p{L}]{1,12} ){0,4}(?:in de wachtkamer|op de poli|op de spoed|op de seh|wordt verwacht|werd verwacht)(?: [\\p{L}]{1,12}){0,2}`,
    `(?:in (?:het|ons) systeem|in uw dossier|in je dossier) (?:zien we|zagen we|staat)`,
    // "volgens ons dossier", "die u behandelt", "onze diabetesverpleegkundige belt u".
    `(?:volgens|in) ons dossier`,
    `die (?:u|je|jou) (?:behandelt|behandelde|verzorgt|verzorgde|opereerde|begeleidt|begeleidde|onderzocht|zag|sprak|hielp|heeft (?:behandeld|gezien|gesproken|geholpen|onderzocht|geopereerd|begeleid))`,
    `onze [\\p{L}-]{0,20}(?:verpleegkundige|arts|specialist|behandelaar|verloskundige|fysiotherapeut) (?:belt|mailt|ziet|spreekt|bezoekt) (?:u|je|jou)`,
    `(?:u|je) (?:bent|was|lag|werd)(?: [\\p{L}]{1,12}){1,3} (?:bij ons|opgenomen|behandeld|geopereerd)(?: geweest)?`,
    // The one answered was seen here: "u bent bij dokter Peeters geweest", "je was bij onze diëtist".
    `(?:u|je|jij|ge|gij) (?:bent|was|zijt|waart)(?: [\\p{L}]{1,12}){0,2} bij (?:dokter|de dokter|onze|de) [\\p{L}-]{2,20}(?: [\\p{Lu}][\\p{L}-]{1,20})? (?:geweest|gekomen|langs geweest|op controle)`,
    // The writer's own care for someone: "ik ben al jaren de huisarts van Linda", "wij zijn haar thuiszorg"
    // (not "de verpleegkundige van dienst").
    `(?:ik ben|ik was|wij zijn|we zijn|wij waren|we waren)(?: al jaren| al lang| sinds jaren| jarenlang)? (?:(?:haar|zijn|jouw|uw|je|hun) ${WRITER_ROLES}|de ${WRITER_ROLES} van(?= (?!dienst|wacht|het jaar|de maand|de week)\\p{L}))`,
    // Someone named as ours: "ze is al jaren cliënt bij ons", "hij was patiënt van ons".
    `(?:is|was|bent)(?: al jaren| al lang| al \\d{1,2} jaar| jarenlang| lang| toen)? (?:cliënt|client|cliënte|patiënt|patient|patiënte|bewoner|bewoonster) (?:bij ons|van ons|hier|bij onze [\\p{L}-]{2,20}|in ons [\\p{L}-]{2,20})`,
    // A relative of the one answered, cared for by us: "de zorg voor uw man ... bij ons".
    `(?:de|het|jullie) (?:${CARE_NOUNS}) (?:van|voor) (?:uw|jouw|je) (?:${RELATIVE})`,
    `(?:uw|jouw|je) (?:${RELATIVE})(?: [\\p{L}]{1,12}){0,8} ${OURS}`,
  ]
    .map((p) => `(?:${p})`)
    .join('|'),
  'giu',
);

/** Forms that are about someone else's own doctor or a general information line. */
const NOT_OURS =
  /^(?:uw|jouw|je|zijn|haar) (?:specialist|behandelaar|afspraak|onderzoek|zorg|controle|echo)$/i;

const GIVES_CARE =
  /^\s+(?:voor|aan) (?:onze|de|alle|al onze|jullie) (?:\p{L}+ )?(?:bewoners|patiënten|cliënten|mensen|ouderen|kinderen|deelnemers)\b/iu;

export const careRelationship: Rule = {
  id: 'avg/care-relationship',
  category: 'avg',
  defaultSeverity: 'check',
  description: texts.text('description'),
  examples: {
    flag: [
      { text: 'Fijn dat u zich tijdens uw opname zo gesteund voelde.', surface: 'reply' },
      { text: 'We hebben uw dossier erbij gepakt.', surface: 'comment' },
    ],
    pass: [
      { text: 'Bedankt voor het compliment aan ons team!', surface: 'reply' },
      { text: 'Tijdens uw opname zorgen wij voor een rustige kamer.', surface: 'post' },
    ],
  },
  check(draft, ctx) {
    if (!ANSWER_SURFACES.has(draft.surface)) return [];
    const hits: RuleHit[] = [];
    for (const m of careConfirmations(draft.text)) {
      const record = /dossier|uitslag|medicatie|medicijnen|diagnose|systeem/i.test(m.text);
      hits.push({
        severity: record ? 'stop' : 'check',
        start: m.start,
        end: m.end,
        message: texts.t('message', ctx.lang),
        explanation: texts.t('explanation', ctx.lang),
        suggestions: neutral(m.text),
      });
    }
    // By structure: a reply that speaks to someone and names their (or their relative's) care,
    // health event or status as our patient, where no phrase above matched in that sentence.
    if (draft.surface === 'reply' || draft.surface === 'comment') {
      const analysis = analyse(draft.text);
      const flagged = new Set(hits.map((h) => sentenceAt(analysis, h.start)));
      for (const b of careBonds(draft.text, draft.surface)) {
        if (flagged.has(b.sentence)) continue;
        const sentence = analysis.sentences[b.sentence];
        const words = draft.text.slice(sentence.start, sentence.end);
        const kind = kindAlternative(words, b.formal);
        // A kind sentence is offered whole in a kind form; otherwise the words that tie are marked.
        hits.push({
          severity: 'check',
          start: kind ? sentence.start : b.start,
          end: kind ? sentence.end : b.end,
          message: texts.t('bondMessage', ctx.lang),
          explanation: texts.t('bondExplanation', ctx.lang),
          suggestions: kind ? [texts.t(kind, ctx.lang)] : [],
        });
      }
    }
    if (hits.length > 0) return hits.sort((a, b) => a.start - b.start);
    // Where no phrase or structure confirmed care, the model trained on labelled replies may.
    if (!speaksAsCarer(draft.text) && defensiveReply.check(draft, ctx).length === 0) return [];
    // Never on "Vanaf maandag kunt u weer zonder afspraak langskomen": an offer to anyone, as above.
    return modelFallback('care-relationship', draft, ctx, REPLIES, (s) => !OFFER.test(s));
  },
};

const REPLIES: ReadonlySet<Surface> = new Set(['reply', 'comment']);

/** "ik", "mij", "mijn": someone who gave the care may write in their own name. */
const FIRST_PERSON = /(?<![\p{L}\p{N}])(?:ik|me|mij|mijn)(?![\p{L}\p{N}])/iu;
/**
 * "Dag Koen,", "Beste mevrouw Aydın", "Merci Jeanine!", "Dankjewel @oma_truus!", "..., mevrouw
 * Kuipers.": the one answered by name, title or handle after thanks or a greeting (a handle
 * alone tags anyone); "groet van je fysio", "liefs van jullie kraamverzorgster": a carer signing.
 */
const OPENING = [
  'beste',
  'hoi',
  'hallo',
  'hey',
  'hi',
  'dag',
  'lieve',
  ...THANKS,
  'dank\\s*je',
  'dank\\s*u',
  'graag gedaan',
];
const ADDRESSED = new RegExp(
  `(?:^|[.!?]\\s+)(?:${OPENING.join('|')})(?:\\s+wel)?[\\s,]+(?:\\p{Lu}|@)|(?<![\\p{L}])(?:mevrouw|meneer|mijnheer|madame|mevr\\.|dhr\\.)(?![\\p{L}])|,\\s*\\p{Lu}\\p{Ll}+\\s*[!.?]|(?:groet(?:en|jes)?|liefs|knuffel) van (?:je|jullie|uw|de|het) \\p{L}`,
  'iu',
);

/**
 * The writer speaks as the organisation or as someone who gave the care ("we", "ons team", "de
 * afdeling", "ik"), or to the one answered by name, title or handle (or argues with them, as the
 * rule checks above): only then does a reply that sounds like care confirm it. Without that,
 * "Wat fijn dat de operatie goed is verlopen!" could come from anyone and confirms nothing about
 * the writer's care.
 */
function speaksAsCarer(text: string): boolean {
  return OUR_VOICE.test(text) || FIRST_PERSON.test(text) || ADDRESSED.test(text);
}

/**
 * A kind reply without the care in it, for the words the finding covers: thanks stay thanks,
 * sympathy stays sympathy. Arguing gets none: that needs rewriting, not a swap.
 */
function kindAlternative(sentence: string, formal: boolean): KindKey | null {
  if (
    /\b(?:sterkte|verdriet\w*|verlies|gecondoleerd|condoleances|beterschap|herstel\w*|meeleven|leven mee)\b/i.test(
      sentence,
    )
  )
    return formal ? 'kind.strengthFormal' : 'kind.strength';
  if (/\b(?:bedankt|dank\w*|fijn|mooi\w*|leuk\w*|blij|compliment\w*|lief\w*)\b/i.test(sentence))
    return formal ? 'kind.thanksFormal' : 'kind.thanks';
  return null;
}

/** Where a text confirms that someone is or was in care ("tijdens uw opname"), in order. */
export function careConfirmations(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const analysis = analyse(text);
  // Once per sentence: many matches in one long sentence must not each read all of it.
  const offers = new Map<number, boolean>();
  const offer = (i: number) => {
    if (!offers.has(i)) {
      const s = analysis.sentences[i];
      offers.set(i, !!s && OFFER.test(text.slice(s.start, s.end)));
    }
    return offers.get(i)!;
  };
  CONFIRMS.lastIndex = 0;
  for (let m = CONFIRMS.exec(text); m; m = CONFIRMS.exec(text)) {
    if (m[0].length === 0) {
      CONFIRMS.lastIndex++;
      continue;
    }
    if (!/^(?:\p{L})/u.test(m[0]) || /\p{L}/u.test(text[m.index - 1] ?? '')) continue;
    if (NOT_OURS.test(m[0])) continue;
    // "Heeft u vragen over uw operatie?", "kunt u op de poli terecht": an offer to anyone.
    if (!/dossier|systeem|uitslag/i.test(m[0]) && offer(sentenceAt(analysis, m.index))) continue;
    // "je zorg voor onze bewoners": the one answered gives the care (a colleague, a volunteer).
    if (GIVES_CARE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

/** "tijdens uw opname" -> "tijdens een opname"; "uw dossier" has no neutral form. */
function neutral(phrase: string): string[] {
  if (/dossier|systeem|uitslag/i.test(phrase)) return [];
  const m = /^((?:tijdens|na|bij|over|van|voor|in) )?(?:uw|jouw|je|zijn|haar) (\S+)$/i.exec(phrase);
  return m ? [`${m[1] ?? ''}een ${m[2]}`] : [];
}
