import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../testing';
import { accountSentences } from './account';
import { defensiveReply } from './defensive-reply';

const reply = (text: string) => findingsOf({ text, surface: 'reply' }, defensiveReply);
const spans = (text: string) => accountSentences(text).map((s) => text.slice(s.start, s.end));

describe('our account of the event, told flat (account.ts)', () => {
  describe('flags', () => {
    it.each([
      // the one answered or their relative, what happened, and an insisting word or a precise fact
      'Uw vader heeft iedere ochtend zijn insuline gekregen van de wijkverpleging.',
      'Je oma is die nacht drie keer door de nachtdienst bezocht.',
      'U bent op dinsdag door onze huisarts gezien en toen was er geen reden om door te verwijzen.',
      'Uw zoon kreeg gewoon zijn maaltijd, net als alle andere cliënten.',
      'Ge zijt om 14.30 uur op de spoed binnengekomen en om 15.10 uur geholpen.',
      'Meneer heeft de afspraak zelf afgezegd, wij hebben hem daarna nog gebeld.',
      'Uw moeder is steeds netjes verzorgd door vaste collega’s.',
      'Wij hebben uw dossier bekeken: de wond was al genezen toen u naar huis ging.',
      'Het valprotocol is in dit geval gewoon gevolgd.',
      'Wij hebben de richtlijn voor decubitus volledig nageleefd.',
      // thanks as the polite opening of an argument
      'Dank voor uw reactie. Uw vader heeft echter iedere dag zijn medicatie gekregen.',
      'Bedankt voor je bericht. Je moeder is wel degelijk elke avond verzorgd door de nachtdienst.',
    ])('%s', (text) => expect(spans(text).length).toBeGreaterThan(0));

    it('is reported by tone/defensive-reply as a check in a reply', () => {
      const found = reply('Uw man is die avond om 22.00 uur nog door de verpleging bezocht.');
      expect(found).toHaveLength(1);
      expect(found[0].severity).toBe('check');
      expect(found[0].message).toMatch(/versie van wat er gebeurde/);
    });
  });

  describe('stays quiet', () => {
    it.each([
      // it listens: thanks, regret, understanding, admission
      'Wat vervelend dat uw moeder haar medicatie niet op tijd kreeg. Dat zoeken we uit.',
      'Dank u wel voor uw bericht. Uw vader is gisteren door de arts gezien; bel ons gerust.',
      'Wij begrijpen uw zorgen. U bent op dinsdag gezien en we bellen u morgen.',
      'Het spijt ons dat u drie keer moest bellen.',
      'U heeft gelijk, de afspraak is twee keer verzet.',
      'Het protocol is niet gevolgd, daar bieden wij excuses voor aan.',
      'Dank u wel! Uw vader heeft altijd met plezier bij ons gewoond.',
      // nothing happened yet, or nothing about the one answered
      'U kunt iedere dag tussen 10 en 12 uur bellen.',
      'Uw afspraak staat op 3 maart om 10.00 uur.',
      'Vorige week zijn er 40 nieuwe collega’s begonnen.',
      'Volgens onze gegevens staat de vacature nog open.',
      'Uw vraag is doorgestuurd naar de juiste afdeling.',
      // questions, and replies that are not about care
      'Bent u op 3 maart niet geholpen?',
      'Je hebt zelf de taart gebakken, dus jij krijgt het eerste stuk.',
      // advice to anyone, and a remark passed on
      'Wanneer je foto’s hebt gemaakt op de afdeling, zorg dan dat er geen patiënten herkenbaar zijn.',
      'Beste mevrouw, u lag destijds op afdeling 5B, daar hebben we uw opmerking over doorgegeven.',
    ])('%s', (text) => expect(spans(text)).toEqual([]));

    it('leaves posts and team messages alone', () => {
      const text = 'Mevrouw heeft vannacht niet geslapen, dus de dagdienst laat haar uitslapen.';
      expect(findingsOf({ text, surface: 'message' }, defensiveReply)).toEqual([]);
      expect(
        findingsOf({ text: 'Uw vader is elke dag netjes verzorgd.', surface: 'post' }, defensiveReply),
      ).toEqual([]);
    });
  });
});
