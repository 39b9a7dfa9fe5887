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
    ] as const)('%s', (text, surface) => expect(found(text, surface)).toEqual([]));
  });
});
