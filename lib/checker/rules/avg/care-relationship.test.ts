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
    ])('%s', (text, phrase) => expect(found(text).map((f) => f.text)).toEqual([phrase]));

    it('rewrites "uw opname" to a neutral phrase and calls a dossier a stop', () => {
      expect(found('Tijdens uw opname was het druk.')[0].suggestions).toEqual(['Tijdens een opname']);
      expect(found('In uw dossier staat dat.', 'comment')[0].severity).toBe('stop');
    });
  });
  describe('must not flag', () => {
    it.each([
      ['Bedankt voor het compliment aan ons team!', 'reply'],
      ['Tijdens uw opname zorgen wij voor een rustige kamer.', 'post'],
      ['Wij kunnen hier geen medische vragen beantwoorden; neem contact op met uw huisarts.', 'reply'],
      ['Tijdens een opname mag u 2 bezoekers ontvangen.', 'comment'],
      ['Kun je dat even in het dossier zetten?', 'message'],
      ['Ze wil haar afspraak verzetten, kun je haar bellen?', 'message'],
      ['Fijn dat uw moeder zo genoten heeft van het concert in het park.', 'reply'],
    ] as const)('%s', (text, surface) => expect(found(text, surface)).toEqual([]));
  });
});
