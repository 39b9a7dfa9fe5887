import { defineCatalogue } from '../../../i18n';
import { z } from 'zod';
import { ArguingEntry, arguingEntry, RELATIVE, YOU, YOUR } from './arguing.data';

/**
 * How a public reply to a complaint turns on the one answered: blaming them or their family,
 * telling why their care ended, threatening them with lawyers. The other kinds of arguing
 * (contradicting, lecturing, sarcasm) are in arguing.data.ts; the phrase syntax is the same.
 */
const texts = defineCatalogue('tone/blaming', {
  blames: {
    nl: 'Deze zin legt in het openbaar de schuld bij de schrijver of diens familie.',
    en: 'This sentence blames the writer or their family in public.',
  },
  threatens: {
    nl: 'Deze zin dreigt in het openbaar met juridische stappen tegen de schrijver.',
    en: 'This sentence threatens the writer with legal action, in public.',
  },
  careEnded: {
    nl: 'Deze zin vertelt in het openbaar waarom de zorg stopte; dat is vertrouwelijk.',
    en: 'This sentence tells in public why care ended; that is confidential.',
  },
});

const entry = (
  message: 'blames' | 'threatens' | 'careEnded',
  phrases: string[],
  notFollowedBy: string[] = [],
) => arguingEntry(texts.text(message), phrases, notFollowedBy);

/** Care that can end, and the ways it is ended. */
const CARE_TERM =
  '(zorg|behandeling|therapie|begeleiding|ondersteuning|hulpverlening|behandeltraject|traject|samenwerking|zorgovereenkomst|overeenkomst|opname|verblijf|inschrijving)';

