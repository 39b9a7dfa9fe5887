import { describe, expect, it } from 'vitest';
import { exampleChecklist, exampleFindings } from './examples';
import { reviewSummary, severityList } from './summary';

describe('reviewSummary', () => {
  it('lists findings worst first in reading order, with why, suggestion and checklist', () => {
    const text = reviewSummary({
      lang: 'nl',
      findings: exampleFindings,
      checklist: exampleChecklist.slice(0, 2),
      checked: new Set([1]),
    });
    expect(text).toBe(
      [
        'Zorgvuldig: controle van je bericht',
        '',
        'Gevonden: 3 niet plaatsen, 3 controleren, 1 tip.',
        '',
        'Niet plaatsen:',
        '- Privacy: “Mevrouw Jansen”: Hier staat de naam van een patiënt of cliënt.',
        '  Waarom: Met een naam is iemand te herkennen. Noem geen namen zonder schriftelijke toestemming.',
        '  Voorstel: Een patiënt',
        '- Privacy: “111222333”: Dit is een burgerservicenummer (BSN). Haal het weg.',
        '  Waarom: Een BSN wijst precies één persoon aan. Het delen ervan breekt het beroepsgeheim en de AVG (art. 87 UAVG).',
        '  Voorstel: weghalen',
        '- AVG: “geopereerd”: Gezondheidsinformatie over iemand die herkenbaar is.',
        '  Waarom: Gegevens over gezondheid zijn bijzondere persoonsgegevens (AVG art. 9). Ze mogen niet gedeeld worden.',
        '',
        'Controleren:',
        '- Privacy: “kamer 12”: Een kamernummer maakt iemand herkenbaar voor collega’s en bezoek.',
        '  Voorstel: de afdeling',
        '- Links: “http://bit.ly/abc123”: Een verkorte link verbergt waar hij naartoe gaat.',
        '  Waarom: Lezers zien niet waar ze terechtkomen. Gebruik het volledige adres van de pagina.',
        "- Foto's en video: (bijlage): Er zit een foto bij. Is iedereen die erop staat akkoord?",
        '  Waarom: Een foto is een persoonsgegeven als iemand herkenbaar is. Vraag vooraf toestemming.',
        '',
        'Tip:',
        '- Spelling: “teem”: Dit woord staat niet in het woordenboek.',
        '  Voorstel: team',
        '',
        'Checklist:',
        '[ ] Niemand is herkenbaar zonder toestemming',
        '[x] Geen gegevens over gezondheid of behandeling',
      ].join('\n'),
    );
  });

  it('says so kindly when nothing was found, in English too', () => {
    expect(reviewSummary({ lang: 'en', findings: [], checklist: [], checked: new Set() })).toBe(
      'Zorgvuldig: review of your post\n\nNothing was found. The post looks good.',
    );
  });

  it('cuts long quotes to one line', () => {
    const long = { ...exampleFindings[5], text: 'woord\n'.repeat(40) };
    const line = reviewSummary({ lang: 'nl', findings: [long], checklist: [], checked: new Set() }).split(
      '\n',
    )[5];
    expect(line).toMatch(/^- Spelling: “woord woord .*…”: /);
    expect(line.length).toBeLessThan(140);
  });
});

describe('severityList', () => {
  it.each([
    [{ stop: 1, check: 0, tip: 0 }, 'nl', '1 niet plaatsen'],
    [{ stop: 0, check: 2, tip: 1 }, 'nl', '2 controleren, 1 tip'],
    [{ stop: 2, check: 1, tip: 3 }, 'en', '2 do not post, 1 to check, 3 tips'],
    [{ stop: 0, check: 0, tip: 0 }, 'en', ''],
  ] as const)('%o in %s', (counts, lang, expected) => expect(severityList(lang, counts)).toBe(expected));
});
