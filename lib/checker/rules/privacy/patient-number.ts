import { defineCatalogue } from '../../../i18n';
import type { Rule, RuleHit } from '../../rule';

/** What this rule says, Dutch first. */
const texts = defineCatalogue('privacy/patient-number', {
  description: {
    nl: 'Patiënt-, dossier-, cliënt- en ziekenhuisnummers (ook MRN en EPD-nummer).',
    en: 'Patient, record, client and hospital numbers (MRN and EHR numbers too).',
  },
  message: { nl: 'Hier staat een patiënt- of dossiernummer.', en: 'This is a patient or record number.' },
  explanation: {
    nl: 'Met een patiënt- of dossiernummer is iemands dossier te vinden. Het valt onder het beroepsgeheim en hoort nooit in een bericht. Haal het nummer weg.',
    en: "A patient or record number leads to someone's file. It falls under professional secrecy and never belongs in a post. Remove it.",
  },
});

/**
 * A context word for a patient or record number, then (after ":", "#", "is") a code with at
 * least four digits: 4471923, D-2024-00871, A 448 219, 3348821-7. Bounded runs keep it linear.
 */
const NUMBER = new RegExp(
  [
    '(?<![\\p{L}])',
    '(?:pati[eë]nt(?:en)?(?:nummer|nr\\.?)|pat\\.?\\s?nr\\.?|pati[eë]nt-?id|dossier(?:nummer|nr\\.?)|cli[eë]nt(?:nummer|nr\\.?)|mrn|ziekenhuisnummer|epd-?nummer|opnamenummer|registratienummer|zorgdossier|medisch nummer|ehr-?nummer)',
    '\\s?(?:van [\\p{L} ]{1,20}?\\s)?(?:is\\s|:\\s?|#\\s?|=\\s?)?',
    '(?<code>(?:[A-Z]{1,3}[- ]?)?\\d[\\d -]{2,16}\\d(?:-[A-Z0-9]{1,3})?)',
    '(?![\\p{L}\\p{N}])',
  ].join(''),
  'giu',
);

export const patientNumber: Rule = {
  id: 'privacy/patient-number',
  category: 'privacy',
  defaultSeverity: 'stop',
  description: texts.text('description'),
  examples: {
    flag: [
      'Patiëntnummer 4471923, graag de uitslag terugzetten.',
      'MRN: 00918273 naar 3B',
      'dossiernr 20231187',
    ],
    pass: ['Je patiëntnummer vind je op je afspraakkaart.', 'Kamer 12 tot en met 20 worden geschilderd.'],
  },
  check(draft, ctx) {
    const hits: RuleHit[] = [];
    NUMBER.lastIndex = 0;
    for (let m = NUMBER.exec(draft.text); m; m = NUMBER.exec(draft.text)) {
      const code = (m.groups?.code ?? '').trimEnd();
      if ((code.match(/\d/g) ?? []).length < 4) continue;
      const start = m.index + m[0].length - m.groups!.code.length;
      hits.push({
        severity: 'stop',
        start,
        end: start + code.length,
        message: texts.t('message', ctx.lang),
        explanation: texts.t('explanation', ctx.lang),
        suggestions: [''],
      });
    }
    return hits;
  },
};
