import { describe, expect, it } from 'vitest';
import { compact, findingsOf } from '../../testing';
import { publicPromise } from './public-promise';

const reply = (text: string) => findingsOf({ text, surface: 'comment' }, publicPromise);

describe('tone/public-promise', () => {
  describe('must flag', () => {
    it.each([
      ['Dit zal nooit meer gebeuren.', '0-27'],
      ['Het gaat niet meer voorkomen', '0-28'],
      ['Wij garanderen u een plek.', '0-16'],
      ['U krijgt een vergoeding van ons.', '0-23'],
      ['De medewerker wordt aangesproken op zijn gedrag.', '0-32'],
      ['We lossen dit vandaag op!', '0-24'],
    ])('%s', (text, span) => expect(compact(reply(text))).toEqual([`${span} tone/public-promise`]));
  });
  describe('must not flag', () => {
    it.each([
      'We nemen uw ervaring serieus en nemen contact met u op.',
      'Het zal nooit saai worden op onze afdeling!',
      'De medewerker van de maand is Sanne!',
      'Wij garanderen is een groot woord, maar we doen ons best.',
    ])('%s', (text) => expect(reply(text)).toEqual([]));
  });
});
