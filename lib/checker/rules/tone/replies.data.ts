import { z } from 'zod';
import { PhraseEntry } from '../../phrases/table';

/** How a public reply to a complaint argues, blames or promises, and the calmer way. */
const CALMER = {
  nl: 'Reageer in het openbaar kort en met begrip ("Wat vervelend dat u dit zo heeft ervaren") en nodig uit voor een persoonlijk gesprek of een privébericht. Inhoudelijke details horen daar, niet onder een openbaar bericht.',
  en: 'In public, answer briefly and with understanding ("We are sorry you experienced it this way") and invite them to a private conversation or message. Details belong there, not under a public post.',
};

export const arguing = z.array(PhraseEntry).parse([
  {
    phrases: [
      '(dat|dit|het) (klopt|is) (niet|helemaal niet|echt niet) (waar|juist|correct)',
      '(dat|dit|het) klopt (niet|helemaal niet|echt niet)',
      '(u|je|jij) (heeft|hebt|hadden) het (mis|fout|verkeerd)',
      '(u|je|jij) (overdrijft|overdrijf)',
      '(dat|dit) is (onzin|kletskoek|gewoon niet waar|een leugen)',
      '(u|je|jij) (liegt|lieg)',
      '(wij|we) (hebben|deden) niets (fout|verkeerd) [gedaan]',
      '(wij|we) (hebben|deden) alles volgens (het|de) (protocol|regels|boekje) gedaan',
      '(zo|dat) (is|was) het (helemaal|echt) niet gegaan',
      'zoals (u|je) [zelf] (weet|wist)',
      'daar (zijn|waren) (wij|we) niet verantwoordelijk voor',
      'dat is (niet|nooit) (ons|onze) (probleem|fout|schuld)',
      '(u|je) (begrijpt|snapt) het (niet|verkeerd)',
    ],
    severity: 'check',
    message: {
      nl: 'Deze zin gaat in het openbaar in discussie met de schrijver.',
      en: 'This sentence argues with the writer in public.',
    },
    explanation: CALMER,
    suggestions: [],
  },
  {
    phrases: [
      '(u|je|jij) (had|heeft|hebt) (dat|het) (zelf|toch zelf)',
      '(dat|dit|het) is (uw|je|jouw) eigen (schuld|fout|verantwoordelijkheid)',
      '(u|je|jij) (had|hadden) (maar|beter|eerder|zelf)',
      '(u|je|jij) (was|waren|bent|ben) (zelf|toch zelf) te laat',
      '(u|je|jij) (had|heeft|hebt) (zich|je) niet aan de (afspraken|regels|bezoektijden) gehouden',
      '(de|uw|je) (patiënt|vader|moeder|partner|familie) (wilde|weigerde) (zelf|het zelf)',
      '(dat|dit) ligt aan (u|jou|uzelf|jezelf)',
      '(de|die) (collega|verpleegkundige|arts|medewerker) (had|heeft) (een fout|fouten|het fout) gemaakt',
    ],
    severity: 'check',
    message: {
      nl: 'Deze zin legt in het openbaar de schuld bij iemand.',
      en: 'This sentence blames someone in public.',
    },
    explanation: CALMER,
    suggestions: [],
  },
]);

export const promising = z.array(PhraseEntry).parse([
  {
    phrases: [
      '(dit|dat|het) (zal|gaat) (nooit|niet) meer (gebeuren|voorkomen)',
      '(wij|we) (garanderen|beloven) (u|je|jullie|dat)',
      '(u|je) (krijgt|ontvangt) (een|uw|je) (vergoeding|schadevergoeding|compensatie|geld terug)',
      '(wij|we) (vergoeden|betalen) (de|uw|je|alle) (kosten|schade)',
      '(de|die|deze) (medewerker|collega|verpleegkundige|arts|dokter) (wordt|is|zal worden) (ontslagen|geschorst|gestraft|aangesproken|op het matje geroepen)',
      '(wij|we) (lossen|zullen) (dit|dat|het) (vandaag|direct|meteen|morgen) (op|oplossen)',
      '(wij|we) nemen (maatregelen|actie) tegen (de|die|deze) (medewerker|collega|verpleegkundige|arts)',
    ],
    severity: 'check',
    message: {
      nl: 'Deze zin belooft in het openbaar iets wat je misschien niet kunt waarmaken.',
      en: 'This sentence promises something in public that you may not be able to keep.',
    },
    explanation: {
      nl: 'Beloftes, vergoedingen en maatregelen tegen collega\'s horen in een persoonlijk gesprek, na overleg met de klachtenfunctionaris. Schrijf liever: "We nemen uw ervaring serieus en nemen contact met u op."',
      en: 'Promises, compensation and measures against colleagues belong in a private conversation, after consulting the complaints officer. Write instead: "We take your experience seriously and will contact you."',
    },
    suggestions: [],
  },
]);
