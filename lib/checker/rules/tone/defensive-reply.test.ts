import { describe, expect, it } from 'vitest';
import { compact, findingsOf } from '../../testing';
import { defensiveReply } from './defensive-reply';

const reply = (text: string) => findingsOf({ text, surface: 'reply' }, defensiveReply);
const comment = (text: string) => findingsOf({ text, surface: 'comment' }, defensiveReply);

describe('tone/defensive-reply', () => {
  describe('must flag', () => {
    it.each([
      ['Dat klopt niet, wij hebben niets fout gedaan.', ['0-14', '16-44']],
      ['Meneer, u heeft het mis.', ['8-23']],
      ['Dat is helemaal niet waar', ['0-25']],
      ['Je overdrijft een beetje', ['0-13']],
      ['U had het zelf moeten melden bij de balie.', ['0-28']],
      ['Dat is uw eigen schuld', ['0-22']],
      ['U   HEEFT   het  MIS', ['0-20']],
      ['Zoals u zelf weet, is de wachttijd lang.', ['0-17']],
      ['De verpleegkundige heeft een fout gemaakt.', ['0-41']],
    ])('%s', (text, spans) =>
      expect(compact(reply(text))).toEqual(spans.map((s) => `${s} tone/defensive-reply`)),
    );

    // Real shapes of arguing, each in several wordings: one finding or more, never none.
    it.each([
      // contradicting, "untrue", "unfounded"
      'Uw verhaal klopt gewoon niet.',
      'Wat u schrijft klopt niet.',
      'De informatie in uw recensie is niet correct.',
      'Deze recensie is aantoonbaar nep.',
      'Uw klacht is ongegrond.',
      'Onzin. Wij hebben nog nooit iemand weggestuurd.',
      'Dat is echt niet waar wat je zegt.',
      "Da's nie waar, ge waart er zelf niet bij.",
      'Wij herkennen ons niet in uw verhaal.',
      'U bent wel degelijk geïnformeerd over de risico’s.',
      'Met arrogantie heeft dit niets te maken.',
      'Uw man is in onze zorg niets tekortgekomen.',
      'Onze medewerkers hebben volgens protocol gehandeld.',
      'Wel willen we benadrukken dat de beslissing medisch juist was.',
      'Dat weet u heel goed.',
      // the claim restated and denied, by structure
      'U schrijft dat u twee uur moest wachten. In werkelijkheid was dat veertig minuten.',
      'Je zegt dat niemand je hielp, maar de verpleegkundige is drie keer bij je geweest.',
      'U stelt dat de zorg slecht was; de feiten laten iets anders zien.',
      // blame and what they should have done
      'U had de dienstdoende arts moeten bellen in plaats van hier te klagen.',
      'Dat had u kunnen weten als u de folder had gelezen.',
      'Als u de instructies na de operatie gewoon had opgevolgd, was de wond niet ontstoken.',
      'U was zelf degene die de afspraak twee keer heeft verzet.',
      'Dat heeft u zelf ondertekend.',
      'Had u ons maar eerder gebeld.',
      'Mevrouw, u weigerde in de stoel te gaan zitten.',
      'Als je om 2 uur ’s nachts naar de spoed komt, moet je niet verwachten dat je als eerste geholpen wordt.',
      'Volgende keer gewoon een afspraak maken, zoals iedereen.',
      // lecturing
      'Misschien goed om te weten: onze verpleegkundigen doen hun uiterste best.',
      'Een beetje begrip zou wel op zijn plaats zijn.',
      'U moet wel begrijpen dat wij ook maar mensen zijn.',
      'Ik werk daar en ik kan je zeggen dat het anders ging. Stop met die onzin verspreiden.',
      'Dan houdt het op.',
      // sarcasm
      'Tja, zo gaat dat nu eenmaal.',
      'En de wachttijd is natuurlijk ook onze schuld 🙃',
      'Bij u is dat kennelijk anders.',
      'Fijne dag verder 🙄',
      // disclosing why care ended
      'Wij hebben de zorg voor uw dochter beëindigd omdat de samenwerking met u onmogelijk was geworden.',
      'Daarom hebben we u gevraagd een andere praktijk te zoeken.',
      'Onze ombudsvrouw heeft uitgelegd waarom uw vader niet langer in ons woonzorgcentrum kon blijven.',
      'Meneer is uitgeschreven vanwege zijn agressief gedrag.',
    ])('%s', (text) => expect(reply(text).length).toBeGreaterThan(0));

    it('is a check in a reply and a tip where the surface is unknown', () => {
      expect(reply('Dat klopt niet.')[0].severity).toBe('check');
      expect(findingsOf('Dat klopt niet.', defensiveReply)[0].severity).toBe('tip');
    });
    it('reports overlapping phrases once', () => {
      expect(reply('Dat is echt niet waar.')).toHaveLength(1);
    });
  });
  describe('must not flag', () => {
    it.each([
      'Wat vervelend dat u dit zo heeft ervaren. Wilt u ons een bericht sturen?',
      'Klopt het dat de open dag morgen is? Ja, dat klopt!',
      'We hebben niets dan lof voor ons team.',
      'Dat klopte niet helemaal met de planning, dus we schuiven een week op.',
      'Onzinnig veel zin in de zomer!',
      // kind replies: thanks, understanding, apology, admission, a private channel
      'Bedankt voor je bericht, Kim. Wat vervelend dat het zo lang duurde. Stuur ons een privébericht, dan bellen we je.',
      'Daar heeft u helemaal gelijk in, en dat spijt ons. We hebben het met het team besproken.',
      'Dank voor uw eerlijke feedback. U heeft gelijk dat dit beter moet.',
      'Het klopt dat de wachttijden nu langer zijn dan we willen. Excuses voor het wachten.',
      'Het is niet juist dat u zo lang moest wachten. Onze excuses.',
      'U had eerder geholpen moeten worden, dat spijt ons.',
      'U schrijft dat u lang moest wachten. Dat spijt ons echt.',
      'Je zegt dat je je niet gehoord voelde, en dat raakt ons. Mogen we je bellen?',
      'Sorry dat je zo lang aan de lijn hing! Stuur gerust een DM met je vraag.',
      'Wat vervelend dat de lift weer stuk was. De monteur komt morgenochtend.',
      'Beste mevrouw, wij kunnen hier helaas niet ingaan op persoonlijke situaties.',
      'We hebben nog nooit zo’n mooi compliment gekregen, dank je wel!',
      'Fijn dat u tevreden bent over de zorg voor uw moeder 😊',
      'haha wat een feest was het 😂 volgende keer weer!',
      'Dit is niet correct verlopen, daar bieden wij onze excuses voor aan.',
      'We verwachten wel dat de nieuwe parkeerplaats in mei klaar is.',
    ])('%s', (text) => expect(reply(text)).toEqual([]));
    it('stays quiet in a post', () => {
      expect(findingsOf({ text: 'Dat klopt niet!', surface: 'post' }, defensiveReply)).toEqual([]);
      expect(comment('Gefeliciteerd met je diploma, collega!')).toEqual([]);
    });
  });
});
