import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../testing';
import type { MediaFacts } from '../../types';
import { text } from './text';

const found = (pictureText: string) =>
  findingsOf({ text: 'Overdracht!', media: [{ kind: 'image', text: pictureText } as MediaFacts] }, text);

describe('media/text', () => {
  describe('must flag', () => {
    it.each([
      ['Kamer 12 mw. De Vries BSN 111222333', /BSN.*naam|naam.*BSN/],
      ['Patiëntnummer 4471923', /patiëntnummer/],
      ['RRN 85.07.30-033.28', /rijksregisternummer/],
      ['mail j.devries@gmail.com', /e-mailadres/],
    ])('%s', (picture, pattern) => {
      const [f] = found(picture);
      expect(f.severity).toBe('stop');
      expect(f.message).toMatch(pattern);
    });
  });
  describe('must not flag', () => {
    it.each(['Welkom op de open dag', 'Team 3B 2024', ''])('%s', (picture) =>
      expect(found(picture)).toEqual([]),
    );
  });
});
