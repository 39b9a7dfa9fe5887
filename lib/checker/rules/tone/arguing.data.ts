import { defineCatalogue, type KeyOf, type Text } from '../../../i18n';
import { z } from 'zod';
import { PhraseEntry } from '../../phrases/table';

/**
 * How a public reply to a complaint argues instead of listening, by kind, with the calmer way
 * (blaming, care ended and legal threats: blaming.data.ts).
 * Phrases use the syntax of lib/checker/phrases: (a|b), [optional], ~ (a few words between).
 * Compiled by us from webcare guides, published complaints and disciplinary rulings.
 * First what the rule says, Dutch first: one message per kind of arguing, and the calmer way.
 */
const texts = defineCatalogue('tone/arguing', {
  calmer: {
    nl: 'Reageer in het openbaar kort en met begrip ("Wat vervelend dat u dit zo heeft ervaren") en nodig uit voor een persoonlijk gesprek of een privébericht. Inhoudelijke details horen daar, niet onder een openbaar bericht.',
    en: 'In public, answer briefly and with understanding ("We are sorry you experienced it this way") and invite them to a private conversation or message. Details belong there, not under a public post.',
  },
  contradicts: {
    nl: 'Deze zin spreekt de schrijver in het openbaar tegen.',
    en: 'This sentence contradicts the writer in public.',
  },
  ourSide: {
    nl: 'Deze zin zet in het openbaar jullie kant van het verhaal tegenover die van de schrijver.',
    en: 'This sentence sets your side of the story against the writer’s, in public.',
  },
  ourRecords: {
    nl: 'Deze zin zet in het openbaar jullie dossier of gegevens tegenover wat de schrijver zegt.',
    en: 'This sentence sets your records against what the writer says, in public.',
  },
  lectures: {
    nl: 'Deze zin gaat de schrijver in het openbaar de les lezen.',
    en: 'This sentence lectures the writer in public.',
  },
  sarcastic: {
    nl: 'Deze zin klinkt sarcastisch; dat leest in het openbaar als spot.',
    en: 'This sentence sounds sarcastic; in public that reads as mockery.',
  },
  doubts: {
    nl: 'Deze zin trekt in het openbaar de eerlijkheid van de schrijver of de echtheid van de recensie in twijfel.',
    en: "This sentence publicly questions the writer's honesty or whether the review is genuine.",
  },
});

/** The calmer way to answer, shared with tone/defensive-reply. */
export const CALMER = texts.text('calmer');

export const ArguingEntry = PhraseEntry.extend({
  /** Words right after the phrase that make it kind ("het is niet juist dat u moest wachten"). */
  notFollowedBy: z.array(z.string().min(2)).default([]),
  /**
   * Found only in a sentence that speaks of the one answered: "volgens onze gegevens staat u ..."
   * argues, "volgens onze gegevens staat de vacature nog open" informs.
   */
  needsAnswered: z.boolean().default(false),
});
export type ArguingEntry = z.infer<typeof ArguingEntry>;

export const YOU = '(u|je|jij|ge|gij)';
export const YOUR = '(uw|je|jouw|uwe)';
const THIS =
  '(dat|dit|het|wat u zegt|wat u schrijft|wat u beweert|wat je zegt|wat je schrijft|wat je beweert)';
const STORY =
  '(uw|je|jouw|deze|die|dit|de) (verhaal|bericht|recensie|review|reactie|klacht|kritiek|verwijt|beschuldiging|beschrijving|post|beoordeling|informatie)';
const FLAT = '[(gewoon|echt|helemaal|absoluut|simpelweg|pertinent|totaal|dus|toch|echt gewoon)]';
export const RELATIVE =
  '(dochter|zoon|moeder|vader|man|vrouw|partner|kind|oma|opa|schoonmoeder|schoonvader|familielid|broer|zus)';

/** What an organisation looks up to answer: a file, a system, camera footage, a call log. */
const RECORDS =
  '(dossier|systeem|administratie|registratie|rapportage|logboek|camerabeelden|beelden|gegevens|verslag|notities|aantekeningen|agenda|telefoonlog|belgeschiedenis)';

