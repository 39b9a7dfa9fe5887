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
      ['Ons moeder, BSN 111222333, ligt sinds gisteren op de afdeling', '0-10'],
      ['Dhr. v.d. Berg op afd. 3 Oost vroeg naar zijn dochter', '0-14'],
      ['opa kees van de 2e verdieping liep met de rollator', '0-8'],
      ['Mw. V. (84) is gisteren gevallen', '0-6'],
      ["dhr. 't Hart lag te lachen op de afdeling", '0-12'],
      ['pt. Vermeulen weigert zijn medicatie', '0-13'],
      ['Cliënt Mieke de Graaf woont in Zwolle', '0-21'],
      ['Mama van Noah (3) zit naast zijn bedje op de kinderafdeling', '9-13'],
      ['Beste heer Goossens, uw opname is geregeld', '6-19'],
      // The person answered, in a reply that speaks of their care (issue 11).
      ['Beste Sandra, uw klacht over de nazorg na uw knieoperatie nemen we serieus.', '6-12'],
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
      'Shoutout naar mw. Hendriks, onze nieuwe teamleider op de IC!',
      'Welkom aan Mieke, diabetesverpleegkundige op de poli',
      'De 87-jarige mevrouw van de IC mocht naar huis',
      'Een bewoonster van De Wilgen won de fotowedstrijd',
      // A kinship word alone names nobody (issue 11); the AVG rules still see the relative.
      'Ons moeder ligt sinds gisteren op de afdeling',
      'Goed om te horen dat uw vader na zijn opname weer thuis is!',
      'Beste Sandra, bedankt voor je compliment aan het team!',
      'Vanochtend bij mevrouw op de Hoofdstraat 7 de steunkousen aangetrokken.',
      '12 maart, kamer 7: een mevrouw van 99 zegt dat ik de liefste verpleegkundige ben.',
      'Mail van K.Verhoeven@outlook.com over de rolstoel, kun jij reageren?',
    ])('%s', (text) => expect(spans(text)).toEqual([]));
  });
});
