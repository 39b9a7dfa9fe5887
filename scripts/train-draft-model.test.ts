import { describe, expect, it } from 'vitest';
import { TRAINED } from '../lib/checker/learned/weights';
import { trainingDigest } from './train-draft-model';

describe('draft model weights', () => {
  it('were trained on the tune files as they are now (run npm run train:model after changing them)', () => {
    expect(TRAINED.digest).toBe(trainingDigest());
  });
});
