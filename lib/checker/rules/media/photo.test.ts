import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../testing';
import type { MediaFacts } from '../../types';
import { photo } from './photo';

const found = (media: Partial<MediaFacts>[]) =>
  findingsOf({ text: 'Ons team!', media: media as MediaFacts[] }, photo);

describe('media/photo', () => {
  describe('must flag', () => {
    it('asks about recognisable patients and consent for a photo', () => {
      const [f] = found([{ kind: 'image' }]);
      expect([f.severity, f.start, f.end]).toEqual(['check', 0, 0]);
      expect(f.message).toMatch(/toestemming/);
    });
    it('counts several attachments and names video', () => {
      expect(found([{ kind: 'image' }, { kind: 'image' }])[0].message).toMatch(/2 foto's/);
      expect(found([{ kind: 'video' }])[0].message).toMatch(/bijlage/);
    });
  });
  describe('must not flag', () => {
    it('stays quiet without media', () => expect(found([])).toEqual([]));
  });
});
