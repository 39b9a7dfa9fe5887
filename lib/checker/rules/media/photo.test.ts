import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../testing';
import type { MediaFacts } from '../../types';
import { photo } from './photo';

const found = (media: Partial<MediaFacts>[], lang: 'nl' | 'en' = 'nl') =>
  findingsOf({ text: 'Ons team!', media: media as MediaFacts[] }, photo, { lang });
const THUMB = 'data:image/jpeg;base64,/9j/AA==';

describe('media/photo', () => {
  describe('must flag', () => {
    it('asks about recognisable patients and consent for a photo', () => {
      const [f] = found([{ kind: 'image' }]);
      expect([f.severity, f.start, f.end]).toEqual(['check', 0, 0]);
      expect(f.message).toMatch(/toestemming/);
    });
    it('one card per attachment, naming the count and video', () => {
      const two = found([{ kind: 'image' }, { kind: 'image' }]);
      expect(two).toHaveLength(2);
      expect(two[0].message).toMatch(/2 foto's/);
      expect(found([{ kind: 'video' }])[0].message).toMatch(/video/);
    });
    it('says "at least N faces" and asks whether each person agreed, with the thumbnail', () => {
      const [f] = found([{ kind: 'image', analysis: 'done', faces: 4, thumbnail: THUMB }]);
      expect(f.message).toBe(
        'In de foto staan minstens 4 gezichten. Gaf ieder van hen toestemming om de foto te delen, en is er geen patiënt of bewoner herkenbaar?',
      );
      expect(f.thumbnail).toBe(THUMB);
      expect(found([{ kind: 'image', analysis: 'done', faces: 1 }])[0].message).toMatch(
        /minstens 1 gezicht\. Gaf deze persoon/,
      );
      expect(found([{ kind: 'image', analysis: 'done', faces: 2 }], 'en')[0].message).toMatch(
        /^The photo shows at least 2 faces\. Did each of them agree/,
      );
    });
    it('never says "no faces": none found is the plain reminder', () => {
      const [f] = found([{ kind: 'image', analysis: 'done', faces: 0 }]);
      expect(f.message).toBe(
        'Er hangt een foto aan dit bericht: is er geen patiënt, bewoner of scherm herkenbaar, en gaf iedereen in beeld toestemming?',
      );
      expect(f.message).not.toMatch(/geen gezicht/);
    });
    it('shows that the photo is being looked at, and says plainly when it was not', () => {
      expect(found([{ kind: 'image', analysis: 'pending' }])[0].message).toMatch(/^Foto wordt bekeken…/);
      expect(found([{ kind: 'video', analysis: 'too-large' }])[0].message).toMatch(
        /^Video niet bekeken: het bestand is te groot\. Kijk hem zelf na/,
      );
      expect(found([{ kind: 'image', analysis: 'unsupported' }])[0].message).toMatch(
        /^Foto niet bekeken: de browser kan dit bestandsformaat niet openen/,
      );
      expect(found([{ kind: 'video', analysis: 'done', faces: 3, frames: 4 }])[0].message).toMatch(
        /^In de video staan minstens 3 gezichten/,
      );
    });
  });
  describe('must not flag', () => {
    it('stays quiet without media', () => expect(found([])).toEqual([]));
  });
});
