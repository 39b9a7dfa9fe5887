import { defineCatalogue, inEachLang, type KeyOf, type Lang } from '../../../i18n';
import type { CheckContext, Rule, RuleHit } from '../../rule';
import type { Draft } from '../../types';
import { modelFallback } from '../../learned/fallback';
import { COLLEAGUE_ROLES } from '../../data/care';
import { detailsIn } from '../../text/details';
import { analyse, sentenceAt, tokenAt, tokensOf, type Analysis } from '../../text/tokens';
import { sensitiveWords, type SensitiveHit } from '../../text/health';
import { colleagueCheck, colleagueIn, owned, roleIn, selfEvident, subjectsIn } from '../../text/subjects';
import { groupHealth, identifiableGroups } from '../../text/groups';
import { goesOn } from '../../text/topic';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('avg/special-category', {
  description: {
    nl: 'Bijzondere persoonsgegevens (AVG art. 9) over iemand: gezondheid, geloof, afkomst, seksuele geaardheid.',
    en: 'Special-category data (GDPR art. 9) about someone: health, religion, origin, sexual orientation.',
  },
  // {what}: one of the kinds below; {who}: someone, or a recognisable person.
  tellsAbout: {
    nl: 'Dit zegt iets over {what} van {who}: een bijzonder persoonsgegeven.',
    en: 'This tells about {what} of {who}: special-category data.',
  },
  wardReveals: {
    nl: 'Deze afdeling verraadt de aandoening van {who}: een bijzonder persoonsgegeven.',
    en: 'This ward reveals the condition of {who}: special-category data.',
  },
  whoNamed: { nl: 'een herkenbaar persoon', en: 'a recognisable person' },
  whoSomeone: { nl: 'iemand', en: 'someone' },
  explanation: {
    nl: 'Gezondheid, geloof, afkomst en seksuele geaardheid zijn bijzondere persoonsgegevens (AVG art. 9). Over een patiënt vallen ze ook onder het beroepsgeheim. Deel ze alleen met uitdrukkelijke toestemming, en nooit met een naam erbij.',
    en: 'Health, religion, origin and sexual orientation are special-category data (GDPR art. 9). About a patient they also fall under professional secrecy. Share them only with explicit consent, and never with a name.',
  },
  whatCondition: { nl: 'een aandoening', en: 'a condition' },
  whatTreatment: { nl: 'een behandeling', en: 'a treatment' },
  whatMedication: { nl: 'medicatie', en: 'medication' },
  whatAdmission: { nl: 'een opname', en: 'an admission' },
  whatDeath: { nl: 'een overlijden', en: 'a death' },
  whatEvent: { nl: 'een val, ongeval of incident', en: 'a fall, accident or incident' },
  whatBirth: { nl: 'een geboorte', en: 'a birth' },
  whatBody: { nl: 'het lichaam of de gezondheid', en: 'the body or health' },
  whatAid: { nl: 'een hulpmiddel dat iemand nodig heeft', en: 'an aid someone needs' },
  whatReligion: { nl: 'een geloof', en: 'a religion' },
  whatOrigin: { nl: 'een afkomst', en: 'an origin' },
  whatSexuality: {
    nl: 'een seksuele geaardheid of genderidentiteit',
    en: 'a sexual orientation or gender identity',
  },
});

/** The words for each kind of sensitive detail. */
const WHAT: Record<SensitiveHit['kind'], KeyOf<typeof texts>> = {
  condition: 'whatCondition',
  treatment: 'whatTreatment',
  medication: 'whatMedication',
  admission: 'whatAdmission',
  death: 'whatDeath',
  event: 'whatEvent',
  birth: 'whatBirth',
  body: 'whatBody',
  aid: 'whatAid',
  religion: 'whatReligion',
  origin: 'whatOrigin',
  sexuality: 'whatSexuality',
};

/** Who a finding is about, in `lang`. */
const who = (named: boolean, lang: Lang) => texts.t(named ? 'whoNamed' : 'whoSomeone', lang);

/** A birth or a death in a verb: it happened to someone ("is vannacht geboren", "overleed"). */
const EVIDENT =
  /geboren|overleden|overleed|gestorven|stierf|ingeslapen|heengegaan|ontslapen|ontvallen|bevallen|beviel|ter wereld|levenslicht|^welkom|^(?:trotse|kersverse|gelukkige|blije) (?:ouders|papa|mama)|ouders geworden/i;

/** Kinds mostly written as nouns ("zijn beroerte"); events and deaths are verbs ("zijn overleden"). */
const NOUN_KINDS = new Set<SensitiveHit['kind']>(['condition', 'treatment', 'medication', 'body', 'aid']);

/** "werden ... geboren", "zijn overleden": many people, nobody in particular. */
const PLURAL_VERB = /^(?:werden|zijn|waren|kwamen|stierven)\b/i;

/** Pronouns that carry a named person into the next sentence ("Meneer X ... Zijn beroerte ..."). */
const CARRIERS = new Set(['hij', 'zij', 'ze', 'zijn', 'haar', 'hem', 'mijn']);

