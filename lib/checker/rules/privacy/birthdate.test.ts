import { describe, expect, it } from 'vitest';
import { compact, findingsOf } from '../../testing';
import { birthdate } from './birthdate';

const spans = (text: string) => compact(findingsOf(text, birthdate));

describe('privacy/birthdate', () => {
  describe('must flag', () => {
    it.each([
      ['Geboortedatum: 03-07-1941', '15-25'],
      ['geb. 2/9/1935, ligt op de afdeling', '5-13'],
      ['patiënte ° 17/05/1950', '11-21'],
      ['geboortedatum 1946-11-30 graag', '14-24'],
      ['Mevrouw is geboren op 14 februari 1929', '22-38'],
      ['Hij is van 12-8-1933 en nog zo helder', '11-20'],
    ])('%s', (text, span) => expect(spans(text)).toEqual([`${span} privacy/birthdate`]));
  });
  describe('must not flag', () => {
    it.each([
      'Op 1 maart 2025 openen we onze vleugel.',
      'Het ziekenhuis werd opgericht op 12 mei 1898.',
      'Deadline voor inschrijving: 15-10-2024.',
      'Vergadering verzet naar 12/03/2025.',
      'Wij bestaan sinds 1 april 1965.',
      'Onze IC werkt 24/7.',
    ])('%s', (text) => expect(spans(text)).toEqual([]));
  });
});
