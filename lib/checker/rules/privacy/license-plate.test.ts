import { describe, expect, it } from 'vitest';
import { compact, findingsOf } from '../../testing';
import { licensePlate } from './license-plate';

const spans = (text: string) => compact(findingsOf(text, licensePlate));

describe('privacy/license-plate', () => {
  describe('must flag', () => {
    it.each([
      ['auto met kenteken 12-ABC-3 op ons terrein', '18-26'],
      ['wagen met nummerplaat 1-ABC-123 staat daar', '22-31'],
      ['kenteken GX-123-K, uw lichten branden', '9-17'],
      ['Wie parkeerde met de 2-XYZ-987?', '21-30'],
    ])('%s', (text, span) => expect(spans(text)).toEqual([`${span} privacy/license-plate`]));
  });
  describe('must not flag', () => {
    it.each([
      'Formulier AB-12-CD moet naar HR.',
      'Kenteken aanvragen voor de scootmobiel?',
      'auto met kenteken gx-123-k (kleine letters zijn geen plaat)',
      'Code XX-12-34-56 is ongeldig voor de auto',
    ])('%s', (text) => expect(spans(text)).toEqual([]));
  });
});
