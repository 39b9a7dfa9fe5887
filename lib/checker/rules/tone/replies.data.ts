import { defineCatalogue } from '../../../i18n';
import { z } from 'zod';
import { PhraseEntry } from '../../phrases/table';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('lib/checker/rules/tone/replies.data.ts', {
  message: {
    nl: 'Deze zin belooft in het openbaar iets wat je misschien niet kunt waarmaken.',
    en: 'This sentence promises something in public that you may not be able to keep.',
  },
  explanation: {
    nl: 'Beloftes, vergoedingen en maatregelen tegen collega\'s horen in een persoonlijk gesprek, na overleg met de klachtenfunctionaris. Schrijf liever: "We nemen uw ervaring serieus en nemen contact met u op."',
    en: 'Promises, compensation and measures against colleagues belong in a private conversation, after consulting the complaints officer. Write instead: "We take your experience seriously and will contact you."',
  },
});

/** How a public reply to a complaint promises what it may not keep (arguing: arguing.data.ts). */
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
    message: texts.text('message'),
    explanation: texts.text('explanation'),
    suggestions: [],
  },
]);
