import { RELATIVES } from '../data/care';
import { denied, structuralSign } from './care-signs';
import { detailsIn } from './details';
import { sensitiveWords } from './health';
import { tellsPast } from './tense';
import { subjectsIn } from './subjects';
import { analyse, sentenceAt, tokenAt, tokensOf, type Token } from './tokens';

/**
 * Sentences of a public reply that tie the one answered, or their relative, to care: the reply
 * speaks to a person and names their (or their relative's) stay, treatment, visit, health
 * event or status as our patient. Found by structure, not by phrase: a reference to the one
 * answered ("u", "je", "uw moeder", a "ze" that carries "uw moeder" on) and, in that sentence,
 * a sign of care that belongs to them. The reply comes from a care worker or organisation
 * (the product's users), so knowing of that care in public confirms it.
 */
export type CareBond = {
  start: number;
  end: number;
  /** The sentence the bond was found in. */
  sentence: number;
  /** The sentence speaks to the one answered with "u" (else "je"): for the suggestion. */
  formal: boolean;
};

/** The one answered. "jullie" only as an owner of a relative ("jullie zoontje"). */
export const ANSWERED_WORDS: ReadonlySet<string> = new Set(
  'u uw je jij jou jouw ge gij uzelf jezelf'.split(' '),
);
/** A reply that speaks of the one answered as "mevrouw" or "meneer" ("Mevrouw is drie keer bij ons geweest"). */
const TITLE_ONLY = new Set(['mevrouw', 'meneer', 'mijnheer', 'madame', 'madam']);
/** "na die bevalling": the event the one answered knows of; in a reply it is theirs. */
const THAT_ONE = new Set(['die', 'deze', 'dat', 'dit']);
const DEFINITE = new Set(['de', 'het']);
/** A sentence that wishes the one answered well: "Sterkte met ...", "Veel succes met ...". */
const WISHES = new Set(['succes', 'sterkte', 'beterschap']);
const wishes = (words: Token[]) =>
  WISHES.has(words[0]?.lower ?? '') ||
  (['veel', 'heel'].includes(words[0]?.lower ?? '') && WISHES.has(words[1]?.lower ?? ''));
const SECOND_OWNERS = new Set(['uw', 'je', 'jouw', 'jullie', 'uwe']);
const FORMAL = new Set(['u', 'uw', 'uzelf']);
/** Relatives and children as the one answered writes of them; RELATIVES holds the base words. */
const KIN = new Set([
  ...RELATIVES,
  'zoons',
  'zonen',
  'dochters',
  'kinderen',
  'ouders',
  'zoontje',
  'dochtertje',
  'kindje',
  'baby',
  'schoonouders',
  'grootouders',
  'kleinkind',
  'kleinkinderen',
  'pa',
  'ma',
  'mams',
  'paps',
  'vrouwtje',
]);
/** Pronouns that carry a relative of the previous sentence on ("uw moeder ... Ze was ..."). */
const CARRIERS = new Set(['hij', 'zij', 'ze', 'zijn', 'haar', 'hem', "z'n", 'z’n']);

/** Care given to someone, as a noun or a participle: what the reply knows of. */
const CARE_WORDS = new Set(
  `verzorgd verpleegd behandeld opgenomen geopereerd begeleid ingeschreven inschrijving
zorg verzorging verpleging behandeling behandelrelatie behandelovereenkomst zorgovereenkomst consult ingreep
spreekuur pedicure dagcentrum dagbesteding dagopvang kortverblijf verblijf nazorg kraamzorg thuiszorg wijkverpleging
revalidatie opname ontslag controle controles behandelplan zorgplan afspraak afspraken röntgenfoto
begeleiding therapie intake behandeltraject behandelingen operaties opnames consulten onderzoeken ingrepen
röntgenfoto's medicijnen medicatie pillen tabletten instructies`.split(/\s+/),
);
/** Compounds of treatment: "fysiotherapie", "wortelkanaalbehandeling". */
const CARE_COMPOUND = /^\p{L}{2,}(?:therapie|behandeling)$/u;
const CARE_ACTS = new Set('verzorgd verpleegd behandeld opgenomen geopereerd onderzocht begeleid'.split(' '));
/** Our places of care: "naar de spoed kwam", "op onze palliatieve unit", "in de stoel". */
const CARE_PLACE =
  /^(?:spreekuur|poli|polikliniek|spoed|spoedeisende|seh|huisartsenpost|spoedpost|doktersdienst|praktijk|wachtkamer|behandelkamer|stoel|tandartsstoel|unit|kliniek|ziekenhuis|hospice|woonzorgcentrum|wzc|verpleeghuis|zorgcentrum|rusthuis|\p{L}*afdeling|\p{L}*unit|\p{L}*poli)$/u;
