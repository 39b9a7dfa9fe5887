import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../testing';
import { specialCategory } from './special-category';

const texts = (text: string) => findingsOf(text, specialCategory).map((f) => `${f.text} ${f.severity}`);

describe('avg/special-category', () => {
  describe('must flag', () => {
    it.each([
      ['Mijn patiënt met dementie herkende zijn vrouw.', ['dementie check']],
      ['Meneer Peters gebruikt sinds kort morfine.', ['morfine stop']],
      ['Zij heeft schizofrenie en woont zelfstandig.', ['schizofrenie check']],
      ['Deze bewoonster met Parkinson schilderde kaarten.', ['Parkinson check']],
      ['De man met de longkanker op zaal twee wil naar zee.', ['longkanker check']],
      ['Onze bewoner is Joods en vierde feest.', ['Joods check']],
      ['Zij is transgender en voelt zich gezien.', ['transgender check']],
      ['Afgelopen nacht een patiënt van 38 met ALS begeleid.', ['ALS check']],
      ['Zij is een moslimvrouw en draagt een hoofddoek.', ['moslimvrouw check', 'hoofddoek check']],
      ['Kun je morgen de wondzorg bij mw. Yilmaz doen?', ['wondzorg stop']],
      ['Zorgvrager mevrouw El Idrissi kreeg haar eerste insuline-injectie.', ['insuline-injectie stop']],
      [
        'Meneer De Boer deelde zijn verhaal. Na zijn beroerte dacht hij nooit meer te lopen.',
        ['beroerte check'],
      ],
      ['De 87-jarige mevrouw van de IC mocht vandaag naar huis.', ['van de IC check']],
      ['Mevrouw Dubois, uw medicatieschema is aangepast.', ['medicatieschema stop']],
    ])('%s', (text, expected) => expect(texts(text)).toEqual(expected));
  });
  describe('must not flag', () => {
    it.each([
      'Dementie raakt 1 op de 5 mensen.',
      'Vacature: verpleegkundige oncologie, afdeling hematologie.',
      'Wij behandelen jaarlijks 2000 patiënten met hartfalen.',
      'ALS ZIEKENHUIS ONLINE MEER BETEKENEN',
      'Wist je dat je bij een beroerte snel moet handelen?',
      'Professor De Groot kreeg een prijs voor haar onderzoek naar Alzheimer.',
      'Alle patiënten met diabetes krijgen een folder.',
      'Meneer De Boer kwam langs. Een beroerte is snel te herkennen.',
      'Shoutout naar mw. Hendriks, onze nieuwe teamleider op de IC!',
      'Hartelijk gefeliciteerd aan onze afdeling neonatologie met het keurmerk Baby Friendly.',
      'Wij zoeken een verpleegkundige voor de wondzorg.',
    ])('%s', (text) => expect(texts(text)).toEqual([]));
  });
});