/** Who stands by the organisation: "wij", "onze medewerkers", "het team", "de verpleegkundige". */
const OURS_WHO =
  "(wij|we|onze medewerkers|onze collega's|onze collega’s|onze verpleegkundigen|onze artsen|ons team|het team|de verpleegkundige|de verpleegkundigen|de arts|de artsen|de tandarts|de medewerker|de medewerkers|zij|ze)";

/** An arguing entry with its message and the calmer way; every data file of arguing builds them so. */
export const arguingEntry = (
  message: Text,
  phrases: string[],
  notFollowedBy: string[] = [],
  needsAnswered = false,
) => ({
  phrases,
  severity: 'check' as const,
  message,
  explanation: CALMER,
  suggestions: [],
  notFollowedBy,
  needsAnswered,
});

const entry = (
  message: KeyOf<typeof texts>,
  phrases: string[],
  notFollowedBy: string[] = [],
  needsAnswered = false,
) => arguingEntry(texts.text(message), phrases, notFollowedBy, needsAnswered);

/** What the one answered wrote, as an organisation names it when it doubts it. */
const THEIR_WORDS = '(recensie|review|beoordeling|waardering|ervaring|verhaal|bericht|klacht|reactie|post)';

export const arguing: readonly ArguingEntry[] = z.array(ArguingEntry).parse([
  entry(
    'contradicts',
    [
      `${THIS} klopt ${FLAT} niet`,
      `${STORY} klopt ${FLAT} niet`,
      `${THIS} klopt (echter|helaas|eenvoudigweg|zeker|ook|dan ook) niet`,
      `${STORY} klopt (echter|helaas|eenvoudigweg|zeker|ook|dan ook) niet`,
      `(dat|dit|het) (is|was) ${FLAT} (niet waar|onwaar|onjuist|niet juist|niet correct|incorrect|gelogen|verzonnen|nep|onzin|kletskoek|larie)`,
      `${STORY} (is|was|zijn) ${FLAT} (onjuist|niet juist|niet correct|incorrect|onwaar|niet waar|nep|gelogen|verzonnen|ongegrond|onterecht|ongefundeerd|overdreven)`,
      '(dat|dit|het) is (echt|gewoon|helemaal) niet waar',
      "(da's|das) (niet|nie) (waar|juist|correct)",
      '(dat|dit|het) klopt (nie|van geen kanten)',
      // Their point called outdated: "wat u schrijft is achterhaald".
      `${THIS} is [(allang|al lang|al|gewoon|inmiddels|dus)] (achterhaald|verouderd|oud nieuws|niet meer actueel)`,
      `(is|zijn) ${FLAT} (aantoonbaar|feitelijk|volstrekt|pertinent) (onjuist|onwaar|nep|niet waar|gelogen|verzonnen)`,
      '(ongegrond|ongefundeerd|aantoonbaar onjuist|feitelijk onjuist|pertinent onjuist|aantoonbaar nep|neprecensie|nepreview)',
      '(onzin|kletskoek|flauwekul|klinkklare onzin)',
      `${YOU} (heeft|hebt|hadden|had) het ${FLAT} (mis|fout|verkeerd)`,
      `${YOU} (overdrijft|overdrijf|overdreef|liegt|lieg|loog)`,
      '(wij|we) herkennen ons (niet|totaal niet|absoluut niet|helemaal niet|geenszins) in',
      // The same in other word orders: "dit beeld herkennen wij niet", "wij herkennen uw verhaal niet".
      `(dit|dat|het|uw|je|jouw|dit geschetste|het geschetste) (beeld|verhaal|beschrijving|verwijt|relaas) herkennen (wij|we) [(echt|absoluut|helemaal|totaal|dus)] niet`,
      `(wij|we) herkennen (dit|dat|het|uw|je|jouw) (beeld|verhaal|beschrijving|verwijt|relaas) [(echt|absoluut|helemaal|totaal)] niet`,
      '(wel degelijk|echt wel op tijd)',
      '(heeft|had) (dit|dat|het) (niets|niks) te maken',
      '(zo|dat) (is|was) het (helemaal|echt) niet gegaan',
      '(dat|het) is (nooit|niet) [zo] gebeurd',
      '(wij|we) (hebben|hadden) nog nooit (iemand|een patiënt|een cliënt|een bewoner|mensen|een klant)',
      '(niets|niks) (tekortgekomen|tekort gekomen)',
      '(wij|we) (hebben|deden) (niets|niks) (fout|verkeerd) [gedaan]',
      "(wij|we|zij|ze|onze medewerkers|onze collega’s|onze collega's|het team|de verpleegkundige|de arts) (hebben|heeft) ~ (volgens|conform) [(het|de)] (protocol|protocollen|richtlijnen|regels|afspraken|boekje) (gehandeld|gewerkt)",
      '(volgens|conform) [(het|de)] (protocol|richtlijnen|regels|boekje) (gehandeld|gewerkt|verlopen)',
      '(hebben|heeft|is|zijn) (correct|juist|zorgvuldig|professioneel) (gehandeld|verlopen)',
      '(medisch|volledig|helemaal) (juist|correct|verantwoord) (was|is|geweest)',
      '(willen|wil) (we|wij|ik) [wel] (benadrukken|rechtzetten|opmerken|corrigeren) dat',
      '(dat|dit) (weet|wist) (u|je|jij) [(heel|zelf|ook|best|donders|maar al te)] (goed|wel|zelf)',
      `(is|werd|was) (prima|goed|keurig|uitstekend|correct) (behandeld|verzorgd|geholpen|geïnformeerd)`,
      'daar (zijn|waren) (wij|we) niet verantwoordelijk voor',
      'dat is (niet|nooit) (ons|onze) (probleem|fout|schuld)',
      `${YOU} (begrijpt|snapt) het (niet|verkeerd)`,
      // The organisation's version set against theirs.
      '(de feiten|de werkelijkheid|de situatie) (liggen|ligt|is|was|waren) [(echter|toch|wel)] (anders|heel anders|totaal anders)',
      '(wij|we) (zien|zagen|ervaren|ervoeren) (dat|dit|het) [(echter|toch|wel|zelf)] (anders|heel anders|totaal anders)',
      '(blijkt|bleek|blijken|bleken) [(echter|toch|juist)] (iets|het) (heel|totaal|compleet|geheel) anders',
      '(zo|dat) is het (niet|nooit) (gegaan|gebeurd)',
      '(dat|dit) is niet (wat|hoe) (er|het) ~ (gebeurd|gegaan)',
      '(dat|dit|het) (strookt|strookte) niet met',
    ],
    // "het is niet juist dat u moest wachten", "dit is niet correct verlopen": an admission.
    [
      'dat u',
      'dat je',
      'dat jij',
      'dat uw',
      'dat jouw',
      'verlopen',
      'gegaan',
      'gelopen',
      'behandeld',
      'geregeld',
      'gecommuniceerd',
      'afgehandeld',
    ],
  ),
  entry('ourSide', [
    // Standing by ourselves: "wij zijn het niet met u eens", "onze medewerkers hebben niets fout gedaan".
    `(wij|we) zijn het [(echt|absoluut|helemaal|totaal|dus)] niet (met u|met je|met jou|met jullie|hiermee|daarmee|met uw|met je|met deze|met dit) [eens]`,
    `${OURS_WHO} (hebben|heeft|hadden|had|deden|deed) (niets|niks|helemaal niets|helemaal niks|geen) (fout|verkeerd|mis|fouten)`,
    '(wij|we) (weten|wisten) (echt|heus|best|heel goed|zelf) [wel] wat (we|wij) (doen|deden)',
    '(daar|hier) (twijfelen|twijfel) (wij|we|ik) [(echt|absoluut|geen moment)] niet aan',
    '(wij|we) nemen [(nadrukkelijk|ten stelligste|duidelijk)] afstand van',
    // Surprise at the complaint: "het verbaast ons dat u ...", "wij zijn verbaasd over uw review".
    '(het|dat|dit) verbaast (ons|mij|me) [(zeer|enigszins|wel|dan ook)] (dat|om)',
    `(wij|we|ik) (zijn|ben|waren|was) [(nogal|erg|zeer|enigszins|dan ook)] verbaasd (over|dat|om) [(uw|je|jouw|deze|dit)]`,
    '(wij|we) laten ons niet [zo] (wegzetten|beschuldigen|zwartmaken|aanvallen|neerzetten|wijsmaken)',
    // Only part of the story: "maar de helft van de waarheid", "u laat een deel weg".
    '(de|het) helft van (het verhaal|de waarheid)',
    '(niet|nooit) het hele verhaal',
    '(deel|kant|stuk) van het verhaal (weg|niet|achterwege)',
    `${YOU} (vergeet|vergat|verzwijgt|verzweeg) [(even|wel|te|hier)] [(te|even)] (vermelden|zeggen|vertellen|erbij te zeggen|dat)`,
    `${YOU} (laat|liet) ~ (weg|achterwege)`,
    `${YOU} (verdraait|verdraaide|draait|draaide) (de feiten|het verhaal|de zaken|de waarheid|alles)`,
    // Whose call it is: "het is niet aan u om te bepalen", "dat bepalen wij".
    '(het|dat) is niet aan (u|jou|jullie) om',
    `daar (gaat|gaan|ga) ${YOU} niet over`,
    '(dat|dit) bepalen (wij|de artsen|onze artsen|de specialisten|de zorgverleners)',
    '(dat|dit) is (uw|jouw|je) (mening|interpretatie|perceptie|beleving|visie|waarheid)',
    // Rhetorical questions: "Wie zegt dat ...?", "Waarom heeft u dan niet gebeld?"
    'wie zegt (dat|dit|er)',
    `waarom (heeft|hebt|heb|bent|ben|was|kwam|belde|vroeg) ${YOU} (dan|toen|eigenlijk|zelf) [(zelf|eigenlijk)] (niet|nooit|geen)`,
  ]),
  entry('ourRecords', [
    `(uit|volgens) (ons|onze|het|de) ${RECORDS} [(echter|juist|duidelijk|toch)] (blijkt|blijken|bleek)`,
    `(uit|volgens) (ons|onze|het|de) ${RECORDS} ~ (blijkt|blijken|bleek)`,
  ]),
  // What the records "show" or "say" argues only about the one answered.
  entry(
    'ourRecords',
    [
      `(uit|volgens) (ons|onze|het|de) ${RECORDS} [(echter|juist|duidelijk|toch)] (zien we|zagen we|staat)`,
      `(in|uit) (ons|onze|het|de) ${RECORDS} (zien|zagen|lezen|lazen) (wij|we) [(echter|juist|duidelijk|toch)] (dat|iets|het)`,
    ],
    [],
    true,
  ),
  // Doubting the review or the writer's honesty: "wij vragen ons af of deze recensie wel over ons gaat".
  entry('doubts', [
    `(wij|we|ik) (vragen|vraag|vroegen|vroeg) (ons|me|mij) [(echt|wel|serieus|oprecht|dan ook)] af (of|waar|hoe|wie) ~ ${THEIR_WORDS}`,
    `(wij|we|ik) (betwijfelen|betwijfel|betwijfelden) [(ten zeerste|sterk|echt)] (of|dat)`,
    `(twijfelen|twijfel|twijfelden) (wij|we|ik) [(ernstig|sterk|echt)] aan (de|het|deze|dit|uw|je) [(echtheid|juistheid|waarheid)]`,
    `wat ${YOU} [er] [(hier|even)] niet [bij] (vertelt|vertelde|zegt|zei|vermeldt|vermeldde|schrijft|schreef|noemt)`,
    `waar (deze|dit|uw|je|jouw) ${THEIR_WORDS} vandaan (komt|kwam)`,
    // "Deze review is gebaseerd op een vermoeden en niet op feiten."
    `(deze|dit|uw|je|jouw|de) ${THEIR_WORDS} (is|was) ~ gebaseerd op (een vermoeden|vermoedens|aannames|een aanname|geruchten|horen zeggen|een leugen|leugens|emoties|onwaarheden)`,
    `(is|was) ~ (gebaseerd op|gestoeld op) ~ (niet op|geen) (feiten|de feiten|waarheid)`,
  ]),
  entry('lectures', [
    '[misschien] goed om te weten',
    'zoals (u|je) [zelf] (weet|wist|ook weet)',
    'een beetje (begrip|geduld|respect)',
    "(zou|zouden) [wel] op (zijn|z’n|z'n) plaats zijn",
    `${YOU} moet [(wel|toch|ook)] (begrijpen|beseffen|weten|snappen|accepteren) dat`,
    '(als leek|als niet-deskundige)',
    '(wij|we) verwachten (van u|van jou|van jullie)',
    // "voordat u roept dat wij liegen: kom eerst zelf kijken"; "dit soort berichten zijn een belediging".
    `(voordat|voor) ${YOU} (roept|riep|schreeuwt|beweert|oordeelt|klaagt|schrijft|zegt|post|begint|deelt|plaatst|publiceert)`,
    `(voordat|voor) ${YOU} (zoiets|dit|dat|zomaar|iets) (deelt|post|plaatst|schrijft|roept|zegt|publiceert|beweert)`,
    // What to do next time: "misschien kunt u voortaan zijn naam in zijn kleding zetten".
    `misschien (kunt|kan|moet|zou|zoudt|kunnen) ${YOU} (voortaan|in het vervolg|een volgende keer|de volgende keer|zelf eens|beter eerst|beter)`,
    `(eerst|beter eerst) (even|eens|zelf) (informeren|nadenken|de feiten checken|navragen|nalezen) (voordat|voor|alvorens)`,
    '(dit soort|zulke|dat soort|deze) (berichten|reacties|reviews|recensies|verhalen|opmerkingen|uitlatingen|posts) (zijn|is) ~ (belediging|beledigend|kwetsend|schandalig|respectloos|ongepast|schadelijk)',
    'lees (eerst|dan eerst|gewoon)',
    '(staat|staan) (gewoon|duidelijk|toch) (op|in) (de|onze) (factuur|website|folder|brief|site)',
    'stop [(nou|nu|eens|toch)] met (die|deze|dat|dit|zulke|dat soort)',
    '(die|deze|dat soort) (onzin|leugens|praatjes|verhalen) (verspreiden|te verspreiden|rondstrooien)',
    '(ik|wij|we) (werk|werken) (daar|hier) [zelf] en (ik|wij|we) (kan|kunnen) (je|u) (zeggen|vertellen)',
    'dan houdt het op',
    '(heeft|hebben) (u|je) al (twee|drie|vier|meerdere|vaak|meermaals|meerdere keren) ~ uitgelegd',
    // "Dat hebben wij u destijds ook uitgelegd": we told you so.
    `(dat|dit|het) (hebben|heb|heeft) (wij|we|ik|zij|ze) ${YOU} (destijds|toen|al|eerder|ook|toch|meermaals) [(ook|al|toch|nog)] (uitgelegd|verteld|gezegd|gemeld|meegedeeld|laten weten|duidelijk gemaakt)`,
    '(eigen|zelfbedachte) (ideetjes|theorietjes|verhaaltjes)',
    '(wij|we) verwachten (van|dat) (bezoekers|familieleden|familie|ouders|patiënten|cliënten|iedereen|onze bezoekers|mantelzorgers)',
    'van (bezoekers|familieleden|familie|ouders|patiënten|cliënten|mantelzorgers|u|jou|jullie) (verwachten|vragen|eisen) (wij|we)',
    '(regels|huisregels|bezoektijden|afspraken|bezoekregels) (zijn|gelden) [er] (niet voor niets|voor iedereen|nu eenmaal)',
    `${YOU} (bent|ben) niet de enige`,
    'er (zijn|liggen|wachten) [(ook|nog)] (andere|meer) (patiënten|cliënten|bewoners|mensen|zieken)',
    '(dient|dienen) zich (te houden aan|aan de regels)',
    '(zo|dat) (werkt|gaat|loopt) (het|dat) nu eenmaal',
    `${YOU} (moet|moogt|mag) [(niet|nie)] (zagen|zeuren|klagen|zeiken|mauwen)`,
  ]),
  entry('sarcastic', [
    '(tja|jaja|nou nou|jammer dan|helaas pindakaas|succes ermee)',
    '(is|bent) (dat|het) kennelijk anders',
    'kennelijk anders',
    '(weet|weten) (het|alles) [(natuurlijk|weer|uiteraard|altijd)] [(weer|natuurlijk|wel)] beter',
    'bedankt voor (uw|je|jouw) (wijze|deskundige|goede|gratis|waardevolle) (raad|les|lessen|adviezen|advies|tips)',
    'zonder (het hele verhaal|de feiten|alle feiten|de andere kant|ons verhaal) te (kennen|horen|kennen)',
    '(doen|doe) dit (vak|werk) (pas|nog maar|maar|al|nu al) # jaar',
    '(knap|sterk|goed) (hoor|gezien hoor) (u|je|jij)',
  ]),
]);