const PLACE_LEADS = new Set(['op', 'in', 'naar', 'bij']);
/** The one answered (or their relative) as our patient: "jij was de leukste patiënt". */
const CLIENT_NOUN =
  /(?:patiënt|patiënte|patient|patiëntje|bewoner|bewoonster|cliënt|cliënte|client|zorgvrager)$/;
/** Body parts owned by the one answered: "over uw gebit", "in uw mond keek". */
const BODY =
  /^(?:mond|gebit|kies|kiezen|tand|tanden|tandvlees|wortelkanaal|huid|litteken|wond|hechtingen|stoma|katheter|heup|knie|rug|enkel|pols|schouder|buik|borst|been|benen|voet|voeten|ogen|oog|oren|oor|lichaam|nek|arm|armen|hand|handen|vinger|vingers|teen|tenen|long|longen|darm|darmen|blaas|nier|nieren)$/;
/** A care word after these is anyone's: "tijdens een opname", "geen afspraak". */
const INDEFINITE = new Set(['een', 'elke', 'iedere', 'geen', "zo'n", 'zo’n', 'welke', 'alle']);
/** The addressee is a colleague, volunteer or applicant: their "zorg" is the care they give. */
const NOT_A_CLIENT = new Set(
  `collega collega's vrijwilliger vrijwilligers vrijwilligster stagiair stagiaire student studente leerling
sollicitatie vacature vacatures opleiding diploma zorgverlener zorgverleners bewoners patiënten cliënten
stagelopen solliciteren sollicitant`.split(/\s+/),
);
/** The one answered belongs to the staff: "welkom terug in het team", "bij ons in het team". */
const STAFF =
  /\b(?:in|bij) (?:het|ons|onze) (?:\p{L}+ )?team\b|\b(?:je|jij|u) (?:\p{L}+ ){0,4}(?:werk|werken|werkt|werkte|gewerkt|stage|dienst|diensten)\b/iu;
/**
 * An offer or an instruction to anyone: "Heeft u vragen over uw operatie?", "vanaf maandag
 * kunt u op de poli terecht"; not "dan kunt u ons niet verwijten".
 */
export const OFFER =
  /^(?:heeft|hebt|heb|wilt|wil|kunt|kun|zoekt|twijfelt) (?:u|je|jij)\b|\b(?:(?:kunt|kan|mag) (?:u|je|jij)|(?:u|je|jij) (?:kunt|kan|mag))\b[^.!?]*\b(?:terecht|langskomen|langs|bellen|aanmelden|inschrijven|aanvragen|maken|plannen|verzetten|vinden|lezen|bekijken)\b/i;
/** The writer says they work there or were there: "ik werk daar", "ik was er zelf bij". */
const WRITER_IS_STAFF =
  /\b(?:ik|wij|we) (?:\p{L}+ ){0,2}(?:werk|werken|werkte|werkten|gewerkt)\b|\bik was er (?:zelf )?bij\b/iu;
/** A reply in the name of a team or organisation ("we", "onze", "groetjes van de avonddienst"). */
export const OUR_VOICE =
  /\b(?:we|wij|ons|onze|team|teams|dienst|\p{L}*dienst|afdeling|\p{L}*afdeling|unit|verpleging|namens|groetjes van)\b/iu;

const SPAN_LIMIT = 160;