export const blaming: readonly ArguingEntry[] = z.array(ArguingEntry).parse([
  entry(
    'blames',
    [
      `${YOU} (had|hadden) ~ (moeten|kunnen) (weten|bellen|melden|lezen|zeggen|vragen|komen|doen|opvolgen|laten weten)`,
      `${YOU} (had|hadden) ~ moeten`,
      `had ${YOU} ~ (moeten|kunnen)`,
      `had ${YOU} [(ons|het|dat)] maar`,
      // The one answered spoken of in the third person: "had hij gewoon opnieuw contact moeten opnemen".
      `(had|hadden) (hij|zij|ze|meneer|mevrouw) ~ (moeten|kunnen) (weten|bellen|melden|lezen|zeggen|vragen|komen|doen|opvolgen|laten weten|opnemen|aangeven|contact opnemen)`,
      `(hij|zij|ze|meneer|mevrouw) (had|hadden) ~ (moeten|kunnen) (weten|bellen|melden|lezen|zeggen|vragen|komen|doen|opvolgen|laten weten|opnemen|aangeven)`,
      // Going to the press or online instead: "dat meneer met zijn verhaal naar de krant is gestapt".
      `dat (u|je|jij|ge|meneer|mevrouw|hij|zij|ze) ~ (naar de krant|naar de pers|naar de media|naar buiten|naar het nieuws|naar de televisie) (is|bent|zijn|stapt|stapte|gestapt|gaat|ging|gegaan|treedt|trad|getreden|komt|kwam|gekomen)`,
      `als ${YOU} ~ (had|hadden) (gelezen|opgevolgd|gedaan|gebeld|gevraagd|gemeld|geluisterd|gehouden)`,
      // The same of a relative or in the third person: "als uw moeder haar medicijnen had ingenomen".
      `als ((uw|je|jouw) ${RELATIVE}|hij|zij|ze|meneer|mevrouw) ~ (had|hadden) (gelezen|opgevolgd|gedaan|gebeld|gevraagd|gemeld|geluisterd|gehouden|ingenomen|genomen|gebruikt|gegeten|gedronken|gedragen)`,
      `${YOU} (had|heeft|hebt) (dat|het) (zelf|toch zelf)`,
      `(dat|dit|het) is ${YOUR} eigen (schuld|fout|verantwoordelijkheid)`,
      `${YOU} (had|hadden) (maar|beter|eerder|zelf)`,
      `${YOU} (was|waren|bent|ben) (zelf|toch zelf) (degene|te laat|verantwoordelijk|de oorzaak)`,
      `${YOU} (had|heeft|hebt) (zich|je|u) niet aan de (afspraken|regels|bezoektijden|instructies|voorschriften) gehouden`,
      `(dat|dit) (heeft|hebt|had) ${YOU} zelf (ondertekend|getekend|aangegeven|gekozen|gewild|gedaan|gezegd)`,
      `${YOU} (weigerde|weigerden|weigert)`,
      `(de|uw|je) ${RELATIVE} (wilde|weigerde) (zelf|het zelf)`,
      `(dat|dit) ligt aan (u|jou|uzelf|jezelf)`,
      '(in plaats van|in de plaats van) (hier|online|op internet|op facebook|in het openbaar) te (klagen|schrijven|posten)',
      '(de|die) (collega|verpleegkundige|arts|medewerker) (had|heeft) (een fout|fouten|het fout) gemaakt',
      '(natuurlijk|uiteraard) (ook|weer) onze schuld',
      '(moet|mag|kunt|kan) (je|u) niet verwachten',
      '(volgende keer|de volgende keer) gewoon',
      // What they must do from now on: "u moet voortaan eerst bellen", "de volgende keer dient u ...".
      `${YOU} (moet|moeten|dient|dienen) [(dan|wel|toch)] (voortaan|de volgende keer|een volgende keer|eerst|gewoon|zelf) ~ (bellen|melden|contact opnemen|langskomen|een afspraak maken|mailen|vragen|aangeven|lezen|komen)`,
      `(voortaan|de volgende keer|een volgende keer) (moet|dient) ${YOU}`,
      '(zoals|net als) iedereen',
      // The one answered's own behaviour, told in public.
      `${YOU} (was|waart|bent|zijt|werd|waren) (niet bereid|niet te bereiken|onbereikbaar|agressief|onbeschoft|grof|dreigend|boos|woedend|niet aanspreekbaar)`,
      `${YOU} (schold|schreeuwde|dreigde|bedreigde|sloeg|duwde|vloekte|scheldt|schreeuwt|dreigt|negeerde|negeert|weigerde|weigert) `,
      `${YOU} (heeft|hebt|had) ~ (uitgescholden|bedreigd|geschreeuwd|gedreigd|genegeerd|geweigerd|gevloekt)`,
      `${YOU} [(was|bent|waart|zijt)] zelf (ook|toch ook) (aan het|degene|begonnen|beginnen|te laat|agressief|boos)`,
      // Choosing to complain in public: "dat u ervoor kiest dit online te zetten".
      `dat ${YOU} (ervoor|er voor) (kiest|koos|kiezen|kozen) ~ (online|hier|openbaar|publiekelijk|facebook|internet|google|sociale media|social media)`,
      // Complaining online instead of calling: "in plaats van ons te bellen", "dit online zetten".
      '(in plaats van|in de plaats van|ipv) ons [(gewoon|eerst|even)] te (bellen|mailen|spreken|benaderen|contacteren|vragen)',
      `(jammer|spijtig|kwalijk|triest) dat ${YOU} (dit|dat|het) (online|hier|op facebook|op internet|op google|openbaar|publiekelijk) (zet|zette|plaatst|plaatste|deelt|gooit|gooide|brengt)`,
      // The channel named: "jammer dat u dit via Facebook doet", "dat u uw verhaal eerst hier deelt".
      `(jammer|spijtig|kwalijk|triest) dat ${YOU} ~ (via|op) (facebook|internet|google|instagram|linkedin|tiktok|zorgkaart|zorgkaartnederland|sociale media|social media)`,
      `(jammer|spijtig|kwalijk|triest) dat ${YOU} ~ (hier|online|openbaar|publiekelijk) (doet|deed|deelt|deelde|zet|zette|plaatst|plaatste|schrijft|schreef|post|postte|bespreekt|brengt|uit|uitte)`,
      // "zelf": the one answered did it ("u bent zelf te laat gekomen", "ge waart zelf te laat").
      `${YOU} (bent|was|waart|zijt|waren|ben|heeft|hebt|had|koos|kwam|ging|liep|besloot|vertrok|zei|gaf) zelf (te laat|beginnen|begonnen|weg|weggegaan|weggelopen|vertrokken|gekozen|besloten|geweigerd|aangegeven|afgezegd|verzet|gezegd|getekend|ondertekend|niet|nooit|voor|ervoor|degene|naar huis|opgehangen)`,
      `${YOU} (bent|ben|was|waart) zelf ~ (gekomen|gegaan|vertrokken|weggegaan|weggelopen|opgestapt|afgezegd|verzet)`,
      // Told again and again: "wij hebben u meerdere keren gebeld", "we hebben je herhaaldelijk gevraagd".
      `(wij|we|ik|zij|ze) (hebben|heb|heeft) ${YOU} [(al|toch|wel|ook)] (meerdere|meermaals|meermalen|herhaaldelijk|verschillende|diverse|twee|drie|vier|vaak|talloze|keer op keer|eerder|al eens|al vaker)`,
    ],
    // "u had eerder geholpen moeten worden" admits a fault; it does not blame.
    ['worden', 'krijgen', 'horen'],
  ),
  // Legal threats against the writer: "wij beraden ons op juridische stappen", "dit is smaad".
  entry('threatens', [
    '(wij|we|ik) ~ (beraden|overwegen|nemen|zetten|zullen|gaan|onderzoeken|bekijken|houden) ~ (juridische|gerechtelijke) (stappen|maatregelen)',
    '(juridische|gerechtelijke) stappen (tegen u|tegen jou|tegen je|tegen de schrijver|zijn niet uitgesloten|overwegen|te nemen)',
    '(onze|een|mijn) advocaat [(is|wordt)] (ingeschakeld|inschakelen|in te schakelen|heeft ~ bekeken)',
    '(aangifte|een aanklacht) ~ (smaad|laster)',
    '(dit|dat|het|uw|je|jouw|deze) [(bericht|review|recensie|reactie|post)] (is|valt onder|grenst aan) [(pure|gewoon|regelrechte)] (smaad|laster|smaad en laster)',
  ]),
  entry('careEnded', [
    '(de|onze) (zorg|behandeling|begeleiding|hulpverlening|samenwerking|zorgovereenkomst|overeenkomst) ~ (beëindigd|stopgezet|opgezegd|gestopt|beëindigen|stopzetten|ontbonden)',
    'andere (praktijk|huisarts|tandarts|zorgaanbieder|instelling|zorgverlener|plek|woonvorm|thuiszorg) (te|moeten|gaan) zoeken',
    'niet langer ~ (kon|kan|konden|kunnen|mocht|mag) (blijven|wonen|komen)',
    // "uw behandelaar heeft de therapie beëindigd", "konden wij de begeleiding niet voortzetten".
    `(de|onze|uw|je|jouw) ${CARE_TERM} ~ (beëindigd|stopgezet|opgezegd|afgesloten|afgebouwd|beëindigen|stopzetten|opzeggen|afsluiten)`,
    `(de|onze|uw|je|jouw) ${CARE_TERM} (niet|niet langer|niet meer) (voortzetten|voortgezet|continueren|gecontinueerd|verlengen|verlengd|voort te zetten)`,
    '(uitgeschreven|huisverbod|een huisverbod)',
    `(vanwege|wegens|door|omwille van) ${YOUR} (gedrag|agressie|agressief gedrag|wangedrag|dreigementen|schulden|betalingsachterstand)`,
    'samenwerking met (u|jou|jullie) [als] [(ouders|familie)] (onmogelijk|niet meer mogelijk)',
    '(behandelrelatie|behandelovereenkomst|zorgrelatie|zorgovereenkomst|inschrijving|huurovereenkomst|opname) ~ (beëindigd|opgezegd|stopgezet|ontbonden|beëindigen|opzeggen|stopzetten)',
    'niet (meer|langer) welkom',
    '(uit de praktijk|uit ons bestand|bij ons) (geschreven|uitgeschreven)',
    `(vanwege|wegens|door|omwille van) ${YOUR} (dreigende|agressieve|grensoverschrijdende|onacceptabele|ongepaste|respectloze) (gedrag|houding|taalgebruik|opstelling)`,
  ]),
]);
