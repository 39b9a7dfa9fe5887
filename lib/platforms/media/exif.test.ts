import { describe, expect, it } from 'vitest';
import { readExif } from './exif';
import { jpeg } from './testing';

describe('readExif', () => {
  it('finds a GPS position, camera and date', () => {
    const facts = readExif(
      jpeg(
        [
          { tag: 0x010f, type: 2, count: 4, value: 0 },
          { tag: 0x0132, type: 2, count: 20, value: 0 },
          { tag: 0x8825, type: 4, count: 1, value: 0 },
        ],
        [1, 2],
      ),
    );
    expect(facts).toEqual({ hasLocation: true, hasCameraInfo: true, takenAt: '2025:03:01 10:00:00' });
  });

  it('an empty GPS directory is no location', () => {
    expect(readExif(jpeg([{ tag: 0x8825, type: 4, count: 1, value: 0 }], [])).hasLocation).toBe(false);
  });

  it('a JPEG without EXIF has no location; other formats are unknown', () => {
    expect(readExif(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2]).buffer)).toEqual({
      hasLocation: false,
      hasCameraInfo: false,
    });
    expect(readExif(new Uint8Array([0x89, 0x50, 0x4e, 0x47]).buffer)).toEqual({});
    expect(readExif(new ArrayBuffer(0))).toEqual({});
  });

  it('survives truncated and hostile bytes', () => {
    const good = new Uint8Array(jpeg([{ tag: 0x8825, type: 4, count: 1, value: 0 }], [2]));
    for (let cut = 0; cut < good.length; cut++)
      expect(() => readExif(good.slice(0, cut).buffer)).not.toThrow();
    const junk = new Uint8Array(70_000).fill(0xff);
    junk[1] = 0xd8;
    expect(() => readExif(junk.buffer)).not.toThrow();
  });
});
