/** Test support: tiny JPEG files with chosen EXIF tags, for unit and browser tests. */

/** Builds a little-endian JPEG with an EXIF APP1 holding the given IFD0 entries. */
export function jpeg(
  entries: { tag: number; type: number; count: number; value: number }[],
  gpsTags: number[] = [],
): ArrayBuffer {
  const tiff: number[] = [0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0];
  const ifdSize = 2 + entries.length * 12 + 4;
  const gpsAt = 8 + ifdSize;
  const dateAt = gpsAt + 2 + gpsTags.length * 12 + 4;
  const u16 = (n: number) => [n & 0xff, n >> 8];
  const u32 = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, n >>> 24];
  tiff.push(...u16(entries.length));
  for (const e of entries) {
    const value = e.tag === 0x8825 ? gpsAt : e.tag === 0x0132 ? dateAt : e.value;
    tiff.push(...u16(e.tag), ...u16(e.type), ...u32(e.count), ...u32(value));
  }
  tiff.push(...u32(0), ...u16(gpsTags.length));
  for (const tag of gpsTags) tiff.push(...u16(tag), ...u16(5), ...u32(3), ...u32(0));
  tiff.push(...u32(0), ...[...'2025:03:01 10:00:00'].map((c) => c.charCodeAt(0)), 0);
  const app1 = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  const bytes = [
    0xff,
    0xd8,
    0xff,
    0xe1,
    (app1.length + 2) >> 8,
    (app1.length + 2) & 0xff,
    ...app1,
    0xff,
    0xda,
    0,
    2,
  ];
  return new Uint8Array(bytes).buffer;
}

/** A JPEG whose EXIF holds a GPS position and a camera make. */
export const jpegWithLocation = () =>
  jpeg(
    [
      { tag: 0x010f, type: 2, count: 4, value: 0 },
      { tag: 0x8825, type: 4, count: 1, value: 0 },
    ],
    [1, 2],
  );
