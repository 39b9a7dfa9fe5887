import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../testing';
import type { MediaFacts } from '../../types';
import { owner } from './owner';

const found = (media: Partial<MediaFacts>[]) =>
  findingsOf({ text: 'Mooie dag', media: media as MediaFacts[] }, owner);

describe('media/owner', () => {
  describe('must flag', () => {
    it('names the person in the metadata, one card per photo', () => {
      const findings = found([
        { kind: 'image', owners: ['Petra de Vries', 'Jan Jansen'] },
        { kind: 'image', owners: ['K. Bakker'] },
      ]);
      expect(findings.map((f) => f.message)).toEqual([
        'In de bestandsgegevens van de foto staat een naam: “Petra de Vries”, “Jan Jansen”.',
        'In de bestandsgegevens van de foto staat een naam: “K. Bakker”.',
      ]);
      expect(findings[0]).toMatchObject({ severity: 'check', start: 0, end: 0 });
    });
  });
  describe('must not flag', () => {
    it.each([
      [[]],
      [[{ kind: 'image' as const, hasCameraInfo: true }]],
      [[{ kind: 'image' as const, owners: [] }]],
    ])('media %j', (media) => expect(found(media)).toEqual([]));
  });
});
