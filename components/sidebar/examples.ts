import type { Finding } from '../../lib/checker/types';
import type { SidebarActions, SidebarState } from './contract';

/** A draft with one finding of each kind, for tests and the preview page. */
export const exampleText =
  'Mevrouw Jansen, BSN 111222333, ligt op kamer 12. Ze is gisteren geopereerd. ' +
  'Lees meer op http://bit.ly/abc123 #zorgmedewerkers #trots op ons teem';

function at(text: string, occurrence = 0): { start: number; end: number; text: string } {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = exampleText.indexOf(text, start + 1);
  if (start < 0) throw new Error(`"${text}" is not in the example text`);
  return { start, end: start + text.length, text };
}

export const exampleFindings: Finding[] = [
  {
    ruleId: 'privacy/bsn',
    category: 'privacy',
    severity: 'stop',
    ...at('111222333'),
    message: 'Dit is een burgerservicenummer (BSN). Haal het weg.',
    explanation:
      'Een BSN wijst precies één persoon aan. Het delen ervan breekt het beroepsgeheim en de AVG (art. 87 UAVG).',
    suggestions: [''],
  },
  {
    ruleId: 'privacy/person',
    category: 'privacy',
    severity: 'stop',
    ...at('Mevrouw Jansen'),
    message: 'Hier staat de naam van een patiënt of cliënt.',
    explanation: 'Met een naam is iemand te herkennen. Noem geen namen zonder schriftelijke toestemming.',
    suggestions: ['Een patiënt'],
  },
  {
    ruleId: 'privacy/combination',
    category: 'privacy',
    severity: 'check',
    ...at('kamer 12'),
    message: 'Een kamernummer maakt iemand herkenbaar voor collega’s en bezoek.',
    suggestions: ['de afdeling'],
  },
  {
    ruleId: 'avg/special-category',
    category: 'avg',
    severity: 'stop',
    ...at('geopereerd'),
    message: 'Gezondheidsinformatie over iemand die herkenbaar is.',
    explanation:
      'Gegevens over gezondheid zijn bijzondere persoonsgegevens (AVG art. 9). Ze mogen niet gedeeld worden.',
    suggestions: [],
  },
  {
    ruleId: 'links/shortener',
    category: 'link',
    severity: 'check',
    ...at('http://bit.ly/abc123'),
    message: 'Een verkorte link verbergt waar hij naartoe gaat.',
    explanation: 'Lezers zien niet waar ze terechtkomen. Gebruik het volledige adres van de pagina.',
    suggestions: [],
  },
  {
    ruleId: 'spelling/unknown-word',
    category: 'spelling',
    severity: 'tip',
    ...at('teem'),
    message: 'Dit woord staat niet in het woordenboek.',
    suggestions: ['team', 'teen'],
  },
  {
    ruleId: 'media/photo',
    category: 'media',
    severity: 'check',
    start: 0,
    end: 0,
    text: '',
    message: 'Er zit een foto bij. Is iedereen die erop staat akkoord?',
    explanation: 'Een foto is een persoonsgegeven als iemand herkenbaar is. Vraag vooraf toestemming.',
    suggestions: [],
  },
];

export const exampleChecklist = [
  'Niemand is herkenbaar zonder toestemming',
  'Geen gegevens over gezondheid of behandeling',
  'Toon past bij onze organisatie',
  'Links gecontroleerd',
];

export function exampleState(over: Partial<SidebarState> = {}): SidebarState {
  return {
    status: 'ready',
    report: { findings: exampleFindings, stats: { ms: 3, words: 22 } },
    platform: 'linkedin',
    lang: 'nl',
    collapsed: false,
    notices: [],
    locks: {},
    canAddWords: true,
    checklist: exampleChecklist,
    ...over,
  };
}

/** Actions that do nothing, for pages that only show the sidebar. */
export const noActions: SidebarActions = {
  applySuggestion() {},
  reveal() {},
  ignore() {},
  addWord() {},
  setCollapsed() {},
  copyText() {},
};
