import { describe, expect, it } from 'vitest';
import { namesIn, readMetadata } from './metadata';
import {
  heicHeadersOnly,
  jpegHeadersOnly,
  pngHeadersOnly,
  webpHeadersOnly,
  xmpWithGps,
  type ExifSpec,
} from './testing';

const FULL: ExifSpec = {
  make: 'Apple',
  artist: 'Jan Jansen',
  owner: 'Petra de Vries',
  copyright: '© 2024 Zorggroep Noord',
  taken: '2025:03:01 10:00:00',
  gps: { lat: 52.37, lon: 4.89 },
};

describe('readMetadata', () => {
  it.each([
    ['JPEG', jpegHeadersOnly],
    ['HEIC', heicHeadersOnly],
    ['PNG', pngHeadersOnly],
  ])('%s: GPS, camera, capture date and the names in it', async (_format, build) => {
    expect(await readMetadata(build(FULL))).toEqual({
      hasLocation: true,
      hasCameraInfo: true,
      takenAt: '2025-03-01 10:00:00',
      owners: ['Jan Jansen', 'Petra de Vries', 'Zorggroep Noord'],
    });
  });

  it('reads a big-endian ("MM") block as iPhones write it, the same as a little-endian one', async () => {
    const big = jpegHeadersOnly({ ...FULL, byteOrder: 'MM', gps: { lat: -33.86, lon: 151.21 } });
    // The byte order mark and the magic number 42 in Motorola order, right after "Exif\0\0".
    const tiff = big.indexOf(0x4d, 4);
    expect([...big.subarray(tiff, tiff + 4)]).toEqual([0x4d, 0x4d, 0x00, 0x2a]);
    expect(await readMetadata(big)).toEqual(
      await readMetadata(jpegHeadersOnly({ ...FULL, gps: { lat: -33.86, lon: 151.21 } })),
    );
    expect(await readMetadata(big)).toEqual({
      hasLocation: true,
      hasCameraInfo: true,
      takenAt: '2025-03-01 10:00:00',
      owners: ['Jan Jansen', 'Petra de Vries', 'Zorggroep Noord'],
    });
    expect(
      await readMetadata(heicHeadersOnly({ byteOrder: 'MM', gps: { lat: 51.05, lon: 3.72 } })),
    ).toMatchObject({
      hasLocation: true,
    });
  });

  it('HEIC as libheif and exiftool write it: a base offset, the Exif item after the picture', async () => {
    const after = heicHeadersOnly(FULL, { baseOffset: true, pictureBytes: 4000 });
    expect(await readMetadata(after)).toMatchObject({
      hasLocation: true,
      owners: ['Jan Jansen', 'Petra de Vries', 'Zorggroep Noord'],
    });
    // Only the start of the file: the Exif item is not in it, so nothing is known (not "no GPS").
    expect(await readMetadata(after.subarray(0, 2000))).toEqual({});
  });

  it('WebP: GPS and names in its EXIF chunk, or a position in its XMP alone', async () => {
    expect(await readMetadata(webpHeadersOnly(FULL))).toMatchObject({
      hasLocation: true,
      hasCameraInfo: true,
      owners: ['Jan Jansen', 'Petra de Vries', 'Zorggroep Noord'],
    });
    expect(
      await readMetadata(webpHeadersOnly(undefined, xmpWithGps('53,13.164N', '6,33.99E'))),
    ).toMatchObject({ hasLocation: true });
    expect(await readMetadata(webpHeadersOnly({ make: 'Google' }))).toEqual({
      hasLocation: false,
      hasCameraInfo: true,
    });
    expect(await readMetadata(webpHeadersOnly(undefined))).toEqual({
      hasLocation: false,
      hasCameraInfo: false,
    });
  });

  it('a JPEG whose position is only in XMP ("51,26.496N")', async () => {
    const xmp = new TextEncoder().encode(
      `http://ns.adobe.com/xap/1.0/\0${xmpWithGps('51,26.496N', '5,28.182E')}`,
    );
    const app1 = [0xff, 0xe1, (xmp.length + 2) >> 8, (xmp.length + 2) & 0xff, ...xmp];
    const jpeg = new Uint8Array([0xff, 0xd8, ...app1, 0xff, 0xda, 0, 2]);
    expect((await readMetadata(jpeg)).hasLocation).toBe(true);
  });

  it('no GPS block, or a 0,0 position without a fix, is no location', async () => {
    expect((await readMetadata(jpegHeadersOnly({ make: 'Canon' }))).hasLocation).toBe(false);
    expect((await readMetadata(heicHeadersOnly({ gps: { lat: 0, lon: 0 } }))).hasLocation).toBe(false);
  });

  it('a readable format without metadata says "nothing", an unknown one says nothing at all', async () => {
    expect(await readMetadata(new Uint8Array([0xff, 0xd8, 0xff, 0xda, 0, 2]))).toEqual({
      hasLocation: false,
      hasCameraInfo: false,
    });
    expect(await readMetadata(new TextEncoder().encode('hello, not a photo'))).toEqual({});
    expect(await readMetadata(new Uint8Array(0))).toEqual({});
  });

  it('survives truncated and hostile bytes', async () => {
    const good = heicHeadersOnly(FULL);
    for (let cut = 0; cut < good.length; cut += 7)
      await expect(readMetadata(good.slice(0, cut))).resolves.toBeDefined();
    const junk = new Uint8Array(70_000).fill(0xff);
    junk[1] = 0xd8;
    await expect(readMetadata(junk)).resolves.toBeDefined();
  });
});

describe('namesIn', () => {
  it('keeps real names once, drops years, "(c)" and empty values', () => {
    expect(
      namesIn({
        Artist: 'Jan Jansen',
        XPAuthor: 'jan jansen',
        Copyright: '(c) 2021',
        creator: ['Anna Smit', ''],
      }),
    ).toEqual(['Jan Jansen', 'Anna Smit']);
  });
});
