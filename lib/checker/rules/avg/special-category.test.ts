import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../testing';
import { specialCategory } from './special-category';

const texts = (text: string) => findingsOf(text, specialCategory).map((f) => `${f.text} ${f.severity}`);
const inReply = (text: string) =>
  findingsOf({ text, surface: 'reply' }, specialCategory).map((f) => `${f.text} ${f.severity}`);

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

    describe('life and health events in everyday words', () => {
      it.each([
        ['Mijn moeder is vorige week gevallen en heeft haar heup gebroken.', ['gevallen check']],
        ['Ons moeke heeft haar pols gebroken.', ['heeft haar pols gebroken check']],
        ['Mijn moeder wordt steeds vergeetachtiger.', ['vergeetachtiger check']],
        [
          'Haar geheugen laat haar steeds vaker in de steek.',
          ['geheugen laat haar steeds vaker in de steek check'],
        ],
        ['Zijn vrouw is sinds de zomer erg in de war.', ['in de war check']],
        ['Mijn vader herkent zijn kleinkinderen niet meer.', ['herkent zijn kleinkinderen niet meer check']],
        ['Opa lag drie weken in het ziekenhuis.', ['lag drie weken in het ziekenhuis check']],
        ['Mijn schoonvader heeft 10 dagen op de IC gelegen.', ['heeft 10 dagen op de IC gelegen check']],
        ['Mijn zus is met spoed naar het ziekenhuis gebracht.', ['met spoed naar check']],
        ['Mijn vader gaat volgende week onder het mes.', ['onder het mes check']],
        ['Zijn vrouw zit sinds de val in een rolstoel.', ['val check']],
        ['Haar man zit sinds kort in een rolstoel.', ['rolstoel check']],
        [
          'Onze bewoonster is slecht ter been en kan niet meer alleen wonen.',
          ['slecht ter been check', 'kan niet meer alleen wonen check'],
        ],
        ['Mevrouw Pauwels is vannacht rustig ingeslapen.', ['rustig ingeslapen stop']],
        ['Gisteren is onze lieve Riet van ons heengegaan.', ['van ons heengegaan stop']],
        ['Vandaag is de kleine Noor geboren, welkom!', ['is de kleine Noor geboren stop']],
        [
          'Vannacht kwam op onze kraamafdeling een prachtige tweeling ter wereld.',
          ['kwam op onze kraamafdeling een prachtige tweeling ter wereld check'],
        ],
        ['Morgen is de uitvaart van meneer De Wit, onze oudste bewoner.', ['uitvaart stop']],
        [
          'Vijf weken geleden viel mijn man van de trap: hersenbloeding.',
          ['viel mijn man van de trap check', 'hersenbloeding check'],
        ],
        [
          "Lies (88) zat weer in een strandstoel. 'Ik ben niet meer zo goed ter been.'",
          ['niet meer zo goed ter been check'],
        ],
        ['Oudjaar op de PG, kijk mevrouw Bruins eens gaan!', ['op de PG stop']],
      ])('%s', (text, expected) => expect(texts(text)).toEqual(expected));
    });

    describe('the one answered, or a relative of theirs', () => {
      it.each([
        ['Wat naar dat u bent gevallen, beterschap!', ['gevallen check']],
        ['Gecondoleerd met het overlijden van uw moeder.', ['Gecondoleerd check', 'overlijden check']],
        ['Sterkte met het verlies van je vader.', ['het verlies van je vader check']],
        ['Fijn dat uw man niet meer zo in de war is.', ['in de war check']],
        // The care given is health data of the one answered (avg/care-relationship adds its own card).
        ['Fijn om te horen dat u zich tijdens uw opname zo gesteund voelde.', ['opname check']],
        ['Hopelijk ben je na de operatie snel weer op de been.', ['operatie check']],
        ['Leuk je weer te zien op de poli! Succes met de chemo 💪', ['chemo check']],
        ['Wat fijn dat de bevalling van jullie zoontje zo goed is verlopen!', ['bevalling check']],
      ])('%s', (text, expected) => expect(inReply(text)).toEqual(expected));
    });
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
      // General information and campaigns about events stay quiet.
      'Dementie komt veel voor. Mensen met dementie raken vaak in de war.',
      'Wist je dat 1 op de 3 ouderen jaarlijks valt? Een val kan leiden tot een gebroken heup.',
      'Week van de valpreventie: zo voorkom je dat een oudere ten val komt.',
      'Elk jaar worden in ons ziekenhuis 2000 baby’s geboren.',
      'Kees is geboren en getogen in Zwolle en werkt al 30 jaar bij ons.',
      'Ik ben vorige week gevallen, dus even geen diensten voor mij.',
      'Onze collega Sanne is bevallen van een prachtige dochter!',
      'Onze collega Mirthe is met verlof: haar zoontje is geboren!',
      'Vorig jaar werden in ons ziekenhuis 2.314 baby’s geboren, waarvan 41 tweelingen.',
      'Op 2 februari herdenken we de bewoners die vorig jaar zijn overleden.',
      'Ik lag in het ziekenhuis te wachten op mijn collega.',
      'Het is in het ziekenhuis altijd druk rond de feestdagen.',
      'Bij een beroerte moet je snel naar het ziekenhuis.',
      'Wij bieden de beste kraamzorg ter wereld, vraagt u maar aan onze moeders.',
    ])('%s', (text) => expect(texts(text)).toEqual([]));

    it.each([
      'Bedankt voor uw reactie, wij nemen contact met u op.',
      'Als u vragen heeft over dementie, belt u dan gerust.',
      'Lieve collega’s, jullie zijn de leukste van de hele revalidatie!',
    ])('reply: %s', (text) => expect(inReply(text)).toEqual([]));
  });
});
