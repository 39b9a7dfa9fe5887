import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../testing';
import { combination } from './combination';

const found = (text: string) => findingsOf(text, combination);

describe('privacy/combination', () => {
  describe('must flag', () => {
    it.each([
      [
        'Vandaag afscheid genomen van mevrouw De Vries (94) van kamer 12, na 3 maanden op de afdeling geriatrie.',
        'stop',
      ],
      ['Vannacht een 94-jarige vrouw op de SEH gereanimeerd.', 'stop'],
      ['De bewoner van kamer 12 heeft vannacht iedereen wakker gehouden.', 'check'],
      ['Gisteren een jongen van 16 uit Zwolle binnengekregen.', 'stop'],
      ['Groetjes aan meneer Visser van kamer 3!', 'check'],
      ['Op kamer 14 ligt sinds dinsdag een meneer van 78.', 'stop'],
      ['Dhr. v.d. Berg op afd. 3 Oost vroeg vannacht naar zijn dochter.', 'check'],
      ['pt. Vermeulen (74 jr) op bed 3 weigert zijn eten.', 'stop'],
      // Details spread over sentences, and details that point to someone by themselves.
      ['Vandaag werd mevrouw Jansen 101. Ze woont in woonzorgcentrum De Linde in Zwolle.', 'stop'],
      ['Gisteravond stond Dirk (52) ineens bij de balie van de crisisdienst.', 'stop'],
      ['Bed 6, Mo, 19 jaar, motorongeluk. Wat een vechter.', 'stop'],
      ['Wilhelmina is zondag op 93-jarige leeftijd in onze Eikenhof overleden.', 'stop'],
      ['Een jonge moeder van 17 kwam alleen binnen. Verloskamer 2, om 03.40 uur.', 'stop'],
    ])('%s', (text, severity) => {
      const f = found(text);
      expect(f.length).toBeGreaterThan(0);
      expect(f.every((x) => x.severity === severity)).toBe(true);
    });

    it('names the details that add up, and suggests dropping the room', () => {
      const text = 'Mevrouw De Vries (94) van kamer 12 is vandaag overleden.';
      const f = found(text);
      expect(f[0].message).toMatch(/kamer 12/);
      expect(f[0].message).toMatch(/\(94\)/);
      const room = f.find((x) => x.text.includes('kamer'))!;
      expect(room.suggestions).toEqual(['']);
      expect(text.slice(0, room.start) + text.slice(room.end)).toBe(
        'Mevrouw De Vries (94) is vandaag overleden.',
      );
    });
  });

  describe('must not flag', () => {
    it.each([
      'Vandaag gewerkt op de SEH. Druk, maar een top team!',
      'Kamer 12 is vandaag omgebouwd tot snoezelruimte.',
      'Ons ziekenhuis bestaat 75 jaar! Vier het mee op 12 maart.',
      'Onze bewoner Kees speelde vandaag accordeon.',
      '50 jaar jong en nog elke dag aan het werk als verpleegkundige.',
      'Collega Mohammed is 25 jaar in dienst! Proficiat van afdeling 3B.',
      'Onze IC-verpleegkundigen werken 24/7, ook vannacht.',
      'Vergadering verplaatst naar afd. 3, donderdag 13u.',
      'Annet is sinds 1 maart onze nieuwe locatiemanager in Emmen. Ze heeft 20 jaar ervaring in de zorg.',
      'Verloskundige Femke Aarts (32) werkt al tien jaar in de regio.',
      'Vandaag in woonzorgcentrum De Linde: een bewoner speelde accordeon.',
    ])('%s', (text) => expect(found(text)).toEqual([]));

    it('never puts its card on the name that privacy/person reports', () => {
      const text = 'Mevrouw Jansen van de Kerkstraat 12 kreeg gisteren bezoek.';
      const f = found(text);
      expect(f.length).toBeGreaterThan(0);
      expect(f.some((x) => x.text.includes('Jansen'))).toBe(false);
    });
  });
});

describe('privacy/combination: the one answered and their relative are two people', () => {
  const inReply = (text: string) =>
    findingsOf({ text, surface: 'reply' }, undefined).filter((f) => f.ruleId === 'privacy/combination');

  it('does not tie the home of the relative to the name of the one answered', () => {
    const text = 'Hoi Ruud, je moeder zat vandaag weer gezellig aan tafel bij ons in de Kastanjehof!';
    expect(inReply(text)).toEqual([]);
  });

  it('still ties details of the one answered themselves', () => {
    const text = 'Beste Ruud, tijdens uw opname op afdeling 3 op 12 maart is uw tas zoekgeraakt.';
    expect(inReply(text).length).toBeGreaterThan(0);
  });
});

describe('privacy/combination: an age told of a colleague', () => {
  it('ties no details to a colleague whose age and town the post gives', () => {
    const text =
      "'Elke dag is anders', zegt Ingrid (49), al 15 jaar wijkverpleegkundige bij ons in Zwolle-Zuid. Kom ons team versterken!";
    expect(found(text)).toEqual([]);
  });

  it('still ties them for a resident', () => {
    const text = 'Ingrid (89) woont sinds maart bij ons in Zwolle-Zuid, op de afdeling De Linde.';
    expect(found(text).length).toBeGreaterThan(0);
  });
});

describe('privacy/combination: the health of a colleague in another sentence', () => {
  const details = (text: string) => found(text).map((f) => f.message);

  it('is no detail of the patient in the next sentence', () => {
    const text = 'Een collega was ziek, dus we werkten met z’n drieën. Mevrouw Jansen ligt op kamer 12.';
    expect(details(text).join(' ')).not.toContain('ziek');
  });

  it('still counts health a nurse gave to the patient', () => {
    const text = 'Mevrouw Jansen ligt op kamer 12. De verpleegkundige gaf haar morfine tegen de pijn.';
    expect(details(text).join(' ')).toContain('morfine');
  });
});
