import { describe, expect, it } from 'vitest';
import { compact, findingsOf } from '../../testing';
import { person } from './person';

const spans = (text: string) => compact(findingsOf(text, person));

describe('privacy/person', () => {
  describe('must flag', () => {
    it.each([
      ['Vandaag afscheid genomen van mevrouw De Vries (94) van kamer 12', '29-45'],
      ['Dhr. van den Berg mag naar huis', '0-17'],
      ['Zo trots op mw. Yılmaz na haar chemo', '12-22'],
      ['Onze bewoner Kees speelt accordeon', '5-17'],
      ['oma Truus werd 100', '0-9'],
      ['Patiënt R. Kuipers is overgeplaatst', '0-18'],
      ['A.M. Verbeek-Koster schreef een gedicht tijdens de opname', '0-19'],
      ['meneer de graaf had zijn pak aan', '0-15'],
      ['Vannacht is Riet rustig ingeslapen op de afdeling', '12-16'],
      ['Ons moeder ligt sinds gisteren op de afdeling', '0-10'],
    ])('%s', (text, span) => expect(spans(text)).toEqual([`${span} privacy/person`]));

    it('is a stop with a care title, a check for a first name alone', () => {
      expect(findingsOf('Patiënt Ahmed zette zijn eerste stapjes', person)[0].severity).toBe('stop');
      expect(findingsOf('Riet is ingeslapen op de afdeling', person)[0].severity).toBe('check');
      expect(findingsOf('Meneer Jansen was blij met zijn taart', person)[0].severity).toBe('check');
    });

    it('suggests a neutral word that replaces exactly the name', () => {
      const text = 'Vandaag afscheid van bewoner Kees.';
      const [f] = findingsOf(text, person);
      expect(text.slice(0, f.start) + f.suggestions[0] + text.slice(f.end)).toBe(
        'Vandaag afscheid van een bewoner.',
      );
    });
  });

  describe('must not flag', () => {
    it.each([
      'Collega Sanne heeft haar diploma gehaald',
      'Onze verpleegkundige Mark vertelt over de ouderenzorg',
      'Minister Kuipers bracht een bezoek aan onze IC',
      'Teamleider Ans gaat met pensioen',
      'Mevrouw de minister, kom eens meedraaien op de afdeling',
      'Kevin Mollet, diensthoofd communicatie, vertelt over de afdeling',
      'Maaike: "het hele zorgteam staat om het bed van een patiëntje"',
      'Mijn dochter werkt daar ook, ze is er blij',
      'Neem vitamine D. Daarna gaat het beter.',
      'Onze bewoners genoten van het koor',
      'Beste mevrouw, u lag op de afdeling',
      'Ambassadeur Joris loopt voor mensen met kanker',
    ])('%s', (text) => expect(spans(text)).toEqual([]));
  });
});
