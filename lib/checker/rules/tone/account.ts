import { ANSWERED_WORDS } from '../../text/care-bond';
import { tellsPast } from '../../text/tense';
import { analyse, tokensOf, type Token } from '../../text/tokens';

/**
 * Arguing in a flat, polite register: the organisation tells the one answered its own account
 * of what happened ("uw moeder heeft elke dag haar medicatie op tijd gekregen", "u bent op 3
 * maart gezien en met pijnstilling naar huis gegaan"), with no conflict word at all. Found by
 * the shape of a sentence, not by its words:
 *
 * - it speaks of the one answered ("u", "je", "ge", "uw vader", "Meneer is ...");
 * - it tells what happened (a past tense or a perfect);
 * - it insists: a denial, a contrast or reason ("dus", "omdat", "maar"), an emphasis ("wel",
 *   "zelf", "gewoon", "elke dag", "steeds") or a precise fact (a time, a date, a count);
 * - the reply speaks as a care organisation, and nowhere in it thanks, apologises, admits or
 *   shows understanding. An account that comes after "wat vervelend" is an explanation.
 */

/** The words for the one answered that the care-bond finder reads, and Flemish "uwe". */
const ANSWERED = new Set([...ANSWERED_WORDS, 'uwe']);
/** "Meneer is nooit bij ons geweest": the one answered in the third person, without a name. */
const TITLE_ONLY = new Set(['meneer', 'mevrouw', 'mijnheer']);
/** Words that insist on the account, one is enough. */
const INSISTS = new Set(
  `niet nooit geen niets niks wel degelijk gewoon zelf juist dus daarom omdat want maar terwijl toch immers
namelijk elke iedere steeds altijd volledig keurig netjes correct meerdere meermaals herhaaldelijk pas
afgewezen ongegrond al reeds meteen direct onmiddellijk ondertekend getekend ingestemd akkoord`.split(/\s+/),
);
/** Regret, understanding, admission, sympathy or joy anywhere in the reply: it listens. */
const LISTENS =
  /\b(?:excuses|excuus|sorry|spijt|verontschuldig\p{L}*|betreur\p{L}*|begrip|vervelend|wat naar|wat rot|gelijk|terecht|serieus|klopt dat|herkennen dat|erken\p{L}*|sterkte|gecondoleerd|condoleances|verlies|verdriet|beterschap|gefeliciteerd|fijn\p{L}*|mooi\p{L}*|leuk\p{L}*|blij|trots|welkom)\b|\bbegrijp\p{L}*\b(?! (?:\p{L}+ )?niet)|[\u{1F60A}\u{1F642}\u{1F64F}\u{2764}\u{1F49B}\u{1F499}\u{1F970}\u{1F60D}]/iu;
/**
 * Thanks alone is often the polite opening of an argument ("Dank voor uw reactie. Uw vader heeft
 * echter ..."): after it, only an account that turns against them counts.
 */
const THANKS = /\b(?:dank\p{L}*|bedankt)\b/iu;
const TURNS = /\b(?:echter|maar|toch|wel degelijk|integendeel|terwijl)\b/i;
/** The reply speaks for a care organisation or about care. */
const CARE_VOICE =
  /\b(?:we|wij|ons|onze|afdeling|team|praktijk|dokter|arts|\p{L}*arts|huisartsenpost|spoed\p{L}*|seh|ziekenhuis|kliniek|poli\p{L}*|wachttijd|\p{L}*therap\p{L}*|\p{L}*protocol\p{L}*|medicatie|medicijnen|rapportage|behandel\p{L}*|\p{L}*zorg\p{L}*|\p{L}*verple\p{L}*|\p{L}*dienst|opname|ontslag|dossier|spreekuur|afspraak|patiënt\p{L}*|cliënt\p{L}*|bewone?r\p{L}*|begeleid\p{L}*)\b/iu;

/** A precise fact: a clock time, or a count or date with its unit ("40 minuten", "3 maart"). */
const PRECISE =
  /\b\d{1,2}[.:]\d{2}\b|\b(?:\d{1,3}|twee|drie|vier|vijf|zes|tien)\s+(?:uur|minuten|kwartier|dagen|keer|keren|weken|maanden|afspraken|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\b|\bop tijd\b/i;
/**
 * "Het valprotocol is volledig gevolgd", "we hebben de richtlijn nageleefd": the procedure
 * declared followed, the organisation's verdict on its own case (an admission has "niet").
 */
const PROCEDURE_FOLLOWED =
  /\b\p{L}*(?:protocol|protocollen|richtlijn|richtlijnen|procedure|procedures|werkwijze|zorgplan)\b(?:(?! niet| nooit)[^.!?]){0,40}\b(?:gevolgd|nageleefd|uitgevoerd|opgevolgd|toegepast|nagekomen)\b/iu;

/** Advice to anyone: "wanneer je foto's deelt, zorg dan ...". */
const ADVICE = /\b(?:als|wanneer|indien|zodra) (?:je|u|jij|men)\b/i;

const SPAN_MIN = 12;

function speaksOf(words: Token[]): boolean {
  return words.some((t, k) => ANSWERED.has(t.lower) || (TITLE_ONLY.has(t.lower) && !words[k + 1]?.cap));
}

/** Sentences of a reply that set our account of the event against the one answered. */
export function accountSentences(text: string): { start: number; end: number }[] {
  if (LISTENS.test(text) || !CARE_VOICE.test(text)) return [];
  const thanked = THANKS.test(text);
  const analysis = analyse(text);
  const out: { start: number; end: number }[] = [];
  analysis.sentences.forEach((s, i) => {
    const sentence = text.slice(s.start, s.end);
    if (sentence.length < SPAN_MIN || sentence.includes('?')) return;
    const words = tokensOf(analysis, i);
    if ((thanked && !TURNS.test(sentence)) || ADVICE.test(sentence)) return;
    if (PROCEDURE_FOLLOWED.test(sentence) && tellsPast(words)) {
      out.push({ start: s.start, end: s.end });
      return;
    }
    // The account may run on from the sentence that named them: "Wij hebben uw dossier bekeken: de foto was nodig omdat ...".
    const answered = speaksOf(words) || (i > 0 && speaksOf(tokensOf(analysis, i - 1)));
    if (!answered || !tellsPast(words)) return;
    // "nog niet" admits what is still to do ("uw vraag is nog niet beantwoord"), it does not insist.
    const insists =
      words.some((t, k) => INSISTS.has(t.lower) && !(t.lower === 'niet' && words[k - 1]?.lower === 'nog')) ||
      PRECISE.test(sentence);
    if (insists) out.push({ start: s.start, end: s.end });
  });
  return out;
}