const pronounIn = (analysis: Analysis, sentence: number) => {
  const tokens = tokensOf(analysis, sentence);
  if (tokens.some((t) => CARRIERS.has(t.lower))) return true;
  // A quote right after the person speaks in their words: "'Ik ben niet meer zo goed ter been'".
  const s = analysis.sentences[sentence];
  return (
    !!s && /^['‘“"]/.test(analysis.text.slice(s.start - 1, s.start)) && tokens.some((t) => t.lower === 'ik')
  );
};

export const specialCategory: Rule = {
  id: 'avg/special-category',
  category: 'avg',
  defaultSeverity: 'check',
  description: texts.text('description'),
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
    const hits = structuralHits(draft, ctx);
    if (hits.length > 0) return hits;
    // Where no word list or structure saw health, the model trained on labelled drafts may; not
    // in a sentence about a colleague or a public figure (team news, or news), as for the words.
    // And only where the sentence or the one before it speaks of someone (a name, a relative, "ze",
    // the one answered): advice to anyone ("je moet nooit ...") tells nobody's health.
    const analysis = analyse(draft.text);
    const { about } = subjectsIn(draft.text, draft.surface);
    return modelFallback('special-category', draft, ctx).filter((h) => {
      const sentence = sentenceAt(analysis, h.start);
      return (
        (about.has(sentence) || about.has(sentence - 1)) &&
        !colleagueIn(analysis, sentence) &&
        !roleIn(analysis, sentence)
      );
    });
  },
};

/** Health words tied to someone by the structure of the sentences around them. */
function structuralHits(draft: Draft, ctx: CheckContext): RuleHit[] {
  const text = draft.text;
  const words = sensitiveWords(text);
  if (words.length === 0 && !DISEASE_WARD.test(text)) return [];
  const analysis = analyse(text);
  const subjects = subjectsIn(text, draft.surface);
  const { about, named: namedIn } = subjects;
  const carries = (s: number) => namedIn.has(s) || subjects.relative.has(s);
  const hits: RuleHit[] = [];
  const colleagueHere = colleagueCheck(analysis);
  const groups = identifiableGroups(analysis);
  for (const w of words) {
    // In the sentence of someone, or the next one when a pronoun carries that person on;
    // a birth or a death is someone's by itself.
    const tied =
      about.has(w.sentence) ||
      knownEvent(analysis, w.start, draft.surface) ||
      (carries(w.sentence - 1) && !subjects.generic.has(w.sentence) && pronounIn(analysis, w.sentence)) ||
      (!subjects.generic.has(w.sentence) &&
        owned(analysis, w.start, w.end, w.sentence, NOUN_KINDS.has(w.kind))) ||
      (EVIDENT.test(text.slice(w.start, w.end)) &&
        !PLURAL_VERB.test(text.slice(w.start, w.end)) &&
        selfEvident(analysis, w.sentence, subjects)) ||
      // The residents of one named house or ward: each of them.
      groupHealth(analysis, groups, w) ||
      (NOUN_KINDS.has(w.kind) && goesOn(analysis, subjects, w.sentence, w.start));
    if (!tied) continue;
    // A colleague's baby is team news, not a patient's health.
    if (w.kind === 'birth' && !namedIn.has(w.sentence) && colleagueHere(w.sentence)) continue;
    const named = namedIn.has(w.sentence);
    hits.push({
      severity: named ? 'stop' : 'check',
      start: w.start,
      end: w.end,
      message: ctx.t(
        inEachLang((lang) =>
          texts.t('tellsAbout', lang, { what: texts.t(WHAT[w.kind], lang), who: who(named, lang) }),
        ),
      ),
      explanation: ctx.t(texts.text('explanation')),
      suggestions: [],
    });
  }
  // A ward named for a disease group ("op de oncologie", "afdeling psychiatrie") tells the
  // condition of the one staying there, when the sentence names no condition itself.
  const withWord = new Set(words.filter((w) => w.health).map((w) => w.sentence));
  for (const d of detailsIn(text)) {
    const ward = text.slice(d.start, d.end);
    const lead = text.slice(Math.max(0, d.start - 14), d.start) + ward.slice(0, 6);
    if (d.kind !== 'ward' || !DISEASE_WARD.test(ward) || !STAYS_ON.test(lead)) continue;
    const sentence = sentenceAt(analysis, d.start);
    const carried = carries(sentence - 1) && pronounIn(analysis, sentence);
    if (!(about.has(sentence) || carried) || withWord.has(sentence)) continue;
    // "onze teamleider op de IC": a colleague works there, nobody is treated.
    if (tokensOf(analysis, sentence).some((t) => COLLEAGUE_ROLES.has(t.lower))) continue;
    withWord.add(sentence);
    const named = namedIn.has(sentence);
    hits.push({
      severity: named ? 'stop' : 'check',
      start: d.start,
      end: d.end,
      message: ctx.t(inEachLang((lang) => texts.t('wardReveals', lang, { who: who(named, lang) }))),
      explanation: ctx.t(texts.text('explanation')),
      suggestions: [],
    });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** "lekker uitrusten na die bevalling" in a reply: the event the one answered knows of, theirs. */
function knownEvent(analysis: Analysis, start: number, surface: string): boolean {
  if (surface !== 'reply' && surface !== 'comment') return false;
  const k = tokenAt(analysis.tokens, start);
  const before = analysis.tokens[k - 1];
  return k > 0 && before.sentence === analysis.tokens[k].sentence && /^(?:die|deze)$/.test(before.lower);
}

/** Someone is on the ward: "op de IC", "van de neonatologie", not "onze afdeling oncologie". */
const STAYS_ON = /(?:^|\s)(?:op|in|naar|van)\s(?:(?:de|het|ons|onze)\s)?\S*$/i;

/** Wards and units whose name says what someone is treated for. */
const DISEASE_WARD =
  /oncolog|psychiatr|cardiolog|hartbewaking|neurolog|dermatolog|longziekten|longafdeling|nefrolog|dialyse|hematolog|palliatie|hospice|intensieve|intensive care|\bIC\b|\bCCU\b|\bNICU\b|\bPICU\b|neonatolog|verslaving|brandwonden|stroke|\bPG\b|psychogeriatr|crisisdienst|gesloten afdeling/i;
