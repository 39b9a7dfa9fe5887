import { z } from 'zod';
import { EventPhrase } from './events';

const POSSESSIVE = "(haar|zijn|z'n|d'r|mijn|m'n|uw|je|jouw|hun|ons|onze)";
const RELATIVE =
  '(moeder|vader|mama|papa|ma|pa|moeke|vake|man|vrouw|partner|echtgenoot|echtgenote|zoon|dochter|broer|zus|opa|oma|bomma|bompa|schoonmoeder|schoonvader|grootmoeder|grootvader|tante|oom|kind|kindje)';
const BABY =
  '(zoon|dochter|zoontje|dochtertje|baby|babytje|tweeling|drieling|kindje|jongen|jongetje|meisje|meid|knul)';
/** Parts of the body and senses that people say "fail" ("laat haar in de steek", "doet het niet meer"). */
const FAILING =
  '(gehoor|ogen|oog|zicht|benen|been|heup|heupen|knie|knieën|hart|longen|nieren|rug|handen|stem|evenwicht|lichaam|lijf|hoofd|blaas)';
const MONTH = '(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)';
/** Specialists whose name says what someone is treated for. */
const SPECIALIST = [
  '(oogarts|kno-arts|longarts|huidarts|uroloog|gynaecoloog|orthopeed|neuroloog|cardioloog|oncoloog|psychiater|geriater|dermatoloog|reumatoloog|internist)',
  '(kaakchirurg|revalidatiearts|nefroloog|hematoloog|mdl-arts|allergoloog|kinderarts|neurochirurg|vaatchirurg|audioloog|verloskundige|diëtist)',
];
/** Care people are sent to or treated by: a visit there is someone's health. */
const CARE_PLACE =
  '(het|de) (ziekenhuis|az|umc|huisarts|tandarts|specialist|poli|gynaecologie|orthopeed|kno-arts|oogarts|fysio|geheugenpoli|valpoli|spoed|eerste hulp)';

/**
 * Life and health events in everyday words, beside events.ts and in its syntax: births told
 * with a name between the verb and the baby, birth dates without a year (a birth, not a life
 * story), visits to a doctor or hospital, memorials and hospices, dental care. Tried before
 * events.ts, so a longer phrase here wins over a shorter one there at the same place.
 * Compiled by us from how care workers, residents and families write.
 */
