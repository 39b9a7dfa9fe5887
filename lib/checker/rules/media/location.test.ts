import { describe, expect, it } from 'vitest';
import { findingsOf } from '../../testing';
import type { MediaFacts } from '../../types';
import { location } from './location';

const found = (media: Partial<MediaFacts>[]) =>
  findingsOf({ text: 'Wat een dag', media: media as MediaFacts[] }, location);

describe('media/location', () => {
  describe('must flag', () => {
    it('mentions the GPS location of a photo', () => {
      expect(found([{ kind: 'image', hasLocation: true }])[0].message).toMatch(/GPS/);
    });
  });
  describe('must not flag', () => {
    it.each([[[]], [[{ kind: 'image' as const }]], [[{ kind: 'image' as const, hasLocation: false }]]])(
      'media %j',
      (media) => expect(found(media)).toEqual([]),
    );
  });
});
