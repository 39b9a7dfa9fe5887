/** What a photo's own metadata says; fields are undefined when the format is not read here. */
export type ExifFacts = { hasLocation?: boolean; hasCameraInfo?: boolean; takenAt?: string };

const GPS_POINTER = 0x8825;
const MAKE = 0x010f;
const MODEL = 0x0110;
const DATE_TIME = 0x0132;

/**
 * Reads EXIF from the start of a JPEG (the APP1 segment sits in the first 64 KB): is there a
 * GPS position, a camera make/model, a date. Other formats answer {} (unknown, not "no").
 */
export function readExif(bytes: ArrayBuffer): ExifFacts {
  const view = new DataView(bytes);
  if (view.byteLength < 4 || view.getUint16(0) !== 0xffd8) return {};
  let pos = 2;
  while (pos + 4 <= view.byteLength) {
    if (view.getUint8(pos) !== 0xff) return {};
    const marker = view.getUint8(pos + 1);
    const size = view.getUint16(pos + 2);
    if (marker === 0xda || size < 2) break;
    if (marker === 0xe1 && pos + 10 <= view.byteLength && view.getUint32(pos + 4) === 0x45786966) {
      return readTiff(view, pos + 10, Math.min(view.byteLength, pos + 2 + size));
    }
    pos += 2 + size;
  }
  return { hasLocation: false, hasCameraInfo: false };
}

function readTiff(view: DataView, base: number, limit: number): ExifFacts {
  if (base + 8 > limit) return {};
  const little = view.getUint16(base) === 0x4949;
  const u16 = (at: number) => view.getUint16(at, little);
  const u32 = (at: number) => view.getUint32(at, little);
  const ifd = base + u32(base + 4);
  if (ifd + 2 > limit) return {};
  const facts: ExifFacts = { hasLocation: false, hasCameraInfo: false };
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > limit) break;
    const tag = u16(entry);
    if (tag === MAKE || tag === MODEL) facts.hasCameraInfo = true;
    if (tag === GPS_POINTER) {
      const gps = base + u32(entry + 8);
      // A GPS directory with a latitude (tag 2) holds a position; some cameras write an empty one.
      if (gps + 2 <= limit) facts.hasLocation = hasTag(view, gps, limit, little, 2);
    }
    if (tag === DATE_TIME && u32(entry + 4) >= 19) {
      const at = base + u32(entry + 8);
      if (at + 19 <= limit) facts.takenAt = ascii(view, at, 19);
    }
  }
  return facts;
}

function hasTag(view: DataView, ifd: number, limit: number, little: boolean, wanted: number): boolean {
  const count = view.getUint16(ifd, little);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 2 > limit) return false;
    if (view.getUint16(entry, little) === wanted) return true;
  }
  return false;
}

function ascii(view: DataView, at: number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += String.fromCharCode(view.getUint8(at + i));
  return s;
}