export const PLAIN_EVENT_PHRASES: readonly EventPhrase[] = z.array(EventPhrase).parse([
  {
    kind: 'birth',
    phrases: [
      '(trotse|gelukkige|blije|kersverse) (ouders|papa|mama|vader|moeder) van',
      '(ouders|papa|mama) geworden',
      'welkom (kleine|lieve kleine|klein)',
      'op de kraam',
      '# (weken|week) te vroeg',
      `(beviel|bevielen|bevalt|bevallen) ~ van [(een|haar|hun)] [(gezonde|prachtige|kerngezonde|flinke|kleine|mooie)] ${BABY}`,
      `geboren op # ${MONTH}`,
      `(is|zijn|werd|werden) ~ geboren om`,
    ],
    // With a year it is a birth date in a life story ("geboren op 3 mei 1931"): privacy/birthdate's.
    notFollowedBy: ['19', '20'],
  },
  {
    kind: 'birth',
    // "je kleine meid is er!", "jullie zoontje is er eindelijk": the baby has arrived.
    phrases: [
      `(${POSSESSIVE.slice(1, -1)}|jullie) [(kleine|lieve|mooie|prachtige)] (baby|babytje|kindje|kleintje|kleine|wondertje|zoontje|dochtertje|meisje|jongetje|meid|knul|spruit) is er`,
    ],
    // "is er ook bij", "is er welkom", "is er vandaag niet": being somewhere, not being born.
    notFollowedBy:
      'ook bij niet weer nog altijd al vandaag morgen elke iedere vaak welkom voor in op met van om te zo'.split(
        ' ',
      ),
  },
  {
    kind: 'admission',
    phrases: [
      '(in|op|naar|vanuit|uit) (het|ons|een|een ander) hospice',
      '(naar huis|terug|thuis|ontslagen) uit het (ziekenhuis|hospitaal|revalidatiecentrum|verpleeghuis|umc|az)',
      '(gast|gasten) (in|van) (het|ons) hospice',
      `(opgehaald|gebracht|vervoerd|opgehaald worden|gereden) (voor|naar) ${CARE_PLACE}`,
    ],
  },
  {
    kind: 'treatment',
    phrases: [
      `(afspraak|controle|consult|onderzoek|spreekuur|nacontrole) (bij|in|op) ${CARE_PLACE}`,
      `onder behandeling (bij|van|in|op) ${CARE_PLACE}`,
      // A visit to a specialist tells what someone is treated for: "op de oogarts moest wachten".
      ...SPECIALIST.map((who) => `(bij|naar|op|door) (de|een|onze|uw|je|jouw|haar|zijn) ${who}`),
      `(moet|moest|ging|gaat) [(morgen|vandaag|gisteren|weer|nog|even|nu)] (naar|langs) ${CARE_PLACE}`,
      '(kies|kiezen|tand|tanden|verstandskies|verstandskiezen) (getrokken|laten trekken|laten vullen|gevuld|gebroken|afgebroken)',
      '(een|haar|zijn|uw|je) (wortelkanaal|vulling|kroon|brug) (laten|gekregen|behandeld|gezet)',
    ],
  },
  {
    kind: 'death',
    phrases: [
      `(herdenking|herdenkingsdienst|uitvaart|begrafenis|crematie|afscheidsdienst) (van|voor) ${POSSESSIVE} ${RELATIVE}`,
      `afscheid (genomen|nemen|moeten nemen) van ${POSSESSIVE} ${RELATIVE}`,
      '(ligt|lag|lagen|liggen) [(al|nu|toen)] op sterven',
      '(is|was) [(helaas|plots|plotseling|onverwacht)] dood',
      // Euphemisms: "zo plotseling is weggevallen", "heeft het niet overleefd".
      '(is|zijn) [(zo)] [(helaas|plots|plotseling|onverwacht|vorige week|gisteren|vannacht)] weggevallen',
      '[(het)] niet [(heeft|hebben|had|hadden)] overleefd',
      '(het leven gelaten|om het leven gekomen|om het leven kwam)',
      '(is|was) ~ jaar dood',
      'in [(alle)] stilte ~ afscheid',
      '(is|was) [(helaas)] [(niet)] (vredig|rustig|zacht) (gestorven|overleden)',
      '(haar|zijn|hun) (laatste adem|laatste ademteug) (uitgeblazen|uitgeademd)',
    ],
  },
  {
    kind: 'condition',
    phrases: [
      '(wordt|werd|is|was) [(wat|een beetje|steeds meer|helemaal)] (kinds|seniel)',
      '(begint|begon) te (dementeren|vergeten)',
      '(raakt|raakte) (de weg|dingen|alles|van alles) kwijt',
      `(last|veel last|pijn|veel pijn) (van|aan|in) (haar|zijn|z'n|d'r|uw|je|jouw) (benen|been|rug|heup|heupen|knie|knieën|schouder|nek|arm|armen|hoofd|buik|maag|voeten|voet|handen|hand|pols|enkel|longen|hart|ogen|oren|gebit|kies|tanden)`,
      '(het|haar|zijn) geheugen (van|bij) ~ (is|wordt|werd|was) [(erg|heel|nogal|wat|steeds|zo)] (kort|slecht|slechter|minder)',
      // A part of the body or a sense that fails, in the words people use for it: "haar gehoor laat
      // haar in de steek", "sinds je heup het niet meer doet", "zijn longen trekken het niet meer".
      `${POSSESSIVE} ${FAILING} (laat|liet|laten|lieten) (haar|hem|mij|me|u|je|ons|ze) [(wat|steeds|steeds vaker|vaker|soms|wel eens|regelmatig|nu|ook|helemaal|een beetje)] in de steek`,
      `${POSSESSIVE} ${FAILING} [(het)] (doet|doen|deed|deden|werkt|werken|werkte|werkten) het niet (meer|goed|zo goed)`,
      `${POSSESSIVE} ${FAILING} het niet meer (doet|doen|deed|deden|trekt|trekken|trok|trokken)`,
      `${POSSESSIVE} ${FAILING} (trekt|trekken|trok|trokken|houdt|houden|hield|hielden) het niet meer`,
      `${POSSESSIVE} ${FAILING} (wil|willen|wilde|wilden|kan|kunnen|kon|konden) niet meer`,
      `${POSSESSIVE} ${FAILING} (gaat|gaan|ging|gingen) [(hard|snel|steeds|erg|flink|zienderogen)] achteruit`,
      // Organs and values that are someone's health by being theirs: "uw niersteen", "zijn bloedsuiker".
      `${POSSESSIVE} (bloedsuiker|bloedsuikers|bloeddruk|suikerspiegel|schildklier|insuline|insulinespuiten|niersteen|nierstenen|galsteen|galstenen|nierfunctie|longfunctie)`,
    ],
  },
  {
    kind: 'condition',
    // "heeft niet lang meer": the last weeks of a life (not "heeft niet lang meer nodig").
    phrases: [
      '(heeft|had) [(nog)] niet lang meer',
      '(heeft|had) nog maar (kort|weinig tijd|een paar weken|enkele weken|een paar dagen|enkele dagen) [(te leven)]',
    ],
    notFollowedBy: ['nodig', 'geduurd', 'gewacht', 'gewerkt', 'gewoond', 'geleden'],
  },
  {
    kind: 'treatment',
    phrases: [
      '(katheteriseren|gekatheteriseerd|katheteriseert|katheteriseer|katheteriseerde)',
      '(prikken|prikt|prikte|meten|meet|mat) [(van)] [(de)] (bloedsuiker|suiker|suikerspiegel)',
    ],
  },
]);
