import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../testing';
import type { Surface } from '../../types';
import { careRelationship } from './care-relationship';

const found = (text: string, surface: Surface = 'reply') => findingsOf({ text, surface }, careRelationship);

describe('avg/care-relationship', () => {
  describe('must flag', () => {
    it.each([
      ['Fijn dat u zich tijdens uw opname gesteund voelde.', 'tijdens uw opname'],
      ['Vervelend dat uw behandeling bij ons zo lang duurde.', 'uw behandeling bij ons'],
      ['Wat fijn dat het na haar operatie zo goed gaat.', 'na haar operatie'],
      ['Zijn behandeling bij ons is bijna klaar.', 'Zijn behandeling bij ons'],
      ['We hebben uw dossier erbij gepakt.', 'uw dossier'],
      ['Fijn dat de bevalling bij ons goed ging!', 'de bevalling bij ons'],
      ['Beste mevrouw, u lag destijds op afdeling 5B.', 'u lag destijds op afdeling 5B'],
      ['Hoi Mark, leuk dat je na je revalidatie bij ons weer loopt!', 'na je revalidatie bij ons'],
      ['Volgens ons dossier is dat anders gegaan.', 'Volgens ons dossier'],
      ['Ik stuur het door naar de arts die u behandelt.', 'die u behandelt'],
      ['Onze wondverpleegkundige belt u morgen.', 'Onze wondverpleegkundige belt u'],
      ['De uitslag van je bloedonderzoek komt later.', 'van je bloedonderzoek'],
      [
        'Het spijt ons dat uw vader zo lang moest wachten op de afdeling neurologie.',
        'uw vader zo lang moest wachten op de afdeling neurologie',
      ],
      ['We denken aan de behandeling van uw broer.', 'de behandeling van uw broer'],
      // Seen here, cared for by the writer, named as ours.
      [
        'Mevrouw, u bent bij dokter Peeters geweest voor uw schildklier.',
        'u bent bij dokter Peeters geweest',
      ],
      ['Je was vorige week bij onze diëtist geweest, toch?', 'Je was vorige week bij onze diëtist geweest'],
      ['Ik ben al jaren de huisarts van Linda en haar dochter.', 'Ik ben al jaren de huisarts van'],
      ['Ik was haar verpleegkundige op de IC, ze was zo sterk.', 'Ik was haar verpleegkundige'],
      ['Wij zijn de thuiszorg van uw moeder, bel ons gerust.', 'Wij zijn de thuiszorg van'],
      ['Ik ken haar wel, ze is al jaren cliënt bij ons.', 'is al jaren cliënt bij ons'],
      ['Hij was patiënt van ons, dat klopt.', 'was patiënt van ons'],
    ])('%s', (text, phrase) => expect(found(text).map((f) => f.text)).toEqual([phrase]));

    it('rewrites "uw opname" to a neutral phrase and calls a dossier a stop', () => {
      expect(found('Tijdens uw opname was het druk.')[0].suggestions).toEqual(['Tijdens een opname']);
      expect(found('In uw dossier staat dat.', 'comment')[0].severity).toBe('stop');
    });
  });
  // By structure, in kind replies: the one answered or their relative, and their care in that sentence.
  describe('a kind reply that confirms the care', () => {
    it.each([
      ['Wij wensen uw vader veel sterkte na zijn opname.', 'reply'],
      ['Bedankt voor uw mooie woorden over onze zorg voor uw man.', 'reply'],
      ['Dank je wel voor je lieve woorden over de verzorging van je oma!', 'comment'],
      ['Fijn om te lezen dat je zus weer thuis is na haar operatie 💐 Groetjes van de afdeling!', 'comment'],
      ['Goed te horen dat je pa weer mag fietsen na de revalidatie, groetjes van het team!', 'comment'],
      ['Beste Hilde, wat verdrietig dat uw schoonmoeder zo achteruit is gegaan. Wij denken aan u.', 'reply'],
      ['We leven mee met het overlijden van je opa.', 'reply'],
      ['Dank u wel! Hij was een graag geziene bewoner. Uw vader wordt gemist.', 'reply'],
      [
        'Gecondoleerd, mevrouw. Uw vader heeft zijn laatste weken bij ons op de afdeling doorgebracht.',
        'reply',
      ],
      ['Hartelijk dank! Wat fijn dat u zich op onze dagbesteding zo thuis voelt.', 'reply'],
      ['Merci voor uw berichtje, we zijn blij dat uw ma het goed maakt in ons woonzorgcentrum.', 'reply'],
      ['Je was echt een toppatiënt hoor, veel succes thuis!', 'comment'],
      ['Dank u wel! Uw vrouw was een bijzondere cliënte voor ons allemaal.', 'reply'],
      ['Ik werk daar en je oma kreeg echt haar pillen op tijd.', 'comment'],
      ['Gij waart de liefste patiënt van heel de afdeling!', 'comment'],
      // the one answered as "meneer"/"mevrouw", a known event ("die val"), a refusal that names the care
      ['Meneer is vorige maand twee keer op ons spreekuur geweest.', 'reply'],
      ['Proficiat Sofie! Goed rusten na die keizersnede, groetjes van de materniteit', 'comment'],
      [
        'U heeft de behandeling zelf afgezegd, dus dan kunt u ons niet verwijten dat er niets gebeurde.',
        'reply',
      ],
    ] as const)('%s', (text, surface) => expect(found(text, surface).length).toBeGreaterThan(0));

    it('offers the kind sentence without the care, in the form of address the reply uses', () => {
      const [u] = found('Bedankt voor uw mooie woorden over onze zorg voor uw man.');
      expect(u.text).toBe('Bedankt voor uw mooie woorden over onze zorg voor uw man.');
      expect(u.suggestions).toEqual(['Dank u wel voor uw mooie woorden']);
      const [je] = found(
        'Wat fijn dat je vader na zijn val weer thuis is! Groetjes van de nachtdienst',
        'comment',
      );
      expect(je.suggestions).toEqual(['Dank je wel voor je lieve woorden']);
      expect(found('Wij wensen uw vader veel sterkte na zijn val.')[0].suggestions).toEqual([
        'Wij wensen u veel sterkte',
      ]);
    });
  });
  describe('must not flag', () => {
    it.each([
      ['Ik ben de verpleegkundige van dienst vandaag, vraag gerust!', 'reply'],
      ['Ik ben verpleegkundige van beroep, dus ik herken dit.', 'comment'],
      ['Hij is geen patiënt bij ons.', 'reply'],
      ['Bedankt voor het compliment aan ons team!', 'reply'],
      ['Tijdens uw opname zorgen wij voor een rustige kamer.', 'post'],
      ['Wij kunnen hier geen medische vragen beantwoorden; neem contact op met uw huisarts.', 'reply'],
      ['Tijdens een opname mag u 2 bezoekers ontvangen.', 'comment'],
      ['Kun je dat even in het dossier zetten?', 'message'],
      ['Ze wil haar afspraak verzetten, kun je haar bellen?', 'message'],
      ['Fijn dat uw moeder zo genoten heeft van het concert in het park.', 'reply'],
      // a staff comment about the whole ward: "zijn" is everyone's, no one answered is confirmed
      ['Met z’n drieën, en toch kreeg iedereen op tijd zijn medicatie.', 'comment'],
      // thanks, offers and general information; staff and volunteers addressed; a friend's comment
      ['Bedankt voor het compliment aan ons team! We geven het door.', 'reply'],
      ['Dank voor uw bericht. Belt u gerust met onze patiëntenservice, dan kijken we mee.', 'reply'],
      ['Heeft u vragen over uw operatie? Neem dan contact op met de polikliniek.', 'reply'],
      ['Vanaf volgende week kunt u weer zonder afspraak langskomen op de poli.', 'reply'],
      ['U kunt uw afspraak online verzetten via het patiëntenportaal.', 'reply'],
      ['Goed bezig! Fijn dat je als vrijwilliger bij ons aan de slag bent 😊', 'comment'],
      ['Dank je wel voor je zorg voor onze bewoners, lieve collega!', 'comment'],
      ['Sterkte met je moeder, meid! Dikke knuffel', 'comment'],
      ['Dank u wel voor uw donatie aan de afdeling kindergeneeskunde, daar zijn we heel blij mee.', 'reply'],
      ['Wat leuk dat je bij ons komt werken op de afdeling chirurgie!', 'reply'],
      ['Welkom terug in het team, je bent gemist op de afdeling!', 'comment'],
      ['Bedankt voor uw vraag. De bezoektijden op de afdelingen zijn van 14 tot 20 uur.', 'reply'],
      ['Hoi Sanne, dank je voor je sollicitatie! We nemen snel contact op.', 'reply'],
      ['Dank je wel! Je vader is altijd welkom op de open dag.', 'reply'],
      ['Wat een lieve woorden, dank u wel namens het hele team!', 'reply'],
      ['Wij wensen uw vader veel sterkte na zijn opname.', 'post'],
    ] as const)('%s', (text, surface) => expect(found(text, surface)).toEqual([]));
  });
});
