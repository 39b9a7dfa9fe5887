import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../testing';
import { specialCategory } from './special-category';

// Health in everyday words: body parts, births, visits, funerals (text/body.ts, data/*-plain.ts).
const texts = (text: string) => findingsOf(text, specialCategory).map((f) => `${f.text} ${f.severity}`);
const inReply = (text: string) =>
  findingsOf({ text, surface: 'reply' }, specialCategory).map((f) => `${f.text} ${f.severity}`);
const inComment = (text: string) =>
  findingsOf({ text, surface: 'comment' }, specialCategory).map((f) => `${f.text} ${f.severity}`);

describe('avg/special-category in everyday words', () => {
  describe('must flag', () => {
    it.each([
      // A body part and what happened to it, in any order, with diminutives and compounds.
      ['Mijn oma brak vorige maand haar pols bij het fietsen.', ['brak vorige maand haar pols check']],
      ['Het enkeltje van onze bewoonster is gekneusd.', ['enkeltje van onze bewoonster is gekneusd check']],
      ['Mijn schoonvader heeft een schouderbreuk.', ['schouderbreuk check']],
      // A sense or a part that fails, in plain words; organs and values that are someone's.
      [
        'Haar gehoor laat haar wat in de steek, zegt mijn moeder.',
        ['Haar gehoor laat haar wat in de steek check'],
      ],
      ['Mijn opa loopt slecht sinds zijn heup het niet meer doet.', ['zijn heup het niet meer doet check']],
      [
        'Mijn broer moest terug omdat zijn longen het niet meer trekken.',
        ['zijn longen het niet meer trekken check'],
      ],
      ['Mijn vader kan niet mee, zijn benen willen niet meer.', ['zijn benen willen niet meer check']],
      ['Mijn moeder heeft niet lang meer, zegt de arts.', ['heeft niet lang meer check']],
      ['Zijn vrouw heeft sinds de winter kniepijn.', ['kniepijn check']],
      ['Mevrouw Smits herstelt goed van haar enkeloperatie.', ['enkeloperatie stop']],
      [
        'Haar knieën zijn vorig jaar geopereerd, zegt mijn moeder.',
        ['Haar knieën zijn vorig jaar geopereerd check'],
      ],
      // Body words that are health when they are someone's.
      ['Meneer Aydin is trots op zijn nieuwe kunstgebit.', ['kunstgebit stop']],
      ['Onze bewoner oefent met zijn stoma.', ['zijn stoma check']],
      ['Mijn vader heeft veel last van zijn rug.', ['veel last van zijn rug check']],
      // Visits and appointments in plain words.
      ['Mijn moeder moet morgen naar de oogarts.', ['moet morgen naar de oogarts check']],
      ['Mevrouw Claes heeft vrijdag een afspraak in het ziekenhuis.', ['afspraak in het ziekenhuis stop']],
      ['Zijn vrouw ligt in ons hospice.', ['in ons hospice check']],
      // Births with the mother's name between verb and baby; a birth date without a year.
      [
        'Om 04.12 uur beviel Naima uit Tiel van een gezonde zoon.',
        ['beviel Naima uit Tiel van een gezonde zoon stop'],
      ],
      ['Welkom kleine Jens, geboren op 14 mei om 22:10.', ['geboren op 14 mei stop']],
      // One person out of many; someone in particular told in the past.
      ['Vannacht is een van onze bewoners rustig ingeslapen.', ['rustig ingeslapen check']],
      ['Op de SEH vandaag: iemand had een knoopcel ingeslikt.', ['ingeslikt check']],
      // Funerals and memorials of a relative.
      ['We waren met het hele gezin bij de begrafenis van mijn opa.', ['begrafenis van mijn opa check']],
    ])('%s', (text, expected) => expect(texts(text)).toEqual(expected));

    it.each([
      ['Dat u de tandarts niet in uw mond wilde laten kijken, is uw keuze.', ['uw mond check']],
      ['Op de foto van uw gebit was niets te zien.', ['uw gebit check']],
      ['Wij hebben uw kies toen op uw verzoek getrokken.', ['uw kies check']],
    ])('reply: %s', (text, expected) => expect(inReply(text)).toEqual(expected));

    it.each([['proficiat sanne!! rustig aan doen na die keizersnede', ['keizersnede check']]])(
      'comment to someone named: %s',
      (text, expected) => expect(inComment(text)).toEqual(expected),
    );
  });

  describe('must not flag', () => {
    it.each([
      'Griep komt veel voor deze winter: was vaak je handen.',
      'Onze wifi doet het niet meer, we bellen de monteur.',
      'Ook wie bedlegerig is kan mee op de boot: er liggen bedden aan boord.',
      'De verbouwing heeft niet lang meer geduurd dan gepland.',
      'Heeft u nog maar kort geleden gesolliciteerd? Dan hoort u snel van ons.',
      'Wat is er aan de hand? De koffieautomaat is weer kapot.',
      'Vacature: tandartsassistent voor onze praktijk in Gouda.',
      'Na 40 jaar neemt collega Truus afscheid: een dikke knuffel voor haar!',
      'Ons personeelsuitje ging naar de Efteling, wat een dag.',
      'Het bevalt ons goed in het nieuwe gebouw.',
      'Die nieuwe roosters bevielen het team prima.',
      'Ik moet morgen naar de tandarts, dus ik ruil mijn dienst.',
      'Onze collega Fleur is bevallen van een dochter, proficiat!',
      'Elke week brengen vrijwilligers bewoners naar de huisarts.',
      'Smeer je huid goed in met zonnebrand, ook op de poli-parkeerplaats.',
      'Hij stond met beide benen op de grond en had zijn hart op de goede plek.',
      // A life story in a birthday post: a birthplace, not a birth.
      '105 jaar! Mevrouw Kroes vierde haar verjaardag. Ze is geboren in Zwolle en woont al lang in Kampen.',
      'Meneer Pauwels werd gisteren 100. Hij is geboren op een boerderij bij Lier.',
      'Op 5 maart herdenken we de cliënten die dit jaar zijn overleden.',
    ])('%s', (text) => expect(texts(text)).toEqual([]));

    it.each(['Hoi Peter, fijn dat de nieuwe parkeerplaats zo goed bevalt.'])('reply: %s', (text) =>
      expect(inReply(text)).toEqual([]),
    );
  });
});