/** Where a reply ties the one answered, or their relative, to our care; one per sentence. */
export function careBonds(text: string, surface: 'reply' | 'comment'): CareBond[] {
  const analysis = analyse(text);
  const { tokens, sentences } = analysis;
  const formalDraft = tokens.some((t) => FORMAL.has(t.lower));
  // Informal and without "we": a friend may be writing, unless the sentence itself shows the
  // writer's part in the care ("jij was onze leukste patiënt", "ik was erbij toen ... werd opgenomen").
  const ourVoice = formalDraft || OUR_VOICE.test(text) || WRITER_IS_STAFF.test(text);
  // Asked only for a sentence with a sign of care: most replies have none.
  let generic: Set<number> | null = null;
  const isGeneric = (i: number) => (generic ??= subjectsIn(text, surface).generic).has(i);
  const health = sensitiveWords(text).filter((w) => w.health);
  // Named care homes and wards by sentence, read only when a sentence needs them.
  let homeBySentence: Map<number, { start: number; end: number }> | null = null;
  const homes = () => {
    if (!homeBySentence) {
      homeBySentence = new Map();
      for (const d of detailsIn(text))
        if (d.kind === 'home' || d.kind === 'ward') {
          const at = sentenceAt(analysis, d.start);
          if (!homeBySentence.has(at)) homeBySentence.set(at, d);
        }
    }
    return homeBySentence;
  };
  const out: CareBond[] = [];
  const kin = sentences.map((_, i) => {
    const words = tokensOf(analysis, i);
    return words.some((t, k) => SECOND_OWNERS.has(t.lower) && KIN.has(words[k + 1]?.lower ?? ''));
  });
  for (let i = 0; i < sentences.length; i++) {
    const words = tokensOf(analysis, i);
    const kinHere = kin[i];
    // "Uw moeder ... Ze was ...", and the other way round: "Hij was ... Uw vader wordt gemist."
    const carried = !kinHere && (kin[i - 1] || kin[i + 1]) && words.some((t) => CARRIERS.has(t.lower));
    const refs = words.filter(
      (t, k) =>
        ANSWERED_WORDS.has(t.lower) ||
        (SECOND_OWNERS.has(t.lower) && KIN.has(words[k + 1]?.lower ?? '')) ||
        (TITLE_ONLY.has(t.lower) && !words[k + 1]?.cap),
    );
    // "lekker uitrusten na die bevalling": a known event of the one answered, without "u" or "je".
    if (refs.length === 0) {
      const known = health.find((h) => {
        if (h.sentence !== i) return false;
        const lead = words[tokenAt(words, h.start) - 1]?.lower ?? '';
        // "Fijn dat de operatie goed is gegaan": a definite event told as past is theirs too, and so is
        // the one a wish is for ("Sterkte met de revalidatie").
        return THAT_ONE.has(lead) || (DEFINITE.has(lead) && (tellsPast(words) || wishes(words)));
      });
      if (known) refs.push(words[tokenAt(words, known.start)]);
    }
    if (refs.length === 0 && !carried) continue;
    if (words.some((t) => NOT_A_CLIENT.has(t.lower))) continue;
    if (STAFF.test(text.slice(sentences[i].start, sentences[i].end))) continue;
    if (!kinHere && !carried && OFFER.test(text.slice(sentences[i].start, sentences[i].end))) continue;
    // "dat uw vader het naar zijn zin heeft op De Wingerd": a relative of theirs placed in a care home or on a ward.
    const sign = careSign(words, health, i) ?? (kinHere ? (homes().get(i) ?? null) : null);
    if (!sign || isGeneric(i)) continue;
    if (!ourVoice && !words.some((t) => CLIENT_NOUN.test(t.lower)) && !inTheCare(words)) continue;
    const anchors = [...refs, ...(carried ? words.filter((t) => CARRIERS.has(t.lower)) : [])];
    const ref = nearest(anchors, sign);
    let start = Math.min(ref.start, sign.start);
    let end = Math.max(ref.end, sign.end);
    if (end - start > SPAN_LIMIT) [start, end] = [sign.start, sign.end];
    out.push({ start, end, sentence: i, formal: words.some((t) => FORMAL.has(t.lower)) || formalDraft });
  }
  return out;
}

/** The first sign of care in a sentence that is someone's, not anyone's. */
function careSign(
  words: Token[],
  health: { start: number; end: number; sentence: number }[],
  sentence: number,
): { start: number; end: number } | null {
  const lead = (k: number) => words[k - 1]?.lower ?? '';
  for (const h of health) {
    if (h.sentence !== sentence) continue;
    const k = tokenAt(words, h.start);
    if (k >= 0 && (INDEFINITE.has(lead(k)) || denied(words, k))) continue;
    return h;
  }
  for (let k = 0; k < words.length; k++) {
    const t = words[k];
    // "nooit als patiënt ingeschreven" denies the care it names.
    if (denied(words, k)) continue;
    // "jij was een toppatiënt" is someone; "tijdens een opname" is anyone.
    if (CLIENT_NOUN.test(t.lower)) return t;
    if (INDEFINITE.has(lead(k))) continue;
    if (CARE_WORDS.has(t.lower) || CARE_COMPOUND.test(t.lower)) return t;
    if (CARE_PLACE.test(t.lower) && (PLACE_LEADS.has(lead(k)) || PLACE_LEADS.has(words[k - 2]?.lower ?? '')))
      return t;
    if (BODY.test(t.lower) && SECOND_OWNERS.has(lead(k))) return t;
  }
  return structuralSign(words, KIN);
}

/** The writer took part: "ik was erbij toen je man werd opgenomen", "ik heb je verzorgd". */
function inTheCare(words: Token[]): boolean {
  return words.some((t) => t.lower === 'ik') && words.some((t) => CARE_ACTS.has(t.lower));
}

function nearest(anchors: Token[], sign: { start: number; end: number }): Token {
  let best = anchors[0];
  for (const a of anchors) if (Math.abs(a.start - sign.start) < Math.abs(best.start - sign.start)) best = a;
  return best;
}
