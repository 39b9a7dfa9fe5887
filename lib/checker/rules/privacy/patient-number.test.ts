import { describe, expect, it } from 'vitest';
import { compact, findingsOf } from '../../testing';
import { patientNumber } from './patient-number';

const spans = (text: string) => compact(findingsOf(text, patientNumber));

describe('privacy/patient-number', () => {
  describe('must flag', () => {
    it.each([
      ['Patiëntnummer 4471923, graag', '14-21'],
      ['Dossiernummer D-2024-00871 op de printer', '14-26'],
      ['MRN: 00918273 naar 3B', '5-13'],
      ['pat.nr. 1200345 sliep slecht', '8-15'],
      ['Opnamenummer: A 448 219, kamer klaar', '14-23'],
      ['cliëntnummer is 556677', '16-22'],
    ])('%s', (text, span) => expect(spans(text)).toEqual([`${span} privacy/patient-number`]));
  });
  describe('must not flag', () => {
    it.each([
      'Je patiëntnummer vind je op je afspraakkaart.',
      'Log in en bekijk je dossier.',
      'Kamer 12 tot en met 20.',
      'Dossiernummer 123 is te kort.',
    ])('%s', (text) => expect(spans(text)).toEqual([]));
  });
});
