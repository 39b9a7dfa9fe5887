import { ANSWERED_WORDS } from '../../text/care-bond';
import { analyse, tokensOf, type Token } from '../../text/tokens';

/**
 * Arguing by the shape of a sentence, for wordings no phrase list holds: a reply sentence that
 * speaks of the one answered (or of us) and brings in conflict words, a denial or a turn
 * ("maar", "want", "dus"), without a word of thanks, regret or an invitation. Counted cues:
 *
 * - conflict: words of blame, fault, rules and complaining in public ("onvriendelijk",
 *   "schuld", "huisregels", "achter een scherm klagen", "tegen het advies in");
 * - the one answered ("u", "je", "uw moeder") or our side ("wij", "onze collega");
 * - a denial ("niet", "nooit", "niets") or a turn ("maar", "want", "dus", "ook al");
 * - something that happened (a past tense): a statement about the event, not information.
 *
 * A sentence argues with two conflict words, or one with a party and a denial or turn, or
 * (no conflict word) with the one answered, a denial, a turn and a past tense.
 */

/** The one answered, also by the Flemish verb forms that only "ge" takes ("ge zijt", "ge waart"). */
const SECOND = new Set([...ANSWERED_WORDS, 'zijt', 'waart']);
const OURS = new Set(['wij', 'we', 'ons', 'onze']);
const DENIAL = new Set(['niet', 'nooit', 'niets', 'niks', 'geen', 'nergens', 'nie', 'allerminst']);
const TURN = new Set(['maar', 'want', 'dus', 'terwijl', 'echter', 'alsof', 'integendeel']);
const PAST = new Set(
  `was waren waart werd werden had hadden heeft hebt hebben deed deden kreeg kregen ging gingen kwam kwamen
zei zeiden liep stond zat lag vond wilde wou weigerde bleek`.split(/\s+/),
);

/** Conflict words, one cue each. Kept to words a kind reply does not need. */
const CONFLICT_WORDS = new Set(
  `klagen klaagt klaagde geklaagd geklaag gezeur zeuren zagen scherm online internet
feiten waarheid onwaarheid onwaarheden leugen leugens gelogen liegen overdreven overdrijven overdrijft
onvriendelijk onbeschoft onbeleefd respectloos brutaal grof agressief agressie boos boosheid woedend
geschreeuw schreeuwen schreeuwde geschreeuwd schelden schold gescholden uitgescholden dreigen dreigde bedreigd
schuld fout fouten verkeerd misgegaan mislopen misgelopen onterecht ongegrond
huisregels regels protocol richtlijnen reglement getekend ondertekend
keurig netjes correct kloppen typisch makkelijk verwijt verwijten beschuldiging beschuldigingen`.split(/\s+/),
);
/** Conflict phrases that weigh as two: blame by themselves. */
const STRONG =
  /\btegen (?:het|ons|mijn|medisch|ons medisch) (?:\p{L}+ )?advies\b|\b(?:lag|ligt|lagen|liggen) (?:\p{L}+ ){0,2}aan (?:u|jou|jezelf|uzelf|de drukte|uw|je)\b|\b(?:\d+|twee|drie|vier|vijf|meerdere|verschillende|herhaaldelijk) (?:keer|keren|maal|malen) (?:\p{L}+ ){0,3}(?:gevraagd|gezegd|uitgelegd|gebeld|gewaarschuwd|verzocht|gemaild)\b|\b(?:rustig|kalm) te (?:blijven|doen)\b|\bniet (?:eerlijk|terecht|kloppen)\b/iu;
/** Thanks, regret, understanding, an invitation, a wish: a kind sentence, whatever else it holds. */
const KIND =
  /\b(?:bedankt|dank\p{L}*|fijn\p{L}*|leuk\p{L}*|mooi\p{L}*|sorry|excuses|excuus|spijt|vervelend|wat naar|wat rot|graag|privébericht|dm|pb|contact|gesprek|helaas|welkom|gefeliciteerd|succes|sterkte|beterschap|hopelijk|hopen|wensen|begrijpelijk|terecht opgemerkt|gelijk (?:heeft|hebt)|(?:heeft|hebt) gelijk)\b|\bbegrijp\p{L}*\b(?! (?:\p{L}+ )?niet)|[\u{1F60A}\u{1F642}\u{1F64F}\u{2764}\u{1F49B}\u{1F499}]/iu;

const APOLOGY = /\b(?:excuses|excuus|sorry|spijt|verontschuldig\p{L}*)\b/iu;

const SPAN_MIN = 8;

/** Sentences of a reply that argue by their shape, as [start, end) spans. */
export function arguingSentences(text: string): { start: number; end: number }[] {
  const analysis = analyse(text);
  const out: { start: number; end: number }[] = [];
  analysis.sentences.forEach((s, i) => {
    const sentence = text.slice(s.start, s.end);
    if (sentence.length < SPAN_MIN || KIND.test(sentence)) return;
    // "Het is niet goed gegaan. Onze excuses.": an admission followed by an apology.
    const next = analysis.sentences[i + 1];
    if (next && APOLOGY.test(text.slice(next.start, next.end))) return;
    const words = tokensOf(analysis, i);
    const has = (set: Set<string>) => words.some((t: Token) => set.has(t.lower));
    const conflict =
      words.filter((t) => CONFLICT_WORDS.has(t.lower)).length + (STRONG.test(sentence) ? 2 : 0);
    const party = has(SECOND) || has(OURS);
    const denialOrTurn = has(DENIAL) || has(TURN) || /\book al\b/i.test(sentence);
    const argues =
      conflict >= 2 ||
      // One conflict word needs an event or the one answered: "volgens het protocol testen we niet
      // meer bij verkoudheid" is information, "u heeft de huisregels niet gelezen" is not.
      (conflict === 1 && party && denialOrTurn && (has(SECOND) || has(PAST))) ||
      (has(SECOND) && has(DENIAL) && has(TURN) && has(PAST));
    if (argues) out.push({ start: s.start, end: s.end });
  });
  return out;
}
