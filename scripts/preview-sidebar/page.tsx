import { signal } from '@preact/signals';
import { mountSidebar } from '../../components/sidebar';
import type { SidebarActions, SidebarState } from '../../components/sidebar/contract';
import { exampleFindings, exampleState, exampleText } from '../../components/sidebar/examples';
import { check } from '../../lib/checker/check';

/** One scene: a caption, a fake composer and a live sidebar whose actions really change it. */
function scene(id: string, caption: string, initial: SidebarState, text = exampleText): void {
  const state = signal(initial);
  const update = (over: Partial<SidebarState>) => (state.value = { ...state.value, ...over });
  const without = (f: (typeof exampleFindings)[number]) => {
    const report = state.value.report;
    if (report) update({ report: { ...report, findings: report.findings.filter((x) => x !== f) } });
  };
  const actions: SidebarActions = {
    applySuggestion: without,
    ignore: without,
    reveal() {},
    addWord() {},
    setCollapsed: (collapsed) => update({ collapsed }),
    copyText: (text) => navigator.clipboard.writeText(text),
  };
  const wrap = document.createElement('section');
  wrap.className = 'scene';
  wrap.id = id;
  wrap.innerHTML = `<h1></h1><div class="row"><div class="composer" contenteditable="true"></div><div class="host"></div></div>`;
  wrap.querySelector('h1')!.textContent = caption;
  wrap.querySelector('.composer')!.textContent = text;
  document.body.append(wrap);
  mountSidebar(wrap.querySelector<HTMLElement>('.host')!, state, actions);
}

const locks = { 'privacy/bsn': 'ICT Zorggroep Oost', spelling: 'Communicatie' };
scene('findings', 'Meldingen (nl)', exampleState({ locks }));
scene('review', 'Nakijken (nl)', exampleState({ locks }));
scene('empty', 'Niets gevonden', exampleState({ report: { findings: [], stats: { ms: 1, words: 9 } } }));
scene('collapsed', 'Ingeklapt', exampleState({ collapsed: true }));
scene(
  'english',
  'English, checking, with a notice',
  exampleState({
    lang: 'en',
    status: 'checking',
    notices: ['Your organisation’s settings could not be read; the defaults are used.'],
    report: { findings: exampleFindings.slice(3, 6), stats: { ms: 2, words: 22 } },
  }),
);
scene(
  'error',
  'Fout',
  exampleState({ status: 'error', error: 'De controle gaf na 2 seconden geen antwoord.' }),
);

// One passage, four details that together point to one resident: one card, a fix per detail.
const passage =
  'Vannacht lag de 94-jarige man op kamer 12 van de afdeling Geriatrie erg onrustig. ' +
  'Ook zijn buurvrouw van 81 op kamer 14 sliep slecht.';
scene(
  'passage',
  'Details die samen één persoon aanwijzen',
  exampleState({ report: check({ text: passage, platform: 'facebook', surface: 'post', media: [] }) }),
  passage,
);

// A reply the rules' phrases miss and the draft model hears: a "check" that says it is a guess.
const guess =
  'Ge kunt hier veel schrijven, maar ge zijt zelf twee keer niet komen opdagen voor de oefeningen. ' +
  'Dan moet ge ook niet verwachten dat het vanzelf beter gaat.';
scene(
  'guess',
  'Gevonden door het taalmodel',
  exampleState({ report: check({ text: guess, platform: 'facebook', surface: 'reply', media: [] }) }),
  guess,
);
